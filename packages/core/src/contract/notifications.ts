// The provider's notification endpoints: where its emails go, webhooks with their delivery log,
// and calendar feeds that become busy time.
import {
  CalendarFeedInputSchema,
  CalendarFeedListSchema,
  CalendarFeedSchema,
  CreatedWebhookSchema,
  LogQuerySchema,
  NotificationSettingsInputSchema,
  NotificationSettingsSchema,
  WebhookDeliveryPageSchema,
  WebhookInputSchema,
  WebhookListSchema,
} from '../schemas/notifications.js';
import { endpoint } from './spec.js';

/**
 * The provider's notification endpoints (settings, webhooks, calendar feeds), by the name of the
 * client method that calls each.
 *
 * @example
 * import { notificationEndpoints } from '@booking/core/contract';
 * notificationEndpoints.createWebhook.keyed; // true
 */
export const notificationEndpoints = {
  getNotificationSettings: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/notifications',
    summary:
      "Where the provider's emails go, their language, and the reminders sent before each session (default 24 h and 1 h).",
    auth: 'provider',
    responses: { 200: NotificationSettingsSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  replaceNotificationSettings: endpoint({
    method: 'PUT',
    path: '/providers/{providerId}/notifications',
    summary:
      'Change the notification settings (absent fields are kept); a change of reminders applies to sessions booked or moved from then on.',
    auth: 'provider',
    body: NotificationSettingsInputSchema,
    responses: { 200: NotificationSettingsSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'validation_failed'],
  }),
  createWebhook: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/webhooks',
    summary:
      'Register a webhook endpoint: the answer holds its signing secret, shown this once (Standard Webhooks signatures).',
    auth: 'provider',
    keyed: true,
    body: WebhookInputSchema,
    responses: { 201: CreatedWebhookSchema },
    problems: [
      'idempotency_key_required',
      'idempotency_conflict',
      'unauthorized',
      'forbidden',
      'provider_not_found',
      'validation_failed',
    ],
  }),
  listWebhooks: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/webhooks',
    summary: "The provider's webhook endpoints (without their secrets).",
    auth: 'provider',
    responses: { 200: WebhookListSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  deleteWebhook: endpoint({
    method: 'DELETE',
    path: '/providers/{providerId}/webhooks/{webhookId}',
    summary: 'Remove a webhook endpoint: nothing more is sent to it, pending deliveries included.',
    auth: 'provider',
    responses: { 204: null },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found'],
  }),
  listWebhookDeliveries: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/webhooks/{webhookId}/deliveries',
    summary:
      'The delivery log of a webhook endpoint, newest first: each message with its attempts, last answer and next retry.',
    auth: 'provider',
    query: LogQuerySchema,
    responses: { 200: WebhookDeliveryPageSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found', 'validation_failed'],
    page: true,
  }),
  addCalendarFeed: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/calendar-feeds',
    summary:
      "Add a calendar's secret ICS address: its events become busy time, fetched on a schedule.",
    auth: 'provider',
    keyed: true,
    body: CalendarFeedInputSchema,
    responses: { 201: CalendarFeedSchema },
    problems: [
      'idempotency_key_required',
      'idempotency_conflict',
      'unauthorized',
      'forbidden',
      'provider_not_found',
      'validation_failed',
    ],
  }),
  listCalendarFeeds: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/calendar-feeds',
    summary: "The provider's calendar feeds, each with how its last fetch went.",
    auth: 'provider',
    responses: { 200: CalendarFeedListSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  deleteCalendarFeed: endpoint({
    method: 'DELETE',
    path: '/providers/{providerId}/calendar-feeds/{feedId}',
    summary: 'Remove a calendar feed and the busy time it gave.',
    auth: 'provider',
    responses: { 204: null },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found'],
  }),
} as const;
