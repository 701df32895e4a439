// Pricing: per-duration rates, pro-rata derivations, custom lengths, group prices, tiers,
// packages, early booking, the quote's breakdown, and configuration errors people can fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultDuration,
  durationPrices,
  groupSeatPrice,
  quote,
  sameQuote,
  sessionPrice,
  validate,
  type Service,
} from '@booking/core';
import { GroupPricingSchema, ServiceSchema, type ServicePricing } from '@booking/core/schemas';

// Seed 001's coach: {30: 50, 60: 90, 90: 120} USD.
const coaching: ServicePricing = {
  currency: 'USD',
  durations: [
    { minutes: 30, price: 5000 },
    { minutes: 60, price: 9000 },
    { minutes: 90, price: 12000 },
  ],
  defaultDurationMinutes: 60,
};
const NOW = '2026-11-22T12:00:00Z';
const price = (s: ServicePricing, minutes: number) => sessionPrice(s, minutes).price.amount;

describe('one-to-one rates', () => {
  it('uses the rate listed for each duration', () => {
    assert.deepEqual(
      durationPrices(coaching).map((d) => [d.durationMinutes, d.price.amount, d.isDefault]),
      [
        [30, 5000, false],
        [60, 9000, true],
        [90, 12000, false],
      ],
    );
    assert.equal(sessionPrice(coaching, 90).source, 'rate');
  });

  it('derives rates pro rata from a legacy hourly rate (30 min = half, 90 = 1.5×)', () => {
    const legacy = {
      currency: 'USD',
      durations: [{ minutes: 30 }, { minutes: 60 }, { minutes: 90 }],
      hourlyRate: 8000,
    };
    assert.deepEqual(
      [30, 60, 90].map((m) => price(legacy, m)),
      [4000, 8000, 12000],
    );
    assert.equal(sessionPrice(legacy, 30).source, 'hourly_rate');
  });

  it('reads a single legacy sessionPrice as the hourly rate (seed 000)', () => {
    const legacy = { currency: 'GBP', durations: [{ minutes: 45 }], sessionPrice: 7500 };
    assert.deepEqual(sessionPrice(legacy, 45), {
      price: { amount: 5625, currency: 'GBP' },
      source: 'session_price',
    });
  });

  it('prefers a listed rate, then the hourly rate, then sessionPrice', () => {
    const mixed = {
      currency: 'USD',
      durations: [{ minutes: 30, price: 4500 }, { minutes: 60 }],
      hourlyRate: 8000,
      sessionPrice: 1,
    };
    assert.equal(price(mixed, 30), 4500);
    assert.equal(price(mixed, 60), 8000);
  });

  it('rounds a pro-rata price once, half-up, in the currency exponent', () => {
    assert.equal(
      price({ currency: 'USD', durations: [{ minutes: 50 }], hourlyRate: 8333 }, 50),
      6944,
    );
    assert.equal(
      price({ currency: 'JPY', durations: [{ minutes: 30 }], hourlyRate: 1001 }, 30),
      501,
    );
    assert.equal(
      price({ currency: 'KWD', durations: [{ minutes: 20 }], hourlyRate: 10_000 }, 20),
      3333,
    );
  });

  it('prices custom durations on their step from the hourly rate, and refuses others', () => {
    const custom = {
      currency: 'USD',
      durations: [{ minutes: 60, price: 9000 }],
      hourlyRate: 9000,
      customDuration: { minMinutes: 30, maxMinutes: 120, stepMinutes: 15 },
    };
    assert.equal(price(custom, 75), 11250);
    assert.equal(price(custom, 120), 18000);
    assert.throws(
      () => sessionPrice(custom, 80),
      (e: Error & { code: string }) => {
        assert.equal(e.code, 'invalid_duration');
        assert.match(
          e.message,
          /80 minutes is not a length this service offers\. Choose 60, 30 to 120 in steps of 15 minutes/,
        );
        return true;
      },
    );
    assert.throws(() => sessionPrice(coaching, 45), /Choose 30, 60, 90 minutes/);
  });

  it('preselects the default duration, else the first listed, else the shortest custom one', () => {
    assert.equal(defaultDuration(coaching), 60);
    assert.equal(defaultDuration({ ...coaching, defaultDurationMinutes: undefined }), 30);
    assert.equal(
      defaultDuration({
        currency: 'USD',
        durations: [],
        hourlyRate: 1,
        customDuration: { minMinutes: 20, maxMinutes: 60, stepMinutes: 10 },
      }),
      20,
    );
  });
});

describe('group prices', () => {
  it('charges a per-person price directly or pro rata from a per-person hourly rate', () => {
    assert.deepEqual(
      groupSeatPrice({ currency: 'EUR', pricePerPerson: 2500 }, 90).price.amount,
      2500,
    );
    assert.deepEqual(groupSeatPrice({ currency: 'EUR', hourlyRatePerPerson: 3000 }, 90), {
      price: { amount: 4500, currency: 'EUR' },
      source: 'hourly_rate_per_person',
    });
  });

  it('never falls back to a one-to-one price', () => {
    assert.throws(
      () => groupSeatPrice({ currency: 'EUR' }, 60),
      /never fall back to one-to-one prices/,
    );
  });
});

describe('quote', () => {
  it('prices a plain session with one base line', () => {
    const q = quote({
      kind: 'one_to_one',
      service: { ...coaching, id: 'coaching' },
      start: '2026-11-25T15:00:00Z',
      now: NOW,
    });
    assert.deepEqual(q, {
      currency: 'USD',
      kind: 'one_to_one',
      serviceId: 'coaching',
      durationMinutes: 60,
      seats: 1,
      sessions: 1,
      start: '2026-11-25T15:00:00Z',
      quotedAt: NOW,
      lines: [{ kind: 'base', source: 'rate', quantity: 1, unitAmount: 9000, amount: 9000 }],
      subtotal: 9000,
      discounts: 0,
      total: 9000,
    });
  });

  it('applies a package, then early booking on the package price, each on its own line', () => {
    const service: ServicePricing = {
      ...coaching,
      packages: [{ id: 'five', sessions: 5, durationMinutes: 60, price: 40000 }],
      earlyBooking: [
        { daysAhead: 7, percentOff: 5 },
        { daysAhead: 14, percentOff: 12.5 },
      ],
    };
    const q = quote({
      kind: 'one_to_one',
      service,
      durationMinutes: 60,
      packageId: 'five',
      start: '2026-12-06T12:00:00Z',
      now: NOW,
    });
    assert.deepEqual(q.lines, [
      { kind: 'base', source: 'rate', quantity: 5, unitAmount: 9000, amount: 45000 },
      { kind: 'package', packageId: 'five', sessions: 5, amount: -5000 },
      { kind: 'early_booking', daysAhead: 14, percentOff: 12.5, amount: -5000 },
    ]);
    assert.deepEqual([q.subtotal, q.discounts, q.total, q.sessions], [45000, 10000, 35000, 5]);
    assert.equal(
      q.lines.reduce((s, l) => s + l.amount, 0),
      q.total,
    );
  });

  it('applies a group-size tier, then early booking: every discount a group quote can have', () => {
    const event = {
      id: 'workshop',
      start: '2026-12-10T17:00:00Z',
      durationMinutes: 90,
      pricing: {
        currency: 'EUR',
        hourlyRatePerPerson: 2000,
        groupSizeTiers: [
          { minSeats: 3, pricePerPerson: 2500 },
          { minSeats: 5, pricePerPerson: 2200 },
        ],
        earlyBooking: [{ daysAhead: 14, percentOff: 10 }],
      },
    };
    const q = quote({ kind: 'group', event, seats: 4, now: NOW });
    assert.deepEqual(q.lines, [
      {
        kind: 'base',
        source: 'hourly_rate_per_person',
        quantity: 4,
        unitAmount: 3000,
        amount: 12000,
      },
      { kind: 'group_size', minSeats: 3, quantity: 4, unitAmount: 2500, amount: -2000 },
      { kind: 'early_booking', daysAhead: 14, percentOff: 10, amount: -1000 },
    ]);
    assert.deepEqual(
      [q.subtotal, q.discounts, q.total, q.seats, q.eventId],
      [12000, 3000, 9000, 4, 'workshop'],
    );
    assert.deepEqual(
      quote({ kind: 'group', event, seats: 2, now: '2026-12-01T00:00:00Z' }).lines.length,
      1,
    );
    assert.throws(() => quote({ kind: 'group', event, seats: 0, now: NOW }), {
      code: 'invalid_seats',
    });
  });

  it('rounds each percentage on its own line, half-up', () => {
    // 10% of 12345 cents is 1234.5 → 1235.
    const q = quote({
      kind: 'one_to_one',
      service: {
        currency: 'USD',
        durations: [{ minutes: 60, price: 12345 }],
        earlyBooking: [{ daysAhead: 1, percentOff: 10 }],
      },
      start: '2026-12-01T00:00:00Z',
      now: NOW,
    });
    assert.equal(q.lines[1]!.amount, -1235);
    assert.equal(q.total, 11110);
  });

  it('counts early booking in elapsed 24-hour days, boundary included, across a DST change', () => {
    const service = { ...coaching, earlyBooking: [{ daysAhead: 14, percentOff: 10 }] };
    // New York springs forward on 2026-03-08; 14 × 24 h before 2026-03-13T15:00Z is 2026-02-27T15:00Z.
    const at = (now: string) =>
      quote({ kind: 'one_to_one', service, start: '2026-03-13T15:00:00Z', now }).total;
    assert.equal(at('2026-02-27T15:00:00Z'), 8100);
    assert.equal(at('2026-02-27T15:00:00.001Z'), 9000);
  });

  it('refuses a package for another duration, or one that does not exist', () => {
    const service = {
      ...coaching,
      packages: [{ id: 'five', sessions: 5, durationMinutes: 60, price: 40000 }],
    };
    assert.throws(
      () =>
        quote({
          kind: 'one_to_one',
          service,
          durationMinutes: 30,
          packageId: 'five',
          start: NOW,
          now: NOW,
        }),
      /quote it with that duration/,
    );
    assert.throws(
      () => quote({ kind: 'one_to_one', service, packageId: 'ten', start: NOW, now: NOW }),
      /There is no package "ten"\. Choose one of: five/,
    );
  });

  it("prices a package without a duration at the package's own length", () => {
    const service = {
      ...coaching,
      defaultDurationMinutes: 30,
      packages: [{ id: 'five', sessions: 5, durationMinutes: 60, price: 40000 }],
    };
    const q = quote({ kind: 'one_to_one', service, packageId: 'five', start: NOW, now: NOW });
    assert.equal(q.durationMinutes, 60);
    assert.equal(q.total, 40000);
  });

  it('adds no line for a rule that saves nothing, never a -0 one', () => {
    const exact = {
      ...coaching,
      packages: [{ id: 'two', sessions: 2, durationMinutes: 60, price: 18000 }],
    };
    const pkg = quote({
      kind: 'one_to_one',
      service: exact,
      packageId: 'two',
      start: NOW,
      now: NOW,
    });
    assert.deepEqual(
      pkg.lines.map((l) => l.kind),
      ['base'],
    );
    assert.equal(pkg.total, 18000);
    // 0.01 % of 1 cent rounds to nothing: no early-booking line.
    const tiny = {
      currency: 'USD',
      durations: [{ minutes: 60, price: 1 }],
      earlyBooking: [{ daysAhead: 1, percentOff: 0.01 }],
    };
    const early = quote({
      kind: 'one_to_one',
      service: tiny,
      start: '2026-12-20T10:00:00Z',
      now: NOW,
    });
    assert.deepEqual(
      early.lines.map((l) => [l.kind, Object.is(l.amount, -0) ? '-0' : l.amount]),
      [['base', 1]],
    );
    assert.equal(early.discounts, 0);
  });

  it('reads null as absent in a service from a database row', () => {
    const row = {
      currency: 'USD',
      durations: [{ minutes: 60, price: null }],
      hourlyRate: 9000,
      sessionPrice: null,
      defaultDurationMinutes: null,
      customDuration: null,
      earlyBooking: null,
      packages: null,
    };
    assert.equal(validate(ServiceSchema, { id: 's', name: 'S', ...row }).ok, true);
    const q = quote({ kind: 'one_to_one', service: row, packageId: null, start: NOW, now: NOW });
    assert.equal(q.total, 9000);
  });

  it('tells a stale quote from a fresh one', () => {
    const input = {
      kind: 'one_to_one' as const,
      service: coaching,
      start: '2026-12-01T10:00:00Z',
      now: NOW,
    };
    const seen = quote(input);
    assert.equal(sameQuote(seen, quote({ ...input, now: '2026-11-22T12:05:00Z' })), true);
    const raised = { ...coaching, durations: [{ minutes: 60, price: 9500 }] };
    assert.equal(sameQuote(seen, quote({ ...input, service: raised })), false);
  });
});

describe('pricing configuration', () => {
  const errors = (schema: typeof ServiceSchema | typeof GroupPricingSchema, input: unknown) => {
    const result = validate(schema, input);
    return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
  };
  const service = (over: Partial<Service>): unknown => ({
    id: 'coaching',
    name: 'Coaching',
    ...coaching,
    ...over,
  });

  it('accepts a sound service', () => {
    assert.deepEqual(errors(ServiceSchema, service({})), []);
  });

  it('names a duration without a rate, a negative price, a minimum above the maximum, an unknown currency', () => {
    assert.deepEqual(
      errors(
        ServiceSchema,
        service({
          currency: 'EUX',
          durations: [{ minutes: 30, price: -100 }, { minutes: 45 }],
          customDuration: { minMinutes: 120, maxMinutes: 60, stepMinutes: 15 },
          defaultDurationMinutes: 50,
        }),
      ),
      [
        'currency: "EUX" is not an ISO-4217 currency code known to this runtime. Use an ISO-4217 code in capitals, such as "USD", "EUR", "GBP", "INR" or "JPY".',
        'durations[0].price: The price -100 is not allowed: prices are whole minor units (cents, pence, …) and never negative. Write 5000 for 50.00.',
        'durations[1].price: The 45-minute duration has no price, and there is no hourlyRate (or sessionPrice) to derive one from. Give it a price, or set hourlyRate.',
        "customDuration.maxMinutes: The custom duration's minimum (120 minutes) is above its maximum (60 minutes). Swap them.",
        'customDuration: Custom durations are priced from the hourly rate, and the service has none. Set hourlyRate, or remove customDuration.',
        'defaultDurationMinutes: The default duration (50 minutes) is not one the service offers. Pick one of the listed durations.',
      ],
    );
  });

  it('names duplicate durations, packages that cost more than single sessions, and repeated rules', () => {
    assert.deepEqual(
      errors(
        ServiceSchema,
        service({
          durations: [
            { minutes: 60, price: 9000 },
            { minutes: 60, price: 8000 },
          ],
          packages: [
            { id: 'p', sessions: 2, durationMinutes: 60, price: 20000 },
            { id: 'q', sessions: 2, durationMinutes: 15, price: 1 },
          ],
          earlyBooking: [
            { daysAhead: 7, percentOff: 5 },
            { daysAhead: 7, percentOff: 120 },
          ],
        }),
      ).map((e) => e.split(':')[0]),
      [
        'earlyBooking[1].percentOff',
        'durations[1].minutes',
        'packages[0].price',
        'packages[1].durationMinutes',
        'earlyBooking[1].daysAhead',
      ],
    );
  });

  it('gives each pricing problem its own code, and tells negative, fractional and huge prices apart', () => {
    const codes = (input: unknown) => {
      const result = validate(ServiceSchema, input);
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    assert.deepEqual(
      codes(
        service({
          durations: [
            { minutes: 30, price: -1 },
            { minutes: 45, price: 1.5 },
            { minutes: 60, price: 1e12 },
            { minutes: 60 },
          ],
          hourlyRate: null,
        }),
      ),
      [
        'negative_price',
        'fractional_price',
        'price_too_large',
        'duplicate_duration',
        'duration_without_price',
      ],
    );
    assert.deepEqual(
      codes(
        service({
          customDuration: { minMinutes: 90, maxMinutes: 30, stepMinutes: 15 },
          defaultDurationMinutes: 45,
          packages: [{ id: 'p', sessions: 2, durationMinutes: 60, price: 19000 }],
        }),
      ),
      [
        'custom_min_above_max',
        'custom_without_hourly_rate',
        'default_duration_not_offered',
        'package_dearer',
      ],
    );
  });

  it('requires one group price, and tiers that grow in seats and do not cost more', () => {
    assert.deepEqual(errors(GroupPricingSchema, { currency: 'EUR' }).length, 1);
    assert.match(
      errors(GroupPricingSchema, {
        currency: 'EUR',
        pricePerPerson: 1,
        hourlyRatePerPerson: 1,
      })[0]!,
      /either pricePerPerson or hourlyRatePerPerson/,
    );
    assert.deepEqual(
      errors(GroupPricingSchema, {
        currency: 'EUR',
        pricePerPerson: 2000,
        groupSizeTiers: [
          { minSeats: 3, pricePerPerson: 2100 },
          { minSeats: 3, pricePerPerson: 1000 },
          { minSeats: 5, pricePerPerson: 1500 },
        ],
      }).map((e) => e.split(':')[0]),
      [
        'groupSizeTiers[0].pricePerPerson',
        'groupSizeTiers[1].minSeats',
        'groupSizeTiers[2].pricePerPerson',
      ],
    );
  });
});
