// The query a visitor's browser computes first: a month of a busy provider. Plain data built from
// numbers and Date's ISO output only, so building it warms nothing that computeSlots uses (no Intl,
// no core code).
import type { BusyInterval, SlotQuery, TimeWindow } from '@booking/core';

const MIN = 60_000;
const DAY = 1440 * MIN;

export const BUSY_MONTH_ZONE = 'Europe/London';

/**
 * Mon-Fri 09:00-12:30 and 13:30-18:00, Saturday mornings, two closed bank holidays and one special
 * Saturday; 80 bookings (15-90 minutes, on the quarter hour, most with buffers) and 8 external busy
 * blocks; 30-minute sessions every 15 minutes with buffers, notice, a horizon and a per-day cap;
 * 30 days across London's spring-forward night (2026-03-29).
 */
export function busyMonth(): SlotQuery {
  let seed = 20260316;
  const next = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const from = Date.UTC(2026, 2, 16);
  const days = 30;
  const busy: BusyInterval[] = [];
  for (let i = 0; i < 88; i++) {
    const day = Math.floor(next() * days);
    const at = from + day * DAY + (8 * 60 + Math.floor(next() * 36) * 15) * MIN;
    const length = (1 + Math.floor(next() * 6)) * 15 * MIN;
    const booking = i < 80;
    busy.push({
      start: new Date(at).toISOString(),
      end: new Date(at + length).toISOString(),
      kind: booking ? 'booking' : 'external',
      ...(booking && next() < 0.7
        ? { bufferBeforeMinutes: next() < 0.5 ? 0 : 5, bufferAfterMinutes: 10 }
        : {}),
    });
  }
  busy.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const weekday: TimeWindow[] = [
    { start: '09:00', end: '12:30' },
    { start: '13:30', end: '18:00' },
  ];
  return {
    timeZone: BUSY_MONTH_ZONE,
    weekly: {
      monday: weekday,
      tuesday: weekday,
      wednesday: weekday,
      thursday: weekday,
      friday: weekday,
      saturday: [{ start: '09:30', end: '13:00' }],
    },
    overrides: [
      { date: '2026-03-28', windows: [{ start: '10:00', end: '16:00' }] },
      { date: '2026-04-03', windows: [] },
      { date: '2026-04-06', windows: [] },
    ],
    busy,
    policy: {
      durationMinutes: 30,
      stepMinutes: 15,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 5,
      minimumNoticeMinutes: 180,
      horizonDays: 60,
      maxPerDay: 9,
    },
    from: new Date(from).toISOString(),
    to: new Date(from + days * DAY).toISOString(),
    now: new Date(from + 8 * 60 * MIN).toISOString(),
  };
}
