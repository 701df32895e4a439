// Validation of what a client submits: the details form with the provider's extra questions, and
// a whole booking request as a backend checks it (shape, service, duration, answers, the slot
// through isBookable, the quote). The widget and the backend run the same code.
import * as z from 'zod/mini';
import { BookingInputError } from '../errors.js';
import { fieldMessages, lifecycleMessages, seatMessages } from '../messages.js';
import { quote as priceQuote, sameQuote } from '../pricing/quote.js';
import { sessionPrice } from '../pricing/rates.js';
import type { Availability, BusyInterval, Slot } from '../schemas/availability.js';
import {
  AnswersSchema,
  ClientDetailsSchema,
  type Answers,
  type Booking,
  type ClientDetails,
} from '../schemas/booking.js';
import { CreateBookingRequestSchema, type FieldError } from '../schemas/contract.js';
import { text } from '../schemas/fields.js';
import type { Quote } from '../schemas/pricing.js';
import type { Provider, Question } from '../schemas/provider.js';
import { invalid, validate, type Validation } from '../schemas/validate.js';
import { isBookable, type UnbookableReason } from '../slots/engine.js';
import { nearestAlternatives } from '../slots/search.js';
import { openBooking, transition, type TransitionRefusal } from './lifecycle.js';

/** What the details step of a booking form collects. */
export interface BookingDetails {
  client: ClientDetails;
  notes?: string;
  answers: Answers;
}

const AnswersOnly = z.object({ answers: AnswersSchema });
const DetailsSchema = z.object({
  client: ClientDetailsSchema,
  notes: z.optional(text('notes', 2000, false)),
});

/** Checks answers against the questions; returns the trimmed answers and the problems. */
function checkAnswers(
  questions: readonly Question[],
  answers: Answers,
): { value: Answers; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: Answers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      errors.push({
        field: `answers.${key}`,
        code: 'unknown_field',
        message: fieldMessages.unknownField(key),
      });
  }
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const raw = answers[q.id];
    if (q.kind === 'checkbox') {
      if (raw !== undefined && typeof raw !== 'boolean')
        errors.push({
          field,
          code: 'invalid_type',
          message: fieldMessages.wrongType(q.label, 'true or false'),
        });
      else if (q.required && raw !== true)
        errors.push({ field, code: 'must_accept', message: fieldMessages.mustAccept(q.label) });
      else if (raw !== undefined) value[q.id] = raw;
      continue;
    }
    if (raw !== undefined && typeof raw !== 'string') {
      errors.push({
        field,
        code: 'invalid_type',
        message: fieldMessages.wrongType(q.label, 'text'),
      });
      continue;
    }
    const answer = (raw ?? '').trim();
    const max = q.maxLength ?? (q.kind === 'textarea' ? 2000 : 500);
    if (answer === '') {
      if (q.required)
        errors.push({ field, code: 'required', message: fieldMessages.answerRequired(q.label) });
    } else if (answer.length > max) {
      errors.push({ field, code: 'too_long', message: fieldMessages.answerTooLong(q.label, max) });
    } else if (q.kind === 'select' && !q.options?.includes(answer)) {
      errors.push({
        field,
        code: 'invalid_choice',
        message: fieldMessages.answerChoice(q.label, q.options ?? []),
      });
    } else {
      value[q.id] = answer;
    }
  }
  return { value, errors };
}

/**
 * Validates the details step: name, email, optional phone, notes, and the answers to the
 * service's questions. Returns the cleaned values (trimmed; empty optional answers dropped) or
 * every problem, each naming its field (`client.email`, `answers.goal`) with a stable code and a
 * message for the client.
 *
 * @example
 * validateBookingDetails({ client: { name: 'Ana', email: 'ana@example' } }, service.questions);
 * // { ok: false, errors: [{ field: 'client.email', code: 'invalid_email', message: 'Please enter an email address like name@example.com.' }] }
 */
export function validateBookingDetails(
  input: unknown,
  questions: readonly Question[] = [],
): Validation<BookingDetails> {
  const shape = validate(DetailsSchema, input);
  const raw =
    typeof input === 'object' && input !== null
      ? (input as { answers?: unknown }).answers
      : undefined;
  const answerShape = validate(AnswersOnly, { answers: raw ?? {} });
  const answers = answerShape.ok
    ? checkAnswers(questions, answerShape.value.answers)
    : { value: {}, errors: answerShape.errors };
  const errors = [...(shape.ok ? [] : shape.errors), ...answers.errors];
  if (!shape.ok || errors.length) return invalid(errors);
  const { client, notes } = shape.value;
  return { ok: true, value: { client, ...(notes ? { notes } : {}), answers: answers.value } };
}

/** What a backend knows when a booking request arrives. */
export interface BookingContext {
  provider: Provider;
  /** The provider's weekly windows and overrides (its zone is the provider's unless given). */
  availability: Pick<Availability, 'weekly' | 'overrides'> & { timeZone?: string | null };
  /** Busy time: the provider's bookings, events and external calendars (see `busyTime`). */
  busy: readonly BusyInterval[];
  /** The current instant (ISO-8601). */
  now: string;
  /** The id of the booking to create. */
  id: string;
}

/** A start that cannot be booked, with the nearest ones that can. */
export interface SlotRefusal {
  ok: false;
  code: 'slot_unavailable';
  reason: UnbookableReason;
  message: string;
  alternatives: Slot[];
}

/** The outcome of {@link checkBookingRequest}, one case per HTTP answer. */
export type BookingCheck =
  | {
      ok: true;
      /** The booking to store: `pending` when the provider approves requests, else `confirmed`. */
      booking: Booking;
    }
  | { ok: false; code: 'validation_failed'; message: string; errors: FieldError[] }
  | SlotRefusal
  | { ok: false; code: 'price_changed'; message: string; quote: Quote };

function slotQuery(context: Omit<BookingContext, 'id'>, durationMinutes: number) {
  const { provider, availability } = context;
  return {
    timeZone: availability.timeZone ?? provider.timeZone,
    weekly: availability.weekly,
    overrides: availability.overrides ?? null,
    busy: [...context.busy],
    policy: { ...provider.policy, durationMinutes },
    now: context.now,
  };
}

/** `slot_unavailable` for a start, with the three nearest bookable alternatives. */
function unavailable(
  query: ReturnType<typeof slotQuery>,
  start: string,
  refusal: { code: UnbookableReason; message: string },
): SlotRefusal {
  return {
    ok: false,
    code: 'slot_unavailable',
    reason: refusal.code,
    message: refusal.message,
    alternatives: nearestAlternatives(query, start),
  };
}

/**
 * Everything a backend checks before it stores a one-to-one booking, in the order it answers:
 * 422 `validation_failed` (shape, client details, service, duration, package, answers), 409
 * `slot_unavailable` (the start is not bookable now, by the same `isBookable` that listed it,
 * with the three nearest alternatives), 409 `price_changed` (the quote the client saw is stale;
 * here is the fresh one). On success, the booking to store: cleaned request, fresh quote, the
 * provider's buffers, and its first status.
 *
 * @example
 * const check = checkBookingRequest(await request.json(), {
 *   provider, availability, busy: busyTime({ bookings, events }), now, id: 'bkg_1',
 * });
 * if (check.ok) save(check.booking);
 * else if (check.code === 'slot_unavailable') answer(409, check.message, check.alternatives);
 */
export function checkBookingRequest(input: unknown, context: BookingContext): BookingCheck {
  const { provider, now } = context;
  const shape = validate(CreateBookingRequestSchema, input);
  if (!shape.ok) return invalid(shape.errors);
  const request = shape.value;
  const errors: FieldError[] = [];
  if (request.providerId !== provider.id)
    errors.push({
      field: 'providerId',
      code: 'unknown_provider',
      message: fieldMessages.unknownProvider(request.providerId),
    });
  const service = provider.services.find((s) => s.id === request.serviceId);
  if (!service) {
    errors.push({
      field: 'serviceId',
      code: 'unknown_service',
      message: fieldMessages.unknownService(request.serviceId),
    });
    return invalid(errors);
  }
  let fresh: Quote | undefined;
  try {
    sessionPrice(service, request.durationMinutes);
    fresh = priceQuote({
      kind: 'one_to_one',
      service,
      durationMinutes: request.durationMinutes,
      packageId: request.packageId ?? null,
      start: request.start,
      now,
    });
  } catch (error) {
    if (!(error instanceof BookingInputError)) throw error;
    errors.push({
      field: error.code === 'unknown_package' ? 'packageId' : 'durationMinutes',
      code: error.code,
      message: error.message.replace(/^[^:]*: /, ''),
    });
  }
  const answers = checkAnswers(service.questions ?? [], request.answers ?? {});
  errors.push(...answers.errors);
  if (errors.length || !fresh) return invalid(errors);

  const query = slotQuery(context, request.durationMinutes);
  const bookable = isBookable(query, request.start, request.durationMinutes);
  if (!bookable.ok) return unavailable(query, request.start, bookable);
  if (!sameQuote(request.quote, fresh))
    return { ok: false, code: 'price_changed', message: seatMessages.priceChanged(), quote: fresh };
  const { policy } = provider;
  const booking = openBooking(
    {
      id: context.id,
      providerId: provider.id,
      timeZone: provider.timeZone,
      serviceId: service.id,
      start: bookable.start,
      durationMinutes: request.durationMinutes,
      bufferBeforeMinutes: policy.bufferBeforeMinutes || null,
      bufferAfterMinutes: policy.bufferAfterMinutes || null,
      client: request.client,
      notes: request.notes || null,
      answers: Object.keys(answers.value).length ? answers.value : null,
      quote: fresh,
      requiresApproval: policy.requiresApproval ?? false,
    },
    { now },
  );
  return { ok: true, booking };
}

/** What {@link checkReschedule} needs: the lifecycle's situation and the provider's calendar. */
export interface RescheduleContext extends Omit<BookingContext, 'id'> {
  actor: 'client' | 'provider';
}

/**
 * Everything a backend checks to move a one-to-one booking to a new start, in one call: the
 * lifecycle (`too_late`, `cancellation_cutoff` for a client inside the cutoff, …), then whether
 * the new start is bookable with the booking's own time left out (`slot_unavailable` with
 * alternatives). On success, the moved booking (same id, status, duration and price; a history
 * entry added).
 *
 * @example
 * const result = checkReschedule(booking, '2026-12-03T15:00:00Z', {
 *   actor: 'client', provider, availability, busy: busyTime({ bookings, exceptId: booking.id }), now,
 * });
 * if (result.ok) save(result.booking);
 */
export function checkReschedule(
  booking: Booking,
  start: string,
  context: RescheduleContext,
): { ok: true; booking: Booking } | TransitionRefusal | SlotRefusal {
  if (booking.kind === 'group')
    return {
      ok: false,
      code: 'wrong_state',
      message: lifecycleMessages.registrationMoves(),
      action: 'reschedule',
      actor: context.actor,
      status: booking.status,
    };
  const moved = transition(
    booking,
    { type: 'reschedule', start },
    { actor: context.actor, now: context.now, policy: context.provider.policy },
  );
  if (!moved.ok) return moved;
  const query = slotQuery(
    { ...context, busy: context.busy.filter((b) => b.id !== booking.id) },
    booking.durationMinutes,
  );
  const bookable = isBookable(query, start, booking.durationMinutes);
  if (!bookable.ok) return unavailable(query, start, bookable);
  return { ok: true, booking: moved.booking };
}
