// Query strings of the contract's lists. On the wire every value is text; a server parses the
// URLSearchParams with these schemas, and the client takes the typed values (numbers, booleans,
// lists) and writes them as text.
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { InstantSchema } from '../schemas/availability.js';
import { BOOKING_STATUSES, BookingStatusSchema, type BookingStatus } from '../schemas/booking.js';
import { MAX_PAGE_ITEMS } from '../schemas/contract.js';
import {
  CurrencySchema,
  IdSchema,
  LIMITS,
  optional,
  text,
  wholeNumber,
} from '../schemas/fields.js';

const DAY = 86_400_000;

/** A schema with its description for the OpenAPI document. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description })) as T;

/** A whole number given as a number or as its digits. */
const int = (name: string, min: number, max: number) =>
  z
    .pipe(
      z.union([z.number(), z.string()]),
      z.pipe(
        z.transform((v: number | string) =>
          typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v,
        ),
        wholeNumber(name, min, max),
      ),
    )
    .check(z.meta({ type: 'integer', minimum: min, maximum: max } as never));

/** `true` or `false`, as a boolean or its text. */
const bool = z
  .pipe(
    z.union([z.boolean(), z.enum(['true', 'false'])]),
    z.transform((v: boolean | 'true' | 'false') => v === true || v === 'true'),
  )
  .check(z.meta({ type: 'boolean' } as never));

/** One status, a list of them, or a comma-separated text of them. */
const statuses = z
  .pipe(
    z.union([BookingStatusSchema, z.array(BookingStatusSchema), z.string()]),
    z.pipe(
      z.transform((v: string | BookingStatus[]): string[] =>
        Array.isArray(v)
          ? v
          : v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
      ),
      z.array(
        z.enum(BOOKING_STATUSES, {
          error: (issue) => messages.statusChoice(issue.input, BOOKING_STATUSES),
        }),
      ),
    ),
  )
  .check(z.meta({ type: 'string', examples: ['pending,confirmed'] } as never));

const page = {
  cursor: optional(described(text('cursor', 500), 'The nextCursor of the previous page.')),
  limit: optional(
    described(int('limit', 1, MAX_PAGE_ITEMS), 'Items per page, 1 to 100 (default 20).'),
  ),
};

const prices = {
  currency: optional(
    described(CurrencySchema, 'ISO-4217 code of the price range; required with one.'),
  ),
  minPrice: optional(
    described(int('minPrice', 0, LIMITS.amount), 'Lowest price, in minor units of currency.'),
  ),
  maxPrice: optional(
    described(int('maxPrice', 0, LIMITS.amount), 'Highest price, in minor units of currency.'),
  ),
};

/** A price range needs its currency. */
const rangeHasCurrency = z.refine<{
  currency?: string | null | undefined;
  minPrice?: number | null | undefined;
  maxPrice?: number | null | undefined;
}>((q) => (q.minPrice == null && q.maxPrice == null) || !!q.currency, {
  path: ['currency'],
  error: () => messages.priceRangeCurrency(),
  params: { code: 'required' },
});

/** `GET /providers`: search and filters. */
export const ProviderQuerySchema = z
  .object({
    q: optional(described(text('q', 200), 'Words of the name, headline or bio.')),
    specialization: optional(described(text('specialization', 60), 'A specialization, exactly.')),
    subject: optional(described(text('subject', 60), 'A subject taught, exactly.')),
    jobTitle: optional(described(text('jobTitle', 160), 'Words of the headline (job title).')),
    kind: optional(
      described(
        z.enum(['one_to_one', 'group']),
        'Providers with one-to-one services, or with group events.',
      ),
    ),
    ...prices,
    ...page,
  })
  .check(rangeHasCurrency);
export type ProviderQuery = z.output<typeof ProviderQuerySchema>;

/** `GET /events`: upcoming public events, filtered. */
export const EventQuerySchema = z
  .object({
    providerId: optional(described(IdSchema, "One provider's events.")),
    tag: optional(described(text('tag', 60), 'Events with this tag.')),
    q: optional(described(text('q', 200), 'Words of the title or description.')),
    from: optional(
      described(InstantSchema, 'Events starting at or after this instant (default: now).'),
    ),
    to: optional(described(InstantSchema, 'Events starting before this instant.')),
    hasSeats: optional(described(bool, 'Only events with seats left.')),
    ...prices,
    ...page,
  })
  .check(rangeHasCurrency);
export type EventQuery = z.output<typeof EventQuerySchema>;

/** `GET /providers/{id}/availability`: the window, at most 366 days. */
export const AvailabilityQuerySchema = z
  .object({
    from: described(InstantSchema, 'Start of the window.'),
    to: described(InstantSchema, 'End of the window, after from and at most 366 days later.'),
  })
  .check(
    z.refine(
      (q) => {
        const span = Date.parse(q.to) - Date.parse(q.from);
        return !(span > 0 && span <= 366 * DAY) ? false : true;
      },
      {
        path: ['to'],
        error: () => messages.windowRange(366),
        params: { code: 'invalid_range' },
      },
    ),
  );
export type AvailabilityQuery = z.output<typeof AvailabilityQuerySchema>;

/** `GET /providers/{id}/bookings`: the provider's bookings, filtered. */
export const ProviderBookingQuerySchema = z.object({
  status: optional(described(statuses, 'One status or several (a list, or comma-separated).')),
  from: optional(described(InstantSchema, 'Bookings starting at or after this instant.')),
  to: optional(described(InstantSchema, 'Bookings starting before this instant.')),
  client: optional(described(text('client', 254), "Words of the client's name or email.")),
  ...page,
});
export type ProviderBookingQuery = z.output<typeof ProviderBookingQuerySchema>;
