// <booking-widget>'s Spanish words.
import type en from './en.js';

const es: Record<keyof typeof en, string> = {
  stepService: 'Elige una sesión',
  stepTime: 'Elige fecha y hora',
  stepDetails: 'Tus datos',
  stepReview: 'Revisar y confirmar',
  stepPending: 'Solicitud enviada',
  stepOf: 'Paso {n} de {total}',
  loadError: 'No se pudo cargar el calendario de reservas.',
  continue: 'Continuar',
  customDuration: 'Otra duración (minutos)',
  customDurationHint: 'De {min} a {max} minutos, en pasos de {step}.',
  customDurationInvalid: 'Elige una duración de {min} a {max} minutos, en pasos de {step}.',
  confirm: 'Confirmar reserva',
  successConfirmed: 'Tu sesión con {provider} está reservada.',
  successPending: 'Tu solicitud se envió. {provider} la confirmará pronto.',
  bookAnother: 'Reservar otra sesión',
};

export default es;
