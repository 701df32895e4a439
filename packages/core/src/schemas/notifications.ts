// Messages of the contract that tell people about bookings: a provider's notification settings
// (where its emails go, in which language, which reminders), webhook endpoints and their delivery
// log, and the calendar feeds whose events become busy time (docs/notifications.md,
// docs/calendar-feeds.md).
import * as z from 'zod/mini';
import { InstantSchema } from './availability.js';
import { BookingSchema, WaitlistEntrySchema, isEmail } from './booking.js';
import { IdSchema, UrlSchema, optional, text, wholeMinutes, wholeNumber } from './fields.js';

/** The languages the server writes emails in: the five the elements speak. */
export const NOTIFICATION_LOCALES = ['en', 'de', 'fr', 'es', 'ar'] as const;
/** A language the server writes emails in. */
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

/** Reminders when a provider sets none: 24 hours and 1 hour before the start. */
export const DEFAULT_REMINDER_MINUTES = [1440, 60] as const;

/** `GET`/`PUT /providers/{id}/notifications`: where a provider's emails go, and its reminders. */
export const NotificationSettingsSchema = z.object({
  /** Where the provider's own emails go (requests, changes, reminders); none without it. */
  email: z.nullable(
    z.string().check(
      z.trim(),
      z.refine(isEmail, {
        error: 'Give an email address like name@example.com, or null for no emails.',
        params: { code: 'invalid_email' },
      }),
    ),
  ),
  /** The language of the provider's emails, and of a client's whose language is not one of the five. */
  locale: z.enum(NOTIFICATION_LOCALES, {
    error: () => `Choose one of ${NOTIFICATION_LOCALES.join(', ')}.`,
  }),
  /**
   * Minutes before a session that a reminder goes to both people (at most 5, each from 5
   * minutes to 7 days); an empty list sends none. Default 24 hours and 1 hour.
   */
  reminderMinutes: z.array(wholeMinutes('reminderMinutes', 5)).check(
    z.maxLength(5, { error: 'At most 5 reminders.' }),
    z.refine((list) => new Set(list).size === list.length, {
      error: 'Each reminder once: remove the repeated number.',
      params: { code: 'invalid_value' },
    }),
  ),
});
/** Where a provider's emails go, in which language, and which reminders are sent. */
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/** `PUT /providers/{id}/notifications`: any of the settings; absent ones are kept. */
export const NotificationSettingsInputSchema = z.partial(NotificationSettingsSchema);
/** `PUT /providers/{id}/notifications`: any of the settings; absent ones are kept. */
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInputSchema>;

/** What a webhook endpoint can be told, in `type` of each delivery. */
export const WEBHOOK_EVENTS = [
  'booking.created',
  'booking.confirmed',
  'booking.declined',
  'booking.cancelled',
  'booking.rescheduled',
  'booking.started',
  'booking.completed',
  'booking.no_show',
  'waitlist.offered',
] as const;
/** What a webhook endpoint can be told. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** `POST /providers/{id}/webhooks`: where to send, and which events (all when absent). */
export const WebhookInputSchema = z.object({
  url: UrlSchema,
  events: optional(
    z.array(z.enum(WEBHOOK_EVENTS)).check(z.minLength(1, { error: 'Name at least one event.' })),
  ),
  description: optional(text('description', 200, false)),
});
/** `POST /providers/{id}/webhooks`: where to send, and which events (all when absent). */
export type WebhookInput = z.infer<typeof WebhookInputSchema>;

/** A webhook endpoint of a provider (its signing secret is shown once, when it is created). */
export const WebhookSchema = z.object({
  id: IdSchema,
  providerId: IdSchema,
  url: UrlSchema,
  /** The events it receives; null for all. */
  events: z.nullable(z.array(z.enum(WEBHOOK_EVENTS))),
  description: optional(z.string()),
  createdAt: InstantSchema,
});
/** A webhook endpoint of a provider (its signing secret is shown once, when it is created). */
export type Webhook = z.infer<typeof WebhookSchema>;

/** `201` of `POST /providers/{id}/webhooks`: the endpoint and its signing secret, shown this once. */
export const CreatedWebhookSchema = z.object({
  webhook: WebhookSchema,
  /** `whsec_` and base64 of 32 random bytes: the key of the `webhook-signature` HMAC. */
  secret: z.string().check(z.regex(/^whsec_[A-Za-z0-9+/]+=*$/)),
});
/** `201` of `POST /providers/{id}/webhooks`: the endpoint and its signing secret, shown this once. */
export type CreatedWebhook = z.infer<typeof CreatedWebhookSchema>;

/** `GET /providers/{id}/webhooks`: every endpoint of the provider (at most 20). */
export const WebhookListSchema = z.object({ items: z.array(WebhookSchema) });
/** `GET /providers/{id}/webhooks`: every endpoint of the provider (at most 20). */
export type WebhookList = z.infer<typeof WebhookListSchema>;

/** The body of a webhook delivery: Standard Webhooks' `type`, `timestamp` and `data`. */
export const WebhookPayloadSchema = z.object({
  type: z.enum(WEBHOOK_EVENTS),
  /** When the change happened. */
  timestamp: InstantSchema,
  data: z.object({
    booking: optional(BookingSchema),
    /** A reschedule's start and end before. */
    previous: optional(z.object({ start: InstantSchema, end: InstantSchema })),
    /** A cancellation's or decline's refund, in minor units of the booking's currency. */
    refund: optional(z.object({ amount: wholeNumber('amount', 0), currency: z.string() })),
    entry: optional(WaitlistEntrySchema),
  }),
});
/** The body of a webhook delivery: Standard Webhooks' `type`, `timestamp` and `data`. */
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

/** One message to a webhook endpoint, with what became of it. */
export const WebhookDeliverySchema = z.object({
  /** The `webhook-id` header: the same on every attempt, so a receiver can drop repeats. */
  id: IdSchema,
  webhookId: IdSchema,
  type: z.enum(WEBHOOK_EVENTS),
  /** `pending` until an attempt gets a 2xx (`delivered`) or the retries run out after a day (`failed`). */
  status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
  attempts: wholeNumber('attempts', 0),
  createdAt: InstantSchema,
  lastAttemptAt: z.nullable(InstantSchema),
  /** When the next attempt is due (pending ones). */
  nextAttemptAt: z.nullable(InstantSchema),
  /** The HTTP status of the last attempt; null when it got none. */
  responseStatus: z.nullable(wholeNumber('responseStatus', 100, 599)),
  /** Why the last attempt failed. */
  error: z.nullable(z.string()),
  deliveredAt: z.nullable(InstantSchema),
  payload: WebhookPayloadSchema,
});
/** One message to a webhook endpoint, with what became of it. */
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

/** `GET /providers/{id}/webhooks/{webhookId}/deliveries`: the newest first, a page at a time. */
export const WebhookDeliveryPageSchema = z.object({
  items: z.array(WebhookDeliverySchema).check(z.maxLength(100)),
  nextCursor: z.nullable(z.string()),
});
/** `GET /providers/{id}/webhooks/{webhookId}/deliveries`: the newest first, a page at a time. */
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPageSchema>;

/** A page of a log: the cursor of the previous page and the size. */
export const LogQuerySchema = z.object({
  cursor: optional(text('cursor', 500)),
  limit: optional(
    z
      .pipe(
        z.union([z.number(), z.string()]),
        z.pipe(
          z.transform((v: number | string) =>
            typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v,
          ),
          wholeNumber('limit', 1, 100),
        ),
      )
      .check(z.meta({ type: 'integer', minimum: 1, maximum: 100 } as never)),
  ),
});
/** A page of a log: the cursor of the previous page and the size. */
export type LogQuery = z.output<typeof LogQuerySchema>;

/** An ICS feed address: https, http, or `webcal:` (which Apple and Google give; fetched over https). */
export const FeedUrlSchema = z.string().check(
  z.trim(),
  z.refine(
    (s) => {
      try {
        const url = new URL(s);
        return ['https:', 'http:', 'webcal:', 'webcals:'].includes(url.protocol) && !!url.host;
      } catch {
        return false;
      }
    },
    {
      error: "Give the calendar's secret address in iCal format (https://… or webcal://…).",
      params: { code: 'invalid_url' },
    },
  ),
  z.maxLength(2000),
  z.meta({ format: 'uri' }),
);

/** `POST /providers/{id}/calendar-feeds`: a calendar's secret ICS address, and a name for it. */
export const CalendarFeedInputSchema = z.object({
  url: FeedUrlSchema,
  name: optional(text('name', 120, false)),
});
/** `POST /providers/{id}/calendar-feeds`: a calendar's secret ICS address, and a name for it. */
export type CalendarFeedInput = z.infer<typeof CalendarFeedInputSchema>;

/** A calendar feed whose events are the provider's busy time, with how its last fetch went. */
export const CalendarFeedSchema = z.object({
  id: IdSchema,
  providerId: IdSchema,
  url: z.string(),
  name: optional(z.string()),
  /** `pending` until the first fetch; `error` keeps the last good busy time and says why in `error`. */
  status: z.enum(['pending', 'ok', 'error']),
  error: z.nullable(z.string()),
  lastFetchedAt: z.nullable(InstantSchema),
  lastSuccessAt: z.nullable(InstantSchema),
  /** Busy intervals the last good fetch gave. */
  busyCount: wholeNumber('busyCount', 0),
  createdAt: InstantSchema,
});
/** A calendar feed whose events are the provider's busy time, with how its last fetch went. */
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

/** `GET /providers/{id}/calendar-feeds`: every feed of the provider (at most 20). */
export const CalendarFeedListSchema = z.object({ items: z.array(CalendarFeedSchema) });
/** `GET /providers/{id}/calendar-feeds`: every feed of the provider (at most 20). */
export type CalendarFeedList = z.infer<typeof CalendarFeedListSchema>;
