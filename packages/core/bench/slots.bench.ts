// `npm run bench`: the slot engine on a week, a quarter and a year of a busy provider, against
// slot-calculator (npm) and the brute-force reference of the tests. Prints median time per call,
// the ratios, and whether doubling days or bookings at most doubles the time; then the first call
// of a fresh process for a busy month (what a visitor's browser pays) beside the warm one, in Node
// and in headless Chromium (cold.ts). Figures, not pass/fail: the goals live in the last column.
import {
  computeSlots,
  type BusyInterval,
  type SlotQuery,
  type WeeklyAvailability,
} from '@booking/core';
import { getSlots } from 'slot-calculator';
import { bruteForceStarts } from '../test/brute-force.js';
import { busyMonth } from './busy-month.js';
import { printColdStarts } from './cold.js';

const MIN = 60_000;
const DAY = 1440 * MIN;
const ZONE = 'Europe/London';

/** A deterministic pseudo-random sequence, so every run measures the same input. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const twoWindowsAndSaturday: WeeklyAvailability = {
  monday: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  tuesday: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  wednesday: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  thursday: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  friday: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  saturday: [{ start: '10:00', end: '14:00' }],
};
const nineToFive: WeeklyAvailability = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [
    d,
    [{ start: '09:00', end: '17:00' }],
  ]),
);

/** `count` bookings of 15-60 minutes on the quarter hour, between 08:00 and 18:00 UTC of the span. */
function bookings(from: string, days: number, count: number, seed = 7): BusyInterval[] {
  const next = random(seed);
  const start = Date.parse(from);
  return Array.from({ length: count }, () => {
    const day = Math.floor(next() * days);
    const at = start + day * DAY + (8 * 60 + Math.floor(next() * 40) * 15) * MIN;
    const length = (1 + Math.floor(next() * 4)) * 15 * MIN;
    return {
      start: new Date(at).toISOString(),
      end: new Date(at + length).toISOString(),
      kind: 'booking' as const,
      bufferAfterMinutes: next() < 0.5 ? 0 : 10,
    };
  }).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

function scenario(
  weekly: WeeklyAvailability,
  from: string,
  days: number,
  duration: number,
  step: number,
  count: number,
): SlotQuery {
  return {
    timeZone: ZONE,
    weekly,
    busy: bookings(from, days, count),
    policy: { durationMinutes: duration, stepMinutes: step },
    from,
    to: new Date(Date.parse(from) + days * DAY).toISOString(),
    now: '2025-12-01T00:00:00Z',
  };
}

const scenarios: [string, SlotQuery][] = [
  [
    'week: Mon-Fri 09-17, 30 min, 20 bookings',
    scenario(nineToFive, '2026-06-01T00:00:00Z', 7, 30, 30, 20),
  ],
  [
    'quarter: 2 windows + Sat, 60/15 min, 1,000 bookings, DST',
    scenario(twoWindowsAndSaturday, '2026-02-01T00:00:00Z', 90, 60, 15, 1000),
  ],
  [
    'year: same, 15/5 min, 5,000 bookings, both DST',
    scenario(twoWindowsAndSaturday, '2026-01-01T00:00:00Z', 365, 15, 5, 5000),
  ],
  [
    'year, few bookings (output-bound): 20 bookings',
    scenario(twoWindowsAndSaturday, '2026-01-01T00:00:00Z', 365, 15, 5, 20),
  ],
];

function median(fn: () => unknown, minRuns: number, budgetMs: number): number {
  const times: number[] = [];
  const started = performance.now();
  while (
    times.length < minRuns ||
    (performance.now() - started < budgetMs && times.length < 1000)
  ) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The same schedule in slot-calculator's terms (its step is always the duration). */
function slotCalculatorInput(q: SlotQuery) {
  const days = {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  } as const;
  return {
    from: q.from,
    to: q.to,
    duration: q.policy.durationMinutes,
    outputTimezone: ZONE,
    availability: Object.entries(q.weekly).flatMap(([day, windows]) =>
      (windows ?? []).map((w) => ({
        day: days[day as keyof typeof days],
        from: w.start,
        to: w.end,
        timezone: ZONE,
      })),
    ),
    unavailability: (q.busy ?? []).map((b) => ({ from: b.start, to: b.end })),
  };
}

const fmt = (ms: number) =>
  ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const targets: Record<number, string> = {
  0: 'target < 0.2 ms',
  2: 'target < 5 ms, >= 100x slot-calculator',
};

console.log(`Slot engine benchmark · Node ${process.version} · median time per call\n`);
const rows: string[][] = [
  [
    'scenario',
    'slots',
    'first',
    'engine',
    'slot-calculator',
    'ratio',
    'brute force',
    'ratio',
    'goal',
  ],
];
const results: number[] = [];
for (const [i, [name, q]] of scenarios.entries()) {
  const firstStart = performance.now();
  const slots = computeSlots(q);
  const first = performance.now() - firstStart;
  const engine = median(() => computeSlots(q), 20, 1500);
  results.push(engine);
  const calcRuns = i === 0 ? 20 : 3;
  const calculator = median(() => getSlots(slotCalculatorInput(q)), calcRuns, 0);
  let brute = NaN;
  if (i < 3) {
    const t = performance.now();
    bruteForceStarts(q);
    brute = performance.now() - t;
  }
  rows.push([
    name,
    String(slots.length),
    fmt(first),
    fmt(engine),
    fmt(calculator),
    `${(calculator / engine).toFixed(0)}x`,
    Number.isNaN(brute) ? '—' : fmt(brute),
    Number.isNaN(brute) ? '—' : `${(brute / engine).toFixed(0)}x`,
    targets[i] ?? '',
  ]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows)
  console.log(
    row
      .map((cell, c) => (c === 0 || c === 8 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  '),
  );

console.log(
  '\nScaling (doubling should at most double the time; up to x2.20 is read as linear, within timing noise):',
);
const half = scenario(twoWindowsAndSaturday, '2026-01-01T00:00:00Z', 182, 15, 5, 5000);
const halfBookings = scenario(twoWindowsAndSaturday, '2026-01-01T00:00:00Z', 365, 15, 5, 2500);
const yearTime = results[2]!;
for (const [label, base] of [
  ['days 182 -> 365 (5,000 bookings)', half],
  ['bookings 2,500 -> 5,000 (365 days)', halfBookings],
] as const) {
  computeSlots(base);
  const t = median(() => computeSlots(base), 20, 1500);
  const ratio = yearTime / t;
  console.log(
    `  ${label.padEnd(36)} ${fmt(t)} -> ${fmt(yearTime)}  x${ratio.toFixed(2)}  ${ratio <= 2.2 ? 'ok' : 'MORE THAN DOUBLE'}`,
  );
}
console.log(
  '\nslot-calculator steps by the duration only, so it computes fewer slots on 15/5-minute grids.',
);
console.log(
  '"first" is the first call of each scenario in this process (the week is the process\'s first).',
);

const month = busyMonth();
computeSlots(month);
await printColdStarts(median(() => computeSlots(month), 50, 1500));
