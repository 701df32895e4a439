// Typed errors of a BookingAdapter. Every failure of a call is one of these (or the caller's own
// AbortError), so a widget can branch on `kind` and show the right message without parsing text.
import type { Slot } from '../schemas/availability.js';
import type { FieldError, Problem } from '../schemas/contract.js';
import type { Quote } from '../schemas/pricing.js';

/** What went wrong, coarsely: what a UI decides on. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'conflict'
  | 'validation'
  | 'auth'
  | 'not_found'
  | 'server'
  | 'contract'
  | 'bad_request';

/**
 * A failed adapter call. `endpoint` names it (`POST /bookings`), `status` and `code` come from the
 * response when there was one, `problem` is the whole RFC 9457 body, and `retryable` says whether
 * trying again later can help.
 *
 * @example
 * try {
 *   await adapter.createBooking(request, { idempotencyKey });
 * } catch (error) {
 *   if (error instanceof ConflictError && error.code === 'slot_unavailable') offer(error.alternatives);
 * }
 */
export class BookingApiError extends Error {
  override readonly name: string = 'BookingApiError';
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly problem: Problem | undefined;
  readonly retryable: boolean;

  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    message: string,
    init: {
      status?: number;
      code?: string;
      problem?: Problem;
      retryable?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = init.status;
    this.code = init.code ?? init.problem?.code;
    this.problem = init.problem;
    this.retryable = init.retryable ?? false;
  }
}

/**
 * No whole answer: offline, DNS, CORS, connection reset, or a body cut short or that fails to
 * decode (bad gzip). Retrying later can help.
 */
export class NetworkError extends BookingApiError {
  override readonly name = 'NetworkError';
  /** The browser says it is offline. */
  readonly offline: boolean;
  constructor(endpoint: string, message: string, offline: boolean, cause?: unknown) {
    super('network', endpoint, message, { retryable: true, cause });
    this.offline = offline;
  }
}

/**
 * No answer in time: one attempt ran past `timeoutMs`, or the whole call past `deadlineMs` (the
 * message names the limit). Retrying later can help.
 */
export class TimeoutError extends BookingApiError {
  override readonly name = 'TimeoutError';
  constructor(endpoint: string, timeoutMs: number, cause?: unknown) {
    super('timeout', endpoint, `${endpoint} did not answer within ${timeoutMs} ms.`, {
      retryable: true,
      cause,
    });
  }
}

/**
 * 409: the request is sound but the world changed. `code` says how: `slot_unavailable` (with
 * `alternatives`), `price_changed` (with the fresh `quote`), `event_full` (with `waitlist`),
 * `transition_refused` (the lifecycle refused; the problem's `reason` says why), or
 * `idempotency_conflict`.
 */
export class ConflictError extends BookingApiError {
  override readonly name = 'ConflictError';
  readonly alternatives: Slot[];
  readonly quote: Quote | undefined;
  readonly waitlist: { available: boolean; seatsLeft: number } | undefined;
  constructor(endpoint: string, message: string, status: number, problem: Problem | undefined) {
    super('conflict', endpoint, message, { status, ...(problem ? { problem } : {}) });
    this.alternatives = problem?.alternatives ?? [];
    this.quote = problem?.quote ?? undefined;
    this.waitlist = problem?.waitlist ?? undefined;
  }
}

/** 422 (or 400): the request itself is wrong; `fieldErrors` name each field. */
export class ValidationError extends BookingApiError {
  override readonly name = 'ValidationError';
  readonly fieldErrors: FieldError[];
  constructor(endpoint: string, message: string, status: number, problem: Problem | undefined) {
    super(status === 422 ? 'validation' : 'bad_request', endpoint, message, {
      status,
      ...(problem ? { problem } : {}),
    });
    this.fieldErrors = problem?.errors ?? [];
  }
}

/** 401 (no or unknown token) or 403 (a token for someone else's data). */
export class AuthError extends BookingApiError {
  override readonly name = 'AuthError';
}

/** 404: no such provider, event or booking. */
export class NotFoundError extends BookingApiError {
  override readonly name = 'NotFoundError';
}

/**
 * 5xx, or 429 after the retries ran out, or at once when the server's `Retry-After` ends past the
 * call's deadline. Retrying later can help: `retryAfterMs` says when the server asked for.
 */
export class ServerError extends BookingApiError {
  override readonly name = 'ServerError';
  /** The wait the server asked for (`Retry-After` of a 429 or 503), in ms; else undefined. */
  readonly retryAfterMs: number | undefined;
  constructor(
    kind: ApiErrorKind,
    endpoint: string,
    message: string,
    init: ConstructorParameters<typeof BookingApiError>[3] & { retryAfterMs?: number } = {},
  ) {
    super(kind, endpoint, message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The backend answered something the contract does not allow: `field` names the first offending
 * field of the body. A bug to report to whoever runs the backend.
 */
export class ContractError extends BookingApiError {
  override readonly name = 'ContractError';
  readonly field: string;
  constructor(endpoint: string, field: string, message: string, status?: number) {
    super(
      'contract',
      endpoint,
      `${endpoint} answered outside the booking contract at ${field || 'the body'}: ${message}`,
      status === undefined ? {} : { status },
    );
    this.field = field;
  }
}
