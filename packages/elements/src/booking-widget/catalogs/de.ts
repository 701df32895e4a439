// <booking-widget>'s German words.
import type en from './en.js';

const de: Record<keyof typeof en, string> = {
  stepService: 'Termin wählen',
  stepTime: 'Datum und Uhrzeit wählen',
  stepDetails: 'Ihre Angaben',
  stepReview: 'Prüfen und bestätigen',
  stepPending: 'Anfrage gesendet',
  stepOf: 'Schritt {n} von {total}',
  loadError: 'Der Buchungskalender konnte nicht geladen werden.',
  continue: 'Weiter',
  customDuration: 'Andere Dauer (Minuten)',
  customDurationHint: 'Von {min} bis {max} Minuten, in Schritten von {step}.',
  customDurationInvalid:
    'Wählen Sie eine Dauer von {min} bis {max} Minuten, in Schritten von {step}.',
  confirm: 'Buchung bestätigen',
  successConfirmed: 'Ihr Termin mit {provider} ist gebucht.',
  successPending: 'Ihre Anfrage wurde gesendet. {provider} bestätigt sie in Kürze.',
  bookAnother: 'Weiteren Termin buchen',
};

export default de;
