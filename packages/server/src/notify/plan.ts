// What a booking change tells whom: a pure function from the booking before and after (and who
// acted) to the outbox messages — emails to the client and the provider, reminders, webhook
// deliveries. Handlers call `recordChange` (record.ts), which reads what this needs and queues the
// result in the change's own transaction. docs/notifications.md lists the same table.
import type { Actor, Booking, GroupEvent, Provider, WaitlistEntry } from '@booking/core';
import {
  DEFAULT_REMINDER_MINUTES,
  NOTIFICATION_LOCALES,
  type NotificationLocale,
  type NotificationSettings,
  type Webhook,
  type WebhookEvent,
  type WebhookPayload,
} from '@booking/core/schemas';
import type { OutboxInput } from '../store/types.js';

const MINUTE = 60_000;

/** What an email says; one per kind of change (and reminders). */
export type EmailKind =
  | 'request_received'
  | 'confirmed'
  | 'declined'
  | 'cancelled'
  | 'rescheduled'
  | 'reminder'
  | 'seats_offered';

/** Who an email goes to, in their own zone and language. */
export interface Recipient {
  role: 'client' | 'provider';
  email: string;
  name: string;
  timeZone: string;
  locale: NotificationLocale;
}

/** An email message in the outbox: everything the worker needs to write it, frozen at the change. */
export interface EmailPayload {
  kind: EmailKind;
  to: Recipient;
  providerName: string;
  /** The provider's address, the calendar invitation's organizer (null: the server's sender). */
  providerEmail: string | null;
  /** The service's name, or the event's title. */
  title: string;
  booking?: Booking | undefined;
  /** A reschedule's start and end before. */
  previous?: { start: string; end: string } | undefined;
  /** A cancellation's or decline's refund, when the booking was paid. */
  refund?: { amount: number; currency: string } | undefined;
  reason?: string | null | undefined;
  actor: Actor;
  /** The invitation's method (none for reminders and offers). */
  ics?: { method: 'REQUEST' | 'CANCEL' } | undefined;
  /** For a reminder: how long before the start it was meant to go. */
  reminderMinutes?: number | undefined;
  /** For a reminder: the next one's minutes, which replaces this one once due (a late worker). */
  nextReminderMinutes?: number | undefined;
  /** For a waitlist offer: the entry (its seats and the offer's expiry) and the event. */
  entry?: WaitlistEntry | undefined;
  event?: { id: string; title: string; start: string; durationMinutes: number } | undefined;
  /** Give the client a fresh manage link (minted when the email is sent). */
  manageLink: boolean;
}

/** A webhook delivery in the outbox: the signed body, frozen at the change. */
export type WebhookMessage = WebhookPayload;

/** Settings of a provider that has saved none. */
export const DEFAULT_SETTINGS: NotificationSettings = {
  email: null,
  locale: 'en',
  reminderMinutes: [...DEFAULT_REMINDER_MINUTES],
};

/** One of the five languages for a BCP 47 tag (`de-AT` → `de`), or undefined. */
export function notificationLocale(tag: string | null | undefined): NotificationLocale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return NOTIFICATION_LOCALES.find((l) => l === primary);
}

/** The change a booking went through: the last entry of its history. */
function lastAction(booking: Booking) {
  return booking.history[booking.history.length - 1]!;
}

const WEBHOOK_OF: Partial<Record<string, WebhookEvent>> = {
  create: 'booking.created',
  confirm: 'booking.confirmed',
  decline: 'booking.declined',
  cancel: 'booking.cancelled',
  reschedule: 'booking.rescheduled',
  start: 'booking.started',
  complete: 'booking.completed',
  no_show: 'booking.no_show',
};

/** What the planner needs to know about a change. */
export interface BookingChange {
  before: Booking | undefined;
  after: Booking;
  provider: Provider;
  settings: NotificationSettings;
  webhooks: readonly Webhook[];
  /** The group event of a registration (for its title). */
  event?: Pick<GroupEvent, 'id' | 'title'> | undefined;
  now: number;
  /** A fresh id per message (the outbox's, and a webhook's `webhook-id`). */
  newId: (prefix: string) => string;
}

const subscribed = (webhook: Webhook, type: WebhookEvent) =>
  webhook.events === null || webhook.events.includes(type);

function recipients(change: BookingChange): Recipient[] {
  const { after, provider, settings } = change;
  const out: Recipient[] = [
    {
      role: 'client',
      email: after.client.email,
      name: after.client.name,
      timeZone: after.client.timeZone ?? after.timeZone,
      locale: notificationLocale(after.client.locale) ?? settings.locale,
    },
  ];
  if (settings.email)
    out.push({
      role: 'provider',
      email: settings.email,
      name: provider.name,
      timeZone: provider.timeZone,
      locale: settings.locale,
    });
  return out;
}

/**
 * The outbox messages of one booking change, and whether the booking's pending reminders must be
 * cancelled first (it moved, or it ended).
 *
 * - Emails to the client and (with an address in its settings) the provider: request received,
 *   confirmed, declined, cancelled (with the refund), rescheduled; each with an invitation
 *   (`REQUEST`, or `CANCEL` when it ends) whose SEQUENCE is the number of changes so far.
 * - Reminders (per the provider's `reminderMinutes`) when a session is booked or moved, due that
 *   long before its start, unless that moment has passed.
 * - A webhook delivery per subscribed endpoint for every lifecycle step.
 *
 * Each message's `dedupeKey` names the change (`<booking id>#<history length>`) and the
 * recipient, so a change can never queue the same message twice.
 */
export function planChange(change: BookingChange): {
  messages: OutboxInput[];
  cancelReminders: boolean;
} {
  const { before, after, provider, settings, now } = change;
  const step = lastAction(after);
  // Nothing happened to the booking (a write that added no history entry): nothing to tell.
  if (before && before.history.length === after.history.length)
    return { messages: [], cancelReminders: false };
  const changeId = `${after.id}#${after.history.length}`;
  const messages: OutboxInput[] = [];
  const title =
    change.event?.title ??
    provider.services.find((s) => s.id === after.serviceId)?.name ??
    provider.name;
  const base = { providerId: after.providerId, bookingId: after.id, createdAt: now };
  const paidBefore = (before ?? after).paymentStatus === 'paid';
  const refunded = (after.refundedAmount ?? 0) - (before?.refundedAmount ?? 0);

  const kind: EmailKind | undefined =
    step.action === 'create'
      ? after.status === 'pending'
        ? 'request_received'
        : 'confirmed'
      : step.action === 'confirm'
        ? 'confirmed'
        : step.action === 'decline'
          ? 'declined'
          : step.action === 'cancel'
            ? 'cancelled'
            : step.action === 'reschedule'
              ? 'rescheduled'
              : undefined;
  const ends = kind === 'declined' || kind === 'cancelled';
  const previous =
    step.action === 'reschedule' && before ? { start: before.start, end: before.end } : undefined;
  const refund =
    ends && paidBefore ? { amount: refunded, currency: after.quote.currency } : undefined;

  if (kind)
    for (const to of recipients(change)) {
      const email: EmailPayload = {
        kind,
        to,
        providerName: provider.name,
        providerEmail: settings.email,
        title,
        booking: after,
        previous,
        refund,
        reason: ends ? (step.reason ?? null) : null,
        actor: step.actor,
        ics: { method: ends ? 'CANCEL' : 'REQUEST' },
        manageLink: to.role === 'client' && !ends,
      };
      messages.push({
        ...base,
        id: change.newId('msg'),
        dedupeKey: `${changeId}:email:${to.role}`,
        channel: 'email',
        topic: `booking.${kind}`,
        payload: email,
        dueAt: now,
      });
    }

  // Reminders are queued when a session is booked or moved; sent only if it is confirmed then.
  const schedules = step.action === 'create' || step.action === 'reschedule';
  if (schedules && (after.status === 'pending' || after.status === 'confirmed')) {
    const start = Date.parse(after.start);
    const offsets = [...settings.reminderMinutes].sort((a, b) => b - a);
    for (const [i, minutes] of offsets.entries()) {
      const dueAt = start - minutes * MINUTE;
      if (dueAt <= now) continue;
      for (const to of recipients(change))
        messages.push({
          ...base,
          id: change.newId('msg'),
          dedupeKey: `${changeId}:reminder:${minutes}:${to.role}`,
          channel: 'email',
          topic: 'reminder',
          payload: {
            kind: 'reminder',
            to,
            providerName: provider.name,
            providerEmail: settings.email,
            title,
            booking: after,
            actor: 'system',
            reminderMinutes: minutes,
            nextReminderMinutes: offsets[i + 1],
            manageLink: to.role === 'client',
          } satisfies EmailPayload,
          dueAt,
        });
    }
  }

  const type = WEBHOOK_OF[step.action];
  if (type)
    for (const webhook of change.webhooks) {
      if (!subscribed(webhook, type)) continue;
      const payload: WebhookMessage = {
        type,
        timestamp: step.at,
        data: {
          booking: after,
          ...(previous ? { previous } : {}),
          ...(ends && paidBefore
            ? { refund: { amount: refunded, currency: after.quote.currency } }
            : {}),
        },
      };
      messages.push({
        ...base,
        id: change.newId('msg'),
        dedupeKey: `${changeId}:webhook:${webhook.id}`,
        channel: 'webhook',
        topic: type,
        webhookId: webhook.id,
        payload,
        dueAt: now,
      });
    }

  return {
    messages,
    cancelReminders: step.action === 'reschedule' || ends || step.action === 'no_show',
  };
}

/** What the planner needs to know about a waitlist entry that was just offered seats. */
export interface OfferChange {
  entry: WaitlistEntry;
  event: Pick<GroupEvent, 'id' | 'title' | 'start' | 'durationMinutes' | 'providerId'>;
  provider: Provider;
  settings: NotificationSettings;
  webhooks: readonly Webhook[];
  now: number;
  newId: (prefix: string) => string;
}

/** The email to the person whose turn came, and the `waitlist.offered` webhook deliveries. */
export function planOffer(change: OfferChange): OutboxInput[] {
  const { entry, event, provider, settings, now } = change;
  const changeId = `${entry.id}#offer:${entry.offeredAt ?? new Date(now).toISOString()}`;
  const base = { providerId: event.providerId, bookingId: null, createdAt: now, dueAt: now };
  const to: Recipient = {
    role: 'client',
    email: entry.client.email,
    name: entry.client.name,
    timeZone: entry.client.timeZone ?? provider.timeZone,
    locale: notificationLocale(entry.client.locale) ?? settings.locale,
  };
  const email: EmailPayload = {
    kind: 'seats_offered',
    to,
    providerName: provider.name,
    providerEmail: settings.email,
    title: event.title,
    actor: 'system',
    entry,
    event: {
      id: event.id,
      title: event.title,
      start: event.start,
      durationMinutes: event.durationMinutes,
    },
    manageLink: true,
  };
  const messages: OutboxInput[] = [
    {
      ...base,
      id: change.newId('msg'),
      dedupeKey: `${changeId}:email:client`,
      channel: 'email',
      topic: 'waitlist.offered',
      payload: email,
    },
  ];
  for (const webhook of change.webhooks) {
    if (!subscribed(webhook, 'waitlist.offered')) continue;
    messages.push({
      ...base,
      id: change.newId('msg'),
      dedupeKey: `${changeId}:webhook:${webhook.id}`,
      channel: 'webhook',
      topic: 'waitlist.offered',
      webhookId: webhook.id,
      payload: {
        type: 'waitlist.offered',
        timestamp: entry.offeredAt ?? new Date(now).toISOString(),
        data: { entry },
      } satisfies WebhookMessage,
    });
  }
  return messages;
}
