// Seats of group events and their waitlists (DESIGN §6): requests beyond the seats left are
// refused as full with a waitlist offer; freed seats are offered in order to the first waiting
// entry whose count fits, repeatedly; an offer holds its seats until accepted, declined or expired.
import type { Booking, WaitlistEntry } from '../schemas/booking.js';
import type { GroupEvent } from '../schemas/provider.js';
import { MINUTE, formatInstant, parseInstant } from '../time/civil.js';
import { isActive } from './lifecycle.js';

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

/** The answer to a request for seats. */
export type SeatCheck =
  | { ok: true; left: number }
  | { ok: false; reason: 'event_full'; left: number; waitlist: boolean }
  | { ok: false; reason: 'too_many_seats'; max: number }
  | { ok: false; reason: 'event_cancelled' | 'event_started' };

/** The parts of a group event that decide whether seats can be booked. */
export type SeatEvent = Pick<GroupEvent, 'id' | 'capacity' | 'start' | 'status'> &
  Partial<Pick<GroupEvent, 'maxSeatsPerRegistration' | 'waitlist'>>;

function offerOpen(entry: WaitlistEntry, now: number): boolean {
  return (
    entry.status === 'offered' &&
    (entry.offerExpiresAt === undefined ||
      parseInstant(entry.offerExpiresAt, ['offerExpiresAt']) > now)
  );
}

/**
 * Seats taken, held by open waitlist offers, and left, from the event's registrations (bookings
 * with its `eventId`) and waitlist.
 *
 * @example
 * seatState(event, registrations, waitlist, '2026-11-22T12:00:00Z');
 * // { capacity: 12, taken: 10, held: 1, left: 1 }
 */
export function seatState(
  event: Pick<GroupEvent, 'id' | 'capacity'>,
  registrations: readonly Booking[],
  waitlist: readonly WaitlistEntry[] = [],
  now?: string,
): SeatState {
  const t = now === undefined ? -Infinity : parseInstant(now, ['now']);
  let taken = 0;
  for (const r of registrations) if (r.eventId === event.id && isActive(r)) taken += r.seats;
  let held = 0;
  for (const w of waitlist) if (w.eventId === event.id && offerOpen(w, t)) held += w.seats;
  return {
    capacity: event.capacity,
    taken,
    held,
    left: Math.max(0, event.capacity - taken - held),
  };
}

/**
 * Whether `seats` more can be booked: refused as full (with a waitlist offer when the event
 * keeps one) when fewer are left; refused outright above the capacity or the per-registration
 * limit, for a cancelled event, and once the event has started.
 *
 * @example
 * checkSeats(event, { capacity: 12, taken: 11, held: 0, left: 1 }, 2, now);
 * // { ok: false, reason: 'event_full', left: 1, waitlist: true }
 */
export function checkSeats(
  event: SeatEvent,
  state: SeatState,
  seats: number,
  now: string,
): SeatCheck {
  if (event.status === 'cancelled') return { ok: false, reason: 'event_cancelled' };
  if (parseInstant(now, ['now']) >= parseInstant(event.start, ['start']))
    return { ok: false, reason: 'event_started' };
  const max = Math.min(event.capacity, event.maxSeatsPerRegistration ?? Infinity);
  if (seats > max) return { ok: false, reason: 'too_many_seats', max };
  if (seats > state.left)
    return {
      ok: false,
      reason: 'event_full',
      left: state.left,
      waitlist: event.waitlist !== false,
    };
  return { ok: true, left: state.left - seats };
}

/**
 * The waitlist with a new entry at its end.
 *
 * @example
 * joinWaitlist(waitlist, { id: 'w7', eventId: 'e1', seats: 2, client }, now);
 */
export function joinWaitlist(
  waitlist: readonly WaitlistEntry[],
  entry: Pick<WaitlistEntry, 'id' | 'eventId' | 'seats' | 'client'>,
  now: string,
): WaitlistEntry[] {
  return [
    ...waitlist,
    { ...entry, joinedAt: formatInstant(parseInstant(now, ['now'])), status: 'waiting' },
  ];
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

/**
 * Offers the seats that are free to the waitlist: expired offers lapse first, then each waiting
 * entry, in order, whose seat count fits what is left gets an offer that holds its seats (for
 * `holdMinutes` when given). Entries that do not fit keep their place.
 *
 * @example
 * const { waitlist: next, offered } = offerSeats(event, registrations, waitlist, now, { holdMinutes: 60 });
 * for (const entry of offered) notify(entry.client.email);
 */
export function offerSeats(
  event: Pick<GroupEvent, 'id' | 'capacity'>,
  registrations: readonly Booking[],
  waitlist: readonly WaitlistEntry[],
  now: string,
  options: { holdMinutes?: number } = {},
): { waitlist: WaitlistEntry[]; offered: WaitlistEntry[] } {
  const t = parseInstant(now, ['now']);
  const at = formatInstant(t);
  const next = waitlist.map((w) =>
    w.eventId === event.id && w.status === 'offered' && !offerOpen(w, t)
      ? { ...w, status: 'expired' as const }
      : w,
  );
  let { left } = seatState(event, registrations, next, now);
  const offered: WaitlistEntry[] = [];
  for (let i = 0; i < next.length && left > 0; i++) {
    const w = next[i]!;
    if (w.eventId !== event.id || w.status !== 'waiting' || w.seats > left) continue;
    const offer: WaitlistEntry = {
      ...w,
      status: 'offered',
      offeredAt: at,
      ...(options.holdMinutes === undefined
        ? {}
        : { offerExpiresAt: formatInstant(t + options.holdMinutes * MINUTE) }),
    };
    next[i] = offer;
    offered.push(offer);
    left -= w.seats;
  }
  return { waitlist: next, offered };
}

/**
 * Records a waitlist entry's answer to its offer: `accepted` (book its seats now) or `declined`
 * (then call {@link offerSeats} again: the seats move on). Refused (returns null) when the entry
 * has no open offer.
 *
 * @example
 * const next = answerOffer(waitlist, 'w7', true, now);
 * if (next) { saveWaitlist(next); createRegistration(...); }
 */
export function answerOffer(
  waitlist: readonly WaitlistEntry[],
  id: string,
  accept: boolean,
  now: string,
): WaitlistEntry[] | null {
  const t = parseInstant(now, ['now']);
  const index = waitlist.findIndex((w) => w.id === id);
  const entry = waitlist[index];
  if (!entry || !offerOpen(entry, t)) return null;
  const next = [...waitlist];
  next[index] = { ...entry, status: accept ? 'accepted' : 'declined' };
  return next;
}
