// Property: sums and splits never lose or create a minor unit, in any exponent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMoney, money, multiplyMoney, splitMoney, subtractMoney, sumMoney } from '@booking/core';

const runs = Number(process.env.PROPERTY_RUNS ?? 200);
const currency = fc.constantFrom('JPY', 'USD', 'KWD', 'INR');
const amount = fc.integer({ min: -1e12, max: 1e12 });

describe('money properties', () => {
  it('a split adds up to the amount, shares differ by at most one unit, larger first', () => {
    fc.assert(
      fc.property(amount, currency, fc.integer({ min: 1, max: 50 }), (a, c, parts) => {
        const shares = splitMoney(money(a, c), parts).map((m) => m.amount);
        assert.equal(shares.length, parts);
        assert.equal(
          shares.reduce((s, x) => s + x, 0),
          a,
        );
        const abs = shares.map(Math.abs);
        assert.ok(Math.max(...abs) - Math.min(...abs) <= 1);
        for (let i = 1; i < abs.length; i++) assert.ok(abs[i - 1]! >= abs[i]!);
      }),
      { numRuns: runs },
    );
  });

  it('a weighted split adds up to the amount and each share is within one unit of its exact part', () => {
    fc.assert(
      fc.property(
        amount,
        currency,
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (a, c, weights) => {
          const shares = splitMoney(money(a, c), weights).map((m) => m.amount);
          assert.equal(
            shares.reduce((s, x) => s + x, 0),
            a,
          );
          const total = weights.reduce((s, w) => s + w, 0);
          shares.forEach((share, i) => {
            assert.ok(Math.abs(share - (a * weights[i]!) / total) < 1 + 1e-6);
            if (weights[i] === 0) assert.equal(share, 0);
          });
        },
      ),
      { numRuns: runs },
    );
  });

  it('sums are exact, order-free, and undone by subtraction', () => {
    fc.assert(
      fc.property(currency, fc.array(amount, { maxLength: 30 }), (c, list) => {
        const ms = list.map((a) => money(a, c));
        const sum = sumMoney(ms, c).amount;
        assert.equal(
          sum,
          list.reduce((s, x) => s + x, 0),
        );
        assert.equal(sumMoney([...ms].reverse(), c).amount, sum);
        if (ms.length)
          assert.equal(
            subtractMoney(addMoney(ms[0]!, ...ms.slice(1)), ms[0]!).amount,
            sum - list[0]!,
          );
      }),
      { numRuns: runs },
    );
  });

  it('a ratio is within half a unit of the exact value; splitting its result keeps every unit', () => {
    fc.assert(
      fc.property(
        // Results stay safe integers (a larger product is refused as invalid_amount, by design).
        fc.integer({ min: -1e11, max: 1e11 }),
        currency,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (a, c, num, den, rounding) => {
          const r = multiplyMoney(money(a, c), num, den, rounding).amount;
          const exact = BigInt(a) * BigInt(num) * 2n - BigInt(r) * BigInt(den) * 2n;
          assert.ok(exact <= BigInt(den) && exact >= -BigInt(den));
        },
      ),
      { numRuns: runs },
    );
  });
});
