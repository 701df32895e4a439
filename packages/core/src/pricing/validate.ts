// Semantic checks of a pricing configuration, beyond the shape: every offered length has a price,
// ranges are ordered, tiers and packages make sense. The zod schemas call these, so parsing a
// provider and validating its pricing give the same messages.
import { pricingMessages as m } from '../messages.js';
import type {
  CustomDuration,
  DurationOption,
  EarlyBookingRule,
  GroupSizeTier,
  PackageOffer,
} from '../schemas/pricing.js';

/** A problem found in a pricing configuration. */
export interface PricingProblem {
  path: (string | number)[];
  message: string;
  params: { code: 'invalid_pricing' };
}

interface ServicePricingLike {
  currency: string;
  durations: readonly DurationOption[];
  hourlyRate?: number | undefined;
  sessionPrice?: number | undefined;
  defaultDurationMinutes?: number | undefined;
  customDuration?: CustomDuration | undefined;
  earlyBooking?: readonly EarlyBookingRule[] | undefined;
  packages?: readonly PackageOffer[] | undefined;
}

interface GroupPricingLike {
  pricePerPerson?: number | undefined;
  hourlyRatePerPerson?: number | undefined;
  groupSizeTiers?: readonly GroupSizeTier[] | undefined;
  earlyBooking?: readonly EarlyBookingRule[] | undefined;
}

const problem = (path: (string | number)[], message: string): PricingProblem => ({
  path,
  message,
  params: { code: 'invalid_pricing' },
});

/** Whether `minutes` is one of the custom lengths. @internal */
export function inCustomRange(custom: CustomDuration | undefined, minutes: number): boolean {
  return (
    custom !== undefined &&
    minutes >= custom.minMinutes &&
    minutes <= custom.maxMinutes &&
    (minutes - custom.minMinutes) % custom.stepMinutes === 0
  );
}

/**
 * Problems of a one-to-one service's pricing, empty when it is sound.
 * @internal Use {@link validateService} or parse with `ServiceSchema`.
 */
export function servicePricingProblems(s: ServicePricingLike): PricingProblem[] {
  const out: PricingProblem[] = [];
  const hourly = s.hourlyRate ?? s.sessionPrice;
  const custom = s.customDuration;
  if (s.durations.length === 0 && !custom) out.push(problem(['durations'], m.noDurations()));
  const seen = new Set<number>();
  s.durations.forEach((d, i) => {
    if (seen.has(d.minutes))
      out.push(problem(['durations', i, 'minutes'], m.duplicateDuration(d.minutes)));
    seen.add(d.minutes);
    if (d.price === undefined && hourly === undefined)
      out.push(problem(['durations', i, 'price'], m.durationWithoutRate(d.minutes)));
  });
  if (custom) {
    if (custom.minMinutes > custom.maxMinutes)
      out.push(
        problem(
          ['customDuration', 'maxMinutes'],
          m.minAboveMax(custom.minMinutes, custom.maxMinutes),
        ),
      );
    if (hourly === undefined) out.push(problem(['customDuration'], m.customWithoutHourly()));
  }
  const offered = (minutes: number) => seen.has(minutes) || inCustomRange(custom, minutes);
  if (s.defaultDurationMinutes !== undefined && !offered(s.defaultDurationMinutes))
    out.push(problem(['defaultDurationMinutes'], m.defaultNotOffered(s.defaultDurationMinutes)));
  const ids = new Set<string>();
  s.packages?.forEach((p, i) => {
    if (ids.has(p.id)) out.push(problem(['packages', i, 'id'], m.duplicatePackage(p.id)));
    ids.add(p.id);
    if (!offered(p.durationMinutes)) {
      out.push(
        problem(
          ['packages', i, 'durationMinutes'],
          m.packageDurationNotOffered(p.id, p.durationMinutes),
        ),
      );
      return;
    }
    const listed = s.durations.find((d) => d.minutes === p.durationMinutes)?.price;
    const unit = listed ?? (hourly === undefined ? undefined : (hourly * p.durationMinutes) / 60);
    if (unit !== undefined && p.price > unit * p.sessions)
      out.push(problem(['packages', i, 'price'], m.packageDearer(p.id, p.sessions)));
  });
  out.push(...earlyBookingProblems(s.earlyBooking));
  return out;
}

/**
 * Problems of a group event's pricing, empty when it is sound.
 * @internal Use {@link validateGroupPricing} or parse with `GroupPricingSchema`.
 */
export function groupPricingProblems(g: GroupPricingLike): PricingProblem[] {
  const out: PricingProblem[] = [];
  const direct = g.pricePerPerson !== undefined;
  const hourly = g.hourlyRatePerPerson !== undefined;
  if (!direct && !hourly) out.push(problem(['pricePerPerson'], m.groupWithoutPrice()));
  if (direct && hourly) out.push(problem(['hourlyRatePerPerson'], m.groupTwoPrices()));
  let previous: GroupSizeTier | undefined;
  g.groupSizeTiers?.forEach((t, i) => {
    if (previous && t.minSeats <= previous.minSeats)
      out.push(problem(['groupSizeTiers', i, 'minSeats'], m.tiersOrder()));
    else if (previous && t.pricePerPerson > previous.pricePerPerson)
      out.push(problem(['groupSizeTiers', i, 'pricePerPerson'], m.tierDearer(t.minSeats)));
    else if (!previous && direct && t.pricePerPerson > g.pricePerPerson!)
      out.push(problem(['groupSizeTiers', i, 'pricePerPerson'], m.tierDearer(t.minSeats)));
    previous = t;
  });
  out.push(...earlyBookingProblems(g.earlyBooking));
  return out;
}

function earlyBookingProblems(rules: readonly EarlyBookingRule[] | undefined): PricingProblem[] {
  const out: PricingProblem[] = [];
  const days = new Set<number>();
  rules?.forEach((r, i) => {
    if (days.has(r.daysAhead))
      out.push(problem(['earlyBooking', i, 'daysAhead'], m.duplicateEarly(r.daysAhead)));
    days.add(r.daysAhead);
  });
  return out;
}
