// DST days, computed by hand from the zones' rules and pinned. Instants in UTC; comments give the
// local readings. The machine's own date and zone never matter (see the two-zone runs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeSlots,
  groupSlotsByDay,
  type SlotQuery,
  type WeeklyAvailability,
} from '@booking/core';

const slots = (
  timeZone: string,
  weekly: WeeklyAvailability,
  from: string,
  to: string,
  durationMinutes = 60,
  stepMinutes?: number,
  overrides?: SlotQuery['overrides'],
) =>
  computeSlots({
    timeZone,
    weekly,
    overrides,
    from,
    to,
    now: '2000-01-01T00:00:00Z',
    policy: { durationMinutes, stepMinutes },
  }).map((s) => `${s.start}/${s.end.slice(11, 16)}`);

describe('America/New_York', () => {
  // 2026-03-08 02:00 EST -> 03:00 EDT (07:00Z). 2026-11-01 02:00 EDT -> 01:00 EST (06:00Z).
  const day = (date: string) => [`${date}T00:00:00-05:00`, `${date}T23:00:00-05:00`] as const;
  it('spring forward: a window across the gap holds its elapsed time only', () => {
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): two hours.
    assert.deepEqual(
      slots(
        'America/New_York',
        { sunday: [{ start: '01:00', end: '04:00' }] },
        ...day('2026-03-08'),
        30,
      ),
      [
        '2026-03-08T06:00:00Z/06:30',
        '2026-03-08T06:30:00Z/07:00',
        '2026-03-08T07:00:00Z/07:30',
        '2026-03-08T07:30:00Z/08:00',
      ],
    );
  });
  it('spring forward: a window that starts in the gap starts after it, moved by the gap', () => {
    // 02:30 does not exist: read at EST it is 07:30Z = 03:30 EDT.
    assert.deepEqual(
      slots(
        'America/New_York',
        { sunday: [{ start: '02:30', end: '05:00' }] },
        ...day('2026-03-08'),
        30,
      ),
      ['2026-03-08T07:30:00Z/08:00', '2026-03-08T08:00:00Z/08:30', '2026-03-08T08:30:00Z/09:00'],
    );
  });
  it('spring forward: a window that ends in the gap ends after it', () => {
    // 00:00 EST (05:00Z) to 02:30 read at EST (07:30Z).
    assert.deepEqual(
      slots(
        'America/New_York',
        { sunday: [{ start: '00:00', end: '02:30' }] },
        ...day('2026-03-08'),
        60,
        30,
      ),
      [
        '2026-03-08T05:00:00Z/06:00',
        '2026-03-08T05:30:00Z/06:30',
        '2026-03-08T06:00:00Z/07:00',
        '2026-03-08T06:30:00Z/07:30',
      ],
    );
  });
  it('fall back: hourly slots step in elapsed time, so the repeated hour comes twice', () => {
    const got = computeSlots({
      timeZone: 'America/New_York',
      weekly: { sunday: [{ start: '00:00', end: '04:00' }] },
      from: '2026-11-01T04:00:00Z',
      to: '2026-11-02T00:00:00Z',
      now: '2026-10-01T00:00:00Z',
      policy: { durationMinutes: 60 },
    });
    assert.deepEqual(
      got.map((s) => s.start),
      [
        '2026-11-01T04:00:00Z',
        '2026-11-01T05:00:00Z',
        '2026-11-01T06:00:00Z',
        '2026-11-01T07:00:00Z',
        '2026-11-01T08:00:00Z',
      ],
    );
    const local = groupSlotsByDay(got, 'America/New_York')[0]!.slots.map(
      (s) => `${s.localTime}${s.offset}`,
    );
    assert.deepEqual(local, [
      '00:00-04:00',
      '01:00-04:00',
      '01:00-05:00',
      '02:00-05:00',
      '03:00-05:00',
    ]);
  });
  it('fall back: a window spanning the overlap starts at the earlier reading', () => {
    // 01:30 EDT (05:30Z) to 03:00 EST (08:00Z): two and a half hours.
    assert.equal(
      slots(
        'America/New_York',
        { sunday: [{ start: '01:30', end: '03:00' }] },
        ...day('2026-11-01'),
        30,
      ).length,
      5,
    );
    assert.deepEqual(
      slots(
        'America/New_York',
        { sunday: [{ start: '01:30', end: '03:00' }] },
        ...day('2026-11-01'),
        150,
      ),
      ['2026-11-01T05:30:00Z/08:00'],
    );
  });
});

describe('Europe/London', () => {
  it('2026-03-29: 01:00 GMT -> 02:00 BST; 00:00-03:00 holds two hours', () => {
    assert.deepEqual(
      slots(
        'Europe/London',
        { sunday: [{ start: '00:00', end: '03:00' }] },
        '2026-03-29T00:00:00Z',
        '2026-03-30T00:00:00Z',
      ),
      ['2026-03-29T00:00:00Z/01:00', '2026-03-29T01:00:00Z/02:00'],
    );
  });
  it('2026-10-25: 02:00 BST -> 01:00 GMT; 00:00-03:00 holds four hours', () => {
    assert.deepEqual(
      slots(
        'Europe/London',
        { sunday: [{ start: '00:00', end: '03:00' }] },
        '2026-10-24T22:00:00Z',
        '2026-10-26T00:00:00Z',
      ),
      [
        '2026-10-24T23:00:00Z/00:00',
        '2026-10-25T00:00:00Z/01:00',
        '2026-10-25T01:00:00Z/02:00',
        '2026-10-25T02:00:00Z/03:00',
      ],
    );
  });
});

describe('Australia/Lord_Howe (30-minute DST)', () => {
  it('2026-04-05: 02:00 (+11) -> 01:30 (+10:30); 00:00-03:00 holds three and a half hours', () => {
    // 00:00+11 = 13:00Z on the 4th; 03:00+10:30 = 16:30Z.
    const got = slots(
      'Australia/Lord_Howe',
      { sunday: [{ start: '00:00', end: '03:00' }] },
      '2026-04-04T12:00:00Z',
      '2026-04-05T12:00:00Z',
      30,
    );
    assert.equal(got.length, 7);
    assert.equal(got[0], '2026-04-04T13:00:00Z/13:30');
    assert.equal(got[6], '2026-04-04T16:00:00Z/16:30');
  });
  it('2026-10-04: 02:00 (+10:30) -> 02:30 (+11); a window starting at 02:15 starts at 02:45', () => {
    assert.deepEqual(
      slots(
        'Australia/Lord_Howe',
        { sunday: [{ start: '02:15', end: '03:45' }] },
        '2026-10-03T12:00:00Z',
        '2026-10-04T12:00:00Z',
        30,
      ),
      ['2026-10-03T15:45:00Z/16:15', '2026-10-03T16:15:00Z/16:45'],
    );
  });
});

describe('zones without DST or with odd offsets', () => {
  it('Asia/Kathmandu is +05:45', () => {
    assert.deepEqual(
      slots(
        'Asia/Kathmandu',
        { monday: [{ start: '09:00', end: '10:00' }] },
        '2026-03-01T00:00:00Z',
        '2026-03-03T00:00:00Z',
      ),
      ['2026-03-02T03:15:00Z/04:15'],
    );
  });
  it('Pacific/Apia 2011-12-30 does not exist and has no windows', () => {
    const every = [{ start: '09:00', end: '10:00' }];
    assert.deepEqual(
      slots(
        'Pacific/Apia',
        { thursday: every, friday: every, saturday: every },
        '2011-12-28T00:00:00Z',
        '2012-01-02T00:00:00Z',
      ),
      [
        '2011-12-29T19:00:00Z/20:00', // Thursday 29th at -10
        '2011-12-30T19:00:00Z/20:00', // Saturday 31st at +14
      ],
    );
    assert.deepEqual(
      slots('Pacific/Apia', {}, '2011-12-28T00:00:00Z', '2012-01-02T00:00:00Z', 60, undefined, [
        { date: '2011-12-30', windows: every },
      ]),
      [],
    );
  });
});

describe('DST at midnight: the day starts at 01:00', () => {
  it('America/Santiago 2026-09-06 (00:00 -04 -> 01:00 -03)', () => {
    assert.deepEqual(
      slots(
        'America/Santiago',
        { sunday: [{ start: '00:00', end: '03:00' }] },
        '2026-09-06T00:00:00Z',
        '2026-09-07T00:00:00Z',
      ),
      ['2026-09-06T04:00:00Z/05:00', '2026-09-06T05:00:00Z/06:00'],
    );
  });
  it('America/Santiago 2026-04-04 repeats 23:00 (00:00 -03 -> 23:00 -04)', () => {
    // 22:00-03 = 01:00Z to 24:00 = the 5th's first moment, 00:00-04 = 04:00Z: three hours.
    assert.deepEqual(
      slots(
        'America/Santiago',
        { saturday: [{ start: '22:00', end: '24:00' }] },
        '2026-04-04T00:00:00Z',
        '2026-04-06T00:00:00Z',
      ),
      ['2026-04-05T01:00:00Z/02:00', '2026-04-05T02:00:00Z/03:00', '2026-04-05T03:00:00Z/04:00'],
    );
  });
  it('Asia/Beirut 2026-03-29 (00:00 +02 -> 01:00 +03) and 2026-10-25 (00:00 +03 -> 23:00 +02)', () => {
    assert.deepEqual(
      slots(
        'Asia/Beirut',
        { sunday: [{ start: '00:00', end: '02:00' }] },
        '2026-03-28T00:00:00Z',
        '2026-03-30T00:00:00Z',
      ),
      ['2026-03-28T22:00:00Z/23:00'],
    );
    assert.deepEqual(
      slots(
        'Asia/Beirut',
        { saturday: [{ start: '23:00', end: '24:00' }] },
        '2026-10-24T00:00:00Z',
        '2026-10-26T00:00:00Z',
        30,
      ),
      [
        '2026-10-24T20:00:00Z/20:30',
        '2026-10-24T20:30:00Z/21:00',
        '2026-10-24T21:00:00Z/21:30',
        '2026-10-24T21:30:00Z/22:00',
      ],
    );
  });
  it('America/Havana 2026-03-08 starts at 01:00 and 2026-11-01 repeats 00:00', () => {
    assert.deepEqual(
      slots(
        'America/Havana',
        { sunday: [{ start: '00:00', end: '02:00' }] },
        '2026-03-08T00:00:00Z',
        '2026-03-09T00:00:00Z',
      ),
      ['2026-03-08T05:00:00Z/06:00'],
    );
    // 00:00-02:00 on 1 Nov: 00:00 CDT (04:00Z) to 02:00 CST (07:00Z), three hours.
    assert.deepEqual(
      slots(
        'America/Havana',
        { sunday: [{ start: '00:00', end: '02:00' }] },
        '2026-11-01T00:00:00Z',
        '2026-11-02T00:00:00Z',
      ),
      ['2026-11-01T04:00:00Z/05:00', '2026-11-01T05:00:00Z/06:00', '2026-11-01T06:00:00Z/07:00'],
    );
  });
});

describe('a provider and a viewer whose DST dates differ', () => {
  it('London 09:00 is 04:00, then 05:00, then 04:00 again in New York across March', () => {
    const got = computeSlots({
      timeZone: 'Europe/London',
      weekly: { monday: [{ start: '09:00', end: '10:00' }] },
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      now: '2026-01-01T00:00:00Z',
      policy: { durationMinutes: 60 },
    });
    const local = groupSlotsByDay(got, 'America/New_York').map(
      (d) => `${d.date} ${d.slots[0]!.localTime}`,
    );
    assert.deepEqual(local, [
      '2026-03-02 04:00',
      '2026-03-09 05:00',
      '2026-03-16 05:00',
      '2026-03-23 05:00',
      '2026-03-30 04:00',
    ]);
  });
});
