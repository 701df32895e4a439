// docs/design.md (Time), rule by rule. Instants are written in UTC and compared as strings of the
// same form (the engine's output is canonical UTC), zones are always named, "now" is pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BookingInputError,
  computeSlots,
  isBookable,
  groupSlotsByDay,
  nearestAlternatives,
  nextAvailableDay,
  type SlotQuery,
} from '@booking/core';

const NOW = '2026-01-01T00:00:00Z';
const query = (q: Partial<SlotQuery> & Pick<SlotQuery, 'weekly' | 'from' | 'to'>): SlotQuery => ({
  timeZone: 'UTC',
  policy: { durationMinutes: 60 },
  now: NOW,
  ...q,
});
const starts = (q: SlotQuery) => computeSlots(q).map((s) => s.start);
const hm = (q: SlotQuery, date: string) =>
  starts(q).map((s) => (s.startsWith(date) ? s.slice(11, 16) : s));
// 2026-03-02 is a Monday.
const MON = { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' };

describe('windows', () => {
  it('cuts sessions that fit whole inside a window, stepping from its start', () => {
    const q = query({
      ...MON,
      weekly: { monday: [{ start: '09:00', end: '11:30' }] },
      policy: { durationMinutes: 60, stepMinutes: 30 },
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['09:00', '09:30', '10:00', '10:30']);
    assert.deepEqual(computeSlots(q)[0], {
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-02T10:00:00Z',
    });
  });

  it('defaults the step to the duration', () => {
    const q = query({
      ...MON,
      weekly: { monday: [{ start: '09:00', end: '12:00' }] },
      policy: { durationMinutes: 45 },
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['09:00', '09:45', '10:30', '11:15']);
  });

  it('allows 24:00 as an end and reads 23:59 as 23:59', () => {
    const to24 = query({ ...MON, weekly: { monday: [{ start: '23:00', end: '24:00' }] } });
    assert.deepEqual(hm(to24, '2026-03-02'), ['23:00']);
    const to2359 = query({ ...MON, weekly: { monday: [{ start: '23:00', end: '23:59' }] } });
    assert.deepEqual(starts(to2359), []);
  });

  it('runs a window whose end is before its start past midnight', () => {
    const q = query({
      from: '2026-03-02T00:00:00Z',
      to: '2026-03-04T00:00:00Z',
      weekly: { monday: [{ start: '22:00', end: '02:00' }] },
    });
    assert.deepEqual(starts(q), [
      '2026-03-02T22:00:00Z',
      '2026-03-02T23:00:00Z',
      '2026-03-03T00:00:00Z',
      '2026-03-03T01:00:00Z',
    ]);
  });

  it('merges touching windows, also across midnight, so a long session fits the seam', () => {
    const q = query({
      from: '2026-03-02T00:00:00Z',
      to: '2026-03-04T00:00:00Z',
      weekly: {
        monday: [{ start: '23:00', end: '24:00' }],
        tuesday: [{ start: '00:00', end: '00:30' }],
      },
      policy: { durationMinutes: 90 },
    });
    assert.deepEqual(computeSlots(q), [
      { start: '2026-03-02T23:00:00Z', end: '2026-03-03T00:30:00Z' },
    ]);
    const sameDay = query({
      ...MON,
      weekly: {
        monday: [
          { start: '09:00', end: '10:00' },
          { start: '10:00', end: '11:00' },
          { start: '10:30', end: '12:00' },
        ],
      },
      policy: { durationMinutes: 180 },
    });
    assert.deepEqual(hm(sameDay, '2026-03-02'), ['09:00']);
  });

  it('anchors the grid per local date: around-the-clock availability restarts at midnight', () => {
    const all = [{ start: '00:00', end: '24:00' }];
    const q = query({
      from: '2026-03-02T21:00:00Z',
      to: '2026-03-03T01:00:00Z',
      weekly: { monday: all, tuesday: all },
      policy: { durationMinutes: 60, stepMinutes: 45 },
    });
    // 21:00, 21:45, 22:30, 23:15 on Monday's grid; Tuesday's grid starts again at 00:00. The
    // 23:15 session runs across the seam into Tuesday's window.
    assert.deepEqual(starts(q), [
      '2026-03-02T21:00:00Z',
      '2026-03-02T21:45:00Z',
      '2026-03-02T22:30:00Z',
      '2026-03-02T23:15:00Z',
      '2026-03-03T00:00:00Z',
      '2026-03-03T00:45:00Z',
    ]);
  });

  it('unites the grids of two dates that overlap after midnight', () => {
    const q = query({
      from: '2026-03-03T00:00:00Z',
      to: '2026-03-03T03:00:00Z',
      weekly: {
        monday: [{ start: '22:00', end: '03:00' }],
        tuesday: [{ start: '00:30', end: '03:00' }],
      },
      policy: { durationMinutes: 60 },
    });
    // Monday's grid: 00:00, 01:00 (the 02:00 session ends at 03:00 and fits). Tuesday's: 00:30, 01:30.
    assert.deepEqual(starts(q), [
      '2026-03-03T00:00:00Z',
      '2026-03-03T00:30:00Z',
      '2026-03-03T01:00:00Z',
      '2026-03-03T01:30:00Z',
      '2026-03-03T02:00:00Z',
    ]);
  });
});

describe('overrides', () => {
  const weekly = {
    monday: [{ start: '09:00', end: '12:00' }],
    sunday: [{ start: '22:00', end: '02:00' }],
  };
  it('replace the weekly windows of their date', () => {
    const q = query({
      ...MON,
      weekly,
      overrides: [{ date: '2026-03-02', windows: [{ start: '14:00', end: '16:00' }] }],
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['14:00', '15:00']);
  });

  it('close a date when they have no windows, including the night before’s spill-over', () => {
    const q = query({
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-03T00:00:00Z',
      weekly,
      overrides: [{ date: '2026-03-02', windows: [] }],
    });
    assert.deepEqual(starts(q), ['2026-03-01T22:00:00Z', '2026-03-01T23:00:00Z']);
    const open = query({ from: '2026-03-01T00:00:00Z', to: '2026-03-03T00:00:00Z', weekly });
    assert.deepEqual(starts(open), [
      '2026-03-01T22:00:00Z',
      '2026-03-01T23:00:00Z',
      '2026-03-02T00:00:00Z',
      '2026-03-02T01:00:00Z',
      '2026-03-02T09:00:00Z',
      '2026-03-02T10:00:00Z',
      '2026-03-02T11:00:00Z',
    ]);
  });
});

describe('busy time and buffers', () => {
  const weekly = { monday: [{ start: '08:00', end: '14:00' }] };
  it('does not restart the grid after a busy block', () => {
    const q = query({
      ...MON,
      weekly: { monday: [{ start: '09:00', end: '12:00' }] },
      policy: { durationMinutes: 60, stepMinutes: 30 },
      busy: [{ start: '2026-03-02T09:10:00Z', end: '2026-03-02T09:50:00Z', kind: 'external' }],
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['10:00', '10:30', '11:00']);
  });

  it('keeps the new session’s buffers and the booking’s own buffers apart', () => {
    const q = query({
      ...MON,
      weekly,
      policy: {
        durationMinutes: 60,
        stepMinutes: 15,
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 15,
      },
      busy: [
        {
          start: '2026-03-02T10:00:00Z',
          end: '2026-03-02T11:00:00Z',
          kind: 'booking',
          bufferAfterMinutes: 30,
        },
      ],
    });
    // Blocked iff s - 15 < 11:30 and 10:00 < s + 60 + 15: starts from 08:45 exclusive to 11:45.
    assert.deepEqual(hm(q, '2026-03-02'), [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '11:45',
      '12:00',
      '12:15',
      '12:30',
      '12:45',
      '13:00',
    ]);
  });

  it('lets buffers reach outside the windows', () => {
    const q = query({
      ...MON,
      weekly: { monday: [{ start: '09:00', end: '10:00' }] },
      policy: { durationMinutes: 60, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 },
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['09:00']);
  });

  it('keeps the buffers a busy interval carries, whatever its kind (external by default)', () => {
    const block = { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' };
    const plain = query({ ...MON, weekly, busy: [block] });
    assert.deepEqual(hm(plain, '2026-03-02'), ['08:00', '09:00', '11:00', '12:00', '13:00']);
    const padded = query({
      ...MON,
      weekly,
      busy: [{ ...block, kind: 'external', bufferBeforeMinutes: 60 }],
    });
    assert.deepEqual(hm(padded, '2026-03-02'), ['08:00', '11:00', '12:00', '13:00']);
  });

  it('reads null as absent, so database rows need no cleaning', () => {
    const q = query({
      ...MON,
      weekly: { ...weekly, tuesday: null },
      overrides: null,
      busy: [{ ...{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }, kind: null }],
      policy: {
        durationMinutes: 60,
        stepMinutes: null,
        bufferBeforeMinutes: null,
        minimumNoticeMinutes: null,
        horizonDays: null,
        maxPerDay: null,
      },
    });
    assert.deepEqual(hm(q, '2026-03-02'), ['08:00', '09:00', '11:00', '12:00', '13:00']);
  });
});

describe('policy', () => {
  const weekly = {
    monday: [{ start: '09:00', end: '13:00' }],
    tuesday: [{ start: '09:00', end: '13:00' }],
  };
  const TWO_DAYS = { from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' };

  it('starts at or after now + notice, and strictly after now', () => {
    const notice = query({
      ...MON,
      weekly,
      now: '2026-03-02T08:30:00Z',
      policy: { durationMinutes: 60, minimumNoticeMinutes: 90 },
    });
    assert.deepEqual(hm(notice, '2026-03-02'), ['10:00', '11:00', '12:00']);
    const atStart = query({ ...MON, weekly, now: '2026-03-02T10:00:00Z' });
    assert.deepEqual(hm(atStart, '2026-03-02'), ['11:00', '12:00']);
  });

  it('ends the horizon with the provider’s local day N days ahead', () => {
    const q = query({
      ...TWO_DAYS,
      timeZone: 'Asia/Tokyo',
      weekly,
      now: '2026-03-01T16:00:00Z',
      policy: { durationMinutes: 60, horizonDays: 0 },
    });
    // now is 01:00 on Monday in Tokyo: today only means Monday's Tokyo slots (00:00-04:00Z).
    assert.deepEqual(starts(q), [
      '2026-03-02T00:00:00Z',
      '2026-03-02T01:00:00Z',
      '2026-03-02T02:00:00Z',
      '2026-03-02T03:00:00Z',
    ]);
  });

  it('caps bookings per provider-local date; external time does not count', () => {
    const busy = [
      { start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z', kind: 'booking' as const },
      { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', kind: 'booking' as const },
      { start: '2026-03-03T09:00:00Z', end: '2026-03-03T10:00:00Z', kind: 'booking' as const },
      { start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z', kind: 'external' as const },
    ];
    const q = query({ ...TWO_DAYS, weekly, busy, policy: { durationMinutes: 60, maxPerDay: 2 } });
    assert.deepEqual(starts(q), ['2026-03-03T11:00:00Z', '2026-03-03T12:00:00Z']);
    const full = isBookable(q, '2026-03-02T11:00:00Z');
    assert.equal(full.ok ? 'ok' : full.code, 'day_full');
  });

  it('counts the cap on the provider’s date, not UTC’s', () => {
    // 23:30 in Auckland on Monday is 10:30Z on Monday; 00:30 on Tuesday in Auckland is 11:30Z on Monday.
    const q = query({
      timeZone: 'Pacific/Auckland',
      from: '2026-03-02T11:00:00Z',
      to: '2026-03-02T13:00:00Z',
      weekly: { tuesday: [{ start: '00:00', end: '03:00' }] },
      busy: [{ start: '2026-03-02T10:30:00Z', end: '2026-03-02T10:45:00Z', kind: 'booking' }],
      policy: { durationMinutes: 60, maxPerDay: 1 },
    });
    assert.deepEqual(starts(q), ['2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z']);
  });

  it('bounds starts by [from, to); sessions may end after to', () => {
    const q = query({
      from: '2026-03-02T10:00:00Z',
      to: '2026-03-02T12:00:00Z',
      weekly,
      policy: { durationMinutes: 120, stepMinutes: 60 },
    });
    assert.deepEqual(computeSlots(q), [
      { start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z' },
      { start: '2026-03-02T11:00:00Z', end: '2026-03-02T13:00:00Z' },
    ]);
    assert.deepEqual(starts({ ...q, to: q.from }), []);
  });
});

describe('isBookable', () => {
  const q = query({
    ...MON,
    weekly: { monday: [{ start: '09:00', end: '12:00' }] },
    now: '2026-03-02T08:00:00Z',
    busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', kind: 'booking' }],
    policy: { durationMinutes: 60, minimumNoticeMinutes: 90, horizonDays: 0 },
  });
  const reason = (start: string, duration?: number) => {
    const r = isBookable(q, start, duration);
    return r.ok ? 'ok' : r.code;
  };
  it('answers each reason', () => {
    assert.equal(reason('2026-03-02T11:00:00Z'), 'ok');
    assert.equal(reason('2026-03-02T09:00:00Z'), 'too_soon');
    assert.equal(reason('2026-03-02T10:00:00Z'), 'conflict');
    assert.equal(reason('2026-03-02T11:30:00Z'), 'not_on_grid');
    assert.equal(reason('2026-03-02T13:00:00Z'), 'outside_availability');
    assert.equal(reason('2026-03-02T11:00:00Z', 120), 'outside_availability');
    assert.equal(reason('2026-03-09T09:00:00Z'), 'beyond_horizon');
  });
  it('answers with the booked instants and a message for people', () => {
    assert.deepEqual(isBookable(q, '2026-03-02T12:00:00+01:00'), {
      ok: true,
      start: '2026-03-02T11:00:00Z',
      end: '2026-03-02T12:00:00Z',
    });
    const refused = isBookable(q, '2026-03-02T09:00:00Z');
    assert.ok(!refused.ok && /90 minutes’ notice/.test(refused.message));
  });
});

describe('search', () => {
  const q = query({
    from: '2026-03-02T00:00:00Z',
    to: '2026-03-03T00:00:00Z',
    weekly: {
      monday: [{ start: '09:00', end: '12:00' }],
      thursday: [{ start: '15:00', end: '16:00' }],
    },
  });
  it('finds the next available day for the empty state, in the viewer’s zone', () => {
    assert.deepEqual(
      nextAvailableDay({ ...q, from: '2026-03-03T00:00:00Z' }, { viewerZone: 'Pacific/Auckland' }),
      { date: '2026-03-06', slot: { start: '2026-03-05T15:00:00Z', end: '2026-03-05T16:00:00Z' } },
    );
    assert.equal(nextAvailableDay({ ...q, from: '2026-03-03T00:00:00Z', weekly: {} }), null);
  });
  it('offers the nearest alternatives to a taken start, in time order', () => {
    const taken = {
      ...q,
      busy: [
        { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', kind: 'booking' as const },
      ],
    };
    assert.deepEqual(
      nearestAlternatives(taken, '2026-03-02T10:00:00Z', { count: 3 }).map((s) => s.start),
      ['2026-03-02T09:00:00Z', '2026-03-02T11:00:00Z', '2026-03-05T15:00:00Z'],
    );
  });
});

describe('grouping by the viewer’s day', () => {
  it('lists a provider’s late evening under the next day in Tokyo', () => {
    const q = query({
      timeZone: 'Europe/London',
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-02T00:00:00Z',
      weekly: { monday: [{ start: '22:30', end: '23:30' }] },
    });
    const days = groupSlotsByDay(computeSlots(q), 'Asia/Tokyo');
    assert.deepEqual(days, [
      {
        date: '2026-06-02',
        slots: [
          {
            start: '2026-06-01T21:30:00Z',
            end: '2026-06-01T22:30:00Z',
            localTime: '06:30',
            offset: '+09:00',
          },
        ],
      },
    ]);
  });
});

describe('malformed input', () => {
  const base = query({ ...MON, weekly: { monday: [{ start: '09:00', end: '12:00' }] } });
  const refuses = (q: unknown, code: string, pattern: RegExp) =>
    assert.throws(
      () => computeSlots(q as SlotQuery),
      (e: unknown) => e instanceof BookingInputError && e.code === code && pattern.test(e.message),
    );
  it('says what to fix', () => {
    refuses(
      { ...base, timeZone: 'Europe/Londn' },
      'invalid_time_zone',
      /timeZone: "Europe\/Londn" is not a known IANA time zone/,
    );
    refuses(
      { ...base, weekly: { monday: [{ start: '25:00', end: '26:00' }] } },
      'invalid_wall_time',
      /weekly\.monday\[0\]\.start: "25:00" is not a wall time/,
    );
    refuses(
      { ...base, weekly: { monday: [{ start: '09:00', end: '09:00' }] } },
      'invalid_window',
      /holds no time/,
    );
    refuses(
      { ...base, weekly: { monday: [{ start: '24:00', end: '02:00' }] } },
      'invalid_window',
      /Start it at "00:00"/,
    );
    refuses({ ...base, weekly: { mon: [] } }, 'invalid_input', /"mon" is not a weekday/);
    refuses(
      { ...base, policy: { durationMinutes: -30 } },
      'invalid_policy',
      /durationMinutes is -30/,
    );
    refuses(
      { ...base, policy: { durationMinutes: 30, stepMinutes: 0 } },
      'invalid_policy',
      /stepMinutes is 0; it must be a whole number of minutes, at least 1/,
    );
    refuses(
      { ...base, from: base.to, to: base.from },
      'invalid_range',
      /from must not be after to/,
    );
    refuses({ ...base, to: '2036-01-01T00:00:00Z' }, 'invalid_range', /at most 1830 days/);
    refuses(
      { ...base, now: '2026-03-02 10:00' },
      'invalid_instant',
      /now: "2026-03-02 10:00" is not an ISO-8601 instant/,
    );
    refuses(
      {
        ...base,
        busy: [{ start: '2026-03-02T11:00:00Z', end: '2026-03-02T10:00:00Z', kind: 'booking' }],
      },
      'invalid_interval',
      /busy\[0\]\.end: end must be after start/,
    );
    refuses(
      {
        ...base,
        busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', kind: 'holiday' }],
      } as never,
      'invalid_interval',
      /kind is "holiday"; say "booking"/,
    );
    refuses(
      {
        ...base,
        overrides: [
          { date: '2026-03-02', windows: [] },
          { date: '2026-03-02', windows: [] },
        ],
      },
      'duplicate_override',
      /two overrides for 2026-03-02/,
    );
    refuses(
      { ...base, overrides: [{ date: '2026-02-30', windows: [] }] },
      'invalid_local_date',
      /overrides\[0\]\.date/,
    );
  });
});
