// A client's bookings summarised (seed 004): computed from the bookings, never stored.
import { addMoney, type Money } from '../pricing/money.js';
import type { Booking } from '../schemas/booking.js';
import { parseInstant } from '../time/civil.js';
import { isActive } from './lifecycle.js';

/** What a client's "my sessions" page shows at the top. */
export interface ClientSummary {
  /** Bookings that count: every status but cancelled and declined. */
  totalSessions: number;
  /** Money spent per currency (quote totals less refunds), keyed by currency code. */
  spent: Record<string, Money>;
  /** Active bookings that have not ended, soonest first. */
  upcoming: Booking[];
  /** Everything else (ended, cancelled, declined), most recent first. */
  past: Booking[];
}

/**
 * Totals and lists of one client's bookings at `now`. Totals count every booking but cancelled
 * and declined ones, one sum per currency (never mixed).
 *
 * @example
 * summarizeClient(bookings, { now: '2026-11-22T12:00:00Z' });
 * // { totalSessions: 3, spent: { INR: { amount: 6000, currency: 'INR' } }, upcoming: [ … ], past: [ … ] }
 */
export function summarizeClient(
  bookings: readonly Booking[],
  context: { now: string },
): ClientSummary {
  const t = parseInstant(context.now, ['now']);
  const spent = new Map<string, Money>();
  const upcoming: { at: number; b: Booking }[] = [];
  const past: { at: number; b: Booking }[] = [];
  let totalSessions = 0;
  for (const b of bookings) {
    const active = isActive(b);
    if (active) {
      totalSessions++;
      const paid: Money = {
        amount: b.quote.total - (b.refundedAmount ?? 0),
        currency: b.quote.currency,
      };
      const sum = spent.get(paid.currency);
      spent.set(paid.currency, sum ? addMoney(sum, paid) : paid);
    }
    const end = parseInstant(b.end, ['end']);
    const start = parseInstant(b.start, ['start']);
    if (active && end > t && b.status !== 'completed' && b.status !== 'no_show')
      upcoming.push({ at: start, b });
    else past.push({ at: start, b });
  }
  return {
    totalSessions,
    spent: Object.fromEntries([...spent.entries()].sort(([a], [b]) => a.localeCompare(b))),
    upcoming: upcoming.sort((x, y) => x.at - y.at).map((x) => x.b),
    past: past.sort((x, y) => y.at - x.at).map((x) => x.b),
  };
}
