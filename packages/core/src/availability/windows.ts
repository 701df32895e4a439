// Stage 1 of the pipeline: a schedule's wall-clock windows on a span of local dates become instant
// ranges. Per date, the windows written on it merge into runs (the anchors of that date's slot
// grid); across dates, all runs merge into coverage (where a session may run).
import { DAY, MINUTE, isoWeekday } from '../time/civil.js';
import type { Schedule } from './normalize.js';

export interface Runs {
  /** Run starts and ends, grouped by date in ascending date order, sorted within a date. */
  readonly starts: number[];
  readonly ends: number[];
}

export interface Coverage {
  /** Disjoint, sorted, non-touching ranges. */
  readonly starts: number[];
  readonly ends: number[];
}

/** Runs of every local date in `[firstDay, lastDay]` and the coverage they make together. */
export function availabilityRuns(
  schedule: Schedule,
  firstDay: number,
  lastDay: number,
): { runs: Runs; coverage: Coverage } {
  const { rules, weekly, overrides } = schedule;
  const runs: Runs = { starts: [], ends: [] };
  const all: [number, number][] = [];
  let nextStart = rules.dayStart(firstDay);
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = nextStart;
    nextStart = rules.dayStart(day + 1);
    // A local date that does not exist in the zone (Pacific/Apia 2011-12-30) has no windows.
    if (nextStart <= dayStart) continue;
    const windows = overrides.get(day) ?? weekly[isoWeekday(day)]!;
    if (windows.length === 0) continue;
    // An override governs its whole date: windows of this date stop at its first moment.
    const limit = overrides.has(day + 1) ? nextStart : Infinity;
    const ranges: [number, number][] = [];
    const base = day * DAY;
    for (const [startMin, endMin] of windows) {
      const start = rules.instantOf(base + startMin * MINUTE);
      const end = Math.min(rules.instantOf(base + endMin * MINUTE), limit);
      if (end > start) ranges.push([start, end]);
    }
    if (ranges.length > 1) ranges.sort((a, b) => a[0] - b[0]);
    let runStart = NaN;
    let runEnd = NaN;
    for (const [start, end] of ranges) {
      if (start <= runEnd) {
        if (end > runEnd) runEnd = end;
        continue;
      }
      if (runEnd === runEnd) {
        runs.starts.push(runStart);
        runs.ends.push(runEnd);
        all.push([runStart, runEnd]);
      }
      runStart = start;
      runEnd = end;
    }
    if (runEnd === runEnd) {
      runs.starts.push(runStart);
      runs.ends.push(runEnd);
      all.push([runStart, runEnd]);
    }
  }
  return { runs, coverage: merge(all) };
}

/** Union of ranges as sorted, disjoint, non-touching ranges. */
export function merge(ranges: [number, number][]): Coverage {
  const starts: number[] = [];
  const ends: number[] = [];
  let sorted = true;
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![0]) {
      sorted = false;
      break;
    }
  }
  if (!sorted) ranges = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]!) {
      if (end > ends[last]!) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Index of the first range whose end is after `t`, or `ends.length`. */
export function firstEndingAfter(ends: readonly number[], t: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
