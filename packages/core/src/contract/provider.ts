// The endpoints only the provider's token opens, for its bookings: schedule, bookings, group
// events and the lifecycle steps. The notification settings, webhooks and calendar feeds are
// ./notifications.ts, so the provider's elements carry none of their schemas.
import {
  ActionRequestSchema,
  GroupEventInputSchema,
  GroupEventPatchSchema,
  ProviderBookingsPageSchema,
  ScheduleInputSchema,
  ScheduleSchema,
} from '../schemas/contract.js';
import { GroupEventSchema } from '../schemas/provider.js';
import { ProviderBookingQuerySchema } from './queries.js';
import { endpoint, step } from './spec.js';

/**
 * The provider's endpoints for its bookings (schedule, bookings, group events, lifecycle steps),
 * by the name of the client method that calls each.
 *
 * @example
 * import { providerBookingEndpoints } from '@booking/core/contract';
 * providerBookingEndpoints.confirmBooking.method; // 'POST'
 */
export const providerBookingEndpoints = {
  getSchedule: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/schedule',
    auth: 'provider',
    responses: { 200: ScheduleSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found'],
    etag: true,
  }),
  replaceSchedule: endpoint({
    method: 'PUT',
    path: '/providers/{providerId}/schedule',
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
    auth: 'provider',
    query: ProviderBookingQuerySchema,
    responses: { 200: ProviderBookingsPageSchema },
    problems: ['unauthorized', 'forbidden', 'provider_not_found', 'validation_failed'],
    page: true,
    etag: true,
  }),
  createEvent: endpoint({
    method: 'POST',
    path: '/providers/{providerId}/events',
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
    auth: 'provider',
    body: ActionRequestSchema,
    responses: { 200: GroupEventSchema },
    problems: ['unauthorized', 'forbidden', 'event_not_found', 'transition_refused'],
  }),
  confirmBooking: step('confirm'),
  declineBooking: step('decline'),
  startBooking: step('start'),
  completeBooking: step('complete'),
  markNoShow: step('no-show'),
} as const;
