// <group-event-list>'s French words.
import type en from './en.js';

const fr: Record<keyof typeof en, string> = {
  eventsLoadError: 'Les événements n’ont pas pu se charger.',
  moreEventsError: 'La suite des événements n’a pas pu se charger.',
  eventsHeading: 'Séances de groupe',
  filters: 'Filtres',
  tag: 'Thème',
  fromDate: 'Du',
  toDate: 'Au',
  minPrice: 'Prix minimum ({currency})',
  maxPrice: 'Prix maximum ({currency})',
  hasSeats: 'Seulement les séances avec des places',
  loadMore: 'Afficher plus',
  loadingEvents: 'Chargement des séances de groupe…',
  noEvents:
    'Aucune séance ne correspond. Modifiez la recherche, retirez un filtre ou choisissez des dates plus tardives.',
  seatsLeftOne: '1 place restante',
  seatsLeftOther: '{n} places restantes',
  full: 'Complet',
  waitlistOpen: 'Complet · liste d’attente ouverte',
  perPerson: '{price} par personne',
  tierFrom: '{price} par personne dès {n} places',
  more: 'Description et consignes',
  instructions: 'Consignes',
  register: 'S’inscrire',
  joinWaitlist: 'Rejoindre la liste d’attente',
  registerFor: 'Inscription : {title}',
  seats: 'Places',
  seatsHint: 'De 1 à {n}.',
  waitlisted:
    'Vous êtes sur la liste d’attente, en position {n}. Si une place se libère, elle vous sera proposée.',
  registered: 'Vous êtes inscrit à {title}.',
  eventFull: 'Il ne reste pas assez de places : {n} libres.',
  eventFullNone: 'Cette séance vient d’être complète.',
  backToList: 'Retour à la liste',
  stepWaitlisted: 'Sur liste d’attente',
  listAnnounced: '{n} séances de groupe affichées.',
};

export default fr;
