// Messages of the HTTP contract that carry bookings: the create and registration requests, the
// manage requests, paginated lists, and RFC 9457 problem details with stable codes.
import * as z from 'zod/mini';
import { InstantSchema, SlotSchema } from './availability.js';
import { AnswersSchema, ClientDetailsSchema } from './booking.js';
import { IdSchema, text, wholeMinutes, wholeNumber } from './fields.js';
import { QuoteSchema } from './pricing.js';

/** Book a one-to-one session. `quote` is the price the client saw; a stale one gets 409. */
export const CreateBookingRequestSchema = z.object({
  providerId: IdSchema,
  serviceId: IdSchema,
  start: InstantSchema,
  durationMinutes: wholeMinutes('durationMinutes', 1),
  packageId: z.optional(IdSchema),
  client: ClientDetailsSchema,
  notes: z.optional(text('notes', 2000, false)),
  answers: z.optional(AnswersSchema),
  quote: QuoteSchema,
});
export type CreateBookingRequest = z.infer<typeof CreateBookingRequestSchema>;

/** Take seats in a group event; `waitlist: true` joins the waitlist when the seats are gone. */
export const GroupRegistrationRequestSchema = z.object({
  eventId: IdSchema,
  seats: wholeNumber('seats', 1),
  client: ClientDetailsSchema,
  notes: z.optional(text('notes', 2000, false)),
  answers: z.optional(AnswersSchema),
  quote: z.optional(QuoteSchema),
  waitlist: z.optional(z.boolean()),
});
export type GroupRegistrationRequest = z.infer<typeof GroupRegistrationRequestSchema>;

export const CancelBookingRequestSchema = z.object({
  reason: z.optional(text('reason', 500, false)),
});
export type CancelBookingRequest = z.infer<typeof CancelBookingRequestSchema>;

export const RescheduleBookingRequestSchema = z.object({ start: InstantSchema });
export type RescheduleBookingRequest = z.infer<typeof RescheduleBookingRequestSchema>;

/** What is wrong with one field: `field` is a dotted path such as `client.email` or `answers.goal`. */
export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Stable codes of problem details; programs branch on these, people read `detail`. */
export const PROBLEM_CODES = [
  'validation_failed',
  'slot_unavailable',
  'price_changed',
  'event_full',
  'not_found',
  'provider_not_found',
  'booking_not_found',
  'event_not_found',
  'transition_refused',
  'unauthorized',
  'forbidden',
  'idempotency_conflict',
  'rate_limited',
  'server_error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * An error response (RFC 9457 problem details) with a stable `code` and, depending on it, field
 * errors, alternative slots, the fresh quote, or a waitlist offer.
 */
export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: wholeNumber('status', 400, 599),
  code: z.string(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldErrorSchema)),
  alternatives: z.optional(z.array(SlotSchema)),
  quote: z.optional(QuoteSchema),
  waitlist: z.optional(
    z.object({ available: z.boolean(), seatsLeft: wholeNumber('seatsLeft', 0) }),
  ),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * A page of a list: `nextCursor` fetches the next page, `null` on the last one.
 *
 * @example
 * const ProviderPage = pageOf(ProviderSchema);
 */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
