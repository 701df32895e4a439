// Money: exponents from Intl, exact parsing, explicit rounding on .5, splits, typed errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  MoneyError,
  addMoney,
  compareMoney,
  currencyExponent,
  formatMoney,
  isCurrency,
  money,
  multiplyMoney,
  parseMoney,
  splitMoney,
  subtractMoney,
  sumMoney,
  toDecimalString,
} from '@booking/core';

const amounts = (list: { amount: number }[]) => list.map((m) => m.amount);

describe('currencies', () => {
  it('takes exponents from Intl: JPY 0, USD/GBP/EUR/INR 2, KWD 3', () => {
    assert.deepEqual(
      ['JPY', 'USD', 'GBP', 'EUR', 'INR', 'KWD'].map(currencyExponent),
      [0, 2, 2, 2, 2, 3],
    );
  });

  it('refuses codes Intl does not know, suggesting the capitalised code', () => {
    assert.equal(isCurrency('EUR'), true);
    assert.equal(isCurrency('EUX'), false);
    assert.equal(isCurrency('eur'), false);
    assert.throws(
      () => money(100, 'usd'),
      (e: MoneyError) => {
        assert.ok(e instanceof MoneyError);
        assert.equal(e.code, 'invalid_currency');
        assert.match(e.message, /Did you mean "USD"\?/);
        return true;
      },
    );
    assert.throws(() => money(100, 'ABC'), /ISO-4217 code in capitals/);
  });

  it('refuses amounts that are not whole minor units', () => {
    assert.throws(() => money(12.5, 'USD'), { code: 'invalid_amount' });
    assert.throws(() => money(Number.MAX_SAFE_INTEGER + 2, 'USD'), { code: 'invalid_amount' });
  });
});

describe('parsing and printing', () => {
  it('reads major-unit decimals exactly, in each exponent', () => {
    assert.deepEqual(parseMoney('12.5', 'USD'), { amount: 1250, currency: 'USD' });
    assert.deepEqual(parseMoney(19.99, 'USD'), {
      amount: 1999,
      currency: 'USD',
    });
    assert.deepEqual(parseMoney('1.235', 'KWD'), { amount: 1235, currency: 'KWD' });
    assert.deepEqual(parseMoney(1500, 'JPY'), { amount: 1500, currency: 'JPY' });
    assert.deepEqual(parseMoney('-0.05', 'EUR'), { amount: -5, currency: 'EUR' });
  });

  it('refuses more decimals than the currency has, saying how many it has', () => {
    assert.throws(() => parseMoney('1.5', 'JPY'), /JPY has no minor unit/);
    assert.throws(() => parseMoney('1.2345', 'KWD'), /at most 3 decimals/);
    assert.throws(() => parseMoney('12,50', 'EUR'), { code: 'invalid_amount' });
  });

  it('prints exact decimals and formats with Intl for a locale', () => {
    assert.equal(toDecimalString({ amount: 1205, currency: 'USD' }), '12.05');
    assert.equal(toDecimalString({ amount: -5, currency: 'KWD' }), '-0.005');
    assert.equal(toDecimalString({ amount: 1500, currency: 'JPY' }), '1500');
    assert.equal(formatMoney({ amount: 9000, currency: 'USD' }, 'en-US'), '$90.00');
    assert.equal(formatMoney({ amount: 9000, currency: 'EUR' }, 'de-DE'), '90,00\u00a0€');
    assert.equal(formatMoney({ amount: 1500, currency: 'JPY' }, 'en-US'), '¥1,500');
    assert.equal(
      formatMoney({ amount: 1235, currency: 'KWD' }, 'en-US', { currencyDisplay: 'code' }),
      'KWD\u00a01.235',
    );
    assert.equal(formatMoney({ amount: 2000, currency: 'INR' }, 'en-IN'), '₹20.00');
    // Beyond 2^53 / 100 a float would drift; the decimal string does not.
    assert.equal(
      formatMoney({ amount: 9_007_199_254_740_991, currency: 'USD' }, 'en-US'),
      '$90,071,992,547,409.91',
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and compares in one currency', () => {
    const usd = (n: number) => money(n, 'USD');
    assert.deepEqual(addMoney(usd(5000), usd(250), usd(1)), usd(5251));
    assert.deepEqual(subtractMoney(usd(5000), usd(7000)), usd(-2000));
    assert.deepEqual(sumMoney([], 'INR'), money(0, 'INR'));
    assert.equal(compareMoney(usd(1), usd(2)), -1);
    assert.equal(compareMoney(usd(2), usd(2)), 0);
    assert.throws(() => compareMoney(usd(100), money(100, 'CAD')), /currency|USD and CAD/);
  });

  it('never sums two currencies silently', () => {
    for (const run of [
      () => addMoney(money(1, 'USD'), money(1, 'EUR')),
      () => subtractMoney(money(1, 'USD'), money(1, 'EUR')),
      () => compareMoney(money(1, 'USD'), money(1, 'EUR')),
      () => sumMoney([money(1, 'USD')], 'GBP'),
    ]) {
      assert.throws(run, (e: MoneyError) => {
        assert.ok(e instanceof MoneyError);
        assert.equal(e.code, 'currency_mismatch');
        assert.match(e.message, /Keep one total per currency/);
        return true;
      });
    }
  });

  it('rounds .5 half-up away from zero and half-even to the even neighbour', () => {
    const cases: [amount: number, num: number, den: number, halfUp: number, halfEven: number][] = [
      [5, 1, 2, 3, 2], // 2.5
      [7, 1, 2, 4, 4], // 3.5
      [1, 1, 2, 1, 0], // 0.5
      [-5, 1, 2, -3, -2], // -2.5
      [-7, 1, 2, -4, -4], // -3.5
      [25, 1, 10, 3, 2], // 2.5 from a tenth
      [15, 3, 10, 5, 4], // 4.5
      [1000, 1, 3, 333, 333], // 333.33…
      [2000, 1, 3, 667, 667], // 666.66…
    ];
    for (const [amount, num, den, up, even] of cases) {
      const m = money(amount, 'USD');
      assert.equal(multiplyMoney(m, num, den).amount, up, `${amount}×${num}/${den} half-up`);
      assert.equal(
        multiplyMoney(m, num, den, 'half-even').amount,
        even,
        `${amount}×${num}/${den} half-even`,
      );
    }
  });

  it('rounds to the minor unit of 0- and 3-decimal currencies', () => {
    // ¥1,001 × 1/2 = ¥500.5; 1.001 KD × 1/2 = 0.5005 KD.
    assert.equal(multiplyMoney(money(1001, 'JPY'), 1, 2).amount, 501);
    assert.equal(multiplyMoney(money(1001, 'JPY'), 1, 2, 'half-even').amount, 500);
    assert.equal(multiplyMoney(money(1001, 'KWD'), 1, 2).amount, 501);
    assert.equal(multiplyMoney(money(1003, 'KWD'), 1, 2, 'half-even').amount, 502);
  });

  it('computes ratios exactly where floats would not', () => {
    // 1.15 × 100 in floating point is 114.99999999999999.
    assert.equal(multiplyMoney(money(115, 'USD'), 100, 100).amount, 115);
    assert.equal(
      multiplyMoney(money(9_007_199_254_740_991, 'USD'), 1, 3).amount,
      3_002_399_751_580_330,
    );
    assert.throws(() => multiplyMoney(money(1, 'USD'), 1, 0), { code: 'invalid_ratio' });
    assert.throws(() => multiplyMoney(money(1, 'USD'), 0.5), { code: 'invalid_ratio' });
  });

  it('splits with the extra minor units on the first parts', () => {
    assert.deepEqual(amounts(splitMoney(money(100, 'USD'), 3)), [34, 33, 33]);
    assert.deepEqual(amounts(splitMoney(money(-100, 'USD'), 3)), [-34, -33, -33]);
    assert.deepEqual(amounts(splitMoney(money(2, 'JPY'), 4)), [1, 1, 0, 0]);
    assert.deepEqual(amounts(splitMoney(money(1000, 'JPY'), [1, 2])), [334, 666]);
    assert.deepEqual(amounts(splitMoney(money(10, 'KWD'), [0, 1, 1])), [0, 5, 5]);
    assert.deepEqual(amounts(splitMoney(money(5, 'KWD'), [1, 0, 1])), [3, 0, 2]);
    assert.throws(() => splitMoney(money(1, 'USD'), 0), /number of parts/);
    assert.throws(() => splitMoney(money(1, 'USD'), [0, 0]), { code: 'invalid_split' });
  });
});
