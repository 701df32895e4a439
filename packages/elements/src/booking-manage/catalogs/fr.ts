// <booking-manage>'s French words.
import type en from './en.js';

const fr: Record<keyof typeof en, string> = {
  manageTitle: 'Votre réservation',
  manageLoading: 'Chargement de votre réservation…',
  manageNoLink:
    'Ouvrez le lien de votre e-mail de confirmation pour voir et gérer votre réservation.',
  manageNotFound:
    'Cette réservation est introuvable, ou le lien n’est pas valide. Utilisez le lien de votre e-mail de confirmation.',
  manageLoadError: 'Votre réservation n’a pas pu être chargée.',
  status: 'État',
  status_pending: 'En attente de confirmation',
  status_confirmed: 'Confirmée',
  status_declined: 'Refusée',
  status_cancelled: 'Annulée',
  status_in_progress: 'En cours',
  status_completed: 'Terminée',
  status_no_show: 'Absence',
  refunded: 'Remboursé',
  history: 'Historique',
  hist_create: 'Réservée',
  hist_confirm: 'Confirmée',
  hist_decline: 'Refusée',
  hist_cancel: 'Annulée',
  hist_start: 'Commencée',
  hist_complete: 'Terminée',
  hist_no_show: 'Marquée comme absence',
  hist_reschedule: 'Déplacée du {date}',
  hist_mark_paid: 'Payée',
  hist_payment_failed: 'Échec du paiement',
  byClient: 'par vous',
  byProvider: 'par {provider}',
  bySystem: 'automatiquement',
  reason: 'Motif',
  cancelBooking: 'Annuler la réservation',
  changeTime: 'Changer l’horaire',
  cancelTitle: 'Annuler cette réservation ?',
  refundFull: 'Vous récupérez tout ce que vous avez payé : {amount}.',
  refundPartial:
    'Le début est dans moins de {hours} heures, seule une partie est remboursée : {amount} sur {paid}.',
  refundNone: 'Le début est dans moins de {hours} heures, rien n’est remboursé.',
  refundUnpaid: 'Rien n’a été payé pour cette réservation, il n’y a donc rien à rembourser.',
  refundPolicy:
    'Les annulations au moins {hours} heures avant le début sont remboursées en totalité ; les plus tardives à {percent} %.',
  cancelConfirm: 'Oui, annuler',
  keepBooking: 'Garder la réservation',
  cancelling: 'Annulation…',
  cancelledTitle: 'Réservation annulée',
  cancelledDone: 'Votre réservation est annulée.',
  rescheduleTitle: 'Choisissez un nouvel horaire',
  rescheduleCutoff:
    'Le début est dans moins de {hours} heures : l’horaire ne peut plus être changé ici. Vous pouvez encore annuler.',
  actionsClosed: 'Cette réservation ne peut plus être modifiée ici.',
  currentTime: 'Réservée pour',
  newTime: 'Nouvel horaire',
  moveConfirm: 'Déplacer la réservation',
  moving: 'Déplacement…',
  movedTitle: 'Horaire modifié',
  movedDone: 'Votre réservation est maintenant le {date}.',
  updateCalendar: 'Mettre à jour votre agenda (.ics)',
  removeFromCalendar: 'Retirer de votre agenda (.ics)',
  backToBooking: 'Retour à la réservation',
  refusedNow:
    'Ce n’est plus possible : la réservation a changé ou son heure est venue. Voici où elle en est.',
};

export default fr;
