// Prices of one-to-one services and group events, their tier and discount rules, and the quote.
// Amounts are whole minor units of the entity's currency. The schemas run the semantic checks of
// pricing/validate.ts, so a parse refuses a duration without a rate just as clearly (and with its
// own code) as it refuses a negative price.
import * as z from 'zod/mini';
import { servicePricingProblems, groupPricingProblems } from '../pricing/validate.js';
import {
  AmountSchema,
  LIMITS,
  TotalSchema,
  optional,
  CurrencySchema,
  IdSchema,
  PercentSchema,
  PriceSchema,
  text,
  wholeMinutes,
  wholeNumber,
} from './fields.js';
import { InstantSchema } from './availability.js';

/** One offered length of a session; without `price` it is priced pro rata from the hourly rate. */
export const DurationOptionSchema = z.object({
  minutes: wholeMinutes('minutes', 1),
  price: optional(PriceSchema),
});
/** One offered length of a session; without `price` it is priced pro rata from the hourly rate. */
export type DurationOption = z.infer<typeof DurationOptionSchema>;

/** Lengths a client may choose freely: `minMinutes`, then every `stepMinutes` up to `maxMinutes`. */
export const CustomDurationSchema = z.object({
  minMinutes: wholeMinutes('minMinutes', 1),
  maxMinutes: wholeMinutes('maxMinutes', 1),
  stepMinutes: wholeMinutes('stepMinutes', 1),
});
/** Lengths a client may choose freely: `minMinutes`, then every `stepMinutes` up to `maxMinutes`. */
export type CustomDuration = z.infer<typeof CustomDurationSchema>;

/** Booked at least `daysAhead` × 24 hours before the start (boundary included): `percentOff`. */
export const EarlyBookingRuleSchema = z.object({
  daysAhead: wholeNumber('daysAhead', 1, LIMITS.days),
  percentOff: PercentSchema('percentOff'),
});
/** Booked at least `daysAhead` × 24 hours before the start (boundary included): `percentOff`. */
export type EarlyBookingRule = z.infer<typeof EarlyBookingRuleSchema>;

/** `sessions` sessions of `durationMinutes` bought together for `price`. */
export const PackageOfferSchema = z.object({
  id: IdSchema,
  name: optional(text('name', 120)),
  sessions: wholeNumber('sessions', 2, 100),
  durationMinutes: wholeMinutes('durationMinutes', 1),
  price: PriceSchema,
});
/** `sessions` sessions of `durationMinutes` bought together for `price`. */
export type PackageOffer = z.infer<typeof PackageOfferSchema>;

/** From `minSeats` seats booked at once, each seat costs `pricePerPerson`. */
export const GroupSizeTierSchema = z.object({
  minSeats: wholeNumber('minSeats', 2, LIMITS.seats),
  pricePerPerson: PriceSchema,
});
/** From `minSeats` seats booked at once, each seat costs `pricePerPerson`. */
export type GroupSizeTier = z.infer<typeof GroupSizeTierSchema>;

/** The pricing fields of a service. @internal */
export const servicePricingShape = {
  /** ISO-4217 code of every amount of the service. */
  currency: CurrencySchema,
  /** Lengths offered, each with its own price or priced from the hourly rate. */
  durations: z.array(DurationOptionSchema),
  /** Price of 60 minutes; prices listed durations without a price, and custom durations. */
  hourlyRate: optional(PriceSchema),
  /** Legacy single price of a session, read as the hourly rate when there is none. */
  sessionPrice: optional(PriceSchema),
  /** The length preselected for the client; the first listed duration when absent. */
  defaultDurationMinutes: optional(wholeMinutes('defaultDurationMinutes', 1)),
  /** Free choice of length, priced from the hourly rate. */
  customDuration: optional(CustomDurationSchema),
  /** Percent off for booking early; the rule with the most days that applies wins. */
  earlyBooking: optional(z.array(EarlyBookingRuleSchema)),
  /** Several sessions for one price. */
  packages: optional(z.array(PackageOfferSchema)),
};

/** How a one-to-one service is priced (also the shape of {@link ServiceSchema}'s pricing part). */
export const ServicePricingSchema = z.object(servicePricingShape).check(
  z.superRefine((pricing, ctx) => {
    for (const p of servicePricingProblems(pricing)) ctx.addIssue({ code: 'custom', ...p });
  }),
);
/** How a one-to-one service is priced (also the shape of {@link ServiceSchema}'s pricing part). */
export type ServicePricing = z.infer<typeof ServicePricingSchema>;

/**
 * What a group event costs each person: `pricePerPerson` directly or `hourlyRatePerPerson` pro
 * rata (seed 000's `groupSessionPrice`). Never falls back to one-to-one prices.
 */
export const GroupPricingSchema = z
  .object({
    currency: CurrencySchema,
    pricePerPerson: optional(PriceSchema),
    hourlyRatePerPerson: optional(PriceSchema),
    /** Cheaper seats when several are booked at once. */
    groupSizeTiers: optional(z.array(GroupSizeTierSchema)),
    earlyBooking: optional(z.array(EarlyBookingRuleSchema)),
  })
  .check(
    z.superRefine((pricing, ctx) => {
      for (const p of groupPricingProblems(pricing)) ctx.addIssue({ code: 'custom', ...p });
    }),
  );
/**
 * What a group event costs each person: `pricePerPerson` directly or `hourlyRatePerPerson` pro
 * rata (seed 000's `groupSessionPrice`). Never falls back to one-to-one prices.
 */
export type GroupPricing = z.infer<typeof GroupPricingSchema>;

/** Where the base price of a quote came from. */
export const PriceSourceSchema = z.enum([
  'rate',
  'hourly_rate',
  'session_price',
  'price_per_person',
  'hourly_rate_per_person',
]);
/** Where the base price of a quote came from. */
export type PriceSource = z.infer<typeof PriceSourceSchema>;

/**
 * One line of a quote's breakdown. `base` is quantity × unit price; the others change the running
 * total in the order they appear (group size, package, early booking) and are negative when they
 * are discounts.
 */
export const QuoteLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('base'),
    source: PriceSourceSchema,
    quantity: wholeNumber('quantity', 1, LIMITS.seats),
    unitAmount: PriceSchema,
    amount: TotalSchema,
  }),
  z.object({
    kind: z.literal('group_size'),
    minSeats: wholeNumber('minSeats', 2, LIMITS.seats),
    quantity: wholeNumber('quantity', 1, LIMITS.seats),
    unitAmount: PriceSchema,
    amount: AmountSchema,
  }),
  z.object({
    kind: z.literal('package'),
    packageId: IdSchema,
    sessions: wholeNumber('sessions', 2, 100),
    amount: AmountSchema,
  }),
  z.object({
    kind: z.literal('early_booking'),
    daysAhead: wholeNumber('daysAhead', 1, LIMITS.days),
    percentOff: PercentSchema('percentOff'),
    amount: AmountSchema,
  }),
]);
/**
 * One line of a quote's breakdown. `base` is quantity × unit price; the others change the running
 * total in the order they appear (group size, package, early booking) and are negative when they
 * are discounts.
 */
export type QuoteLine = z.infer<typeof QuoteLineSchema>;

/**
 * A priced booking: what the client saw and what the booking keeps forever, whatever happens to
 * the provider's prices later. `subtotal - discounts = total = sum of line amounts`.
 */
export const QuoteSchema = z.object({
  currency: CurrencySchema,
  kind: z.enum(['one_to_one', 'group']),
  serviceId: optional(IdSchema),
  eventId: optional(IdSchema),
  packageId: optional(IdSchema),
  durationMinutes: wholeMinutes('durationMinutes', 1),
  /** Seats (group) or 1. */
  seats: wholeNumber('seats', 1, LIMITS.seats),
  /** Sessions paid for: the package's count, else 1. */
  sessions: wholeNumber('sessions', 1, 100),
  start: InstantSchema,
  quotedAt: InstantSchema,
  lines: z.array(QuoteLineSchema),
  subtotal: TotalSchema,
  discounts: AmountSchema,
  total: TotalSchema,
});
/**
 * A priced booking: what the client saw and what the booking keeps forever, whatever happens to
 * the provider's prices later. `subtotal - discounts = total = sum of line amounts`.
 */
export type Quote = z.infer<typeof QuoteSchema>;
