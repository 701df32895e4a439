// Messages of the HTTP contract that carry bookings: the create and registration requests, the
// manage requests, paginated lists, and RFC 9457 problem details with stable codes.
import * as z from 'zod/mini';
import {
  BusyIntervalSchema,
  OverridesSchema,
  InstantSchema,
  SlotSchema,
  TimeZoneSchema,
  WeeklyAvailabilitySchema,
} from './availability.js';
import {
  AnswersSchema,
  BOOKING_STATUSES,
  BookingSchema,
  ClientDetailsSchema,
  WaitlistEntrySchema,
} from './booking.js';
import {
  IdSchema,
  LIMITS,
  UrlSchema,
  optional,
  text,
  wholeMinutes,
  wholeNumber,
} from './fields.js';
import { QuoteSchema } from './pricing.js';
import {
  BookingPolicySchema,
  GroupEventSchema,
  ProviderSchema,
  groupEventInputShape,
} from './provider.js';

/** Book a one-to-one session. `quote` is the price the client saw; a stale one gets 409. */
export const CreateBookingRequestSchema = z.object({
  providerId: IdSchema,
  serviceId: IdSchema,
  start: InstantSchema,
  durationMinutes: wholeMinutes('durationMinutes', 1),
  packageId: optional(IdSchema),
  client: ClientDetailsSchema,
  notes: optional(text('notes', 2000, false)),
  answers: optional(AnswersSchema),
  quote: QuoteSchema,
});
/** Book a one-to-one session. `quote` is the price the client saw; a stale one gets 409. */
export type CreateBookingRequest = z.infer<typeof CreateBookingRequestSchema>;

/**
 * Take seats in a group event (`POST /events/{id}/registrations`); `waitlist: true` joins the
 * waitlist when the seats are gone.
 */
export const GroupRegistrationRequestSchema = z.object({
  seats: wholeNumber('seats', 1, LIMITS.seats),
  client: ClientDetailsSchema,
  notes: optional(text('notes', 2000, false)),
  answers: optional(AnswersSchema),
  quote: optional(QuoteSchema),
  waitlist: optional(z.boolean()),
});
/**
 * Take seats in a group event (`POST /events/{id}/registrations`); `waitlist: true` joins the
 * waitlist when the seats are gone.
 */
export type GroupRegistrationRequest = z.infer<typeof GroupRegistrationRequestSchema>;

export const CancelBookingRequestSchema = z.object({
  reason: optional(text('reason', 500, false)),
});
/** The CancelBookingRequest entity (see `CancelBookingRequestSchema`). */
export type CancelBookingRequest = z.infer<typeof CancelBookingRequestSchema>;

export const RescheduleBookingRequestSchema = z.object({ start: InstantSchema });
/** The RescheduleBookingRequest entity (see `RescheduleBookingRequestSchema`). */
export type RescheduleBookingRequest = z.infer<typeof RescheduleBookingRequestSchema>;

/** What is wrong with one field: `field` is a dotted path such as `client.email` or `answers.goal`. */
export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
/** What is wrong with one field: `field` is a dotted path such as `client.email` or `answers.goal`. */
export type FieldError = z.infer<typeof FieldErrorSchema>;

export { PROBLEM_CODES, type ProblemCode } from '../contract/problems.js';

/**
 * An error response (RFC 9457 problem details) with a stable `code` and, depending on it, field
 * errors, alternative slots, the fresh quote, or a waitlist offer.
 */
export const ProblemSchema = z.looseObject({
  /** A URI naming the problem type; `about:blank` when absent (RFC 9457). */
  type: optional(z.string()),
  title: z.string(),
  status: wholeNumber('status', 400, 599),
  code: z.string(),
  detail: optional(z.string()),
  instance: optional(z.string()),
  errors: optional(z.array(FieldErrorSchema)),
  alternatives: optional(z.array(SlotSchema)),
  quote: optional(QuoteSchema),
  waitlist: optional(z.object({ available: z.boolean(), seatsLeft: wholeNumber('seatsLeft', 0) })),
});
/**
 * An error response (RFC 9457 problem details) with a stable `code` and, depending on it, field
 * errors, alternative slots, the fresh quote, or a waitlist offer.
 */
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * A page of a list: `nextCursor` fetches the next page, `null` on the last one.
 *
 * @example
 * const ProviderPage = pageOf(ProviderSchema);
 */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item).check(z.maxLength(MAX_PAGE_ITEMS)),
    nextCursor: z.nullable(z.string()),
  });
}

/** The most items one page of a list holds (`limit` is 1 to 100, default 20). */
export const MAX_PAGE_ITEMS = 100;

/** `GET /providers`: a page of public profiles. */
export const ProviderPageSchema = pageOf(ProviderSchema);
/** `GET /providers`: a page of public profiles. */
export type ProviderPage = z.infer<typeof ProviderPageSchema>;

/** `GET /events`: a page of public group events, seats as they are now. */
export const GroupEventPageSchema = pageOf(GroupEventSchema);
/** `GET /events`: a page of public group events, seats as they are now. */
export type GroupEventPage = z.infer<typeof GroupEventPageSchema>;

/**
 * `GET /providers/{id}/availability?from&to`: the rules and the busy time of a window, never
 * computed slots (the client computes them with core). Answers carry an `ETag`.
 */
export const AvailabilityResponseSchema = z.object({
  providerId: IdSchema,
  timeZone: TimeZoneSchema,
  weekly: WeeklyAvailabilitySchema,
  overrides: OverridesSchema,
  busy: z.array(BusyIntervalSchema),
  from: InstantSchema,
  to: InstantSchema,
});
/**
 * `GET /providers/{id}/availability?from&to`: the rules and the busy time of a window, never
 * computed slots (the client computes them with core). Answers carry an `ETag`.
 */
export type AvailabilityResponse = z.infer<typeof AvailabilityResponseSchema>;

/**
 * `GET /providers/{id}/schedule`: what a provider edits of its availability: the zone, weekly
 * windows, date overrides and booking policy, with the `version` to send back as `If-Match`.
 */
export const ScheduleSchema = z.object({
  providerId: IdSchema,
  timeZone: TimeZoneSchema,
  weekly: WeeklyAvailabilitySchema,
  overrides: OverridesSchema,
  policy: BookingPolicySchema,
  /** Changes whenever the schedule is saved; an `ETag` of the answer too. */
  version: z.string(),
});
/**
 * `GET /providers/{id}/schedule`: what a provider edits of its availability: the zone, weekly
 * windows, date overrides and booking policy, with the `version` to send back as `If-Match`.
 */
export type Schedule = z.infer<typeof ScheduleSchema>;

/**
 * `PUT /providers/{id}/schedule`: the provider replaces its weekly windows and overrides, and
 * optionally its zone and booking policy (absent ones are kept).
 */
export const ScheduleInputSchema = z.object({
  timeZone: optional(TimeZoneSchema),
  weekly: WeeklyAvailabilitySchema,
  overrides: optional(OverridesSchema),
  policy: optional(BookingPolicySchema),
});
/**
 * `PUT /providers/{id}/schedule`: the provider replaces its weekly windows and overrides, and
 * optionally its zone and booking policy (absent ones are kept).
 */
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

/** `201` of `POST /bookings` and of a registration: the booking and what manages it. */
export const CreatedBookingSchema = z.object({
  booking: BookingSchema,
  /** Send as `Authorization: Bearer …` to get, cancel or reschedule this booking. */
  manageToken: z.string().check(z.minLength(16)),
  /** A page where the client manages the booking, when the backend has one. */
  manageUrl: optional(UrlSchema),
});
/** `201` of `POST /bookings` and of a registration: the booking and what manages it. */
export type CreatedBooking = z.infer<typeof CreatedBookingSchema>;

/** `202` of a registration with `waitlist: true` when the seats were gone. */
export const WaitlistedSchema = z.object({
  entry: WaitlistEntrySchema,
  /** 1-based place in the line; 0 once the entry no longer waits (offered, accepted, declined, …). */
  position: wholeNumber('position', 0),
  manageToken: z.string().check(z.minLength(16)),
});
/** `202` of a registration with `waitlist: true` when the seats were gone. */
export type Waitlisted = z.infer<typeof WaitlistedSchema>;

/** `POST /providers/{id}/events` and `PATCH /events/{id}`: what a provider writes of an event. */
export const GroupEventInputSchema = z.object(groupEventInputShape);
/** `POST /providers/{id}/events` and `PATCH /events/{id}`: what a provider writes of an event. */
export type GroupEventInput = z.infer<typeof GroupEventInputSchema>;

/** `PATCH /events/{id}`: any fields of the input. */
export const GroupEventPatchSchema = z.partial(GroupEventInputSchema);
/** `PATCH /events/{id}`: any fields of the input. */
export type GroupEventPatch = z.infer<typeof GroupEventPatchSchema>;

/** Body of the provider's `decline` (and optional for other steps). */
export const ActionRequestSchema = z.object({ reason: optional(text('reason', 500, false)) });
/** Body of the provider's `decline` (and optional for other steps). */
export type ActionRequest = z.infer<typeof ActionRequestSchema>;

/** `GET /providers/{id}/bookings`: a page of the provider's bookings and the dashboard counts. */
export const ProviderBookingsPageSchema = z.object({
  items: z.array(BookingSchema).check(z.maxLength(MAX_PAGE_ITEMS)),
  nextCursor: z.nullable(z.string()),
  /** Bookings per status among all that match the filters (not only this page). */
  counts: z.record(z.enum(BOOKING_STATUSES), wholeNumber('count', 0)),
});
/** `GET /providers/{id}/bookings`: a page of the provider's bookings and the dashboard counts. */
export type ProviderBookingsPage = z.infer<typeof ProviderBookingsPageSchema>;
