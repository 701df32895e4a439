// The endpoints only the provider's token opens.
import {
  ActionRequestSchema,
  GroupEventInputSchema,
  GroupEventPatchSchema,
  ProviderBookingsPageSchema,
  ScheduleInputSchema,
  ScheduleSchema,
} from '../schemas/contract.js';
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
import { GroupEventSchema } from '../schemas/provider.js';
import { ProviderBookingQuerySchema } from './queries.js';
import { endpoint, step } from './spec.js';

/**
 * The endpoints only the provider's token opens, by the name of the client method that calls each.
 *
 * @example
 * import { providerEndpoints } from '@booking/core/contract';
 * providerEndpoints.confirmBooking.method; // 'POST'
 */
export const providerEndpoints = {
  getSchedule: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/schedule',
    summary:
      'What the provider edits of its availability: zone, weekly windows, date overrides, booking policy and the version to send back as If-Match.',
    auth: 'provider',
    responses: { 200: ScheduleSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
    etag: true,
  }),
  replaceSchedule: endpoint({
    method: 'PUT',
    path: '/providers/{providerId}/schedule',
    summary:
      'Replace the weekly windows and overrides (and the zone and policy when given). With If-Match, 412 when someone saved first.',
    auth: 'provider',
    body: ScheduleInputSchema,
    responses: { 200: ScheduleSchema },
    problems: [
      'unauthorized',
      'forbidden',
      'provider_not_found',
      'validation_failed',
      'precondition_failed',
    ],
    ifMatch: true,
  }),
  listBookings: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/bookings',
    summary: "The provider's bookings, filtered, with counts per status.",
    auth: 'provider',
    query: ProviderBookingQuerySchema,
    responses: { 200: ProviderBookingsPageSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'validation_failed'],
    page: true,
  }),
  createEvent: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/events',
    summary: 'Create a group event (its time must be free in the provider’s calendar).',
    auth: 'provider',
    keyed: true,
    body: GroupEventInputSchema,
    responses: { 201: GroupEventSchema },
    problems: [
      'idempotency_key_required',
      'idempotency_conflict',
      'unauthorized',
      'forbidden',
      'provider_not_found',
      'validation_failed',
      'slot_unavailable',
    ],
  }),
  updateEvent: endpoint({
    method: 'PATCH',
    path: '/events/{eventId}',
    summary: 'Change an event; the capacity never below the seats taken or offered.',
    auth: 'provider',
    body: GroupEventPatchSchema,
    responses: { 200: GroupEventSchema },
    problems: [
      'unauthorized',
      'forbidden',
      'event_not_found',
      'validation_failed',
      'transition_refused',
      'slot_unavailable',
    ],
  }),
  cancelEvent: endpoint({
    method: 'POST',
    path: '/events/{eventId}/cancel',
    summary: 'Cancel an event: every registration is cancelled and refunded in full.',
    auth: 'provider',
    body: ActionRequestSchema,
    responses: { 200: GroupEventSchema },
    problems: ['unauthorized', 'forbidden', 'event_not_found', 'transition_refused'],
  }),
  confirmBooking: step('confirm', 'confirm'),
  declineBooking: step('decline', 'decline'),
  startBooking: step('start', 'start'),
  completeBooking: step('complete', 'complete'),
  markNoShow: step('no-show', 'no-show'),
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
