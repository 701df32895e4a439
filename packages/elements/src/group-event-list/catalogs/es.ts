// <group-event-list>'s Spanish words.
import type en from './en.js';

const es: Record<keyof typeof en, string> = {
  eventsLoadError: 'No se pudieron cargar los eventos.',
  moreEventsError: 'No se pudieron cargar más eventos.',
  eventsHeading: 'Sesiones en grupo',
  filters: 'Filtros',
  tag: 'Etiqueta',
  fromDate: 'Desde',
  toDate: 'Hasta',
  minPrice: 'Precio mínimo ({currency})',
  maxPrice: 'Precio máximo ({currency})',
  hasSeats: 'Solo sesiones con plazas libres',
  loadMore: 'Cargar más',
  loadingEvents: 'Cargando sesiones en grupo…',
  noEvents:
    'Ninguna sesión coincide. Prueba otra búsqueda, quita un filtro o elige fechas posteriores.',
  seatsLeftOne: 'Queda 1 plaza',
  seatsLeftOther: 'Quedan {n} plazas',
  full: 'Completo',
  waitlistOpen: 'Completo · lista de espera abierta',
  perPerson: '{price} por persona',
  tierFrom: '{price} por persona desde {n} plazas',
  more: 'Descripción e instrucciones',
  instructions: 'Instrucciones',
  register: 'Inscribirse',
  joinWaitlist: 'Unirse a la lista de espera',
  registerFor: 'Inscripción: {title}',
  seats: 'Plazas',
  seatsHint: 'De 1 a {n}.',
  waitlisted: 'Estás en la lista de espera, número {n}. Si se libera una plaza, te la ofreceremos.',
  registered: 'Estás inscrito en {title}.',
  eventFull: 'No quedan plazas suficientes: {n} libres ahora.',
  eventFullNone: 'Esta sesión se acaba de completar.',
  backToList: 'Volver a la lista',
  stepWaitlisted: 'En lista de espera',
  listAnnounced: '{n} sesiones en grupo mostradas.',
};

export default es;
