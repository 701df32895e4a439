// The booking lifecycle as one pure function (docs/design.md, Lifecycle): who may do what, from which status,
// when; what a cancellation refunds. Nothing here reads the clock or mutates its input.
import type { TransitionCode } from '../codes.js';
import { lifecycleMessages as m } from '../messages.js';
import { multiplyMoney, type Money } from '../pricing/money.js';
import { basisPoints } from '../schemas/fields.js';
import type {
  Actor,
  Booking,
  BookingActionType,
  BookingStatus,
  HistoryEntry,
  PaymentStatus,
  ClientDetails,
  Answers,
} from '../schemas/booking.js';
import type { CancellationPolicy } from '../schemas/provider.js';
import type { Quote } from '../schemas/pricing.js';
import { HOUR, MINUTE, formatInstant, parseInstant } from '../time/civil.js';

/** What someone wants to do to a booking. */
export type BookingAction =
  | { type: 'confirm' }
  | { type: 'decline'; reason?: string }
  | { type: 'cancel'; reason?: string }
  | { type: 'start' }
  | { type: 'complete' }
  | { type: 'no_show' }
  | { type: 'reschedule'; start: string }
  | { type: 'mark_paid' }
  | { type: 'payment_failed' };

/** The parts of a provider's booking policy the lifecycle reads (a `BookingPolicy` is one). */
export interface LifecyclePolicy {
  cancellation?: CancellationPolicy | null | undefined;
}

/** Who acts, when, under which policy: the situation a lifecycle step is decided in. */
export interface LifecycleContext {
  actor: Actor;
  /** The current instant (ISO-8601). */
  now: string;
  /** The provider's policy; only its cancellation rules are read. */
  policy?: LifecyclePolicy | null | undefined;
}

/** A refused lifecycle step: `code` for programs, `message` for the person who tried. */
export interface TransitionRefusal {
  ok: false;
  code: TransitionCode;
  message: string;
  action: BookingActionType;
  actor: Actor;
  /** The booking's status when it was refused. */
  status: BookingStatus;
}

/** The new booking (and the refund it triggered), or why not. */
export type TransitionResult = { ok: true; booking: Booking; refund: Money } | TransitionRefusal;

/** Start and complete open this long before the scheduled start. */
export const EARLY_START_MINUTES = 10;

interface Rule {
  actors: readonly Actor[];
  from: readonly BookingStatus[];
  to?: BookingStatus;
}

const rules: Record<BookingAction['type'], Rule> = {
  confirm: { actors: ['provider', 'system'], from: ['pending'], to: 'confirmed' },
  decline: { actors: ['provider'], from: ['pending'], to: 'declined' },
  cancel: {
    actors: ['client', 'provider', 'system'],
    from: ['pending', 'confirmed'],
    to: 'cancelled',
  },
  start: { actors: ['provider', 'system'], from: ['confirmed'], to: 'in_progress' },
  complete: { actors: ['provider', 'system'], from: ['confirmed', 'in_progress'], to: 'completed' },
  no_show: { actors: ['provider', 'system'], from: ['confirmed', 'in_progress'], to: 'no_show' },
  reschedule: { actors: ['client', 'provider'], from: ['pending', 'confirmed'] },
  mark_paid: {
    actors: ['provider', 'system'],
    from: ['pending', 'confirmed', 'in_progress', 'completed', 'no_show'],
  },
  payment_failed: { actors: ['system'], from: ['pending', 'confirmed'] },
};

/**
 * Which actions `actor` may take on the booking at `now`: what a dashboard shows as buttons.
 *
 * @example
 * allowedActions(pendingBooking, { actor: 'provider', now: '2026-11-22T12:00:00Z' });
 * // ['confirm', 'decline', 'cancel', 'reschedule', 'mark_paid']
 */
export function allowedActions(
  booking: Booking,
  context: LifecycleContext,
): BookingAction['type'][] {
  const probe = (type: BookingAction['type']): BookingAction =>
    type === 'reschedule' ? { type, start: '9999-01-01T00:00:00Z' } : ({ type } as BookingAction);
  return (Object.keys(rules) as BookingAction['type'][]).filter(
    (type) => transition(booking, probe(type), context).ok,
  );
}

/**
 * Applies one lifecycle step. Returns the new booking (status, payment, refund and a history
 * entry updated; the input untouched) or a {@link TransitionError} saying why not: wrong actor,
 * wrong state, too early, too late, or inside the cancellation cutoff.
 *
 * Rules: only the provider declines; the system may confirm, cancel, start, complete and mark
 * no-show but never decline or reschedule. Start and complete open 10 minutes before the start;
 * start closes at the scheduled end; no-show opens at the start; confirm, cancel and reschedule
 * close at the start. A client cannot reschedule inside the cancellation cutoff; a provider can
 * until the start. Reschedule keeps id, status, duration and price.
 *
 * @example
 * const result = transition(booking, { type: 'cancel', reason: 'Ill' }, {
 *   actor: 'client',
 *   now: '2026-11-22T12:00:00Z',
 *   policy: { cancellation: { cutoffHours: 24, refundPercent: 50 } },
 * });
 * if (result.ok) save(result.booking); // status 'cancelled', refund in result.refund
 * else show(result.message); // result.code: 'too_late', 'wrong_state', …
 */
export function transition(
  booking: Booking,
  action: BookingAction,
  context: LifecycleContext,
): TransitionResult {
  const { actor, now } = context;
  const policy = context.policy ?? {};
  const rule = rules[action.type];
  const t = parseInstant(now, ['now']);
  const start = parseInstant(booking.start, ['booking', 'start']);
  const end = parseInstant(booking.end, ['booking', 'end']);
  const refuse = (code: TransitionCode, message: string): TransitionRefusal => ({
    ok: false,
    code,
    message,
    action: action.type,
    actor,
    status: booking.status,
  });
  if (!rule) return refuse('wrong_state', m.unknownAction(action.type));
  if (!rule.actors.includes(actor))
    return refuse('wrong_actor', m.wrongActor(action.type, actor, rule.actors));
  if (!rule.from.includes(booking.status))
    return refuse('wrong_state', m.wrongState(action.type, booking.status, rule.from));

  const opensEarly = start - EARLY_START_MINUTES * MINUTE;
  switch (action.type) {
    case 'confirm':
    case 'cancel':
    case 'reschedule':
      if (t >= start) return refuse('too_late', m.tooLate(action.type, 'the session has started'));
      break;
    case 'start':
      if (t < opensEarly)
        return refuse('too_early', m.tooEarly('start', formatInstant(opensEarly)));
      if (t >= end) return refuse('too_late', m.tooLate('start', 'its scheduled end has passed'));
      break;
    case 'complete':
      if (t < opensEarly)
        return refuse('too_early', m.tooEarly('complete', formatInstant(opensEarly)));
      break;
    case 'no_show':
      if (t < start) return refuse('too_early', m.tooEarly('no_show', booking.start));
      break;
    case 'mark_paid':
      if (booking.paymentStatus !== 'pending' && booking.paymentStatus !== 'failed')
        return refuse('wrong_state', m.wrongPayment(action.type, booking.paymentStatus));
      break;
    case 'payment_failed':
      if (booking.paymentStatus !== 'pending')
        return refuse('wrong_state', m.wrongPayment(action.type, booking.paymentStatus));
      break;
  }

  let next: Booking = { ...booking, updatedAt: formatInstant(t) };
  let refund: Money = { amount: 0, currency: booking.quote.currency };
  const entry: Partial<HistoryEntry> = {};
  if (rule.to) next.status = rule.to;
  if ('reason' in action && action.reason) entry.reason = action.reason;

  if (action.type === 'reschedule') {
    const s = parseInstant(action.start, ['start']);
    if (s <= t || s === start) return refuse('invalid_time', m.rescheduleTime());
    const cutoff = (policy.cancellation?.cutoffHours ?? 0) * HOUR;
    if (actor === 'client' && start - t < cutoff)
      return refuse('cancellation_cutoff', m.cutoff(policy.cancellation!.cutoffHours));
    entry.previousStart = booking.start;
    next = { ...next, start: formatInstant(s), end: formatInstant(s + (end - start)) };
  } else if (action.type === 'mark_paid') {
    next.paymentStatus = 'paid';
  } else if (action.type === 'payment_failed') {
    next.paymentStatus = 'failed';
  } else if (action.type === 'cancel' || action.type === 'decline') {
    refund = refundFor(booking, action.type, { actor, now, policy });
    if (refund.amount > 0) {
      next.paymentStatus = 'refunded';
      next.refundedAmount = (booking.refundedAmount ?? 0) + refund.amount;
    }
  }
  next.history = [
    ...booking.history,
    {
      at: formatInstant(t),
      actor,
      action: action.type,
      status: next.status,
      paymentStatus: next.paymentStatus,
      ...entry,
    },
  ];
  return { ok: true, booking: next, refund };
}

/**
 * What cancelling or declining refunds (docs/design.md, Lifecycle): nothing when unpaid; everything when the
 * provider or the system cancels, when the provider declines, when a client withdraws a pending
 * request, or when a client cancels at least `cutoffHours` before the start; otherwise
 * `refundPercent` of the total, rounded half-up.
 *
 * @example
 * refundFor(paidBooking, 'cancel', {
 *   actor: 'client',
 *   now: '2026-11-22T12:00:00Z',
 *   policy: { cancellation: { cutoffHours: 24, refundPercent: 50 } },
 * });
 * // { amount: 4500, currency: 'USD' } for a 9000 booking starting in less than 24 hours
 */
export function refundFor(
  booking: Booking,
  action: 'cancel' | 'decline',
  context: LifecycleContext,
): Money {
  const { actor, now } = context;
  const paid: Money = {
    amount:
      booking.paymentStatus === 'paid' ? booking.quote.total - (booking.refundedAmount ?? 0) : 0,
    currency: booking.quote.currency,
  };
  const cancellation = context.policy?.cancellation;
  if (paid.amount <= 0) return { ...paid, amount: 0 };
  if (action === 'decline' || actor !== 'client' || booking.status === 'pending' || !cancellation)
    return paid;
  const ahead = parseInstant(booking.start, ['booking', 'start']) - parseInstant(now, ['now']);
  if (ahead >= cancellation.cutoffHours * HOUR) return paid;
  return multiplyMoney(paid, basisPoints(cancellation.refundPercent) ?? 0, 10_000);
}

/**
 * Whether the booking holds its time (and seats): every status but cancelled and declined.
 *
 * @example
 * isActive({ ...booking, status: 'declined' }); // false
 */
export function isActive(booking: Pick<Booking, 'status'>): boolean {
  return booking.status !== 'cancelled' && booking.status !== 'declined';
}

/** Everything a new booking is made of; the lifecycle fills in status and history. */
export interface NewBooking {
  id: string;
  providerId: string;
  /** The provider's zone. */
  timeZone: string;
  serviceId?: string | null;
  eventId?: string | null;
  start: string;
  durationMinutes: number;
  seats?: number | null;
  bufferBeforeMinutes?: number | null;
  bufferAfterMinutes?: number | null;
  client: ClientDetails;
  notes?: string | null;
  answers?: Answers | null;
  /** The quote the booking was made with; it is kept as it is. */
  quote: Quote;
  /** Providers that require approval get `pending` bookings, others `confirmed` ones. */
  requiresApproval?: boolean | null;
  paymentStatus?: PaymentStatus | null;
  /** Who creates it: the client (default) or the provider booking on a client's behalf. */
  actor?: Actor | null;
}

/**
 * A new booking in its first status: `pending` when the provider requires approval, else
 * `confirmed`; with its creation in the history.
 *
 * @example
 * openBooking(
 *   { id: 'b1', providerId: 'ana', timeZone: 'Europe/Lisbon', serviceId: 'coaching',
 *     start: '2026-12-01T10:00:00Z', durationMinutes: 60, client, quote, requiresApproval: true },
 *   { now: '2026-11-22T12:00:00Z' },
 * );
 * // { status: 'pending', paymentStatus: 'pending', end: '2026-12-01T11:00:00Z', … }
 */
export function openBooking(input: NewBooking, context: { now: string }): Booking {
  const start = parseInstant(input.start, ['start']);
  const at = formatInstant(parseInstant(context.now, ['now']));
  const status: BookingStatus = input.requiresApproval ? 'pending' : 'confirmed';
  const paymentStatus = input.paymentStatus ?? 'pending';
  const { requiresApproval: _approval, actor: _actor, ...given } = input;
  const actor = input.actor ?? 'client';
  // Optional fields given as null are left out: a booking never carries null.
  const fields = Object.fromEntries(
    Object.entries(given).filter(([, v]) => v !== null && v !== undefined),
  ) as typeof given;
  return {
    ...fields,
    kind: input.eventId == null ? 'one_to_one' : 'group',
    start: formatInstant(start),
    end: formatInstant(start + input.durationMinutes * MINUTE),
    seats: input.seats ?? 1,
    status,
    paymentStatus,
    createdAt: at,
    updatedAt: at,
    history: [{ at, actor, action: 'create', status, paymentStatus }],
  };
}
