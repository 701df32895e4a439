// quote(): the price of one booking with its breakdown. Order (docs/design.md, Money): base price, group-size
// tier, package, early booking; rules that replace a price come before percentages, and each
// percentage is rounded on its own line.
import { BookingInputError } from '../errors.js';
import { pricingMessages } from '../messages.js';
import type {
  EarlyBookingRule,
  GroupPricing,
  Quote,
  QuoteLine,
  ServicePricing,
} from '../schemas/pricing.js';
import { basisPoints } from '../schemas/fields.js';
import { DAY, formatInstant, parseInstant } from '../time/civil.js';
import { multiplyMoney } from './money.js';
import { defaultDuration, groupSeatPrice, sessionPrice } from './rates.js';

/** What to price: one one-to-one session (or a package of them), or seats of a group event. */
export type QuoteInput =
  | {
      kind: 'one_to_one';
      /** The service's pricing (a `Service` is one). */
      service: ServicePricing & { id?: string | null };
      /** The package's length with a package, else the service's default length, when omitted. */
      durationMinutes?: number | null;
      /** Buy one of the service's packages instead of a single session. */
      packageId?: string | null;
      /** When the (first) session starts. */
      start: string;
      /** When the quote is made: early-booking discounts count from here. */
      now: string;
    }
  | {
      kind: 'group';
      event: {
        id?: string | null;
        start: string;
        durationMinutes: number;
        pricing: GroupPricing;
      };
      seats: number;
      now: string;
    };

/**
 * Prices a booking and explains it, line by line: `{ currency, lines, subtotal, discounts, total }`
 * plus what was priced (duration, seats, sessions, start, when). Store the quote on the booking:
 * later price changes never alter it.
 *
 * @example
 * quote({
 *   kind: 'one_to_one',
 *   service: { currency: 'USD', durations: [{ minutes: 60, price: 9000 }], earlyBooking: [{ daysAhead: 14, percentOff: 10 }] },
 *   durationMinutes: 60,
 *   start: '2026-12-20T15:00:00Z',
 *   now: '2026-11-22T12:00:00Z',
 * });
 * // { currency: 'USD', subtotal: 9000, discounts: 900, total: 8100, lines: [
 * //   { kind: 'base', source: 'rate', quantity: 1, unitAmount: 9000, amount: 9000 },
 * //   { kind: 'early_booking', daysAhead: 14, percentOff: 10, amount: -900 } ], … }
 */
export function quote(input: QuoteInput): Quote {
  const now = parseInstant(input.now, ['now']);
  if (input.kind === 'group') return quoteGroup(input, now);
  const { service } = input;
  const pkg = input.packageId == null ? undefined : findPackage(service, input.packageId);
  const durationMinutes = input.durationMinutes ?? pkg?.durationMinutes ?? defaultDuration(service);
  const start = parseInstant(input.start, ['start']);
  if (pkg && pkg.durationMinutes !== durationMinutes) {
    throw new BookingInputError(
      'invalid_duration',
      pricingMessages.packageDuration(pkg.id, pkg.durationMinutes),
      ['durationMinutes'],
    );
  }
  const { price, source } = sessionPrice(service, durationMinutes);
  const sessions = pkg?.sessions ?? 1;
  const lines: QuoteLine[] = [
    {
      kind: 'base',
      source,
      quantity: sessions,
      unitAmount: price.amount,
      amount: price.amount * sessions,
    },
  ];
  let running = price.amount * sessions;
  // A rule that changes nothing adds no line (a package priced at exactly its sessions).
  if (pkg && pkg.price !== running) {
    lines.push({ kind: 'package', packageId: pkg.id, sessions, amount: pkg.price - running });
    running = pkg.price;
  }
  running = applyEarlyBooking(lines, running, service.currency, service.earlyBooking, start - now);
  return finish(lines, running, {
    currency: service.currency,
    kind: 'one_to_one',
    ...(service.id == null ? {} : { serviceId: service.id }),
    ...(pkg ? { packageId: pkg.id } : {}),
    durationMinutes,
    seats: 1,
    sessions,
    start: formatInstant(start),
    quotedAt: formatInstant(now),
  });
}

function quoteGroup(input: Extract<QuoteInput, { kind: 'group' }>, now: number): Quote {
  const { event, seats } = input;
  if (!Number.isSafeInteger(seats) || seats < 1)
    throw new BookingInputError('invalid_seats', pricingMessages.seats(seats), ['seats']);
  const start = parseInstant(event.start, ['event', 'start']);
  const { pricing } = event;
  const { price, source } = groupSeatPrice(pricing, event.durationMinutes);
  const lines: QuoteLine[] = [
    {
      kind: 'base',
      source,
      quantity: seats,
      unitAmount: price.amount,
      amount: price.amount * seats,
    },
  ];
  let running = price.amount * seats;
  const tier = largest(pricing.groupSizeTiers, (t) => (t.minSeats <= seats ? t.minSeats : -1));
  if (tier && tier.pricePerPerson !== price.amount) {
    const amount = tier.pricePerPerson * seats - running;
    lines.push({
      kind: 'group_size',
      minSeats: tier.minSeats,
      quantity: seats,
      unitAmount: tier.pricePerPerson,
      amount,
    });
    running += amount;
  }
  running = applyEarlyBooking(lines, running, pricing.currency, pricing.earlyBooking, start - now);
  return finish(lines, running, {
    currency: pricing.currency,
    kind: 'group',
    ...(event.id == null ? {} : { eventId: event.id }),
    durationMinutes: event.durationMinutes,
    seats,
    sessions: 1,
    start: formatInstant(start),
    quotedAt: formatInstant(now),
  });
}

function findPackage(service: ServicePricing, id: string) {
  const pkg = service.packages?.find((p) => p.id === id);
  if (!pkg) {
    throw new BookingInputError(
      'unknown_package',
      pricingMessages.unknownPackage(id, service.packages?.map((p) => p.id) ?? []),
      ['packageId'],
    );
  }
  return pkg;
}

/** The item with the largest non-negative key; negative keys do not apply. */
function largest<T>(
  items: readonly T[] | null | undefined,
  key: (item: T) => number,
): T | undefined {
  let best: T | undefined;
  let bestKey = -1;
  for (const item of items ?? []) {
    const k = key(item);
    if (k > bestKey) [best, bestKey] = [item, k];
  }
  return best;
}

/** Adds the best early-booking line that applies; returns the new running total. */
function applyEarlyBooking(
  lines: QuoteLine[],
  running: number,
  currency: string,
  rules: readonly EarlyBookingRule[] | null | undefined,
  ahead: number,
): number {
  const rule = largest(rules, (r) => (ahead >= r.daysAhead * DAY ? r.daysAhead : -1));
  if (!rule || running === 0) return running;
  const off = multiplyMoney(
    { amount: running, currency },
    basisPoints(rule.percentOff)!,
    10_000,
  ).amount;
  // A percentage that rounds to nothing saves nothing: no line (and never a -0 one).
  if (off === 0) return running;
  lines.push({
    kind: 'early_booking',
    daysAhead: rule.daysAhead,
    percentOff: rule.percentOff,
    amount: -off,
  });
  return running - off;
}

function finish(
  lines: QuoteLine[],
  total: number,
  meta: Omit<Quote, 'lines' | 'subtotal' | 'discounts' | 'total'>,
): Quote {
  const subtotal = lines[0]!.amount;
  return { ...meta, lines, subtotal, discounts: subtotal - total, total };
}

/**
 * Whether a quote the client saw still holds: same currency, total and breakdown. A backend
 * answers 409 `price_changed` with the fresh quote when it does not.
 *
 * @example
 * if (!sameQuote(request.quote, quote({ ...input, now }))) return priceChanged(freshQuote);
 */
export function sameQuote(seen: Quote, fresh: Quote): boolean {
  return (
    seen.currency === fresh.currency &&
    seen.total === fresh.total &&
    seen.subtotal === fresh.subtotal &&
    seen.lines.length === fresh.lines.length &&
    seen.lines.every(
      (l, i) => l.kind === fresh.lines[i]!.kind && l.amount === fresh.lines[i]!.amount,
    )
  );
}
