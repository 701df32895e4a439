// The first computeSlots call of a process is what a visitor's browser pays, and reading a zone's
// offsets was most of it. Where the runtime has Temporal the offsets come from it, without
// starting Intl's date formatting (whose first use builds the engine's locale tables, tens of
// milliseconds); elsewhere Intl is probed only around the days a query touches.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeSlots, groupSlotsByDay, type SlotQuery } from '@booking/core';

const weekday = [
  { start: '09:00', end: '12:30' },
  { start: '13:30', end: '18:00' },
];
/** A month across Lisbon's spring-forward night, with bookings, a horizon and a day cap. */
const month: SlotQuery = {
  timeZone: 'Europe/Lisbon',
  weekly: {
    monday: weekday,
    tuesday: weekday,
    wednesday: weekday,
    thursday: weekday,
    friday: weekday,
  },
  overrides: [{ date: '2026-04-03', windows: [] }],
  busy: [
    {
      start: '2026-03-17T10:00:00Z',
      end: '2026-03-17T11:00:00Z',
      kind: 'booking',
      bufferAfterMinutes: 10,
    },
    { start: '2026-04-08T14:00:00Z', end: '2026-04-08T15:30:00Z', kind: 'external' },
  ],
  policy: {
    durationMinutes: 30,
    stepMinutes: 15,
    minimumNoticeMinutes: 180,
    horizonDays: 60,
    maxPerDay: 8,
  },
  from: '2026-03-16T00:00:00Z',
  to: '2026-04-15T00:00:00Z',
  now: '2026-03-16T08:00:00Z',
};

/** Counts Intl.DateTimeFormat constructions and format calls while `fn` runs. */
function countIntl(fn: () => void): { constructed: number; formatted: number } {
  const counts = { constructed: 0, formatted: 0 };
  const Original = Intl.DateTimeFormat;
  const format = Object.getOwnPropertyDescriptor(Original.prototype, 'format')!;
  const Counting = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      counts.constructed++;
      return new target(...args);
    },
  });
  Object.defineProperty(Original.prototype, 'format', {
    ...format,
    get(this: Intl.DateTimeFormat) {
      counts.formatted++;
      return format.get!.call(this) as unknown;
    },
  });
  Intl.DateTimeFormat = Counting;
  try {
    fn();
  } finally {
    Intl.DateTimeFormat = Original;
    Object.defineProperty(Original.prototype, 'format', format);
  }
  return counts;
}

describe('the first call for a zone', () => {
  it('reads offsets only around the days of a month query', () => {
    let slots: ReturnType<typeof computeSlots> = [];
    const counts = countIntl(() => {
      slots = computeSlots(month);
      groupSlotsByDay(slots, 'Europe/Lisbon');
    });
    assert.equal(slots.length, 609);
    if ('Temporal' in globalThis) {
      assert.deepEqual(counts, { constructed: 0, formatted: 0 });
    } else {
      // 12-hourly probes over the month, the day of the horizon and bisection of one transition;
      // probing the year around them would be over 700 readings.
      assert.equal(counts.constructed, 1);
      assert.ok(counts.formatted <= 150, `${counts.formatted} Intl readings for one month`);
    }
  });
});
