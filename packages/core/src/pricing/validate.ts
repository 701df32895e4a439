// Semantic checks of a pricing configuration, beyond the shape: every offered length has a price,
// ranges are ordered, tiers and packages make sense. The zod schemas call these, so parsing a
// provider and validating its pricing give the same messages.
import type { PRICING_CODES } from '../codes.js';
import { pricingMessages as m } from '../messages.js';
import type {
  CustomDuration,
  DurationOption,
  EarlyBookingRule,
  GroupSizeTier,
  PackageOffer,
} from '../schemas/pricing.js';

/** A problem found in a pricing configuration, with its own code (see codes.ts). */
export interface PricingProblem {
  path: (string | number)[];
  message: string;
  params: { code: keyof typeof PRICING_CODES };
}

interface ServicePricingLike {
  currency: string;
  durations: readonly DurationOption[];
  hourlyRate?: number | null | undefined;
  sessionPrice?: number | null | undefined;
  defaultDurationMinutes?: number | null | undefined;
  customDuration?: CustomDuration | null | undefined;
  earlyBooking?: readonly EarlyBookingRule[] | null | undefined;
  packages?: readonly PackageOffer[] | null | undefined;
}

interface GroupPricingLike {
  pricePerPerson?: number | null | undefined;
  hourlyRatePerPerson?: number | null | undefined;
  groupSizeTiers?: readonly GroupSizeTier[] | null | undefined;
  earlyBooking?: readonly EarlyBookingRule[] | null | undefined;
}

const problem = (
  code: keyof typeof PRICING_CODES,
  path: (string | number)[],
  message: string,
): PricingProblem => ({ path, message, params: { code } });

/** Whether `minutes` is one of the custom lengths. @internal */
export function inCustomRange(custom: CustomDuration | null | undefined, minutes: number): boolean {
  return (
    custom != null &&
    minutes >= custom.minMinutes &&
    minutes <= custom.maxMinutes &&
    (minutes - custom.minMinutes) % custom.stepMinutes === 0
  );
}

/**
 * Problems of a one-to-one service's pricing, empty when it is sound. Parsing with
 * `ServiceSchema` (or `ServicePricingSchema`) reports the same problems as field errors.
 * @internal
 */
export function servicePricingProblems(s: ServicePricingLike): PricingProblem[] {
  const out: PricingProblem[] = [];
  const hourly = s.hourlyRate ?? s.sessionPrice;
  const custom = s.customDuration;
  if (s.durations.length === 0 && !custom)
    out.push(problem('no_durations', ['durations'], m.noDurations()));
  const seen = new Set<number>();
  s.durations.forEach((d, i) => {
    if (seen.has(d.minutes))
      out.push(
        problem('duplicate_duration', ['durations', i, 'minutes'], m.duplicateDuration(d.minutes)),
      );
    seen.add(d.minutes);
    if (d.price == null && hourly == null)
      out.push(
        problem(
          'duration_without_price',
          ['durations', i, 'price'],
          m.durationWithoutRate(d.minutes),
        ),
      );
  });
  if (custom) {
    if (custom.minMinutes > custom.maxMinutes)
      out.push(
        problem(
          'custom_min_above_max',
          ['customDuration', 'maxMinutes'],
          m.minAboveMax(custom.minMinutes, custom.maxMinutes),
        ),
      );
    if (hourly == null)
      out.push(problem('custom_without_hourly_rate', ['customDuration'], m.customWithoutHourly()));
  }
  const offered = (minutes: number) => seen.has(minutes) || inCustomRange(custom, minutes);
  if (s.defaultDurationMinutes != null && !offered(s.defaultDurationMinutes))
    out.push(
      problem(
        'default_duration_not_offered',
        ['defaultDurationMinutes'],
        m.defaultNotOffered(s.defaultDurationMinutes),
      ),
    );
  const ids = new Set<string>();
  s.packages?.forEach((p, i) => {
    if (ids.has(p.id))
      out.push(problem('duplicate_package', ['packages', i, 'id'], m.duplicatePackage(p.id)));
    ids.add(p.id);
    if (!offered(p.durationMinutes)) {
      out.push(
        problem(
          'package_duration_not_offered',
          ['packages', i, 'durationMinutes'],
          m.packageDurationNotOffered(p.id, p.durationMinutes),
        ),
      );
      return;
    }
    const listed = s.durations.find((d) => d.minutes === p.durationMinutes)?.price;
    const unit = listed ?? (hourly == null ? undefined : (hourly * p.durationMinutes) / 60);
    if (unit != null && p.price > unit * p.sessions)
      out.push(
        problem('package_dearer', ['packages', i, 'price'], m.packageDearer(p.id, p.sessions)),
      );
  });
  out.push(...earlyBookingProblems(s.earlyBooking));
  return out;
}

/**
 * Problems of a group event's pricing, empty when it is sound. Parsing with `GroupPricingSchema`
 * reports the same problems as field errors.
 * @internal
 */
export function groupPricingProblems(g: GroupPricingLike): PricingProblem[] {
  const out: PricingProblem[] = [];
  const direct = g.pricePerPerson != null;
  const hourly = g.hourlyRatePerPerson != null;
  if (!direct && !hourly)
    out.push(problem('group_price_missing', ['pricePerPerson'], m.groupWithoutPrice()));
  if (direct && hourly)
    out.push(problem('group_price_twice', ['hourlyRatePerPerson'], m.groupTwoPrices()));
  let previous: GroupSizeTier | undefined;
  g.groupSizeTiers?.forEach((t, i) => {
    if (previous && t.minSeats <= previous.minSeats)
      out.push(problem('tiers_out_of_order', ['groupSizeTiers', i, 'minSeats'], m.tiersOrder()));
    else if (previous && t.pricePerPerson > previous.pricePerPerson)
      out.push(
        problem('tier_dearer', ['groupSizeTiers', i, 'pricePerPerson'], m.tierDearer(t.minSeats)),
      );
    else if (!previous && direct && t.pricePerPerson > g.pricePerPerson!)
      out.push(
        problem('tier_dearer', ['groupSizeTiers', i, 'pricePerPerson'], m.tierDearer(t.minSeats)),
      );
    previous = t;
  });
  out.push(...earlyBookingProblems(g.earlyBooking));
  return out;
}

function earlyBookingProblems(
  rules: readonly EarlyBookingRule[] | null | undefined,
): PricingProblem[] {
  const out: PricingProblem[] = [];
  const days = new Set<number>();
  rules?.forEach((r, i) => {
    if (days.has(r.daysAhead))
      out.push(
        problem(
          'duplicate_early_booking',
          ['earlyBooking', i, 'daysAhead'],
          m.duplicateEarly(r.daysAhead),
        ),
      );
    days.add(r.daysAhead);
  });
  return out;
}
