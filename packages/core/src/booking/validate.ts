// Validation of what a client submits: the details form with the provider's extra questions, and
// a whole booking request as a backend checks it (shape, service, duration, answers, the slot
// through isBookable, the quote). The widget and the backend run the same code.
import * as z from 'zod/mini';
import { BookingInputError } from '../errors.js';
import { fieldMessages } from '../messages.js';
import { quote as priceQuote, sameQuote } from '../pricing/quote.js';
import { sessionPrice } from '../pricing/rates.js';
import type { Availability, BusyInterval, Slot, SlotQuery } from '../schemas/availability.js';
import {
  AnswersSchema,
  ClientDetailsSchema,
  type Answers,
  type ClientDetails,
} from '../schemas/booking.js';
import {
  CreateBookingRequestSchema,
  type CreateBookingRequest,
  type FieldError,
} from '../schemas/contract.js';
import { text } from '../schemas/fields.js';
import type { Quote } from '../schemas/pricing.js';
import type { Provider, Question } from '../schemas/provider.js';
import { validate, type Validation } from '../schemas/validate.js';
import { isBookable, type UnbookableReason } from '../slots/engine.js';
import { nearestAlternatives } from '../slots/search.js';

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
  if (!shape.ok || errors.length) return { ok: false, errors };
  const { client, notes } = shape.value;
  return { ok: true, value: { client, ...(notes ? { notes } : {}), answers: answers.value } };
}

/** What a backend knows when a booking request arrives. */
export interface BookingContext {
  provider: Provider;
  /** The provider's weekly windows and overrides (its zone is the provider's unless given). */
  availability: Pick<Availability, 'weekly' | 'overrides'> & { timeZone?: string };
  /** Busy time: the provider's bookings (`busyFromBookings`), events and external calendars. */
  busy: readonly BusyInterval[];
  now: string;
}

/** The outcome of {@link checkBookingRequest}, one case per HTTP answer. */
export type BookingCheck =
  | {
      ok: true;
      request: CreateBookingRequest;
      quote: Quote;
      slot: Slot;
      status: 'pending' | 'confirmed';
    }
  | { ok: false; code: 'validation_failed'; errors: FieldError[] }
  | {
      ok: false;
      code: 'slot_unavailable';
      reason: UnbookableReason;
      message: string;
      alternatives: Slot[];
    }
  | { ok: false; code: 'price_changed'; quote: Quote };

/**
 * Everything a backend checks before it stores a one-to-one booking, in the order it answers:
 * 422 `validation_failed` (shape, client details, service, duration, answers), 409
 * `slot_unavailable` (the start is not bookable now, by the same `isBookable` that listed it,
 * with the three nearest alternatives), 409 `price_changed` (the quote the client saw is stale;
 * here is the fresh one). On success: the cleaned request, the fresh quote to store, the slot and
 * the first status.
 *
 * @example
 * const check = checkBookingRequest(await request.json(), { provider, availability, busy, now });
 * if (!check.ok && check.code === 'slot_unavailable') return problem(409, check);
 */
export function checkBookingRequest(input: unknown, context: BookingContext): BookingCheck {
  const { provider, now } = context;
  const shape = validate(CreateBookingRequestSchema, input);
  if (!shape.ok) return { ok: false, code: 'validation_failed', errors: shape.errors };
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
    return { ok: false, code: 'validation_failed', errors };
  }
  let fresh: Quote | undefined;
  try {
    sessionPrice(service, request.durationMinutes);
    fresh = priceQuote({
      kind: 'one_to_one',
      service,
      durationMinutes: request.durationMinutes,
      ...(request.packageId === undefined ? {} : { packageId: request.packageId }),
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
  if (errors.length || !fresh) return { ok: false, code: 'validation_failed', errors };

  const query: Omit<SlotQuery, 'from' | 'to'> = {
    timeZone: context.availability.timeZone ?? provider.timeZone,
    weekly: context.availability.weekly,
    ...(context.availability.overrides ? { overrides: context.availability.overrides } : {}),
    busy: [...context.busy],
    policy: { ...provider.policy, durationMinutes: request.durationMinutes },
    now,
  };
  const bookable = isBookable(query, request.start, request.durationMinutes);
  if (!bookable.bookable) {
    return {
      ok: false,
      code: 'slot_unavailable',
      reason: bookable.reason,
      message: bookable.message,
      alternatives: nearestAlternatives(query, request.start, 3),
    };
  }
  if (!sameQuote(request.quote, fresh)) return { ok: false, code: 'price_changed', quote: fresh };
  return {
    ok: true,
    request: {
      ...request,
      answers: checkAnswers(service.questions ?? [], request.answers ?? {}).value,
    },
    quote: fresh,
    slot: { start: bookable.start, end: bookable.end },
    status: provider.policy.requiresApproval ? 'pending' : 'confirmed',
  };
}
