// The German messages.
import type { Catalog } from '../i18n.js';

const de: Catalog = {
  stepSuccess: 'Gebucht',
  loading: 'Wird geladen…',
  loadingTimes: 'Freie Zeiten werden geladen…',
  retry: 'Erneut versuchen',
  offline:
    'Sie sind offline. Ihre Eingaben bleiben erhalten; Sie können bestätigen, sobald die Verbindung zurück ist.',
  back: 'Zurück',
  minutes: '{n} Min.',
  prevMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  available: 'Zeiten frei',
  unavailable: 'keine Zeiten',
  noTimesMonth: 'Im {month} sind keine Zeiten frei.',
  jumpTo: 'Zum nächsten freien Tag: {date}',
  noTimesAtAll: 'In den kommenden Monaten sind keine Zeiten frei.',
  timesFor: 'Zeiten am {date}',
  pickDay: 'Wählen Sie einen Tag, um seine Zeiten zu sehen.',
  timeZone: 'Zeitzone',
  timeZoneSearch: 'Zeitzonen durchsuchen',
  timeZoneNone: 'Keine Zeitzone passt.',
  timesShownIn: 'Zeiten in {zone}.',
  timesAnnounced: '{n} freie Zeiten am {date}.',
  name: 'Name',
  email: 'E-Mail',
  phone: 'Telefon',
  notes: 'Notizen',
  optional: 'optional',
  required: 'Pflichtfeld',
  errRequired: 'Dieses Feld ist erforderlich.',
  errEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errPhone: 'Geben Sie eine Telefonnummer mit 6 bis 20 Ziffern ein.',
  errTooLong: 'Dieser Text ist zu lang.',
  errChoice: 'Wählen Sie eine der Optionen.',
  errAccept: 'Bitte kreuzen Sie dieses Feld an, um fortzufahren.',
  errFix: 'Bitte korrigieren Sie die markierten Felder.',
  with: 'Mit',
  session: 'Termin',
  when: 'Wann',
  duration: 'Dauer',
  lineBase: '{quantity} × {unit}',
  lineGroup: 'Gruppe ab {min} Personen',
  linePackage: 'Paket mit {n} Terminen',
  lineEarly: 'Frühbucher, {percent} % Rabatt',
  subtotal: 'Zwischensumme',
  total: 'Gesamt',
  confirming: 'Wird gebucht…',
  slotTaken: 'Diese Zeit wurde gerade vergeben. Das sind die nächsten freien Zeiten:',
  slotGone: 'Diese Zeit ist nicht mehr frei. Bitte wählen Sie eine andere.',
  priceChanged:
    'Der Preis hat sich geändert. Bitte prüfen Sie den neuen Betrag, bevor Sie bestätigen.',
  networkError:
    'Der Buchungsdienst ist nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es erneut.',
  serverError:
    'Beim Buchungsdienst ist ein Fehler aufgetreten. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es erneut.',
  genericError: 'Etwas ist schiefgegangen. Bitte versuchen Sie es später erneut.',
  contractError:
    'Der Buchungsdienst hat eine Antwort gesendet, die wir nicht lesen konnten. Bitte versuchen Sie es später erneut.',
  notFoundError: 'Das wurde nicht gefunden. Vielleicht wurde es verschoben oder entfernt.',
  rejectedError:
    'Der Buchungsdienst hat diese Anfrage nicht angenommen. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  configError: 'Die Buchung ist auf dieser Seite gerade nicht verfügbar.',
  priceDiffers:
    'Bitte beachten Sie: Der mit Ihrer Buchung gespeicherte Preis beträgt {stored}; bestätigt hatten Sie {confirmed}.',
  receivedUnreadable:
    'Ihre Buchung ist eingegangen, aber ihre Bestätigung kann hier nicht angezeigt werden. Bitte buchen Sie nicht noch einmal.',
  addToCalendar: 'Zum Kalender hinzufügen (.ics)',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook',
  manage: 'Buchung verwalten oder stornieren',
  selected: 'ausgewählt',
  today: 'heute',
  search: 'Suche',
};

export default de;
