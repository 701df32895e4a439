// <booking-manage>'s German words.
import type en from './en.js';

const de: Record<keyof typeof en, string> = {
  manageTitle: 'Ihre Buchung',
  manageLoading: 'Ihre Buchung wird geladen…',
  manageNoLink:
    'Öffnen Sie den Link aus Ihrer Bestätigungs-E-Mail, um Ihre Buchung zu sehen und zu verwalten.',
  manageNotFound:
    'Diese Buchung wurde nicht gefunden, oder der Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer Bestätigungs-E-Mail.',
  manageLoadError: 'Ihre Buchung konnte nicht geladen werden.',
  status: 'Status',
  status_pending: 'Wartet auf Bestätigung',
  status_confirmed: 'Bestätigt',
  status_declined: 'Abgelehnt',
  status_cancelled: 'Storniert',
  status_in_progress: 'Läuft',
  status_completed: 'Abgeschlossen',
  status_no_show: 'Nicht erschienen',
  refunded: 'Erstattet',
  history: 'Verlauf',
  hist_create: 'Gebucht',
  hist_confirm: 'Bestätigt',
  hist_decline: 'Abgelehnt',
  hist_cancel: 'Storniert',
  hist_start: 'Begonnen',
  hist_complete: 'Abgeschlossen',
  hist_no_show: 'Als nicht erschienen markiert',
  hist_reschedule: 'Verlegt vom {date}',
  hist_mark_paid: 'Bezahlt',
  hist_payment_failed: 'Zahlung fehlgeschlagen',
  byClient: 'von Ihnen',
  byProvider: 'von {provider}',
  bySystem: 'automatisch',
  reason: 'Grund',
  cancelBooking: 'Buchung stornieren',
  changeTime: 'Zeit ändern',
  cancelTitle: 'Diese Buchung stornieren?',
  refundFull: 'Sie erhalten alles zurück, was Sie bezahlt haben: {amount}.',
  refundPartial:
    'Es sind weniger als {hours} Stunden bis zum Beginn, daher wird nur ein Teil erstattet: {amount} von {paid}.',
  refundNone: 'Es sind weniger als {hours} Stunden bis zum Beginn, daher wird nichts erstattet.',
  refundUnpaid: 'Für diese Buchung wurde noch nichts bezahlt, daher gibt es nichts zu erstatten.',
  refundPolicy:
    'Stornierungen mindestens {hours} Stunden vor Beginn werden voll erstattet, spätere zu {percent} %.',
  cancelConfirm: 'Ja, stornieren',
  keepBooking: 'Buchung behalten',
  cancelling: 'Wird storniert…',
  cancelledTitle: 'Buchung storniert',
  cancelledDone: 'Ihre Buchung ist storniert.',
  rescheduleTitle: 'Neue Zeit wählen',
  rescheduleCutoff:
    'Es sind weniger als {hours} Stunden bis zum Beginn, daher kann die Zeit hier nicht mehr geändert werden. Stornieren ist weiterhin möglich.',
  actionsClosed: 'Diese Buchung kann hier nicht mehr geändert werden.',
  currentTime: 'Gebucht für',
  newTime: 'Neue Zeit',
  moveConfirm: 'Buchung verlegen',
  moving: 'Wird verlegt…',
  movedTitle: 'Zeit geändert',
  movedDone: 'Ihre Buchung ist jetzt am {date}.',
  updateCalendar: 'Kalender aktualisieren (.ics)',
  removeFromCalendar: 'Aus dem Kalender entfernen (.ics)',
  backToBooking: 'Zurück zur Buchung',
  refusedNow:
    'Das ist nicht mehr möglich: Die Buchung hat sich geändert oder ihre Zeit ist gekommen. So steht sie jetzt.',
};

export default de;
