// <group-event-list>'s German words.
import type en from './en.js';

const de: Record<keyof typeof en, string> = {
  eventsLoadError: 'Die Veranstaltungen konnten nicht geladen werden.',
  moreEventsError: 'Weitere Veranstaltungen konnten nicht geladen werden.',
  eventsHeading: 'Gruppentermine',
  filters: 'Filter',
  tag: 'Schlagwort',
  fromDate: 'Ab',
  toDate: 'Bis',
  minPrice: 'Mindestpreis ({currency})',
  maxPrice: 'Höchstpreis ({currency})',
  hasSeats: 'Nur Termine mit freien Plätzen',
  loadMore: 'Mehr laden',
  loadingEvents: 'Gruppentermine werden geladen…',
  noEvents:
    'Keine Gruppentermine gefunden. Ändern Sie die Suche, entfernen Sie einen Filter oder wählen Sie spätere Daten.',
  seatsLeftOne: '1 Platz frei',
  seatsLeftOther: '{n} Plätze frei',
  full: 'Ausgebucht',
  waitlistOpen: 'Ausgebucht · Warteliste offen',
  perPerson: '{price} pro Person',
  tierFrom: '{price} pro Person ab {n} Plätzen',
  more: 'Beschreibung und Hinweise',
  instructions: 'Hinweise',
  register: 'Anmelden',
  joinWaitlist: 'Auf die Warteliste',
  registerFor: 'Anmeldung: {title}',
  seats: 'Plätze',
  seatsHint: 'Von 1 bis {n}.',
  waitlisted:
    'Sie stehen auf der Warteliste, Platz {n}. Wird ein Platz frei, wird er Ihnen angeboten.',
  registered: 'Sie sind für {title} angemeldet.',
  eventFull: 'Es sind nicht genug Plätze frei: gerade {n}.',
  eventFullNone: 'Dieser Termin ist gerade ausgebucht.',
  backToList: 'Zurück zur Liste',
  stepWaitlisted: 'Auf der Warteliste',
  listAnnounced: '{n} Gruppentermine angezeigt.',
};

export default de;
