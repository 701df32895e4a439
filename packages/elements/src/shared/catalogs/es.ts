// The Spanish messages.
import type { Catalog } from '../i18n.js';

const es: Catalog = {
  stepSuccess: 'Reservado',
  loading: 'Cargando…',
  loadingTimes: 'Cargando horarios libres…',
  retry: 'Reintentar',
  offline:
    'Estás sin conexión. Lo que escribiste se conserva; podrás confirmar cuando vuelva la conexión.',
  back: 'Atrás',
  minutes: '{n} min',
  prevMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  available: 'horarios libres',
  unavailable: 'sin horarios',
  noTimesMonth: 'No hay horarios libres en {month}.',
  jumpTo: 'Ir al próximo día libre: {date}',
  noTimesAtAll: 'No hay horarios libres en los próximos meses.',
  timesFor: 'Horarios del {date}',
  pickDay: 'Elige un día para ver sus horarios.',
  timeZone: 'Zona horaria',
  timeZoneSearch: 'Buscar zonas horarias',
  timeZoneNone: 'Ninguna zona coincide.',
  timesShownIn: 'Horas mostradas en {zone}.',
  timesAnnounced: '{n} horarios libres el {date}.',
  name: 'Nombre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  notes: 'Notas',
  optional: 'opcional',
  required: 'obligatorio',
  errRequired: 'Este campo es obligatorio.',
  errEmail: 'Escribe un correo como nombre@example.com.',
  errPhone: 'Escribe un teléfono de 6 a 20 dígitos.',
  errTooLong: 'Este texto es demasiado largo.',
  errChoice: 'Elige una de las opciones.',
  errAccept: 'Marca esta casilla para continuar.',
  errFix: 'Corrige los campos marcados.',
  with: 'Con',
  session: 'Sesión',
  when: 'Cuándo',
  duration: 'Duración',
  lineBase: '{quantity} × {unit}',
  lineGroup: 'Grupo de {min} o más',
  linePackage: 'Paquete de {n} sesiones',
  lineEarly: 'Reserva anticipada, {percent} % de descuento',
  subtotal: 'Subtotal',
  total: 'Total',
  confirming: 'Reservando…',
  slotTaken:
    'Lo sentimos, ese horario se acaba de ocupar. Estos son los horarios libres más cercanos:',
  slotGone: 'Lo sentimos, ese horario ya no está disponible. Elige otro.',
  priceChanged: 'El precio ha cambiado. Revisa el nuevo total antes de confirmar.',
  networkError:
    'No pudimos conectar con el servicio de reservas. Lo que escribiste se conserva; inténtalo de nuevo.',
  serverError:
    'El servicio de reservas tuvo un problema. Lo que escribiste se conserva; inténtalo de nuevo.',
  genericError: 'Algo salió mal. Inténtalo de nuevo más tarde.',
  contractError:
    'El servicio de reservas envió una respuesta que no pudimos leer. Inténtalo de nuevo más tarde.',
  notFoundError: 'No se encontró. Puede que se haya movido o eliminado.',
  rejectedError:
    'El servicio de reservas no aceptó esta solicitud. Revisa lo que escribiste e inténtalo de nuevo.',
  configError: 'Las reservas no están disponibles en esta página en este momento.',
  priceDiffers:
    'Ten en cuenta: el precio guardado con tu reserva es {stored}; confirmaste {confirmed}.',
  receivedUnreadable:
    'Tu reserva se recibió, pero su confirmación no se puede mostrar aquí. No vuelvas a reservar.',
  addToCalendar: 'Añadir al calendario (.ics)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook',
  manage: 'Gestionar o cancelar esta reserva',
  selected: 'seleccionado',
  today: 'hoy',
  search: 'Buscar',
};

export default es;
