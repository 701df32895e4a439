/**
 * Why an input was refused. Stable codes that a program can branch on; messages are for people.
 */
export type InputErrorCode =
  | 'invalid_time_zone'
  | 'invalid_wall_time'
  | 'invalid_window'
  | 'invalid_local_date'
  | 'invalid_instant'
  | 'invalid_interval'
  | 'invalid_policy'
  | 'invalid_range'
  | 'duplicate_override'
  | 'invalid_input';

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
  override readonly name = 'BookingInputError';
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
