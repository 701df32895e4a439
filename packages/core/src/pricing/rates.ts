// Prices of single sessions: per-duration rates, the hourly rate pro rata, the legacy session
// price, and per-person group prices. Rounded once, half-up, to the minor unit (docs/design.md, Money).
import { BookingInputError } from '../errors.js';
import { pricingMessages } from '../messages.js';
import type { GroupPricing, PriceSource, ServicePricing } from '../schemas/pricing.js';
import { multiplyMoney, type Money } from './money.js';
import { inCustomRange } from './validate.js';

/** A price and where it came from. */
export interface SourcedPrice {
  price: Money;
  source: PriceSource;
}

/** One length a client can pick, with its price. */
export interface DurationPrice extends SourcedPrice {
  durationMinutes: number;
  /** The length to preselect. */
  isDefault: boolean;
}

/** Lengths outside this list may still be offered as custom durations. */
function offeredText(service: ServicePricing): string {
  const listed = service.durations.map((d) => `${d.minutes}`);
  const c = service.customDuration;
  if (c) listed.push(`${c.minMinutes} to ${c.maxMinutes} in steps of ${c.stepMinutes}`);
  return `${listed.join(', ')} minutes`;
}

function proRata(hourly: number, minutes: number, currency: string, source: PriceSource) {
  return { price: multiplyMoney({ amount: hourly, currency }, minutes, 60), source };
}

/**
 * The price of one session of `durationMinutes`: the rate listed for that length, else the
 * hourly rate pro rata, else the legacy `sessionPrice` read as the hourly rate. A length the
 * service does not offer throws a {@link BookingInputError} (`invalid_duration`).
 *
 * @example
 * const coaching = { currency: 'USD', durations: [{ minutes: 30, price: 5000 }, { minutes: 60, price: 9000 }] };
 * sessionPrice(coaching, 60); // { price: { amount: 9000, currency: 'USD' }, source: 'rate' }
 * sessionPrice({ currency: 'USD', durations: [{ minutes: 90 }], hourlyRate: 8000 }, 90);
 * // { price: { amount: 12000, currency: 'USD' }, source: 'hourly_rate' }
 */
export function sessionPrice(service: ServicePricing, durationMinutes: number): SourcedPrice {
  const listed = service.durations.find((d) => d.minutes === durationMinutes);
  if (!listed && !inCustomRange(service.customDuration, durationMinutes)) {
    throw new BookingInputError(
      'invalid_duration',
      pricingMessages.unknownDuration(durationMinutes, offeredText(service)),
      ['durationMinutes'],
    );
  }
  if (listed?.price != null)
    return { price: { amount: listed.price, currency: service.currency }, source: 'rate' };
  if (service.hourlyRate != null)
    return proRata(service.hourlyRate, durationMinutes, service.currency, 'hourly_rate');
  if (service.sessionPrice != null)
    return proRata(service.sessionPrice, durationMinutes, service.currency, 'session_price');
  throw new BookingInputError(
    'invalid_pricing',
    pricingMessages.durationWithoutRate(durationMinutes),
    ['durations'],
  );
}

/**
 * The length preselected for a client: `defaultDurationMinutes`, else the first listed one, else
 * the shortest custom length.
 *
 * @example
 * defaultDuration({ currency: 'USD', durations: [{ minutes: 30 }, { minutes: 60 }], hourlyRate: 9000, defaultDurationMinutes: 60 }); // 60
 */
export function defaultDuration(service: ServicePricing): number {
  return (
    service.defaultDurationMinutes ??
    service.durations[0]?.minutes ??
    service.customDuration?.minMinutes ??
    60
  );
}

/**
 * Every listed length with its price, shortest first, the default marked: what a duration picker
 * shows. Custom lengths are priced on demand with {@link sessionPrice}.
 *
 * @example
 * durationPrices({ currency: 'USD', durations: [{ minutes: 30, price: 5000 }, { minutes: 60, price: 9000 }, { minutes: 90, price: 12000 }] });
 * // [{ durationMinutes: 30, price: { amount: 5000, … }, source: 'rate', isDefault: true }, …]
 */
export function durationPrices(service: ServicePricing): DurationPrice[] {
  const preselected = defaultDuration(service);
  return [...service.durations]
    .sort((a, b) => a.minutes - b.minutes)
    .map((d) => ({
      durationMinutes: d.minutes,
      ...sessionPrice(service, d.minutes),
      isDefault: d.minutes === preselected,
    }));
}

/**
 * What one seat of a group event of `durationMinutes` costs before tiers: `pricePerPerson`, else
 * `hourlyRatePerPerson` pro rata. Never a one-to-one price.
 *
 * @example
 * groupSeatPrice({ currency: 'EUR', hourlyRatePerPerson: 3000 }, 90);
 * // { price: { amount: 4500, currency: 'EUR' }, source: 'hourly_rate_per_person' }
 */
export function groupSeatPrice(pricing: GroupPricing, durationMinutes: number): SourcedPrice {
  if (pricing.pricePerPerson != null) {
    return {
      price: { amount: pricing.pricePerPerson, currency: pricing.currency },
      source: 'price_per_person',
    };
  }
  if (pricing.hourlyRatePerPerson != null) {
    return proRata(
      pricing.hourlyRatePerPerson,
      durationMinutes,
      pricing.currency,
      'hourly_rate_per_person',
    );
  }
  throw new BookingInputError('invalid_pricing', pricingMessages.groupWithoutPrice(), [
    'pricePerPerson',
  ]);
}
