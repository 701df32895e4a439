// A deliberately simple reference for the slot engine: minute by minute, offsets read through
// luxon at every step, no caches, no merging tricks. Slow by design; used by the property tests.
import { DateTime } from 'luxon';
import type { SlotQuery } from '../src/index.js';

const MIN = 60_000;
const DAY_MIN = 1440;
const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const offsetMin = (zone: string, minute: number) =>
  DateTime.fromMillis(minute * MIN, { zone }).offset;
const wallMin = (zone: string, minute: number) => minute + offsetMin(zone, minute);
const parseWall = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const toMin = (iso: string) =>
  Math.round(DateTime.fromISO(iso, { setZone: true }).toMillis() / MIN);
const localDate = (zone: string, minute: number) =>
  DateTime.fromMillis(minute * MIN, { zone }).toISODate()!;

/**
 * The instant (epoch minutes) of a wall reading (minutes on the local calendar): the earliest
 * instant that reads so; in a gap, the reading taken with the offset in force just before the gap.
 */
function resolve(zone: string, wall: number): number {
  // Every offset in force within 16 hours either way is a candidate reading.
  const offsets = new Set<number>();
  let lastBefore: number | undefined;
  for (let t = wall - 16 * 60; t <= wall + 16 * 60; t += 15) {
    offsets.add(offsetMin(zone, t));
    if (wallMin(zone, t) < wall) lastBefore = t;
  }
  const valid = [...offsets].map((o) => wall - o).filter((t) => wallMin(zone, t) === wall);
  if (valid.length) return Math.min(...valid);
  return wall - offsetMin(zone, lastBefore!);
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
const dayOf = (date: string) =>
  Math.round(DateTime.fromISO(date, { zone: 'UTC' }).toMillis() / MIN / DAY_MIN);
const dateOf = (day: number) =>
  DateTime.fromMillis(day * DAY_MIN * MIN, { zone: 'UTC' }).toISODate()!;

/** The slot starts (epoch minutes) the rules of docs/design.md (Time) allow. */
export function bruteForceStarts(q: SlotQuery): number[] {
  const zone = q.timeZone;
  const p = q.policy;
  const duration = p.durationMinutes;
  const step = p.stepMinutes ?? duration;
  const from = toMin(q.from);
  const to = toMin(q.to);
  const now = toMin(q.now);
  const overrides = new Map((q.overrides ?? []).map((o) => [dayOf(o.date), o.windows]));
  const firstDay = dayOf(localDate(zone, from)) - 2;
  const lastDay = dayOf(localDate(zone, to)) + 2 + Math.ceil(duration / DAY_MIN);

  const covered = new Set<number>();
  const runsPerDay: [number, number][][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = resolve(zone, day * DAY_MIN);
    const nextStart = resolve(zone, (day + 1) * DAY_MIN);
    const minutes = new Set<number>();
    if (nextStart > dayStart) {
      const weekday = WEEKDAYS[DateTime.fromISO(dateOf(day), { zone: 'UTC' }).weekday - 1]!;
      const windows = overrides.get(day) ?? q.weekly[weekday] ?? [];
      for (const w of windows) {
        const s = parseWall(w.start);
        let e = parseWall(w.end);
        if (e <= s) e += DAY_MIN;
        const start = resolve(zone, day * DAY_MIN + s);
        let end = resolve(zone, day * DAY_MIN + e);
        if (overrides.has(day + 1)) end = Math.min(end, nextStart);
        for (let m = start; m < end; m++) minutes.add(m);
      }
    }
    const sorted = [...minutes].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const m of sorted) {
      covered.add(m);
      const last = runs[runs.length - 1];
      if (last && last[1] === m) last[1] = m + 1;
      else runs.push([m, m + 1]);
    }
    runsPerDay.push(runs);
  }

  const bookingsPerDate = new Map<string, number>();
  for (const b of q.busy ?? []) {
    if (b.kind !== 'booking') continue;
    const date = localDate(zone, toMin(b.start));
    bookingsPerDate.set(date, (bookingsPerDate.get(date) ?? 0) + 1);
  }
  const horizonEnd =
    p.horizonDays == null
      ? Infinity
      : resolve(zone, (dayOf(localDate(zone, now)) + p.horizonDays + 1) * DAY_MIN);
  const notice = p.minimumNoticeMinutes ?? 0;
  const before = p.bufferBeforeMinutes ?? 0;
  const after = p.bufferAfterMinutes ?? 0;

  // Busy time with its own buffers (bookings only), as epoch minutes.
  const busy = (q.busy ?? []).map((b) => {
    const own = b.kind === 'booking';
    return [
      toMin(b.start) - (own ? (b.bufferBeforeMinutes ?? 0) : 0),
      toMin(b.end) + (own ? (b.bufferAfterMinutes ?? 0) : 0),
    ] as const;
  });
  const out = new Set<number>();
  for (const runs of runsPerDay) {
    for (const [runStart, runEnd] of runs) {
      for (let s = runStart; s < runEnd; s += step) {
        if (s < from || s >= to) continue;
        let fits = true;
        for (let m = s; m < s + duration && fits; m++) fits = covered.has(m);
        if (!fits) continue;
        if (s < now + notice || s <= now) continue;
        if (s >= horizonEnd) continue;
        if (p.maxPerDay != null && (bookingsPerDate.get(localDate(zone, s)) ?? 0) >= p.maxPerDay)
          continue;
        const conflict = busy.some(([bs, be]) => s - before < be && bs < s + duration + after);
        if (!conflict) out.add(s);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Every grid start (epoch minutes) in [from, to), listed or not: candidates for isBookable. */
export function gridStarts(q: SlotQuery): number[] {
  const relaxed: SlotQuery = {
    ...q,
    busy: [],
    now: '1900-01-01T00:00:00Z',
    policy: { durationMinutes: 1, stepMinutes: q.policy.stepMinutes ?? q.policy.durationMinutes },
  };
  return bruteForceStarts(relaxed);
}
