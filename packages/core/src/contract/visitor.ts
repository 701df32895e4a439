// The endpoints a visitor's page calls: public reads, creates, and managing with a manage token.
import { BookingSchema } from '../schemas/booking.js';
import {
  AvailabilityResponseSchema,
  CancelBookingRequestSchema,
  CreateBookingRequestSchema,
  CreatedBookingSchema,
  GroupEventPageSchema,
  GroupRegistrationRequestSchema,
  ProviderPageSchema,
  RescheduleBookingRequestSchema,
  WaitlistedSchema,
} from '../schemas/contract.js';
import { GroupEventSchema, ProviderSchema } from '../schemas/provider.js';
import { AvailabilityQuerySchema, EventQuerySchema, ProviderQuerySchema } from './queries.js';
import { endpoint } from './spec.js';

/**
 * The endpoints a visitor's page calls (public reads, creates, and manage links), by the name of
 * the client method that calls each. Kept apart from the provider's so that a visitor's bundle
 * carries only these.
 *
 * @example
 * import { visitorEndpoints } from '@booking/core/contract';
 * visitorEndpoints.createBooking.path; // '/bookings'
 */
export const visitorEndpoints = {
  listProviders: endpoint({
    method: 'GET',
    path: '/providers',
    auth: 'none',
    query: ProviderQuerySchema,
    responses: { 200: ProviderPageSchema },
    problems: ['validation_failed'],
    page: true,
  }),
  getProvider: endpoint({
    method: 'GET',
    path: '/providers/{providerId}',
    auth: 'none',
    responses: { 200: ProviderSchema },
    problems: ['provider_not_found'],
  }),
  getAvailability: endpoint({
    method: 'GET',
    path: '/providers/{providerId}/availability',
    auth: 'none',
    query: AvailabilityQuerySchema,
    responses: { 200: AvailabilityResponseSchema },
    problems: ['provider_not_found', 'validation_failed'],
    etag: true,
  }),
  listEvents: endpoint({
    method: 'GET',
    path: '/events',
    auth: 'none',
    query: EventQuerySchema,
    responses: { 200: GroupEventPageSchema },
    problems: ['validation_failed'],
    page: true,
  }),
  getEvent: endpoint({
    method: 'GET',
    path: '/events/{eventId}',
    auth: 'none',
    responses: { 200: GroupEventSchema },
    problems: ['event_not_found'],
  }),
  createBooking: endpoint({
    method: 'POST',
    path: '/bookings',
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
    auth: 'manage',
    responses: { 200: BookingSchema },
    problems: ['unauthorized', 'booking_not_found'],
  }),
  cancelBooking: endpoint({
    method: 'POST',
    path: '/bookings/{bookingId}/cancel',
    auth: 'manage',
    body: CancelBookingRequestSchema,
    responses: { 200: BookingSchema },
    problems: ['unauthorized', 'booking_not_found', 'validation_failed', 'transition_refused'],
  }),
  rescheduleBooking: endpoint({
    method: 'POST',
    path: '/bookings/{bookingId}/reschedule',
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
    auth: 'manage',
    responses: { 200: WaitlistedSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found'],
  }),
  acceptOffer: endpoint({
    method: 'POST',
    path: '/waitlist/{entryId}/accept',
    auth: 'manage',
    responses: { 201: CreatedBookingSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found', 'transition_refused'],
  }),
  declineOffer: endpoint({
    method: 'POST',
    path: '/waitlist/{entryId}/decline',
    auth: 'manage',
    responses: { 200: WaitlistedSchema },
    problems: ['unauthorized', 'waitlist_entry_not_found', 'transition_refused'],
  }),
} as const;
