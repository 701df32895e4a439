// Running a schema for people: every issue becomes a FieldError with a dotted field, a stable
// code and a sentence that says how to fix it.
import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { BookingInputError } from '../errors.js';
import { fieldMessages } from '../messages.js';
import type { FieldError } from './contract.js';

/**
 * The outcome of a validation: the parsed (trimmed, checked) value, or every problem found, each
 * naming its field, with a `message` that joins them for a log line.
 */
export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'validation_failed'; message: string; errors: FieldError[] };

/** The failed {@link Validation} of these field errors. @internal */
export function invalid(errors: FieldError[]): Extract<Validation<never>, { ok: false }> {
  const message = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' ');
  return { ok: false, code: 'validation_failed', message, errors };
}

/** `["client", "email"]` → `client.email`; `["durations", 2, "price"]` → `durations[2].price`. @internal */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
    '',
  );
}

const expectedText: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function toFieldError(issue: $ZodIssue): FieldError {
  const field = fieldOf(issue.path);
  const last = String(issue.path[issue.path.length - 1] ?? 'the value');
  switch (issue.code) {
    case 'custom':
      return {
        field,
        code: (issue.params?.code as string | undefined) ?? 'invalid_value',
        message: issue.message,
      };
    case 'invalid_type':
      return issue.input === undefined
        ? { field, code: 'required', message: fieldMessages.required(last) }
        : {
            field,
            code: 'invalid_type',
            message: fieldMessages.wrongType(last, expectedText[issue.expected] ?? issue.expected),
          };
    case 'invalid_value':
      return {
        field,
        code: 'invalid_choice',
        message: fieldMessages.choice(
          last,
          issue.values.map((v) => JSON.stringify(v)),
        ),
      };
    case 'unrecognized_keys':
      return {
        field: fieldOf([...issue.path, issue.keys[0]!]),
        code: 'unknown_field',
        message: fieldMessages.unknownField(issue.keys[0]!),
      };
    case 'too_small':
      return {
        field,
        code: issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too_small',
        message: issue.message,
      };
    case 'too_big':
      return {
        field,
        code: issue.origin === 'string' ? 'too_long' : 'too_big',
        message: issue.message,
      };
    case 'invalid_union':
      return {
        field,
        code: 'invalid_value',
        message: fieldMessages.wrongType(last, 'one of the allowed shapes'),
      };
    default:
      return { field, code: issue.code, message: issue.message };
  }
}

/**
 * Runs any schema of core and returns the parsed value or every problem as a {@link FieldError}.
 * Text fields come back trimmed.
 *
 * @example
 * const result = validate(ClientDetailsSchema, { name: '  Ana ', email: 'ana@' });
 * // { ok: false, code: 'validation_failed', message: 'email: Please enter …',
 * //   errors: [{ field: 'email', code: 'invalid_email', message: 'Please enter an email address like name@example.com.' }] }
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): Validation<z.output<S>> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return invalid(result.error.issues.map(toFieldError));
}

/**
 * Like {@link validate}, but throws a {@link BookingInputError} (code `invalid_input`) naming the
 * first problem and `what` was being read: for configuration a developer passes in.
 *
 * @example
 * const service = parse(ServiceSchema, config.service, 'service');
 */
export function parse<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  what = 'input',
): z.output<S> {
  const result = validate(schema, input);
  if (result.ok) return result.value;
  const first = result.errors[0]!;
  const more =
    result.errors.length > 1
      ? ` (and ${result.errors.length - 1} more problem${result.errors.length > 2 ? 's' : ''})`
      : '';
  throw new BookingInputError('invalid_input', `${first.message}${more}`, [
    what,
    ...(first.field ? [first.field] : []),
  ]);
}
