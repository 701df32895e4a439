// The BookingAdapter interface: what the elements need from a backend. The HTTP adapter
// implements it over the contract; a backend without HTTP (a hosted database's SDK, an in-process
// store) can implement it directly.
import type { Booking } from '../schemas/booking.js';
import type {
  ActionRequest,
  AvailabilityInput,
  AvailabilityResponse,
  CancelBookingRequest,
  CreateBookingRequest,
  CreatedBooking,
  GroupEventInput,
  GroupEventPage,
  GroupEventPatch,
  GroupRegistrationRequest,
  ProviderBookingsPage,
  ProviderPage,
  RescheduleBookingRequest,
  Waitlisted,
} from '../schemas/contract.js';
import type { BookingStatus } from '../schemas/booking.js';
import type { GroupEvent, Provider } from '../schemas/provider.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the call (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** Options of a call that creates something: retried only with the same key. */
export interface CreateOptions extends CallOptions {
  /** One key per thing the user means to create; reuse it when retrying (see `newIdempotencyKey`). */
  idempotencyKey: string;
}

/** Filters of `listProviders`. Prices are minor units of `currency`. */
export interface ProviderQuery {
  /** Words to find in the name, headline or bio. */
  q?: string;
  specialization?: string;
  subject?: string;
  jobTitle?: string;
  kind?: 'one_to_one' | 'group';
  currency?: string;
  minPrice?: number;
  maxPrice?: number;
  cursor?: string;
  limit?: number;
}

/** Filters of `listEvents`. */
export interface EventQuery {
  providerId?: string;
  tag?: string;
  q?: string;
  /** Events starting at or after this instant (default: now). */
  from?: string;
  /** Events starting before this instant. */
  to?: string;
  currency?: string;
  minPrice?: number;
  maxPrice?: number;
  /** Only events with seats left. */
  hasSeats?: boolean;
  cursor?: string;
  limit?: number;
}

/** Filters of a provider's `listBookings`. */
export interface ProviderBookingQuery {
  status?: BookingStatus | BookingStatus[];
  from?: string;
  to?: string;
  /** Words of the client's name or email. */
  client?: string;
  cursor?: string;
  limit?: number;
}

/** What a registration produced: seats, or a place on the waitlist. */
export type RegistrationResult =
  ({ status: 'registered' } & CreatedBooking) | ({ status: 'waitlisted' } & Waitlisted);

/** A provider's own steps on a booking. */
export type ProviderAction = 'confirm' | 'decline' | 'start' | 'complete' | 'no_show';

/**
 * What the elements need from a backend: public reads, client writes, and managing a booking
 * with its manage token. Every method rejects with a `BookingApiError` subclass.
 */
export interface BookingAdapter {
  listProviders(query?: ProviderQuery, options?: CallOptions): Promise<ProviderPage>;
  getProvider(providerId: string, options?: CallOptions): Promise<Provider>;
  getAvailability(
    providerId: string,
    range: { from: string; to: string },
    options?: CallOptions,
  ): Promise<AvailabilityResponse>;
  listEvents(query?: EventQuery, options?: CallOptions): Promise<GroupEventPage>;
  getEvent(eventId: string, options?: CallOptions): Promise<GroupEvent>;
  createBooking(request: CreateBookingRequest, options: CreateOptions): Promise<CreatedBooking>;
  register(
    eventId: string,
    request: GroupRegistrationRequest,
    options: CreateOptions,
  ): Promise<RegistrationResult>;
  getBooking(bookingId: string, manageToken: string, options?: CallOptions): Promise<Booking>;
  cancelBooking(
    bookingId: string,
    manageToken: string,
    request?: CancelBookingRequest,
    options?: CallOptions,
  ): Promise<Booking>;
  rescheduleBooking(
    bookingId: string,
    manageToken: string,
    request: RescheduleBookingRequest,
    options?: CallOptions,
  ): Promise<Booking>;
}

/** A provider's writes, with the provider's bearer token. */
export interface ProviderAdapter {
  replaceAvailability(
    providerId: string,
    input: AvailabilityInput,
    options?: CallOptions,
  ): Promise<AvailabilityInput>;
  listBookings(
    providerId: string,
    query?: ProviderBookingQuery,
    options?: CallOptions,
  ): Promise<ProviderBookingsPage>;
  createEvent(
    providerId: string,
    input: GroupEventInput,
    options: CreateOptions,
  ): Promise<GroupEvent>;
  updateEvent(eventId: string, patch: GroupEventPatch, options?: CallOptions): Promise<GroupEvent>;
  cancelEvent(eventId: string, options?: CallOptions): Promise<GroupEvent>;
  act(
    bookingId: string,
    action: ProviderAction,
    request?: ActionRequest,
    options?: CallOptions,
  ): Promise<Booking>;
}

/**
 * A fresh idempotency key. Make one when the user decides to book and keep it (with what they
 * typed) until the booking is confirmed: every retry of that booking sends the same key.
 *
 * @example
 * const idempotencyKey = newIdempotencyKey(); // "0b6c…-…"
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
