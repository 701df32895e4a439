// The HTTP contract, written once: every endpoint with its method, path, who may call it, whether
// it is a keyed create, its query, body and response schemas and its problem codes. The HTTP
// client's methods, the OpenAPI document, the reference server's router and the conformance
// suite's coverage all come from this table, so a new endpoint is one entry here plus its handler.
import type * as z from 'zod/mini';
import { BookingSchema } from '../schemas/booking.js';
import {
  ActionRequestSchema,
  AvailabilityResponseSchema,
  CancelBookingRequestSchema,
  CreateBookingRequestSchema,
  CreatedBookingSchema,
  GroupEventInputSchema,
  GroupEventPageSchema,
  GroupEventPatchSchema,
  GroupRegistrationRequestSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  RescheduleBookingRequestSchema,
  ScheduleInputSchema,
  ScheduleSchema,
  WaitlistedSchema,
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
import { GroupEventSchema, ProviderSchema } from '../schemas/provider.js';
import type { ProblemCode } from './problems.js';
import {
  AvailabilityQuerySchema,
  EventQuerySchema,
  ProviderBookingQuerySchema,
  ProviderQuerySchema,
} from './queries.js';

/**
 * Who may call an endpoint: anyone (`none`), the provider whose data it is, with its bearer token
 * (`provider`), or whoever holds the booking's (or waitlist entry's) manage token, which the
 * provider's token also opens (`manage`).
 */
export type Auth = 'none' | 'provider' | 'manage';

/** One endpoint of the contract. */
export interface EndpointSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path under the API's base, with `{name}` for each id: `/events/{eventId}`. */
  readonly path: string;
  /** One sentence for the docs and the OpenAPI document. */
  readonly summary: string;
  readonly auth: Auth;
  /** A create that requires an `Idempotency-Key` (and may be retried with it). */
  readonly keyed?: boolean;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  /** The successful answers: status → body schema (`null` for none). */
  readonly responses: Readonly<Record<number, z.ZodMiniType | null>>;
  /** The problem codes this endpoint may answer besides the common ones (`COMMON_PROBLEMS`). */
  readonly problems: readonly ProblemCode[];
  /** A page of a list (at most `MAX_PAGE_ITEMS` items, with `nextCursor`). */
  readonly page?: boolean;
  /** Answers carry an `ETag`; `If-None-Match` with it gets `304 Not Modified`. */
  readonly etag?: boolean;
  /** Honours `If-Match` (the `version` of what it replaces): `412` when someone saved first. */
  readonly ifMatch?: boolean;
  /**
   * For an endpoint with several successful answers: the name of each, which the client puts in
   * the result's `status` (`{ 201: 'registered', 202: 'waitlisted' }`).
   */
  readonly outcomes?: Readonly<Record<number, string>>;
}

const endpoint = <const E extends EndpointSpec>(spec: E): E => spec;

const step = (name: string, path: string) =>
  endpoint({
    method: 'POST',
    path: `/bookings/{bookingId}/${path}`,
    summary: `The provider's ${name} step of the lifecycle (refused with the reason when it is not allowed now).`,
    auth: 'provider',
    body: ActionRequestSchema,
    responses: { 200: BookingSchema },
    problems: [
      'unauthorized',
      'forbidden',
      'booking_not_found',
      'validation_failed',
      'transition_refused',
    ],
  });

/**
 * Every endpoint of the HTTP contract, by the name of the client method that calls it.
 *
 * @example
 * import { endpoints } from '@booking/core/contract';
 * endpoints.createBooking.path; // '/bookings'
 * endpoints.createBooking.keyed; // true
 */
export const endpoints = {
  listProviders: endpoint({
    method: 'GET',
    path: '/providers',
    summary: 'List providers, with search and filters.',
    auth: 'none',
    query: ProviderQuerySchema,
    responses: { 200: ProviderPageSchema },
    problems: ['validation_failed'],
    page: true,
  }),
  getProvider: endpoint({
    method: 'GET',
    path: '/providers/{providerId}',
    summary: 'A provider: profile, zone, services and rates, group prices, booking policy.',
    auth: 'none',
    responses: { 200: ProviderSchema },
    problems: ['provider_not_found'],
  }),
  getAvailability: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/availability',
    summary:
      'Weekly windows, date overrides and busy intervals of a window (never computed slots: the client computes them with core).',
    auth: 'none',
    query: AvailabilityQuerySchema,
    responses: { 200: AvailabilityResponseSchema },
    problems: ['provider_not_found', 'validation_failed'],
    etag: true,
  }),
  listEvents: endpoint({
    method: 'GET',
    path: '/events',
    summary: 'Upcoming public group events, seats as they are now.',
    auth: 'none',
    query: EventQuerySchema,
    responses: { 200: GroupEventPageSchema },
    problems: ['validation_failed'],
    page: true,
  }),
  getEvent: endpoint({
    method: 'GET',
    path: '/events/{eventId}',
    summary: 'One group event with its seats taken and capacity.',
    auth: 'none',
    responses: { 200: GroupEventSchema },
    problems: ['event_not_found'],
  }),
  createBooking: endpoint({
    method: 'POST',
    path: '/bookings',
    summary:
      'Book a one-to-one session: 409 slot_unavailable carries the nearest alternatives, 409 price_changed the fresh quote.',
    auth: 'none',
    keyed: true,
    body: CreateBookingRequestSchema,
    responses: { 201: CreatedBookingSchema },
    problems: [
      'idempotency_key_required',
      'idempotency_conflict',
      'provider_not_found',
      'validation_failed',
      'slot_unavailable',
      'price_changed',
    ],
  }),
  register: endpoint({
    method: 'POST',
    path: '/events/{eventId}/registrations',
    summary:
      'Take seats in a group event: 409 event_full says whether the waitlist is open; with waitlist: true the answer is 202 and a place in line.',
    auth: 'none',
    keyed: true,
    body: GroupRegistrationRequestSchema,
    responses: { 201: CreatedBookingSchema, 202: WaitlistedSchema },
    outcomes: { 201: 'registered', 202: 'waitlisted' },
    problems: [
      'idempotency_key_required',
      'idempotency_conflict',
      'event_not_found',
      'validation_failed',
      'event_full',
      'event_closed',
      'price_changed',
    ],
  }),
  getBooking: endpoint({
    method: 'GET',
    path: '/bookings/{bookingId}',
    summary: "A booking, with its manage token or the provider's token.",
    auth: 'manage',
    responses: { 200: BookingSchema },
    problems: ['unauthorized', 'booking_not_found'],
  }),
  cancelBooking: endpoint({
    method: 'POST',
    path: '/bookings/{bookingId}/cancel',
    summary:
      "Cancel, with a reason; the refund follows the provider's cancellation policy, and freed seats go to the waitlist.",
    auth: 'manage',
    body: CancelBookingRequestSchema,
    responses: { 200: BookingSchema },
    problems: ['unauthorized', 'booking_not_found', 'validation_failed', 'transition_refused'],
  }),
  rescheduleBooking: endpoint({
    method: 'POST',
    path: '/bookings/{bookingId}/reschedule',
    summary: 'Move to a new start: the same booking and price, a history entry added.',
    auth: 'manage',
    body: RescheduleBookingRequestSchema,
    responses: { 200: BookingSchema },
    problems: [
      'unauthorized',
      'booking_not_found',
      'validation_failed',
      'transition_refused',
      'slot_unavailable',
    ],
  }),
  getWaitlistEntry: endpoint({
    method: 'GET',
    path: '/waitlist/{entryId}',
    summary: 'A waitlist entry and its place in line, with its manage token.',
    auth: 'manage',
    responses: { 200: WaitlistedSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found'],
  }),
  acceptOffer: endpoint({
    method: 'POST',
    path: '/waitlist/{entryId}/accept',
    summary: 'Take the seats a waitlist offer holds: the registration, managed by the same token.',
    auth: 'manage',
    responses: { 201: CreatedBookingSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found', 'transition_refused'],
  }),
  declineOffer: endpoint({
    method: 'POST',
    path: '/waitlist/{entryId}/decline',
    summary: 'Turn a waitlist offer down: its seats move on to the next in line.',
    auth: 'manage',
    responses: { 200: WaitlistedSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found', 'transition_refused'],
  }),
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

/** The contract's endpoints by name. */
export type Endpoints = typeof endpoints;
/** The name of an endpoint (and of the client method that calls it). */
export type EndpointName = keyof Endpoints;

/** Names of the endpoints a visitor's page calls: public reads, creates, and manage links. */
export const VISITOR_ENDPOINTS = (Object.keys(endpoints) as EndpointName[]).filter(
  (name) => endpoints[name].auth !== 'provider',
) as VisitorEndpointName[];
/** Names of the endpoints only the provider's token opens. */
export const PROVIDER_ENDPOINTS = (Object.keys(endpoints) as EndpointName[]).filter(
  (name) => endpoints[name].auth === 'provider',
) as ProviderEndpointName[];

export type VisitorEndpointName = {
  [K in EndpointName]: Endpoints[K]['auth'] extends 'provider' ? never : K;
}[EndpointName];
export type ProviderEndpointName = Exclude<EndpointName, VisitorEndpointName>;

/**
 * The endpoint a request's method and path (under the API's base) address, with its path
 * parameters decoded; undefined when none does, `'method'` when the path exists with other methods.
 *
 * @example
 * matchEndpoint('GET', '/events/evt_1'); // { name: 'getEvent', params: { eventId: 'evt_1' } }
 */
export function matchEndpoint(
  method: string,
  path: string,
): { name: EndpointName; params: Record<string, string> } | 'method' | undefined {
  const parts = path.split('/').filter(Boolean);
  let otherMethod = false;
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const spec = endpoints[name];
    const pattern = spec.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => {
      const m = /^\{(\w+)\}$/.exec(p);
      if (!m) return p === parts[i];
      try {
        params[m[1]!] = decodeURIComponent(parts[i]!);
        return true;
      } catch {
        return false;
      }
    });
    if (!fits) continue;
    if (spec.method !== method.toUpperCase()) {
      otherMethod = true;
      continue;
    }
    return { name, params };
  }
  return otherMethod ? 'method' : undefined;
}

type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** The parsed query of endpoint `K` (what a server reads), or undefined when it takes none. */
export type QueryOf<K extends EndpointName> = Output<
  Endpoints[K] extends { query: infer Q } ? Q : undefined
>;
/** The parsed body of endpoint `K` (what a server reads), or undefined when it takes none. */
export type BodyOf<K extends EndpointName> = Output<
  Endpoints[K] extends { body: infer B } ? B : undefined
>;
