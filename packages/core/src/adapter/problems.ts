// Problem details (RFC 9457) as the HTTP client reads them, leniently, and the typed error each
// status and problem becomes.
import * as z from 'zod/mini';
import { SlotSchema } from '../schemas/availability.js';
import { FieldErrorSchema, ProblemSchema, type Problem } from '../schemas/contract.js';
import {
  AuthError,
  BookingApiError,
  ConflictError,
  NotFoundError,
  ServerError,
  ValidationError,
} from './errors.js';

const GENERIC_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  422: 'validation_failed',
  429: 'rate_limited',
};

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Members that are lists: a malformed entry is dropped, the well-formed ones kept. */
const PROBLEM_LISTS: Record<string, z.ZodMiniType> = {
  errors: FieldErrorSchema,
  alternatives: SlotSchema,
};

/**
 * Problem details read as RFC 9457 asks: every member is optional and one that is malformed is
 * ignored, not the whole document. `type` defaults to `about:blank`, `title` to the status phrase,
 * `status` is the HTTP status, and a missing `code` is the status's generic one.
 */
export function readProblem(
  text: string,
  status: number,
  statusText: string,
): { problem?: Problem; message?: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const shape = ProblemSchema.shape as Record<string, z.ZodMiniType>;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '__proto__') continue;
    const list = PROBLEM_LISTS[key];
    if (list) {
      if (Array.isArray(value))
        kept[key] = value.flatMap((item) => {
          const parsed = z.safeParse(list, item);
          return parsed.success ? [parsed.data] : [];
        });
      continue;
    }
    const schema = shape[key];
    if (!schema) {
      kept[key] = value;
      continue;
    }
    const parsed = z.safeParse(schema, value);
    if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data;
  }
  const title = typeof kept.title === 'string' ? kept.title : undefined;
  const detail = typeof kept.detail === 'string' ? kept.detail : undefined;
  const problem = {
    ...kept,
    type: typeof kept.type === 'string' ? kept.type : 'about:blank',
    title: title ?? STATUS_TITLES[status] ?? (statusText || `HTTP ${status}`),
    status,
    code:
      typeof kept.code === 'string'
        ? kept.code
        : (GENERIC_CODES[status] ?? (status >= 500 ? 'server_error' : 'bad_request')),
  } as Problem;
  return { problem, ...((detail ?? title) ? { message: detail ?? title } : {}) };
}

/** The typed error for an HTTP status and its problem body. @internal */
export function errorFromResponse(
  endpoint: string,
  status: number,
  problem: Problem | undefined,
  options: { message?: string | undefined; retryAfterMs?: number | undefined } = {},
): BookingApiError {
  const message = options.message ?? `${endpoint} answered ${status}.`;
  const init = { status, ...(problem ? { problem } : {}) };
  if (status === 409) return new ConflictError(endpoint, message, status, problem);
  if (status === 400 || status === 422)
    return new ValidationError(endpoint, message, status, problem);
  if (status === 401 || status === 403) return new AuthError('auth', endpoint, message, init);
  if (status === 404) return new NotFoundError('not_found', endpoint, message, init);
  if (status === 429 || status >= 500)
    return new ServerError('server', endpoint, message, {
      ...init,
      retryable: true,
      ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
    });
  return new BookingApiError('bad_request', endpoint, message, init);
}
