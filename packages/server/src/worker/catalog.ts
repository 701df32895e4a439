// The words of the emails, in the five languages the elements speak, in the elements' tone
// (German and French formal, Spanish informal, as in packages/elements/src/shared/catalogs).
import type { NotificationLocale } from '@booking/core/schemas';
import type { EmailKind } from '../notify/plan.js';

/** What fills a sentence: the session's title, the two people, and for reminders how soon. */
export interface Words {
  title: string;
  provider: string;
  client: string;
  /** "24 hours" (reminders). */
  soon: string;
  /** Seats held (offers). */
  seats: string;
  /** When an offer runs out (offers). */
  until: string;
}

type Line = (w: Words) => string;

export interface EmailCatalog {
  dir: 'ltr' | 'rtl';
  hello: (name: string) => string;
  subject: Record<EmailKind, { client: Line; provider: Line }>;
  intro: Record<EmailKind, { client: Line; provider: Line }>;
  what: string;
  when: string;
  length: string;
  with: string;
  before: string;
  reason: string;
  refund: string;
  manage: string;
  answerOffer: string;
  zone: (zone: string) => string;
  footer: (provider: string) => string;
}

const en: EmailCatalog = {
  dir: 'ltr',
  hello: (name) => `Hello ${name},`,
  subject: {
    request_received: {
      client: (w) => `Request received: ${w.title} with ${w.provider}`,
      provider: (w) => `New request: ${w.title} from ${w.client}`,
    },
    confirmed: {
      client: (w) => `Booked: ${w.title} with ${w.provider}`,
      provider: (w) => `Booked: ${w.title} with ${w.client}`,
    },
    declined: {
      client: (w) => `Not possible: ${w.title} with ${w.provider}`,
      provider: (w) => `Declined: ${w.title} with ${w.client}`,
    },
    cancelled: {
      client: (w) => `Cancelled: ${w.title} with ${w.provider}`,
      provider: (w) => `Cancelled: ${w.title} with ${w.client}`,
    },
    rescheduled: {
      client: (w) => `New time: ${w.title} with ${w.provider}`,
      provider: (w) => `New time: ${w.title} with ${w.client}`,
    },
    reminder: {
      client: (w) => `Reminder: ${w.title} with ${w.provider}`,
      provider: (w) => `Reminder: ${w.title} with ${w.client}`,
    },
    seats_offered: {
      client: (w) => `Seats free for you: ${w.title}`,
      provider: (w) => `Seats offered: ${w.title}`,
    },
  },
  intro: {
    request_received: {
      client: (w) => `Your request was sent. ${w.provider} will confirm it soon.`,
      provider: (w) =>
        `${w.client} asks to book ${w.title}. Please confirm or decline the request.`,
    },
    confirmed: {
      client: (w) => `Your session with ${w.provider} is booked.`,
      provider: (w) => `${w.client} booked ${w.title} with you.`,
    },
    declined: {
      client: (w) => `Sorry, ${w.provider} cannot take this session.`,
      provider: (w) => `You declined the request of ${w.client}.`,
    },
    cancelled: {
      client: (w) => `Your session with ${w.provider} is cancelled.`,
      provider: (w) => `The session with ${w.client} is cancelled.`,
    },
    rescheduled: {
      client: (w) => `Your session with ${w.provider} has a new time.`,
      provider: (w) => `The session with ${w.client} has a new time.`,
    },
    reminder: {
      client: (w) => `Your session with ${w.provider} starts in ${w.soon}.`,
      provider: (w) => `Your session with ${w.client} starts in ${w.soon}.`,
    },
    seats_offered: {
      client: (w) =>
        `Seats came free in ${w.title}: ${w.seats} are held for you until ${w.until}. Accept or decline them with the link below.`,
      provider: (w) => `Seats of ${w.title} were offered to ${w.client}.`,
    },
  },
  what: 'What',
  when: 'When',
  length: 'Length',
  with: 'With',
  before: 'Before',
  reason: 'Reason',
  refund: 'Refund',
  manage: 'Manage or cancel this booking',
  answerOffer: 'Answer the offer',
  zone: (zone) => `Times are shown in ${zone}.`,
  footer: (provider) => `This message was sent by the booking service of ${provider}.`,
};

const de: EmailCatalog = {
  dir: 'ltr',
  hello: (name) => `Guten Tag ${name},`,
  subject: {
    request_received: {
      client: (w) => `Anfrage erhalten: ${w.title} bei ${w.provider}`,
      provider: (w) => `Neue Anfrage: ${w.title} von ${w.client}`,
    },
    confirmed: {
      client: (w) => `Gebucht: ${w.title} bei ${w.provider}`,
      provider: (w) => `Gebucht: ${w.title} mit ${w.client}`,
    },
    declined: {
      client: (w) => `Nicht möglich: ${w.title} bei ${w.provider}`,
      provider: (w) => `Abgelehnt: ${w.title} mit ${w.client}`,
    },
    cancelled: {
      client: (w) => `Storniert: ${w.title} bei ${w.provider}`,
      provider: (w) => `Storniert: ${w.title} mit ${w.client}`,
    },
    rescheduled: {
      client: (w) => `Neue Zeit: ${w.title} bei ${w.provider}`,
      provider: (w) => `Neue Zeit: ${w.title} mit ${w.client}`,
    },
    reminder: {
      client: (w) => `Erinnerung: ${w.title} bei ${w.provider}`,
      provider: (w) => `Erinnerung: ${w.title} mit ${w.client}`,
    },
    seats_offered: {
      client: (w) => `Plätze für Sie frei: ${w.title}`,
      provider: (w) => `Plätze angeboten: ${w.title}`,
    },
  },
  intro: {
    request_received: {
      client: (w) => `Ihre Anfrage wurde gesendet. ${w.provider} bestätigt sie in Kürze.`,
      provider: (w) =>
        `${w.client} möchte ${w.title} buchen. Bitte bestätigen Sie die Anfrage oder lehnen Sie sie ab.`,
    },
    confirmed: {
      client: (w) => `Ihr Termin mit ${w.provider} ist gebucht.`,
      provider: (w) => `${w.client} hat ${w.title} bei Ihnen gebucht.`,
    },
    declined: {
      client: (w) => `Leider kann ${w.provider} diesen Termin nicht wahrnehmen.`,
      provider: (w) => `Sie haben die Anfrage von ${w.client} abgelehnt.`,
    },
    cancelled: {
      client: (w) => `Ihr Termin mit ${w.provider} ist storniert.`,
      provider: (w) => `Der Termin mit ${w.client} ist storniert.`,
    },
    rescheduled: {
      client: (w) => `Ihr Termin mit ${w.provider} hat eine neue Zeit.`,
      provider: (w) => `Der Termin mit ${w.client} hat eine neue Zeit.`,
    },
    reminder: {
      client: (w) => `Ihr Termin mit ${w.provider} beginnt in ${w.soon}.`,
      provider: (w) => `Ihr Termin mit ${w.client} beginnt in ${w.soon}.`,
    },
    seats_offered: {
      client: (w) =>
        `Für ${w.title} sind Plätze frei geworden: ${w.seats} sind bis ${w.until} für Sie reserviert. Nehmen Sie sie über den Link unten an oder lehnen Sie sie ab.`,
      provider: (w) => `Plätze von ${w.title} wurden ${w.client} angeboten.`,
    },
  },
  what: 'Was',
  when: 'Wann',
  length: 'Dauer',
  with: 'Mit',
  before: 'Vorher',
  reason: 'Grund',
  refund: 'Erstattung',
  manage: 'Buchung verwalten oder stornieren',
  answerOffer: 'Angebot beantworten',
  zone: (zone) => `Zeiten in ${zone}.`,
  footer: (provider) => `Diese Nachricht kommt vom Buchungsdienst von ${provider}.`,
};

const fr: EmailCatalog = {
  dir: 'ltr',
  hello: (name) => `Bonjour ${name},`,
  subject: {
    request_received: {
      client: (w) => `Demande reçue : ${w.title} avec ${w.provider}`,
      provider: (w) => `Nouvelle demande : ${w.title} de ${w.client}`,
    },
    confirmed: {
      client: (w) => `Réservé : ${w.title} avec ${w.provider}`,
      provider: (w) => `Réservé : ${w.title} avec ${w.client}`,
    },
    declined: {
      client: (w) => `Impossible : ${w.title} avec ${w.provider}`,
      provider: (w) => `Refusé : ${w.title} avec ${w.client}`,
    },
    cancelled: {
      client: (w) => `Annulé : ${w.title} avec ${w.provider}`,
      provider: (w) => `Annulé : ${w.title} avec ${w.client}`,
    },
    rescheduled: {
      client: (w) => `Nouvel horaire : ${w.title} avec ${w.provider}`,
      provider: (w) => `Nouvel horaire : ${w.title} avec ${w.client}`,
    },
    reminder: {
      client: (w) => `Rappel : ${w.title} avec ${w.provider}`,
      provider: (w) => `Rappel : ${w.title} avec ${w.client}`,
    },
    seats_offered: {
      client: (w) => `Des places pour vous : ${w.title}`,
      provider: (w) => `Places proposées : ${w.title}`,
    },
  },
  intro: {
    request_received: {
      client: (w) => `Votre demande a été envoyée. ${w.provider} la confirmera bientôt.`,
      provider: (w) => `${w.client} souhaite réserver ${w.title}. Confirmez ou refusez la demande.`,
    },
    confirmed: {
      client: (w) => `Votre séance avec ${w.provider} est réservée.`,
      provider: (w) => `${w.client} a réservé ${w.title} avec vous.`,
    },
    declined: {
      client: (w) => `Désolé, ${w.provider} ne peut pas assurer cette séance.`,
      provider: (w) => `Vous avez refusé la demande de ${w.client}.`,
    },
    cancelled: {
      client: (w) => `Votre séance avec ${w.provider} est annulée.`,
      provider: (w) => `La séance avec ${w.client} est annulée.`,
    },
    rescheduled: {
      client: (w) => `Votre séance avec ${w.provider} a un nouvel horaire.`,
      provider: (w) => `La séance avec ${w.client} a un nouvel horaire.`,
    },
    reminder: {
      client: (w) => `Votre séance avec ${w.provider} commence dans ${w.soon}.`,
      provider: (w) => `Votre séance avec ${w.client} commence dans ${w.soon}.`,
    },
    seats_offered: {
      client: (w) =>
        `Des places se sont libérées pour ${w.title} : ${w.seats} vous sont réservées jusqu’au ${w.until}. Acceptez-les ou refusez-les avec le lien ci-dessous.`,
      provider: (w) => `Des places de ${w.title} ont été proposées à ${w.client}.`,
    },
  },
  what: 'Quoi',
  when: 'Quand',
  length: 'Durée',
  with: 'Avec',
  before: 'Avant',
  reason: 'Motif',
  refund: 'Remboursement',
  manage: 'Gérer ou annuler cette réservation',
  answerOffer: 'Répondre à l’offre',
  zone: (zone) => `Horaires en ${zone}.`,
  footer: (provider) => `Ce message vous est envoyé par le service de réservation de ${provider}.`,
};

const es: EmailCatalog = {
  dir: 'ltr',
  hello: (name) => `Hola, ${name}:`,
  subject: {
    request_received: {
      client: (w) => `Solicitud recibida: ${w.title} con ${w.provider}`,
      provider: (w) => `Nueva solicitud: ${w.title} de ${w.client}`,
    },
    confirmed: {
      client: (w) => `Reservado: ${w.title} con ${w.provider}`,
      provider: (w) => `Reservado: ${w.title} con ${w.client}`,
    },
    declined: {
      client: (w) => `No es posible: ${w.title} con ${w.provider}`,
      provider: (w) => `Rechazado: ${w.title} con ${w.client}`,
    },
    cancelled: {
      client: (w) => `Cancelado: ${w.title} con ${w.provider}`,
      provider: (w) => `Cancelado: ${w.title} con ${w.client}`,
    },
    rescheduled: {
      client: (w) => `Nueva hora: ${w.title} con ${w.provider}`,
      provider: (w) => `Nueva hora: ${w.title} con ${w.client}`,
    },
    reminder: {
      client: (w) => `Recordatorio: ${w.title} con ${w.provider}`,
      provider: (w) => `Recordatorio: ${w.title} con ${w.client}`,
    },
    seats_offered: {
      client: (w) => `Plazas libres para ti: ${w.title}`,
      provider: (w) => `Plazas ofrecidas: ${w.title}`,
    },
  },
  intro: {
    request_received: {
      client: (w) => `Tu solicitud se envió. ${w.provider} la confirmará pronto.`,
      provider: (w) => `${w.client} quiere reservar ${w.title}. Confirma o rechaza la solicitud.`,
    },
    confirmed: {
      client: (w) => `Tu sesión con ${w.provider} está reservada.`,
      provider: (w) => `${w.client} reservó ${w.title} contigo.`,
    },
    declined: {
      client: (w) => `Lo sentimos, ${w.provider} no puede atender esta sesión.`,
      provider: (w) => `Rechazaste la solicitud de ${w.client}.`,
    },
    cancelled: {
      client: (w) => `Tu sesión con ${w.provider} está cancelada.`,
      provider: (w) => `La sesión con ${w.client} está cancelada.`,
    },
    rescheduled: {
      client: (w) => `Tu sesión con ${w.provider} tiene una nueva hora.`,
      provider: (w) => `La sesión con ${w.client} tiene una nueva hora.`,
    },
    reminder: {
      client: (w) => `Tu sesión con ${w.provider} empieza en ${w.soon}.`,
      provider: (w) => `Tu sesión con ${w.client} empieza en ${w.soon}.`,
    },
    seats_offered: {
      client: (w) =>
        `Se liberaron plazas en ${w.title}: ${w.seats} están reservadas para ti hasta el ${w.until}. Acéptalas o recházalas con el enlace de abajo.`,
      provider: (w) => `Se ofrecieron plazas de ${w.title} a ${w.client}.`,
    },
  },
  what: 'Qué',
  when: 'Cuándo',
  length: 'Duración',
  with: 'Con',
  before: 'Antes',
  reason: 'Motivo',
  refund: 'Reembolso',
  manage: 'Gestionar o cancelar esta reserva',
  answerOffer: 'Responder a la oferta',
  zone: (zone) => `Horas en ${zone}.`,
  footer: (provider) => `Este mensaje lo envía el servicio de reservas de ${provider}.`,
};

const ar: EmailCatalog = {
  dir: 'rtl',
  hello: (name) => `مرحبًا ${name}،`,
  subject: {
    request_received: {
      client: (w) => `تم استلام الطلب: ${w.title} مع ${w.provider}`,
      provider: (w) => `طلب جديد: ${w.title} من ${w.client}`,
    },
    confirmed: {
      client: (w) => `تم الحجز: ${w.title} مع ${w.provider}`,
      provider: (w) => `تم الحجز: ${w.title} مع ${w.client}`,
    },
    declined: {
      client: (w) => `غير ممكن: ${w.title} مع ${w.provider}`,
      provider: (w) => `مرفوض: ${w.title} مع ${w.client}`,
    },
    cancelled: {
      client: (w) => `أُلغي: ${w.title} مع ${w.provider}`,
      provider: (w) => `أُلغي: ${w.title} مع ${w.client}`,
    },
    rescheduled: {
      client: (w) => `موعد جديد: ${w.title} مع ${w.provider}`,
      provider: (w) => `موعد جديد: ${w.title} مع ${w.client}`,
    },
    reminder: {
      client: (w) => `تذكير: ${w.title} مع ${w.provider}`,
      provider: (w) => `تذكير: ${w.title} مع ${w.client}`,
    },
    seats_offered: {
      client: (w) => `مقاعد متاحة لك: ${w.title}`,
      provider: (w) => `مقاعد معروضة: ${w.title}`,
    },
  },
  intro: {
    request_received: {
      client: (w) => `تم إرسال طلبك. سيؤكده ${w.provider} قريبًا.`,
      provider: (w) => `يطلب ${w.client} حجز ${w.title}. يُرجى تأكيد الطلب أو رفضه.`,
    },
    confirmed: {
      client: (w) => `تم حجز جلستك مع ${w.provider}.`,
      provider: (w) => `حجز ${w.client} ${w.title} معك.`,
    },
    declined: {
      client: (w) => `نعتذر، لا يستطيع ${w.provider} تقديم هذه الجلسة.`,
      provider: (w) => `تم رفض طلب ${w.client}.`,
    },
    cancelled: {
      client: (w) => `أُلغيت جلستك مع ${w.provider}.`,
      provider: (w) => `أُلغيت الجلسة مع ${w.client}.`,
    },
    rescheduled: {
      client: (w) => `لجلستك مع ${w.provider} موعد جديد.`,
      provider: (w) => `للجلسة مع ${w.client} موعد جديد.`,
    },
    reminder: {
      client: (w) => `تبدأ جلستك مع ${w.provider} بعد ${w.soon}.`,
      provider: (w) => `تبدأ جلستك مع ${w.client} بعد ${w.soon}.`,
    },
    seats_offered: {
      client: (w) =>
        `توفرت مقاعد في ${w.title}: ${w.seats} محجوزة لك حتى ${w.until}. اقبلها أو ارفضها من الرابط أدناه.`,
      provider: (w) => `عُرضت مقاعد ${w.title} على ${w.client}.`,
    },
  },
  what: 'ماذا',
  when: 'متى',
  length: 'المدة',
  with: 'مع',
  before: 'الموعد السابق',
  reason: 'السبب',
  refund: 'المبلغ المسترد',
  manage: 'إدارة هذا الحجز أو إلغاؤه',
  answerOffer: 'الرد على العرض',
  zone: (zone) => `الأوقات بتوقيت ${zone}.`,
  footer: (provider) => `أُرسلت هذه الرسالة من خدمة الحجز لدى ${provider}.`,
};

/** The catalog of each language. */
export const EMAIL_CATALOGS: Record<NotificationLocale, EmailCatalog> = { en, de, fr, es, ar };
