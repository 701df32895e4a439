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
    auth: 'provider',
    responses: { 200: NotificationSettingsSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  replaceNotificationSettings: endpoint({
    method: 'PUT',
    path: '/providers/{providerId}/notifications',
    auth: 'provider',
    body: NotificationSettingsInputSchema,
    responses: { 200: NotificationSettingsSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'validation_failed'],
  }),
  createWebhook: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/webhooks',
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
    auth: 'provider',
    responses: { 200: WebhookListSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  deleteWebhook: endpoint({
    method: 'DELETE',
    path: '/providers/{providerId}/webhooks/{webhookId}',
    auth: 'provider',
    responses: { 204: null },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found'],
  }),
  listWebhookDeliveries: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/webhooks/{webhookId}/deliveries',
    auth: 'provider',
    query: LogQuerySchema,
    responses: { 200: WebhookDeliveryPageSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found', 'validation_failed'],
    page: true,
  }),
  addCalendarFeed: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/calendar-feeds',
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
    auth: 'provider',
    responses: { 200: CalendarFeedListSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
  }),
  deleteCalendarFeed: endpoint({
    method: 'DELETE',
    path: '/providers/{providerId}/calendar-feeds/{feedId}',
    auth: 'provider',
    responses: { 204: null },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'not_found'],
  }),
} as const;
