// Building blocks shared by every schema: whole numbers, prices, ids, trimmed and capped text.
// Every check says what is wrong in words for the person who will read it, and custom checks
// carry a stable `code` in their params (see schemas/validate.ts).
import * as z from 'zod/mini';
import { fieldMessages, messages } from '../messages.js';
import { isCurrency } from '../pricing/money.js';

/**
 * The largest values the contract takes, chosen so that every product core forms of them (a price
 * times seats or sessions, an hourly rate times minutes) stays a safe integer.
 */
export const LIMITS = {
  /** Minor units of a price (10^11: a billion of a two-decimal currency). */
  amount: 100_000_000_000,
  /** Minutes of a session, step or buffer (a week). */
  sessionMinutes: 10_080,
  /** Minutes of minimum notice (a year). */
  noticeMinutes: 525_600,
  /** Days of a booking horizon or an early-booking rule (five years, as a slot query). */
  days: 1830,
  /** Seats of an event or a registration. */
  seats: 10_000,
} as const;

/**
 * An optional field: absent, `undefined` and `null` all mean "not set", so rows from a database
 * need no cleaning.
 */
export const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const wholeMinutes = (name: string, min: number, max: number = LIMITS.sessionMinutes) =>
  z.number().check(
    z.refine((n) => Number.isInteger(n) && n >= min && n <= max, {
      error: (issue) => messages.wholeMinutes(name, issue.input, min, max),
      params: { code: 'invalid_minutes' },
    }),
    z.meta({ type: 'integer', minimum: min, maximum: max } as never),
  );

export const wholeNumber = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(
    z.refine((n) => Number.isSafeInteger(n) && n >= min && n <= max, {
      error: (issue) => messages.wholeNumber(name, issue.input, min, max),
      params: { code: 'invalid_number' },
    }),
    z.meta(
      (max < Number.MAX_SAFE_INTEGER
        ? { type: 'integer', minimum: min, maximum: max }
        : { type: 'integer', minimum: min }) as never,
    ),
  );

/** Why a number is not a price, or undefined when it is one. @internal */
export function priceProblem(
  n: unknown,
): 'negative_price' | 'fractional_price' | 'price_too_large' | 'invalid_type' | undefined {
  if (typeof n !== 'number' || Number.isNaN(n)) return 'invalid_type';
  if (n < 0) return 'negative_price';
  if (!Number.isInteger(n)) return 'fractional_price';
  if (n > LIMITS.amount) return 'price_too_large';
  return undefined;
}

/** A price in whole minor units, never negative, at most {@link LIMITS}.amount. */
export const PriceSchema = z.number().check(
  z.superRefine((n, ctx) => {
    const code = priceProblem(n);
    if (code)
      ctx.addIssue({
        code: 'custom',
        input: n,
        message: messages.price(n, code),
        params: { code },
      });
  }),
  z.meta({
    type: 'integer',
    minimum: 0,
    maximum: LIMITS.amount,
    description: 'Minor units of the currency.',
  } as never),
);

/** A signed amount in whole minor units (quote lines may be negative). */
export const AmountSchema = z.number().check(
  z.refine(Number.isSafeInteger, {
    error: (issue) => messages.minorAmount(issue.input),
    params: { code: 'invalid_amount' },
  }),
  z.meta({
    type: 'integer',
    description: 'Minor units of the currency (may be negative).',
  } as never),
);

/** A non-negative amount in whole minor units that may exceed a single price (totals). */
export const TotalSchema = z.number().check(
  z.refine((n) => Number.isSafeInteger(n) && n >= 0, {
    error: (issue) => messages.minorAmount(issue.input),
    params: { code: 'invalid_amount' },
  }),
  z.meta({ type: 'integer', minimum: 0, description: 'Minor units of the currency.' } as never),
);

/** An ISO-4217 code the runtime knows (`Intl.supportedValuesOf('currency')`). */
export const CurrencySchema = z.string().check(
  z.refine(isCurrency, {
    error: (issue) => {
      const upper = typeof issue.input === 'string' ? issue.input.trim().toUpperCase() : '';
      return messages.currency(issue.input, isCurrency(upper) ? upper : undefined);
    },
    params: { code: 'invalid_currency' },
  }),
  z.meta({ pattern: '^[A-Z]{3}$', description: 'ISO-4217 code.', examples: ['USD'] }),
);

/**
 * A percentage up to 100 with at most two decimals (12.5 is fine); above 0 unless `allowZero`.
 */
export const PercentSchema = (name: string, allowZero = false) =>
  z.number().check(
    z.refine((n) => (allowZero ? n >= 0 : n > 0) && n <= 100 && basisPoints(n) !== undefined, {
      error: (issue) => messages.percent(name, issue.input, allowZero),
      params: { code: 'invalid_percent' },
    }),
    z.meta({ minimum: 0, maximum: 100, multipleOf: 0.01 }),
  );

/** A percentage with at most two decimals as whole hundredths of a percent. @internal */
export function basisPoints(percent: number): number | undefined {
  const bp = Math.round(percent * 100);
  return Math.abs(percent * 100 - bp) < 1e-7 ? bp : undefined;
}

/** An identifier chosen by the backend: 1 to 128 characters, no spaces. */
export const IdSchema = z.string().check(
  z.refine((s) => /^[^\s]{1,128}$/.test(s), {
    error: (issue) => messages.id(issue.input),
    params: { code: 'invalid_id' },
  }),
  z.meta({ pattern: '^\\S{1,128}$' }),
);

/** Text that is trimmed first, then required to be non-empty (if `required`) and capped. */
export const text = (field: string, max: number, required = true) =>
  z
    .string()
    .check(
      z.trim(),
      ...(required ? [z.minLength(1, { error: () => fieldMessages.required(field) })] : []),
      z.maxLength(max, { error: (issue) => fieldMessages.tooLong(field, max, issue.input) }),
    );

/** A list of short trimmed labels (tags, subjects, languages). */
export const labels = (field: string) =>
  z.array(text(field, 60)).check(
    z.refine((list) => list.length <= 50, {
      error: () => messages.tooManyLabels(field, 50),
      params: { code: 'too_many_labels' },
    }),
    z.meta({ maxItems: 50 }),
  );

/** An absolute https (or http for localhost) URL. */
export const UrlSchema = z.string().check(
  z.refine(
    (s) => {
      try {
        const url = new URL(s);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: (issue) => messages.url(issue.input), params: { code: 'invalid_url' } },
  ),
  z.meta({ format: 'uri' }),
);
