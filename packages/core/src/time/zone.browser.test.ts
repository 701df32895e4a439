// Chromium has Temporal, and core reads zone offsets from it there: a visitor's first call then
// starts no Intl date formatter (the first one of a page costs tens of milliseconds). These check
// that, and that Temporal's answers equal Intl's for every zone: which ids are valid, the offsets,
// and the instants of transitions to the millisecond.
import { expect } from '@open-wc/testing';
import { computeSlots, fromLocal, groupSlotsByDay, isValidTimeZone, toLocal } from '@booking/core';

interface Zoned {
  epochMilliseconds: number;
  getTimeZoneTransition(direction: 'next'): Zoned | null;
}
const temporal = (globalThis as { Temporal?: unknown }).Temporal as
  | { Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(id: string): Zoned } } }
  | undefined;

/** Whether this runtime's Intl accepts `zone`, asked directly. */
function intlValid(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0);
    return true;
  } catch {
    return false;
  }
}

/** Offset in minutes that Intl shows for an instant, from a longOffset formatter ("GMT-03:30"). */
function intlOffset(format: Intl.DateTimeFormat, ms: number): number {
  const text = format.format(ms);
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`Unexpected offset text ${text}`);
  if (!match[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones read through Temporal', function () {
  before(function () {
    if (!temporal) this.skip();
  });

  it('computes a month of slots and local times without an Intl date formatter', () => {
    const Original = Intl.DateTimeFormat;
    let constructed = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        constructed++;
        return new target(...args);
      },
    });
    try {
      const weekday = [{ start: '09:00', end: '17:00' }];
      const slots = computeSlots({
        timeZone: 'Europe/Lisbon',
        weekly: { monday: weekday, wednesday: weekday, friday: weekday },
        overrides: [{ date: '2026-04-03', windows: [] }],
        busy: [{ start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z', kind: 'booking' }],
        policy: { durationMinutes: 60, horizonDays: 60, maxPerDay: 6 },
        from: '2026-03-16T00:00:00Z',
        to: '2026-04-15T00:00:00Z',
        now: '2026-03-16T08:00:00Z',
      });
      expect(slots.length).to.equal(95);
      // Lisbon moves from +00:00 to +01:00 on 29 March: 09:00 is 09:00Z before, 08:00Z after.
      expect(slots[0]!.start).to.equal('2026-03-16T09:00:00Z');
      expect(slots.at(-1)!.start).to.equal('2026-04-13T15:00:00Z');
      const days = groupSlotsByDay(slots, 'Asia/Kolkata');
      expect(days[0]!.slots[0]!.localTime).to.equal('14:30');
      expect(toLocal('2026-03-08T07:30:00Z', 'America/New_York').time).to.equal('03:30');
      expect(fromLocal('2026-04-05', '01:45', 'Australia/Lord_Howe')).to.equal(
        '2026-04-04T14:45:00Z',
      );
      expect(isValidTimeZone('Pacific/Chatham')).to.equal(true);
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(constructed).to.equal(0);
  });

  it('accepts and refuses exactly the zone ids Intl does', () => {
    const ids = [
      ...Intl.supportedValuesOf('timeZone'),
      ...['Asia/Calcutta', 'US/Eastern', 'US/Pacific', 'Europe/Kiev', 'America/Buenos_Aires', 'GB'],
      ...['Etc/GMT+5', 'Etc/GMT-14', 'EST5EDT', 'EST', 'GMT', 'UTC', 'Etc/UTC', 'Zulu', 'Factory'],
      ...['europe/london', 'AMERICA/NEW_YORK', 'utc', '+01:00', '-05:30', '+0530', '+01'],
      ...['', 'Z', 'T10Z', 'Mars/Olympus', 'America/New York', 'Europe/London ', 'local'],
      ...['2026-01-01T00:00[Europe/London]', '2026-01-01T00:00Z', 'Europe/London[u-ca=iso8601]'],
    ];
    const disagreements = ids.filter((id) => isValidTimeZone(id) !== intlValid(id));
    expect(disagreements).to.deep.equal([]);
  });

  // One test per area (Africa, America, …), so each stays well inside the test timeout.
  const areas = new Map<string, string[]>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const area = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'other';
    areas.set(area, [...(areas.get(area) ?? []), zone]);
  }
  for (const [area, zones] of areas) {
    it(`reads the offsets and transitions of ${area} zones as Intl does, 1990-2040`, () => {
      const from = Date.UTC(1990, 0, 1);
      const to = Date.UTC(2040, 0, 1);
      const wrong: string[] = [];
      for (const zone of zones) {
        const format = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          timeZoneName: 'longOffset',
        });
        const check = (ms: number) => {
          const expected = intlOffset(format, ms);
          const got = toLocal(iso(ms), zone).offsetMinutes;
          if (got !== expected) wrong.push(`${zone} ${iso(ms)}: ${got} instead of ${expected}`);
        };
        // Each transition Temporal lists, to the millisecond, and the offsets between them.
        let zoned: Zoned | null =
          temporal!.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone);
        while (zoned && zoned.epochMilliseconds < to && wrong.length < 20) {
          check(zoned.epochMilliseconds - 1);
          check(zoned.epochMilliseconds);
          zoned = zoned.getTimeZoneTransition('next');
        }
        // Samples 17 days and 7 hours apart catch a change Intl knows and Temporal would not.
        for (let ms = from; ms < to && wrong.length < 20; ms += 17 * 86_400_000 + 25_200_000)
          check(ms);
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
