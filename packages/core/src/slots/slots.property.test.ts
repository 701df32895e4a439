// Property-based: random zones (every zone of the runtime, with DST-heavy ones more often), random
// schedules, busy time and policies, dates near DST changes. The engine must equal the brute-force
// reference in test/, and isBookable must agree with the listing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  computeSlots,
  groupSlotsByDay,
  isBookable,
  type SlotQuery,
  type TimeWindow,
} from '@booking/core';
import { WEEKDAYS } from '@booking/core/schemas';
import { bruteForceStarts, gridStarts } from '../../test/brute-force.js';

const MIN = 60_000;
const iso = (minute: number) => new Date(minute * MIN).toISOString().replace('.000Z', 'Z');
const tricky = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Beirut',
  'America/Havana',
  'Pacific/Apia',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Africa/Casablanca',
  'Asia/Tehran',
  'Europe/Dublin',
  'Antarctica/Troll',
];
const zone = fc.oneof(
  fc.constantFrom(...tricky),
  fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
);

const wall = fc.integer({ min: 0, max: 96 }).map((q) => q * 15);
const fmt = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const window: fc.Arbitrary<TimeWindow> = fc
  .tuple(
    wall.filter((m) => m < 1440),
    wall,
  )
  .filter(([s, e]) => s !== e)
  .map(([s, e]) => ({ start: fmt(s), end: fmt(e === 0 ? 1440 : e) }))
  .filter((w) => w.start !== w.end);
const windows = fc.array(window, { maxLength: 3 });

// Around the usual DST months half of the time, anywhere in 1995-2035 otherwise.
const baseDay = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1995, max: 2035 }),
      fc.constantFrom(2, 3, 4, 9, 10, 11),
      fc.integer({ min: 0, max: 30 }),
    )
    .map(([y, m, d]) => Date.UTC(y, m, 1) / MIN / 1440 + d - 7),
  fc.integer({ min: Date.UTC(1995, 0, 1) / MIN / 1440, max: Date.UTC(2035, 11, 31) / MIN / 1440 }),
);

const query: fc.Arbitrary<SlotQuery> = fc
  .record({
    timeZone: zone,
    day: baseDay,
    weekly: fc.record(Object.fromEntries(WEEKDAYS.map((day) => [day, windows])), {
      requiredKeys: [],
    }),
    overrideOffsets: fc.uniqueArray(fc.integer({ min: -1, max: 3 }), { maxLength: 2 }),
    overrideWindows: fc.array(windows, { minLength: 2, maxLength: 2 }),
    fromOffset: fc.oneof(
      fc.integer({ min: -720, max: 1440 }),
      fc.integer({ min: -48, max: 96 }).map((q) => q * 15),
    ),
    span: fc.integer({ min: 0, max: 3 * 1440 }),
    // On the quarter hour half of the time, so notice boundaries meet grid starts exactly.
    nowOffset: fc.oneof(
      fc.integer({ min: -3 * 1440, max: 2 * 1440 }),
      fc.integer({ min: -3 * 96, max: 2 * 96 }).map((q) => q * 15),
    ),
    busy: fc.array(
      fc.record({
        at: fc.integer({ min: -1440, max: 4 * 1440 }),
        length: fc.integer({ min: 1, max: 240 }),
        booking: fc.boolean(),
        before: fc.constantFrom(0, 0, 10, 30),
        after: fc.constantFrom(0, 0, 15, 45),
      }),
      { maxLength: 6 },
    ),
    duration: fc.constantFrom(15, 30, 45, 60, 90, 120),
    step: fc.constantFrom(undefined, 5, 10, 15, 20, 30, 60),
    bufferBefore: fc.constantFrom(undefined, 0, 5, 15, 30),
    bufferAfter: fc.constantFrom(undefined, 0, 10, 15),
    notice: fc.constantFrom(undefined, 0, 30, 240, 1440),
    horizonDays: fc.constantFrom(undefined, undefined, 0, 1, 3),
    maxPerDay: fc.constantFrom(undefined, undefined, 1, 2),
  })
  .map((r) => {
    const dayMinute = r.day * 1440;
    return {
      timeZone: r.timeZone,
      weekly: r.weekly,
      overrides: r.overrideOffsets.map((o, i) => ({
        date: new Date((r.day + o) * 1440 * MIN).toISOString().slice(0, 10),
        windows: r.overrideWindows[i]!,
      })),
      busy: r.busy.map((b) => ({
        start: iso(dayMinute + b.at),
        end: iso(dayMinute + b.at + b.length),
        kind: b.booking ? ('booking' as const) : ('external' as const),
        ...(b.booking ? { bufferBeforeMinutes: b.before, bufferAfterMinutes: b.after } : {}),
      })),
      policy: {
        durationMinutes: r.duration,
        ...(r.step !== undefined && { stepMinutes: r.step }),
        ...(r.bufferBefore !== undefined && { bufferBeforeMinutes: r.bufferBefore }),
        ...(r.bufferAfter !== undefined && { bufferAfterMinutes: r.bufferAfter }),
        ...(r.notice !== undefined && { minimumNoticeMinutes: r.notice }),
        ...(r.horizonDays !== undefined && { horizonDays: r.horizonDays }),
        ...(r.maxPerDay !== undefined && { maxPerDay: r.maxPerDay }),
      },
      from: iso(dayMinute + r.fromOffset),
      to: iso(dayMinute + r.fromOffset + r.span),
      now: iso(dayMinute + r.nowOffset),
    };
  });

const runs = Number(process.env.PROPERTY_RUNS ?? 60);

describe('slot engine properties', () => {
  it('equals the brute-force reference, sorted and unique', () => {
    fc.assert(
      fc.property(query, (q) => {
        const got = computeSlots(q).map((s) => Date.parse(s.start) / MIN);
        assert.deepEqual(got, bruteForceStarts(q));
        for (let i = 1; i < got.length; i++) assert.ok(got[i]! > got[i - 1]!);
      }),
      { numRuns: runs },
    );
  });

  it('lists exactly the grid starts that isBookable accepts', () => {
    fc.assert(
      fc.property(query, (q) => {
        const listed = new Set(computeSlots(q).map((s) => s.start));
        for (const minute of gridStarts(q)) {
          const start = iso(minute);
          assert.equal(isBookable(q, start).ok, listed.has(start), start);
        }
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('shows every viewer the same instants', () => {
    fc.assert(
      fc.property(query, zone, (q, viewer) => {
        const slots = computeSlots(q);
        const seen = groupSlotsByDay(slots, viewer)
          .flatMap((d) => d.slots.map((s) => s.start))
          .sort();
        assert.deepEqual(
          seen,
          slots.map((s) => s.start),
        );
      }),
      { numRuns: runs },
    );
  });
});
