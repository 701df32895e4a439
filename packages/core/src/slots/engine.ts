// Stage 2: slots from runs, coverage, busy time and policy. computeSlots and isBookable share
// prepare() and rejection(), so a listed slot is always bookable and an unlisted one never is.
import {
  availabilityRuns,
  firstEndingAfter,
  merge,
  type Coverage,
  type Runs,
} from '../availability/windows.js';
import {
  normalizeBusy,
  normalizePolicy,
  normalizeSchedule,
  type Policy,
  type Schedule,
} from '../availability/normalize.js';
import { BookingInputError } from '../errors.js';
import { messages } from '../messages.js';
import { DAY, MINUTE, formatInstant, instantFormatter, parseInstant } from '../time/civil.js';
import type { Slot, SlotQuery } from '../schemas/availability.js';
import type { SlotCode } from '../codes.js';

/** Longest span one query may ask for. */
export const MAX_QUERY_DAYS = 1830;

/** Why a start cannot be booked (see the codes table in docs/core.md). */
export type UnbookableReason = SlotCode;

export interface Prepared {
  readonly schedule: Schedule;
  readonly policy: Policy;
  readonly now: number;
  /** Slots start at or after this (now + notice, and strictly after now). */
  readonly earliest: number;
  /** Slots start before this (end of the provider's local day `horizonDays` ahead), or Infinity. */
  readonly horizonEnd: number;
  /** Padded busy time, merged. */
  readonly blocked: Coverage;
  /** Local day numbers on which the per-day cap is reached. */
  readonly fullDays: ReadonlySet<number>;
}

/** Validates the query's schedule, policy, busy time and clock. */
export function prepare(
  query: Omit<SlotQuery, 'from' | 'to'>,
  durationMinutes?: unknown,
): Prepared {
  if (typeof query !== 'object' || query === null) {
    throw new BookingInputError(
      'invalid_input',
      'The query is an object with timeZone, weekly, policy, from, to and now.',
    );
  }
  const schedule = normalizeSchedule(query.timeZone, query.weekly, query.overrides);
  const policy = normalizePolicy(query.policy, durationMinutes);
  const busy = normalizeBusy(query.busy);
  const now = parseInstant(query.now, ['now']);
  const { rules } = schedule;
  const earliest = Math.max(now + policy.notice, now + 1);
  const horizonEnd =
    policy.horizonDays === undefined
      ? Infinity
      : rules.dayStart(rules.localDay(now) + policy.horizonDays + 1);
  const padded: [number, number][] = busy.map((b) => [b.start - b.before, b.end + b.after]);
  const fullDays = new Set<number>();
  if (policy.maxPerDay !== undefined) {
    const counts = new Map<number, number>();
    for (const b of busy) {
      if (!b.booking) continue;
      const day = rules.localDay(b.start);
      const n = (counts.get(day) ?? 0) + 1;
      counts.set(day, n);
      if (n >= policy.maxPerDay) fullDays.add(day);
    }
  }
  return { schedule, policy, now, earliest, horizonEnd, blocked: merge(padded), fullDays };
}

/** The rule (after availability and grid) that refuses a start, if any. `hint` speeds sweeps. */
export function rejection(
  p: Prepared,
  start: number,
  hint = 0,
): { reason: UnbookableReason | undefined; hint: number } {
  if (start < p.earliest) return { reason: 'too_soon', hint };
  if (start >= p.horizonEnd) return { reason: 'beyond_horizon', hint };
  if (p.fullDays.size && p.fullDays.has(p.schedule.rules.localDay(start)))
    return { reason: 'day_full', hint };
  // The padded session [start - before, end + after) must not overlap padded busy time.
  const { starts, ends } = p.blocked;
  const from = start - p.policy.before;
  let i = hint;
  if (i > 0 && ends[i - 1]! > from) i = firstEndingAfter(ends, from);
  else while (i < ends.length && ends[i]! <= from) i++;
  const conflict = i < ends.length && starts[i]! < start + p.policy.duration + p.policy.after;
  return { reason: conflict ? 'conflict' : undefined, hint: i };
}

function span(from: number, to: number): void {
  if (from > to) throw new BookingInputError('invalid_range', messages.rangeOrder(), ['from']);
  const days = Math.ceil((to - from) / DAY);
  if (days > MAX_QUERY_DAYS)
    throw new BookingInputError('invalid_range', messages.rangeTooLong(days, MAX_QUERY_DAYS), [
      'to',
    ]);
}

/** Runs and coverage of every date that can hold a slot starting in [lo, hi). */
export function runsFor(p: Prepared, lo: number, hi: number): { runs: Runs; coverage: Coverage } {
  const { rules } = p.schedule;
  return availabilityRuns(
    p.schedule,
    rules.localDay(lo) - 1,
    rules.localDay(hi + p.policy.duration) + 1,
  );
}

/** Starts (ms, ascending, unique) in [from, to) on a grid that fit in coverage and pass every rule. */
export function slotStarts(p: Prepared, from: number, to: number): number[] {
  span(from, to);
  const lo = Math.max(from, p.earliest);
  const hi = Math.min(to, p.horizonEnd);
  if (lo >= hi) return [];
  const { runs, coverage } = runsFor(p, lo, hi);
  const { step, duration } = p.policy;
  const candidates: number[] = [];
  let sorted = true;
  for (let r = 0; r < runs.starts.length; r++) {
    const runStart = runs.starts[r]!;
    const coverEnd = coverage.ends[firstEndingAfter(coverage.ends, runStart)]!;
    const last = Math.min(runs.ends[r]! - 1, coverEnd - duration, hi - 1);
    let s = runStart < lo ? runStart + Math.ceil((lo - runStart) / step) * step : runStart;
    if (s > last) continue;
    if (candidates.length && s <= candidates[candidates.length - 1]!) sorted = false;
    for (; s <= last; s += step) candidates.push(s);
  }
  if (!sorted) candidates.sort((a, b) => a - b);
  const out: number[] = [];
  let hint = 0;
  let previous = NaN;
  for (const s of candidates) {
    if (s === previous) continue;
    previous = s;
    const result = rejection(p, s, hint);
    hint = result.hint;
    if (result.reason === undefined) out.push(s);
  }
  return out;
}

/** Slots of epoch-ms starts as ISO instants. */
export function toSlots(starts: readonly number[], duration: number): Slot[] {
  const format = instantFormatter();
  const out: Slot[] = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    out[i] = { start: format(s), end: format(s + duration) };
  }
  return out;
}

/**
 * The slots a provider offers with starts in `[from, to)`: sorted, unique, the same for every
 * viewer, as ISO instants in UTC. Each session fits inside the availability, honours minimum notice,
 * horizon and per-day cap, and keeps its buffers clear of busy time and theirs.
 *
 * @example
 * computeSlots({
 *   timeZone: 'Europe/London',
 *   weekly: { monday: [{ start: '09:00', end: '12:00' }] },
 *   busy: [{ start: '2026-03-30T10:00:00+01:00', end: '2026-03-30T11:00:00+01:00', kind: 'booking' }],
 *   policy: { durationMinutes: 60 },
 *   from: '2026-03-30T00:00:00+01:00',
 *   to: '2026-03-31T00:00:00+01:00',
 *   now: '2026-03-20T12:00:00Z',
 * });
 * // [{ start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:00:00Z' },
 * //  { start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:00:00Z' }]
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const p = prepare(query);
  const from = parseInstant(query.from, ['from']);
  const to = parseInstant(query.to, ['to']);
  return toSlots(slotStarts(p, from, to), p.policy.duration);
}

/** The answer of {@link isBookable}: the session's instants, or why not. */
export type Bookability =
  { ok: true; start: string; end: string } | { ok: false; code: UnbookableReason; message: string };

const reasonMessages: Record<UnbookableReason, (p: Prepared) => string> = {
  outside_availability: () => 'This time is outside the provider’s availability.',
  not_on_grid: (p) =>
    `Sessions start every ${p.policy.step / MINUTE} minutes from the start of the provider’s hours; pick one of the listed times.`,
  too_soon: (p) =>
    p.policy.notice
      ? `This time is too soon: bookings need ${p.policy.notice / MINUTE} minutes’ notice.`
      : 'This time has already passed.',
  beyond_horizon: (p) =>
    `This time is too far ahead: bookings open ${p.policy.horizonDays} days in advance.`,
  day_full: (p) =>
    `The provider takes at most ${p.policy.maxPerDay} bookings that day, and the day is full.`,
  conflict: () => 'This time is already taken (or too close to another booking).',
};

/**
 * Whether one start can be booked for a duration (the policy's when omitted), by the same
 * computation that lists slots; when not, the reason and a message for people.
 *
 * @example
 * isBookable(query, '2026-03-30T10:00:00+01:00');
 * // { ok: false, code: 'conflict', message: 'This time is already taken …' }
 */
export function isBookable(
  query: Omit<SlotQuery, 'from' | 'to'> & Partial<Pick<SlotQuery, 'from' | 'to'>>,
  start: string,
  durationMinutes?: number | null,
): Bookability {
  const p = prepare(query, durationMinutes);
  const s = parseInstant(start, ['start']);
  const { runs, coverage } = runsFor(p, s, s + 1);
  const { step, duration } = p.policy;
  let reason: UnbookableReason | undefined = 'outside_availability';
  for (let r = 0; r < runs.starts.length; r++) {
    const runStart = runs.starts[r]!;
    if (s < runStart || s >= runs.ends[r]!) continue;
    if ((s - runStart) % step !== 0) {
      reason = 'not_on_grid';
      continue;
    }
    const coverEnd = coverage.ends[firstEndingAfter(coverage.ends, runStart)]!;
    reason = s + duration <= coverEnd ? undefined : 'outside_availability';
    break;
  }
  reason ??= rejection(p, s).reason;
  if (reason) return { ok: false, code: reason, message: reasonMessages[reason](p) };
  return { ok: true, start: formatInstant(s), end: formatInstant(s + duration) };
}
