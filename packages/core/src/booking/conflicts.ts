// A provider's busy time from its bookings, group events and other calendars, and double-booking
// detection by the slot engine's own rule: padded intervals overlap (docs/design.md, "Time").
import type { BusyInterval } from '../schemas/availability.js';
import type { Booking } from '../schemas/booking.js';
import type { GroupEvent } from '../schemas/provider.js';
import { MINUTE, formatInstant, parseInstant } from '../time/civil.js';
import { isActive } from './lifecycle.js';

/** A span of time with the buffers it keeps clear around it. */
export interface PaddedInterval {
  start: string;
  end: string;
  bufferBeforeMinutes?: number | null | undefined;
  bufferAfterMinutes?: number | null | undefined;
}

/** Where a provider's busy time comes from. */
export interface BusySources {
  /** The provider's bookings: active one-to-one sessions hold time (registrations do not: their event does). */
  bookings?: readonly Booking[] | null | undefined;
  /** The provider's group events: scheduled ones hold time. */
  events?: readonly GroupEvent[] | null | undefined;
  /** Blocks from other calendars; `kind` defaults to `external`. */
  external?: readonly BusyInterval[] | null | undefined;
  /** Leaves out one booking (the one being rescheduled). */
  exceptId?: string | null | undefined;
}

const minutes = (n: number | null | undefined) => (n ?? 0) * MINUTE;

/**
 * The busy intervals of a provider, for an availability answer or a booking check: every active
 * one-to-one booking with the buffers it was made with, every scheduled group event (no buffers,
 * counted toward the per-day cap), and the external blocks as given. Each interval carries the
 * `id` of the booking or event it comes from.
 *
 * @example
 * busyTime({ bookings, events, external: feedBlocks });
 * // [{ id: 'bkg_1', start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', kind: 'booking', bufferAfterMinutes: 15 }, …]
 */
export function busyTime(sources: BusySources): BusyInterval[] {
  const out: BusyInterval[] = [];
  for (const b of sources.bookings ?? []) {
    if (b.kind !== 'one_to_one' || !isActive(b) || b.id === sources.exceptId) continue;
    out.push({
      id: b.id,
      start: b.start,
      end: b.end,
      kind: 'booking',
      ...(b.bufferBeforeMinutes ? { bufferBeforeMinutes: b.bufferBeforeMinutes } : {}),
      ...(b.bufferAfterMinutes ? { bufferAfterMinutes: b.bufferAfterMinutes } : {}),
    });
  }
  for (const e of sources.events ?? []) {
    if (e.status !== 'scheduled') continue;
    const end = parseInstant(e.start, ['events', e.id, 'start']) + e.durationMinutes * MINUTE;
    out.push({ id: e.id, start: e.start, end: formatInstant(end), kind: 'booking' });
  }
  for (const x of sources.external ?? []) out.push({ ...x, kind: x.kind ?? 'external' });
  return out;
}

/**
 * The time an interval keeps from other sessions: `[start - bufferBefore, end + bufferAfter)`.
 * Two sessions collide exactly when their blocked ranges overlap, which is what a database's
 * exclusion constraint over these ranges enforces.
 *
 * @example
 * blockedRange({ start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', bufferAfterMinutes: 15 });
 * // { start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T11:15:00.000Z' }
 */
export function blockedRange(interval: PaddedInterval): { start: string; end: string } {
  const start = parseInstant(interval.start, ['start']);
  const end = parseInstant(interval.end, ['end']);
  return {
    start: new Date(start - minutes(interval.bufferBeforeMinutes)).toISOString(),
    end: new Date(end + minutes(interval.bufferAfterMinutes)).toISOString(),
  };
}

/**
 * The busy intervals a new session would collide with, buffers on both sides included; empty when
 * it fits. Busy interval `[s, e)` with buffers `(b, a)` blocks session `[s', e')` with buffers
 * `(b', a')` when `s' - b' < e + a` and `s - b < e' + a'`.
 *
 * @example
 * findConflicts(busyTime({ bookings }), {
 *   start: '2026-12-01T10:30:00Z', end: '2026-12-01T11:30:00Z', bufferAfterMinutes: 10,
 * });
 * // [{ id: 'bkg_1', start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', kind: 'booking' }]
 */
export function findConflicts(
  busy: readonly BusyInterval[],
  session: PaddedInterval,
): BusyInterval[] {
  const from = parseInstant(session.start, ['start']) - minutes(session.bufferBeforeMinutes);
  const to = parseInstant(session.end, ['end']) + minutes(session.bufferAfterMinutes);
  return busy.filter((b, i) => {
    const s = parseInstant(b.start, ['busy', i, 'start']) - minutes(b.bufferBeforeMinutes);
    const e = parseInstant(b.end, ['busy', i, 'end']) + minutes(b.bufferAfterMinutes);
    return from < e && s < to;
  });
}
