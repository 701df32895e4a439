import type { FIELD_CODES, PRICING_CODES, THROWN_CODES } from './codes.js';

/**
 * Why an input was refused. Stable codes that a program can branch on; messages are for people.
 * The codes table in docs/core.md says what each means.
 */
export type InputErrorCode =
  | keyof typeof THROWN_CODES
  | keyof typeof FIELD_CODES
  | keyof typeof PRICING_CODES
  | 'invalid_seats';

/**
 * Thrown when input to a core function is malformed. `path` names the offending field (as in
 * `["busy", 3, "end"]`) and the message says what to write instead.
 *
 * @example
 * try {
 *   computeSlots(query);
 * } catch (error) {
 *   if (error instanceof BookingInputError) console.error(error.code, error.path, error.message);
 * }
 */
export class BookingInputError extends Error {
  override readonly name: string = 'BookingInputError';
  readonly code: InputErrorCode;
  readonly path: readonly (string | number)[];

  constructor(code: InputErrorCode, message: string, path: readonly (string | number)[] = []) {
    super(path.length ? `${formatPath(path)}: ${message}` : message);
    this.code = code;
    this.path = path;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/**
 * A {@link BookingInputError} about money: an unknown currency (`invalid_currency`), an amount that
 * is not whole minor units (`invalid_amount`), or two currencies mixed in one sum
 * (`currency_mismatch`).
 *
 * @example
 * try {
 *   addMoney(money(100, 'USD'), money(100, 'EUR'));
 * } catch (error) {
 *   if (error instanceof MoneyError && error.code === 'currency_mismatch') showPerCurrencyTotals();
 * }
 */
export class MoneyError extends BookingInputError {
  override readonly name: string = 'MoneyError';
}
