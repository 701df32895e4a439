// A provider's bookings as busy time, and double-booking detection with the slot engine's rule:
// padded intervals overlap (DESIGN §4).
import type { BusyInterval } from '../schemas/availability.js';
import type { Booking } from '../schemas/booking.js';
import type { GroupEvent } from '../schemas/provider.js';
import { MINUTE, formatInstant, parseInstant } from '../time/civil.js';
import { isActive } from './lifecycle.js';

/** A session being placed: its start, length and the buffers it keeps. */
export interface Candidate {
  start: string;
  durationMinutes: number;
  bufferBeforeMinutes?: number | undefined;
  bufferAfterMinutes?: number | undefined;
}

/**
 * The busy intervals a provider's one-to-one bookings make, for an availability response: every
 * active booking (not cancelled or declined) with the buffers it was made with. `exceptId` leaves
 * one out (the booking being rescheduled).
 *
 * @example
 * busyFromBookings(bookings);
 * // [{ start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', kind: 'booking', bufferAfterMinutes: 15 }, …]
 */
export function busyFromBookings(
  bookings: readonly Booking[],
  options: { exceptId?: string } = {},
): BusyInterval[] {
  const out: BusyInterval[] = [];
  for (const b of bookings) {
    if (b.kind !== 'one_to_one' || !isActive(b) || b.id === options.exceptId) continue;
    out.push({
      start: b.start,
      end: b.end,
      kind: 'booking',
      ...(b.bufferBeforeMinutes ? { bufferBeforeMinutes: b.bufferBeforeMinutes } : {}),
      ...(b.bufferAfterMinutes ? { bufferAfterMinutes: b.bufferAfterMinutes } : {}),
    });
  }
  return out;
}

/**
 * The busy intervals a provider's scheduled group events make (they are the provider's sessions:
 * they carry no buffers but count toward the per-day cap).
 *
 * @example
 * busyFromEvents(events); // [{ start: '2026-12-03T17:00:00Z', end: '2026-12-03T18:30:00Z', kind: 'booking' }]
 */
export function busyFromEvents(events: readonly GroupEvent[]): BusyInterval[] {
  return events
    .filter((e) => e.status === 'scheduled')
    .map((e) => ({
      start: e.start,
      end: formatInstant(parseInstant(e.start, ['start']) + e.durationMinutes * MINUTE),
      kind: 'booking' as const,
    }));
}

/**
 * The active one-to-one bookings a new session would collide with, buffers on both sides
 * included; empty when it fits. A JS backend refuses a double booking with this (after checking
 * the start with `isBookable`).
 *
 * @example
 * findConflicts(bookings, { start: '2026-12-01T10:30:00Z', durationMinutes: 60, bufferAfterMinutes: 10 });
 * // [the booking of 10:00-11:00]
 */
export function findConflicts(
  bookings: readonly Booking[],
  candidate: Candidate,
  options: { exceptId?: string } = {},
): Booking[] {
  const s = parseInstant(candidate.start, ['start']);
  const from = s - (candidate.bufferBeforeMinutes ?? 0) * MINUTE;
  const to = s + (candidate.durationMinutes + (candidate.bufferAfterMinutes ?? 0)) * MINUTE;
  return bookings.filter((b) => {
    if (b.kind !== 'one_to_one' || !isActive(b) || b.id === options.exceptId) return false;
    const bs = parseInstant(b.start, ['start']) - (b.bufferBeforeMinutes ?? 0) * MINUTE;
    const be = parseInstant(b.end, ['end']) + (b.bufferAfterMinutes ?? 0) * MINUTE;
    return from < be && bs < to;
  });
}
