// Seats of group events and their waitlists (docs/design.md, "Lifecycle"): requests beyond the
// seats left are refused as full with a waitlist offer; freed seats are offered in order to the
// first waiting entry whose count fits, repeatedly; an offer holds its seats until accepted,
// declined or expired. A backend calls one function per task: registerSeats, cancelRegistration,
// answerSeatOffer, updateGroupEvent, cancelGroupEvent.
import type { SeatCode } from '../codes.js';
import { seatMessages as m } from '../messages.js';
import { quote as priceQuote, sameQuote } from '../pricing/quote.js';
import type { Money } from '../pricing/money.js';
import type { Booking, WaitlistEntry } from '../schemas/booking.js';
import {
  GroupEventPatchSchema,
  GroupRegistrationRequestSchema,
  type FieldError,
  type GroupEventPatch,
  type GroupRegistrationRequest,
} from '../schemas/contract.js';
import type { Quote } from '../schemas/pricing.js';
import type { GroupEvent } from '../schemas/provider.js';
import { invalid, validate } from '../schemas/validate.js';
import { MINUTE, formatInstant, parseInstant } from '../time/civil.js';
import { isActive, openBooking, transition, type LifecyclePolicy } from './lifecycle.js';
import type { TransitionRefusal } from './lifecycle.js';
import { validateBookingDetails } from './validate.js';

/** Where an event's seats are. */
export interface SeatState {
  capacity: number;
  /** Held by active registrations. */
  taken: number;
  /** Held for waitlist entries with an open offer. */
  held: number;
  /** Free to book now. */
  left: number;
}

/** What an event's seats depend on: its registrations and waitlist, at `now`. */
export interface SeatContext {
  /** The event's registrations (bookings with its `eventId`; others are ignored). */
  registrations: readonly Booking[];
  /** The event's waitlist, in order (entries of other events are ignored). */
  waitlist?: readonly WaitlistEntry[] | null | undefined;
  /** The current instant (ISO-8601). */
  now: string;
}

/** A refused request for seats: `code` for programs, `message` for people. */
export type SeatRefusal =
  | { ok: false; code: 'event_full'; message: string; left: number; waitlist: boolean }
  | { ok: false; code: 'too_many_seats'; message: string; max: number }
  | {
      ok: false;
      code: Exclude<SeatCode, 'event_full' | 'too_many_seats'>;
      message: string;
    };

/** The parts of a group event that decide whether seats can be booked. */
export type SeatEvent = Pick<GroupEvent, 'id' | 'capacity' | 'start' | 'status'> &
  Partial<Pick<GroupEvent, 'maxSeatsPerRegistration' | 'waitlist'>>;

/** How long an offer of freed seats holds them, unless the caller says otherwise. */
const HOLD_MINUTES = 24 * 60;

function offerOpen(entry: WaitlistEntry, now: number): boolean {
  return (
    entry.status === 'offered' &&
    (entry.offerExpiresAt == null || parseInstant(entry.offerExpiresAt, ['offerExpiresAt']) > now)
  );
}

function refuse<C extends SeatCode>(code: C, message: string) {
  return { ok: false as const, code, message };
}

/**
 * Seats taken, held by open waitlist offers, and left, from the event's registrations and
 * waitlist at `now`.
 *
 * @example
 * seatState(event, { registrations, waitlist, now: '2026-11-22T12:00:00Z' });
 * // { capacity: 12, taken: 10, held: 1, left: 1 }
 */
export function seatState(
  event: Pick<GroupEvent, 'id' | 'capacity'>,
  context: SeatContext,
): SeatState {
  const t = parseInstant(context.now, ['now']);
  let taken = 0;
  for (const r of context.registrations)
    if (r.eventId === event.id && isActive(r)) taken += r.seats;
  let held = 0;
  for (const w of context.waitlist ?? [])
    if (w.eventId === event.id && offerOpen(w, t)) held += w.seats;
  return {
    capacity: event.capacity,
    taken,
    held,
    left: Math.max(0, event.capacity - taken - held),
  };
}

/**
 * Whether `seats` more can be booked now: refused as `event_full` (with `waitlist` saying whether
 * the event keeps a waitlist) when fewer are left; refused outright as `too_many_seats` above the
 * capacity or the per-registration limit, `invalid_seats` for anything but a whole number of 1 or
 * more, `event_cancelled`, and `event_started` once the event has begun.
 *
 * @example
 * checkSeats(event, 2, { registrations, waitlist, now });
 * // { ok: false, code: 'event_full', left: 1, waitlist: true, message: 'Only 1 seat is left.' }
 */
export function checkSeats(
  event: SeatEvent,
  seats: number,
  context: SeatContext,
): { ok: true; left: number } | SeatRefusal {
  if (!Number.isSafeInteger(seats) || seats < 1)
    return refuse('invalid_seats', m.invalidSeats(seats));
  if (event.status === 'cancelled') return refuse('event_cancelled', m.cancelled());
  if (parseInstant(context.now, ['now']) >= parseInstant(event.start, ['start']))
    return refuse('event_started', m.started());
  const max = Math.min(event.capacity, event.maxSeatsPerRegistration ?? Infinity);
  if (seats > max) return { ...refuse('too_many_seats', m.tooMany(max)), max };
  const { left } = seatState(event, context);
  if (seats > left)
    return { ...refuse('event_full', m.full(left)), left, waitlist: event.waitlist !== false };
  return { ok: true, left: left - seats };
}

/**
 * 1-based place among the entries still waiting for that event; 0 when not waiting.
 *
 * @example
 * waitlistPosition(waitlist, 'w7'); // 3
 */
export function waitlistPosition(waitlist: readonly WaitlistEntry[], id: string): number {
  const entry = waitlist.find((w) => w.id === id);
  if (!entry || entry.status !== 'waiting') return 0;
  return (
    waitlist.filter((w) => w.eventId === entry.eventId && w.status === 'waiting').indexOf(entry) + 1
  );
}

/** Options of the functions that offer freed seats on. */
export interface OfferOptions {
  /** How long an offer holds its seats, in minutes (default 24 hours). */
  holdMinutes?: number | null | undefined;
}

/**
 * The waitlist after offering the free seats: expired offers lapse first, then each waiting entry,
 * in order, whose seat count fits what is left gets an offer that holds its seats. Entries that do
 * not fit keep their place. @internal
 */
export function offerSeats(
  event: Pick<GroupEvent, 'id' | 'capacity' | 'status'>,
  context: SeatContext & OfferOptions,
): { waitlist: WaitlistEntry[]; offered: WaitlistEntry[] } {
  const t = parseInstant(context.now, ['now']);
  const at = formatInstant(t);
  const next = (context.waitlist ?? []).map((w) =>
    w.eventId === event.id && w.status === 'offered' && !offerOpen(w, t)
      ? { ...w, status: 'expired' as const }
      : w,
  );
  const offered: WaitlistEntry[] = [];
  if (event.status === 'cancelled') return { waitlist: next, offered };
  let { left } = seatState(event, { ...context, waitlist: next });
  const expires = formatInstant(t + (context.holdMinutes ?? HOLD_MINUTES) * MINUTE);
  for (let i = 0; i < next.length && left > 0; i++) {
    const w = next[i]!;
    if (w.eventId !== event.id || w.status !== 'waiting' || w.seats > left) continue;
    const offer: WaitlistEntry = {
      ...w,
      status: 'offered',
      offeredAt: at,
      offerExpiresAt: expires,
    };
    next[i] = offer;
    offered.push(offer);
    left -= w.seats;
  }
  return { waitlist: next, offered };
}

/** The registration booking of `seats` in a group event. */
function registration(
  event: GroupEvent,
  id: string,
  request: Pick<GroupRegistrationRequest, 'seats' | 'client' | 'notes' | 'answers'>,
  quote: Quote,
  now: string,
): Booking {
  return openBooking(
    {
      id,
      providerId: event.providerId,
      timeZone: event.timeZone,
      eventId: event.id,
      start: event.start,
      durationMinutes: event.durationMinutes,
      seats: request.seats,
      client: request.client,
      notes: request.notes,
      answers: request.answers && Object.keys(request.answers).length ? request.answers : null,
      quote,
    },
    { now },
  );
}

/** What {@link registerSeats} needs besides the event and the request. */
export interface RegistrationContext extends SeatContext, OfferOptions {
  /** The id of what is created: the registration's, or the waitlist entry's. */
  id: string;
}

/** The outcome of {@link registerSeats}, one case per HTTP answer. */
export type RegistrationOutcome =
  | { ok: true; status: 'registered'; booking: Booking }
  | {
      ok: true;
      status: 'waitlisted';
      entry: WaitlistEntry;
      /** 1-based place in the line. */
      position: number;
      /** The whole waitlist with the new entry at its end: store it. */
      waitlist: WaitlistEntry[];
    }
  | { ok: false; code: 'validation_failed'; message: string; errors: FieldError[] }
  | { ok: false; code: 'price_changed'; message: string; quote: Quote }
  | SeatRefusal;

/**
 * Everything a backend does when someone asks for seats in a group event, in one call: checks
 * the request (shape and client details: `validation_failed` with every field error), the seats
 * (`too_many_seats`, `event_cancelled`, `event_started`, `event_full`), joins the waitlist when
 * the seats are gone and the request asks for it (`waitlisted`), checks the quote the client saw
 * (`price_changed` with the fresh one), and returns the registration to store.
 *
 * @example
 * const outcome = registerSeats(event, await request.json(), {
 *   registrations, waitlist, now: '2026-11-22T12:00:00Z', id: 'reg_1',
 * });
 * if (outcome.ok && outcome.status === 'registered') save(outcome.booking);
 * else if (outcome.ok) saveWaitlist(outcome.waitlist);
 * else answer409or422(outcome.code, outcome.message);
 */
export function registerSeats(
  event: GroupEvent,
  request: unknown,
  context: RegistrationContext,
): RegistrationOutcome {
  const parsed = validate(GroupRegistrationRequestSchema, request);
  const details = validateBookingDetails(request);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(details.ok ? [] : details.errors)];
  const unique = errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);
  if (!parsed.ok || unique.length) return invalid(unique);
  const wanted = parsed.value;
  const { now } = context;
  const check = checkSeats(event, wanted.seats, context);
  if (!check.ok) {
    if (check.code === 'event_full' && check.waitlist && wanted.waitlist) {
      const waitlist: WaitlistEntry[] = [
        ...(context.waitlist ?? []),
        {
          id: context.id,
          eventId: event.id,
          seats: wanted.seats,
          client: wanted.client,
          joinedAt: formatInstant(parseInstant(now, ['now'])),
          status: 'waiting',
        },
      ];
      const entry = waitlist[waitlist.length - 1]!;
      return {
        ok: true,
        status: 'waitlisted',
        entry,
        position: waitlistPosition(waitlist, entry.id),
        waitlist,
      };
    }
    return check;
  }
  const fresh = priceQuote({ kind: 'group', event, seats: wanted.seats, now });
  if (wanted.quote && !sameQuote(wanted.quote, fresh))
    return { ok: false, code: 'price_changed', message: m.priceChanged(), quote: fresh };
  return {
    ok: true,
    status: 'registered',
    booking: registration(event, context.id, wanted, fresh, now),
  };
}

/** What {@link cancelRegistration} needs besides the registration. */
export interface CancellationContext extends SeatContext, OfferOptions {
  event: GroupEvent;
  actor: 'client' | 'provider' | 'system';
  /** The provider's policy (its cancellation rules decide the refund). */
  policy?: LifecyclePolicy | null | undefined;
  reason?: string | null | undefined;
}

/**
 * Cancels a group registration and offers the freed seats to the waitlist, in one call: the
 * cancelled booking with its refund, the new waitlist, and the entries that got an offer (tell
 * them). Refused like any lifecycle step (`too_late`, `wrong_state`, …).
 *
 * @example
 * const result = cancelRegistration(booking, {
 *   event, registrations, waitlist, actor: 'client', now, policy: provider.policy,
 * });
 * if (result.ok) { save(result.booking); saveWaitlist(result.waitlist); notify(result.offered); }
 */
export function cancelRegistration(
  booking: Booking,
  context: CancellationContext,
):
  | {
      ok: true;
      booking: Booking;
      refund: Money;
      waitlist: WaitlistEntry[];
      offered: WaitlistEntry[];
    }
  | TransitionRefusal {
  const result = transition(
    booking,
    { type: 'cancel', ...(context.reason ? { reason: context.reason } : {}) },
    context,
  );
  if (!result.ok) return result;
  const registrations = context.registrations.map((r) =>
    r.id === booking.id ? result.booking : r,
  );
  const { waitlist, offered } = offerSeats(context.event, { ...context, registrations });
  return { ok: true, booking: result.booking, refund: result.refund, waitlist, offered };
}

/**
 * The offers whose time ran out lapse, and the seats they held go to the next entries that fit,
 * in one call: what a backend runs on a schedule, so the next person in line hears of the seats
 * when an offer lapses rather than at the event's next change. `lapsed` is empty when no offer
 * ran out (then nothing needs saving).
 *
 * @example
 * const { lapsed, waitlist, offered } = lapseSeatOffers(event, { registrations, waitlist, now });
 * if (lapsed.length) { saveWaitlist(waitlist); notify(offered); }
 */
export function lapseSeatOffers(
  event: GroupEvent,
  context: SeatContext & OfferOptions,
): { waitlist: WaitlistEntry[]; offered: WaitlistEntry[]; lapsed: WaitlistEntry[] } {
  const t = parseInstant(context.now, ['now']);
  const mine = (context.waitlist ?? []).filter((w) => w.eventId === event.id);
  const lapsed = mine.filter((w) => w.status === 'offered' && !offerOpen(w, t));
  if (!lapsed.length) return { waitlist: mine, offered: [], lapsed: [] };
  const { waitlist, offered } = offerSeats(event, { ...context, waitlist: mine });
  return {
    waitlist,
    offered,
    lapsed: waitlist.filter((w) => lapsed.some((l) => l.id === w.id)),
  };
}

/** What {@link answerSeatOffer} needs. */
export interface OfferAnswerContext extends SeatContext, OfferOptions {
  event: GroupEvent;
  /** The id of the registration an accepted offer creates. */
  id: string;
}

/**
 * Records a waitlist entry's answer to its offer. Accepting books the held seats (the
 * registration to store comes back); declining moves the seats on to the next entries that fit
 * (`offered`). Refused as `no_open_offer` when the entry has no open offer.
 *
 * @example
 * const result = answerSeatOffer('w7', true, { event, registrations, waitlist, now, id: 'reg_9' });
 * if (result.ok) { saveWaitlist(result.waitlist); if (result.booking) save(result.booking); }
 */
export function answerSeatOffer(
  entryId: string,
  accept: boolean,
  context: OfferAnswerContext,
):
  | { ok: true; waitlist: WaitlistEntry[]; booking?: Booking; offered: WaitlistEntry[] }
  | { ok: false; code: 'no_open_offer'; message: string } {
  const waitlist = context.waitlist ?? [];
  const t = parseInstant(context.now, ['now']);
  const index = waitlist.findIndex((w) => w.id === entryId);
  const entry = waitlist[index];
  if (!entry || !offerOpen(entry, t)) return refuse('no_open_offer', m.noOpenOffer());
  const next = [...waitlist];
  next[index] = { ...entry, status: accept ? 'accepted' : 'declined' };
  if (!accept) {
    const moved = offerSeats(context.event, { ...context, waitlist: next });
    return { ok: true, ...moved };
  }
  const quote = priceQuote({
    kind: 'group',
    event: context.event,
    seats: entry.seats,
    now: context.now,
  });
  const booking = registration(context.event, context.id, entry, quote, context.now);
  return { ok: true, waitlist: next, booking, offered: [] };
}

/**
 * Applies a provider's change to a group event: validates the patch, refuses a capacity below the
 * seats taken or offered (`capacity_below_taken`) and any change to a cancelled event
 * (`event_cancelled`), and offers new seats to the waitlist when the capacity grows.
 *
 * @example
 * const result = updateGroupEvent(event, { capacity: 16 }, { registrations, waitlist, now });
 * if (result.ok) { saveEvent(result.event); saveWaitlist(result.waitlist); notify(result.offered); }
 */
export function updateGroupEvent(
  event: GroupEvent,
  patch: GroupEventPatch | unknown,
  context: SeatContext & OfferOptions,
):
  | { ok: true; event: GroupEvent; waitlist: WaitlistEntry[]; offered: WaitlistEntry[] }
  | { ok: false; code: 'validation_failed'; message: string; errors: FieldError[] }
  | { ok: false; code: 'event_cancelled' | 'capacity_below_taken'; message: string } {
  if (event.status === 'cancelled') return refuse('event_cancelled', m.cancelledNoChange());
  const parsed = validate(GroupEventPatchSchema, patch);
  if (!parsed.ok) return parsed;
  const changes = Object.fromEntries(
    Object.entries(parsed.value).filter(([, v]) => v !== undefined),
  );
  const next: GroupEvent = { ...event, ...changes };
  const seats = seatState(event, context);
  if (next.capacity < seats.taken + seats.held)
    return refuse('capacity_below_taken', m.capacityBelowTaken(seats.taken + seats.held));
  const { waitlist, offered } = offerSeats(next, context);
  return { ok: true, event: next, waitlist, offered };
}

/**
 * Cancels a group event: every active registration is cancelled by the provider (full refunds)
 * with the reason, and every waiting or offered entry is withdrawn. Refused as `event_cancelled`
 * when it already is.
 *
 * @example
 * const result = cancelGroupEvent(event, { registrations, waitlist, now, reason: 'The host is ill.' });
 * if (result.ok) saveAll(result.event, result.registrations, result.waitlist);
 */
export function cancelGroupEvent(
  event: GroupEvent,
  context: SeatContext & { policy?: LifecyclePolicy | null; reason?: string | null },
):
  | {
      ok: true;
      event: GroupEvent;
      /** The registrations that were cancelled, each with its refund. */
      cancelled: { booking: Booking; refund: Money }[];
      waitlist: WaitlistEntry[];
    }
  | { ok: false; code: 'event_cancelled'; message: string } {
  if (event.status === 'cancelled') return refuse('event_cancelled', m.alreadyCancelled());
  const reason = context.reason || m.eventCancelledReason();
  const cancelled: { booking: Booking; refund: Money }[] = [];
  for (const r of context.registrations) {
    if (r.eventId !== event.id) continue;
    const result = transition(
      r,
      { type: 'cancel', reason },
      { actor: 'provider', now: context.now, policy: context.policy },
    );
    if (result.ok) cancelled.push({ booking: result.booking, refund: result.refund });
  }
  const waitlist = (context.waitlist ?? []).map((w) =>
    w.eventId === event.id && (w.status === 'waiting' || w.status === 'offered')
      ? { ...w, status: 'withdrawn' as const }
      : w,
  );
  return { ok: true, event: { ...event, status: 'cancelled' }, cancelled, waitlist };
}
