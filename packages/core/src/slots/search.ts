// Finding slots beyond the shown range: the next day with availability for an empty state, and
// the nearest alternatives to a start that was just taken.
import { DAY, formatInstant, formatLocalDate, parseInstant } from '../time/civil.js';
import { zoneRules } from '../time/zone.js';
import type { Slot, SlotQuery } from '../schemas/availability.js';
import { prepare, slotStarts, toSlots } from './engine.js';

/** Where {@link nextAvailableDay} found the first slot. */
export interface NextAvailable {
  /** The viewer's local date of the first slot, `YYYY-MM-DD`. */
  date: string;
  /** The first slot itself. */
  slot: Slot;
}

/**
 * The first slot at or after `query.from` (ignoring `query.to`), searching up to the horizon or
 * `withinDays` days, and its local date for the viewer; null when there is none.
 *
 * @example
 * nextAvailableDay({ ...query, from: '2026-12-24T00:00:00Z' }, { viewerZone: 'Europe/Berlin' });
 * // { date: '2026-12-28', slot: { start: '2026-12-28T08:00:00Z', end: '2026-12-28T09:00:00Z' } }
 */
export function nextAvailableDay(
  query: Omit<SlotQuery, 'to'> & { to?: string },
  options: { viewerZone?: string | null; withinDays?: number | null } = {},
): NextAvailable | null {
  const p = prepare(query);
  const from = parseInstant(query.from, ['from']);
  const viewer = zoneRules(options.viewerZone ?? query.timeZone, ['viewerZone']);
  const end = Math.min(from + (options.withinDays ?? 366) * DAY, p.horizonEnd);
  // Look a week ahead first, then in growing chunks: the usual answer is close.
  for (let lo = from, size = 7 * DAY; lo < end; lo += size, size = Math.min(size * 2, 120 * DAY)) {
    const starts = slotStarts(p, lo, Math.min(lo + size, end));
    if (starts.length) {
      const start = starts[0]!;
      return {
        date: formatLocalDate(viewer.localDay(start)),
        slot: { start: formatInstant(start), end: formatInstant(start + p.policy.duration) },
      };
    }
  }
  return null;
}

/**
 * Up to `count` bookable slots (default 3) nearest to `wanted` (a start that was just taken), in
 * time order. Closer slots win; of two equally close, the earlier. `wanted` itself is never
 * offered. Searches `withinDays` days either side (default 14).
 *
 * @example
 * nearestAlternatives(query, '2026-03-30T10:00:00+01:00', { count: 3 });
 * // [{ start: '2026-03-30T08:00:00Z', … }, { start: '2026-03-30T10:00:00Z', … }, …]
 */
export function nearestAlternatives(
  query: Omit<SlotQuery, 'from' | 'to'>,
  wanted: string,
  options: { count?: number | null; withinDays?: number | null } = {},
): Slot[] {
  const count = options.count ?? 3;
  const withinDays = options.withinDays ?? 14;
  const p = prepare(query);
  const w = parseInstant(wanted, ['wanted']);
  const starts = slotStarts(p, w - withinDays * DAY, w + withinDays * DAY).filter((s) => s !== w);
  // Two pointers outward from the wanted start pick the closest first.
  let right = starts.findIndex((s) => s > w);
  if (right < 0) right = starts.length;
  let left = right - 1;
  const picked: number[] = [];
  while (picked.length < count && (left >= 0 || right < starts.length)) {
    const l = left >= 0 ? w - starts[left]! : Infinity;
    const r = right < starts.length ? starts[right]! - w : Infinity;
    if (l <= r) picked.push(starts[left--]!);
    else picked.push(starts[right++]!);
  }
  return toSlots(
    picked.sort((a, b) => a - b),
    p.policy.duration,
  );
}
