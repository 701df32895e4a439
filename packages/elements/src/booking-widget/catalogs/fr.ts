// <booking-widget>'s French words.
import type en from './en.js';

const fr: Record<keyof typeof en, string> = {
  stepService: 'Choisissez une séance',
  stepTime: 'Choisissez une date et une heure',
  stepDetails: 'Vos coordonnées',
  stepReview: 'Vérifier et confirmer',
  stepPending: 'Demande envoyée',
  stepOf: 'Étape {n} sur {total}',
  loadError: 'Le calendrier de réservation n’a pas pu se charger.',
  continue: 'Continuer',
  customDuration: 'Autre durée (minutes)',
  customDurationHint: 'De {min} à {max} minutes, par pas de {step}.',
  customDurationInvalid: 'Choisissez une durée de {min} à {max} minutes, par pas de {step}.',
  confirm: 'Confirmer la réservation',
  successConfirmed: 'Votre séance avec {provider} est réservée.',
  successPending: 'Votre demande a été envoyée. {provider} la confirmera bientôt.',
  bookAnother: 'Réserver une autre séance',
};

export default fr;
