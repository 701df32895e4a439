// A booking and the people in it: the client's details, statuses, the history of what happened,
// the frozen quote; and waitlist entries of full group events.
import * as z from 'zod/mini';
import { fieldMessages } from '../messages.js';
import { InstantSchema, TimeZoneSchema } from './availability.js';
import {
  IdSchema,
  LIMITS,
  TotalSchema,
  optional,
  text,
  wholeMinutes,
  wholeNumber,
} from './fields.js';
import { QuoteSchema } from './pricing.js';

// Pragmatic: something@domain.tld, no spaces, at most 254 characters. Deliverability is the
// backend's business; this catches typos people can fix.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^\+?[\d\s().-]+$/;

/** Whether text looks like an email address a person can fix if it does not. @internal */
export const isEmail = (s: string) => s.length <= 254 && EMAIL.test(s);
/** Whether text is a phone number of 6 to 20 digits with usual separators. @internal */
export function isPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  return PHONE.test(s) && digits >= 6 && digits <= 20;
}

/** Who is booking. Text is trimmed; an empty phone counts as none. */
export const ClientDetailsSchema = z.object({
  name: text('name', 100),
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => fieldMessages.required('email') }),
      z.refine(isEmail, { error: fieldMessages.email(), params: { code: 'invalid_email' } }),
    ),
  phone: optional(
    z.string().check(
      z.trim(),
      z.refine((s) => s === '' || isPhone(s), {
        error: fieldMessages.phone(),
        params: { code: 'invalid_phone' },
      }),
    ),
  ),
  /** The client's own zone, for reminders in their time. */
  timeZone: optional(TimeZoneSchema),
  /** The client's language, BCP 47. */
  locale: optional(text('locale', 35)),
});
/** Who is booking. Text is trimmed; an empty phone counts as none. */
export type ClientDetails = z.infer<typeof ClientDetailsSchema>;

/** Answers to a service's extra questions, by question id. */
export const AnswersSchema = z.record(z.string(), z.union([z.string(), z.boolean()]));
/** Answers to a service's extra questions, by question id. */
export type Answers = z.infer<typeof AnswersSchema>;

export const BOOKING_STATUSES = [
  'pending',
  'confirmed',
  'declined',
  'cancelled',
  'in_progress',
  'completed',
  'no_show',
] as const;
export const BookingStatusSchema = z.enum(BOOKING_STATUSES);
/** The BookingStatus entity (see `BookingStatusSchema`). */
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

export const PAYMENT_STATUSES = ['pending', 'paid', 'refunded', 'failed'] as const;
export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);
/** The PaymentStatus entity (see `PaymentStatusSchema`). */
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

export const ActorSchema = z.enum(['client', 'provider', 'system']);
/** Who acts on a booking. The system is the backend itself (timers, payment webhooks). */
export type Actor = z.infer<typeof ActorSchema>;

export const BOOKING_ACTIONS = [
  'create',
  'confirm',
  'decline',
  'cancel',
  'start',
  'complete',
  'no_show',
  'reschedule',
  'mark_paid',
  'payment_failed',
] as const;
export const BookingActionTypeSchema = z.enum(BOOKING_ACTIONS);
/** The BookingActionType entity (see `BookingActionTypeSchema`). */
export type BookingActionType = z.infer<typeof BookingActionTypeSchema>;

/** One thing that happened to a booking. */
export const HistoryEntrySchema = z.object({
  at: InstantSchema,
  actor: ActorSchema,
  action: BookingActionTypeSchema,
  status: BookingStatusSchema,
  paymentStatus: PaymentStatusSchema,
  /** For a reschedule: the start before. */
  previousStart: optional(InstantSchema),
  reason: optional(text('reason', 500, false)),
});
/** One thing that happened to a booking. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A one-to-one session or a group registration. */
export const BookingSchema = z.object({
  id: IdSchema,
  kind: z.enum(['one_to_one', 'group']),
  providerId: IdSchema,
  serviceId: optional(IdSchema),
  eventId: optional(IdSchema),
  start: InstantSchema,
  end: InstantSchema,
  durationMinutes: wholeMinutes('durationMinutes', 1),
  /** The provider's zone. */
  timeZone: TimeZoneSchema,
  /** Seats held (group registrations); 1 for one-to-one sessions. */
  seats: wholeNumber('seats', 1, LIMITS.seats),
  /** Buffers the booking keeps clear around it, as they were when it was made. */
  bufferBeforeMinutes: optional(wholeMinutes('bufferBeforeMinutes', 0)),
  bufferAfterMinutes: optional(wholeMinutes('bufferAfterMinutes', 0)),
  status: BookingStatusSchema,
  paymentStatus: PaymentStatusSchema,
  client: ClientDetailsSchema,
  notes: optional(text('notes', 2000, false)),
  answers: optional(AnswersSchema),
  /** The price as quoted when the booking was made; never recomputed. */
  quote: QuoteSchema,
  /** Minor units refunded so far. */
  refundedAmount: optional(TotalSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  history: z.array(HistoryEntrySchema),
});
/** A one-to-one session or a group registration. */
export type Booking = z.infer<typeof BookingSchema>;

/** A client waiting for seats of a full group event. */
export const WaitlistEntrySchema = z.object({
  id: IdSchema,
  eventId: IdSchema,
  seats: wholeNumber('seats', 1, LIMITS.seats),
  client: ClientDetailsSchema,
  joinedAt: InstantSchema,
  /** `offered`: seats are held for this entry until it accepts or declines (or the offer expires). */
  status: z.enum(['waiting', 'offered', 'accepted', 'declined', 'expired', 'withdrawn']),
  offeredAt: optional(InstantSchema),
  offerExpiresAt: optional(InstantSchema),
});
/** A client waiting for seats of a full group event. */
export type WaitlistEntry = z.infer<typeof WaitlistEntrySchema>;
