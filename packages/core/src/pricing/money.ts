// Money as integer minor units plus an ISO-4217 code. No floating point touches an amount: ratios
// are exact fractions in BigInt, rounded once, explicitly.
import { MoneyError } from '../errors.js';
import { messages } from '../messages.js';

/** An amount in the currency's minor units (cents, pence, fils; yen have none). */
export interface Money {
  /** Whole minor units: 1234 USD is $12.34, 1234 JPY is ¥1,234, 1234 KWD is 1.234 KD. */
  readonly amount: number;
  /** ISO-4217 code, upper case. */
  readonly currency: string;
}

/**
 * How a fraction of a minor unit becomes whole: `half-up` rounds halves away from zero
 * (2.5 → 3, -2.5 → -3); `half-even` rounds halves to the even neighbour (2.5 → 2, 3.5 → 4).
 */
export type Rounding = 'half-up' | 'half-even';

let currencies: ReadonlySet<string> | undefined;
const exponents = new Map<string, number>();

/**
 * Whether the runtime knows the ISO-4217 code. `Intl.NumberFormat` formats any three letters
 * without complaint, so this checks `Intl.supportedValuesOf('currency')`.
 *
 * @example
 * isCurrency('EUR'); // true
 * isCurrency('EUX'); // false
 */
export function isCurrency(code: unknown): code is string {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return typeof code === 'string' && currencies.has(code);
}

/**
 * Throws a {@link MoneyError} unless `code` is a known ISO-4217 code.
 *
 * @example
 * assertCurrency('usd'); // throws: "usd" is not a currency code … Did you mean "USD"?
 */
export function assertCurrency(code: unknown, path: readonly (string | number)[] = []): string {
  if (isCurrency(code)) return code;
  const upper = typeof code === 'string' ? code.trim().toUpperCase() : '';
  throw new MoneyError(
    'invalid_currency',
    messages.currency(code, isCurrency(upper) ? upper : undefined),
    path,
  );
}

/**
 * Digits after the decimal point of the currency's minor unit, from `Intl`: 0 for JPY, 2 for
 * USD, GBP, EUR and INR, 3 for KWD.
 *
 * @example
 * currencyExponent('KWD'); // 3
 */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    assertCurrency(currency, ['currency']);
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits!;
    exponents.set(currency, exponent);
  }
  return exponent;
}

/**
 * A checked {@link Money}: the amount must be a whole number of minor units (a safe integer).
 *
 * @example
 * money(5000, 'USD'); // { amount: 5000, currency: 'USD' }, which is $50.00
 * money(12.5, 'USD'); // throws: amounts are whole minor units
 */
export function money(amount: number, currency: string): Money {
  assertCurrency(currency, ['currency']);
  assertAmount(amount, ['amount']);
  return { amount, currency };
}

/**
 * Money from a decimal written in major units, read exactly (no floating-point drift). More
 * decimals than the currency has is an error rather than a silent rounding.
 *
 * @example
 * parseMoney('12.5', 'USD'); // { amount: 1250, currency: 'USD' }
 * parseMoney(1.235, 'KWD'); // { amount: 1235, currency: 'KWD' }
 * parseMoney('1.5', 'JPY'); // throws: JPY has no minor unit
 */
export function parseMoney(value: string | number, currency: string): Money {
  const exponent = currencyExponent(currency);
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  const decimals = match?.[3] ?? '';
  if (!match || decimals.length > exponent || (match[3] === '' && exponent === 0)) {
    throw new MoneyError('invalid_amount', messages.majorAmount(value, currency, exponent), [
      'amount',
    ]);
  }
  const minor = Number(match[2]! + decimals.padEnd(exponent, '0'));
  const amount = match[1] ? -minor : minor;
  assertAmount(amount, ['amount']);
  return { amount: amount === 0 ? 0 : amount, currency };
}

// A number's shortest round-trip decimal text, without exponent notation.
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  return text.includes('e') ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/**
 * The amount as a plain decimal in major units, exactly: what a form field or a payment API wants.
 *
 * @example
 * toDecimalString({ amount: 1205, currency: 'USD' }); // "12.05"
 * toDecimalString({ amount: -5, currency: 'KWD' }); // "-0.005"
 */
export function toDecimalString(m: Money): string {
  const exponent = currencyExponent(m.currency);
  const digits = String(Math.abs(m.amount)).padStart(exponent + 1, '0');
  const sign = m.amount < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The amount for people, in a locale, through `Intl.NumberFormat` (exact: the formatter gets a
 * decimal string, never a float).
 *
 * @example
 * formatMoney({ amount: 9000, currency: 'USD' }, 'en-US'); // "$90.00"
 * formatMoney({ amount: 9000, currency: 'EUR' }, 'de-DE'); // "90,00 €"
 * formatMoney({ amount: 1500, currency: 'JPY' }, 'ja-JP'); // "￥1,500"
 */
export function formatMoney(
  m: Money,
  locale?: string | readonly string[],
  options: { currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' } = {},
): string {
  const key = `${String(locale)}|${m.currency}|${options.currencyDisplay ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale as string | string[] | undefined, {
      style: 'currency',
      currency: m.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
    });
    formatters.set(key, formatter);
  }
  // ES2023 Intl formats decimal strings exactly; the type still says number.
  return formatter.format(toDecimalString(m) as unknown as number);
}

function assertAmount(amount: unknown, path: readonly (string | number)[]): void {
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError('invalid_amount', messages.minorAmount(amount), path);
  }
}

function sameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('currency_mismatch', messages.currencyMismatch(operation, a, b));
  }
}

/**
 * The sum of amounts in one currency. Mixing currencies throws a {@link MoneyError} with code
 * `currency_mismatch`, never a silent sum.
 *
 * @example
 * addMoney(money(5000, 'USD'), money(250, 'USD')); // { amount: 5250, currency: 'USD' }
 * addMoney(money(5000, 'USD'), money(250, 'EUR')); // throws currency_mismatch
 */
export function addMoney(first: Money, ...rest: Money[]): Money {
  let amount = first.amount;
  for (const m of rest) {
    sameCurrency(first, m, 'add');
    amount += m.amount;
  }
  assertAmount(amount, ['amount']);
  return { amount, currency: first.currency };
}

/**
 * `a - b` in one currency.
 *
 * @example
 * subtractMoney(money(5000, 'GBP'), money(1250, 'GBP')); // { amount: 3750, currency: 'GBP' }
 */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, 'subtract');
  const amount = a.amount - b.amount;
  assertAmount(amount, ['amount']);
  return { amount, currency: a.currency };
}

/**
 * Sum of a list that may be empty, so the currency is given.
 *
 * @example
 * sumMoney([], 'INR'); // { amount: 0, currency: 'INR' }
 */
export function sumMoney(list: readonly Money[], currency: string): Money {
  return addMoney({ amount: 0, currency: assertCurrency(currency, ['currency']) }, ...list);
}

/**
 * `amount × numerator / denominator`, computed exactly and rounded once to a minor unit.
 * Pro-rata prices, percentages and refunds are all this.
 *
 * @example
 * multiplyMoney(money(9000, 'USD'), 90, 60); // 1.5 × $90.00 = { amount: 13500, … }
 * multiplyMoney(money(5, 'USD'), 1, 2); // 2.5 cents → { amount: 3, … } (half-up)
 * multiplyMoney(money(5, 'USD'), 1, 2, 'half-even'); // → { amount: 2, … }
 */
export function multiplyMoney(
  m: Money,
  numerator: number,
  denominator = 1,
  rounding: Rounding = 'half-up',
): Money {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new MoneyError('invalid_ratio', messages.ratio(numerator, denominator), ['ratio']);
  }
  const amount = Number(
    divideRounded(BigInt(m.amount) * BigInt(numerator), BigInt(denominator), rounding),
  );
  assertAmount(amount, ['amount']);
  return { amount: amount === 0 ? 0 : amount, currency: m.currency };
}

/**
 * `numerator / denominator` of BigInts rounded to an integer.
 * @internal
 */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator, rounding);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  const twice = (n % denominator) * 2n;
  if (twice > denominator || (twice === denominator && (rounding === 'half-up' || q % 2n === 1n)))
    q += 1n;
  return negative ? -q : q;
}

/**
 * Splits an amount into `parts` equal shares, or in proportion to weights, so that the shares
 * add up to exactly the amount: leftover minor units go one each to the first shares.
 *
 * @example
 * splitMoney(money(100, 'USD'), 3).map((m) => m.amount); // [34, 33, 33]
 * splitMoney(money(1000, 'JPY'), [1, 2]).map((m) => m.amount); // [334, 666]
 */
export function splitMoney(m: Money, parts: number | readonly number[]): Money[] {
  const weights = typeof parts === 'number' ? Array.from({ length: parts }, () => 1) : [...parts];
  if (
    weights.length === 0 ||
    weights.some((w) => !Number.isSafeInteger(w) || w < 0) ||
    weights.every((w) => w === 0)
  ) {
    throw new MoneyError('invalid_split', messages.split(parts), ['parts']);
  }
  const total = BigInt(m.amount);
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const weightSum = weights.reduce((s, w) => s + BigInt(w), 0n);
  const shares = weights.map((w) => (magnitude * BigInt(w)) / weightSum);
  let left = magnitude - shares.reduce((s, x) => s + x, 0n);
  for (let i = 0; left > 0n; i++) {
    if (weights[i] === 0) continue;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares.map((s) => ({ amount: Number(s * sign) || 0, currency: m.currency }));
}

/**
 * -1, 0 or 1 as `a` is less than, equal to or more than `b` (same currency only), for sorting.
 *
 * @example
 * [money(900, 'EUR'), money(500, 'EUR')].sort(compareMoney); // 500 first
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, 'compare');
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/**
 * Whether two amounts are the same money (same currency and amount; never throws).
 *
 * @example
 * equalMoney(money(100, 'USD'), money(100, 'CAD')); // false
 */
export function equalMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}
