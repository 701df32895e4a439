// createHttpAdapter: the BookingAdapter over the HTTP contract, on ky. Every body is validated
// against core's schemas; every failure becomes a typed error; reads retry with backoff, creates
// retry only with their idempotency key, and availability revalidates with ETags.
import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options } from 'ky';
import * as z from 'zod/mini';
import { BookingInputError } from '../errors.js';
import { BookingSchema } from '../schemas/booking.js';
import {
  AvailabilityInputSchema,
  AvailabilityResponseSchema,
  CreatedBookingSchema,
  GroupEventPageSchema,
  ProblemSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  WaitlistedSchema,
  type AvailabilityResponse,
  type Problem,
} from '../schemas/contract.js';
import { GroupEventSchema, ProviderSchema } from '../schemas/provider.js';
import { validate } from '../schemas/validate.js';
import type {
  BookingAdapter,
  CallOptions,
  ProviderAdapter,
  RegistrationResult,
} from './adapter.js';
import {
  AuthError,
  BookingApiError,
  ConflictError,
  ContractError,
  NetworkError,
  NotFoundError,
  ServerError,
  TimeoutError,
  ValidationError,
} from './errors.js';

/** How calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Longest wait between attempts, in ms (default 5000). `Retry-After` may ask for longer, up to the timeout. */
  backoffLimitMs?: number;
  /** Wait before retry `attempt` (1, 2, …), in ms; default 300 × 2^(attempt-1), with full jitter. */
  delayMs?: (attempt: number) => number;
}

/** Options of {@link createHttpAdapter}. */
export interface HttpAdapterOptions {
  /** Where the contract lives: `https://api.example.com/booking`, or `/api` in a page. */
  baseUrl: string;
  /** Sent with every request (tracing, an API key). */
  headers?: Record<string, string>;
  /** The fetch to use (tests, a proxy); default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms (default 10000). */
  timeoutMs?: number;
  /** Retries of reads and of creates (with the same idempotency key); a number is the limit. */
  retry?: number | RetryOptions;
  /** The provider's bearer token, for the provider's writes. */
  token?: string;
}

type Mode = 'read' | 'create' | 'once';

interface Call<T> {
  endpoint: string;
  method: 'get' | 'post' | 'put' | 'patch';
  path: string;
  schema: z.ZodMiniType<T> | undefined;
  mode: Mode;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  options?: CallOptions | undefined;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

function absoluteBase(baseUrl: string): string {
  const location = (globalThis as { location?: { href: string } }).location;
  try {
    return new URL(baseUrl, location?.href).href.replace(/\/+$/, '');
  } catch {
    throw new BookingInputError(
      'invalid_input',
      `baseUrl ${JSON.stringify(baseUrl)} is not a URL. Outside a browser page, give an absolute URL such as "https://api.example.com/booking".`,
      ['baseUrl'],
    );
  }
}

const segment = (value: string) => encodeURIComponent(value);

function problemMessage(endpoint: string, status: number, problem: Problem | undefined): string {
  return problem?.detail ?? problem?.title ?? `${endpoint} answered ${status}.`;
}

/** The typed error for an HTTP status and its problem body. @internal */
export function errorFromResponse(
  endpoint: string,
  status: number,
  problem: Problem | undefined,
): BookingApiError {
  const message = problemMessage(endpoint, status, problem);
  const init = { status, ...(problem ? { problem } : {}) };
  if (status === 409) return new ConflictError(endpoint, message, status, problem);
  if (status === 400 || status === 422)
    return new ValidationError(endpoint, message, status, problem);
  if (status === 401 || status === 403) return new AuthError('auth', endpoint, message, init);
  if (status === 404) return new NotFoundError('not_found', endpoint, message, init);
  if (status === 429 || status >= 500)
    return new ServerError('server', endpoint, message, { ...init, retryable: true });
  return new BookingApiError('bad_request', endpoint, message, init);
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    const parsed = validate(ProblemSchema, JSON.parse(text));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The {@link BookingAdapter} (and {@link ProviderAdapter}) over the HTTP contract.
 *
 * - Bodies are validated; a body outside the contract is a `ContractError` naming the field.
 * - Failures are typed: `NetworkError` (with `offline`), `TimeoutError`, `ConflictError`
 *   (`slot_unavailable` with alternatives, `price_changed` with the quote, `event_full`, …),
 *   `ValidationError` (field errors), `AuthError`, `NotFoundError`, `ServerError`.
 * - Reads retry with exponential backoff on network errors, timeouts, 408, 429 and 5xx, honouring
 *   `Retry-After`; creates retry the same way with the same `Idempotency-Key`, so a retry can never
 *   create twice; other writes are sent once.
 * - `getAvailability` revalidates with `If-None-Match`: an unchanged window costs a 304.
 * - Every call takes an `AbortSignal`.
 *
 * @example
 * const adapter = createHttpAdapter({ baseUrl: 'https://api.example.com/booking' });
 * const provider = await adapter.getProvider('ana');
 * const created = await adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() });
 */
export function createHttpAdapter(config: HttpAdapterOptions): BookingAdapter & ProviderAdapter {
  const base = absoluteBase(config.baseUrl);
  const timeoutMs = config.timeoutMs ?? 10_000;
  const retry: RetryOptions =
    typeof config.retry === 'number' ? { limit: config.retry } : (config.retry ?? {});
  const api: KyInstance = ky.create({
    prefixUrl: base,
    timeout: timeoutMs,
    headers: { accept: 'application/json', ...config.headers },
    throwHttpErrors: (status) => status !== 304,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const etags = new Map<string, { etag: string; body: AvailabilityResponse }>();

  async function send<T>(call: Call<T>): Promise<{ body: T; response: Response }> {
    const signal = call.options?.signal;
    const retrying = call.mode !== 'once';
    const kyOptions: Options = {
      method: call.method,
      headers: call.headers,
      ...(call.json === undefined ? {} : { json: call.json }),
      ...(signal ? { signal } : {}),
      searchParams: Object.fromEntries(
        Object.entries(call.searchParams ?? {}).filter(([, v]) => v !== undefined && v !== ''),
      ) as Record<string, string | number | boolean>,
      retry: {
        limit: retrying ? (retry.limit ?? 2) : 0,
        methods: [call.method],
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [413, 429, 503],
        backoffLimit: retry.backoffLimitMs ?? 5000,
        ...(retry.delayMs ? { delay: retry.delayMs } : { jitter: true }),
        retryOnTimeout: retrying,
        shouldRetry: () => (signal?.aborted ? false : undefined),
      },
    };
    let response: Response;
    try {
      response = await api(call.path, kyOptions);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof HTTPError) {
        throw errorFromResponse(
          call.endpoint,
          error.response.status,
          await readProblem(error.response),
        );
      }
      if (error instanceof KyTimeoutError) throw new TimeoutError(call.endpoint, timeoutMs, error);
      const offline =
        (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
      throw new NetworkError(
        call.endpoint,
        offline
          ? 'You appear to be offline. Check the connection and try again.'
          : `${call.endpoint} could not be reached (${error instanceof Error ? error.message : String(error)}).`,
        offline,
        error,
      );
    }
    if (response.status === 304 || !call.schema) return { body: undefined as T, response };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ContractError(call.endpoint, '', 'the body is not JSON.', response.status);
    }
    const parsed = validate(call.schema, json);
    if (!parsed.ok) {
      const first = parsed.errors[0]!;
      throw new ContractError(call.endpoint, first.field, first.message, response.status);
    }
    return { body: parsed.value, response };
  }

  const read = async <T>(call: Omit<Call<T>, 'mode' | 'method'>) =>
    (await send({ ...call, method: 'get', mode: 'read' })).body;
  const auth = (token: string | undefined, endpoint: string) => {
    if (!token)
      throw new AuthError(
        'auth',
        endpoint,
        `${endpoint} needs a token: pass token to createHttpAdapter.`,
      );
    return { authorization: `Bearer ${token}` };
  };
  const manage = (token: string) => ({ authorization: `Bearer ${token}` });
  const idempotent = (key: string, endpoint: string) => {
    if (!key)
      throw new BookingInputError(
        'invalid_input',
        `${endpoint} needs an idempotencyKey (see newIdempotencyKey).`,
        ['idempotencyKey'],
      );
    return { 'idempotency-key': key };
  };

  return {
    listProviders: (query = {}, options) =>
      read({
        endpoint: 'GET /providers',
        path: 'providers',
        schema: ProviderPageSchema,
        searchParams: { ...query },
        options,
      }),

    getProvider: (providerId, options) =>
      read({
        endpoint: 'GET /providers/{id}',
        path: `providers/${segment(providerId)}`,
        schema: ProviderSchema,
        options,
      }),

    async getAvailability(providerId, range, options) {
      const path = `providers/${segment(providerId)}/availability`;
      const key = `${path}?${range.from}&${range.to}`;
      const cached = etags.get(key);
      const { body, response } = await send({
        endpoint: 'GET /providers/{id}/availability',
        method: 'get',
        mode: 'read',
        path,
        schema: AvailabilityResponseSchema,
        searchParams: { from: range.from, to: range.to },
        ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
        options,
      });
      if (response.status === 304 && cached) return cached.body;
      const etag = response.headers.get('etag');
      if (etag) etags.set(key, { etag, body });
      return body;
    },

    listEvents: (query = {}, options) =>
      read({
        endpoint: 'GET /events',
        path: 'events',
        schema: GroupEventPageSchema,
        searchParams: { ...query },
        options,
      }),

    getEvent: (eventId, options) =>
      read({
        endpoint: 'GET /events/{id}',
        path: `events/${segment(eventId)}`,
        schema: GroupEventSchema,
        options,
      }),

    async createBooking(request, options) {
      const endpoint = 'POST /bookings';
      return (
        await send({
          endpoint,
          method: 'post',
          mode: 'create',
          path: 'bookings',
          schema: CreatedBookingSchema,
          json: request,
          headers: idempotent(options.idempotencyKey, endpoint),
          options,
        })
      ).body;
    },

    async register(eventId, request, options): Promise<RegistrationResult> {
      const endpoint = 'POST /events/{id}/registrations';
      const { body, response } = await send({
        endpoint,
        method: 'post',
        mode: 'create',
        path: `events/${segment(eventId)}/registrations`,
        schema: z.union([CreatedBookingSchema, WaitlistedSchema]),
        json: request,
        headers: idempotent(options.idempotencyKey, endpoint),
        options,
      });
      if (response.status === 202 && 'entry' in body) return { status: 'waitlisted', ...body };
      if ('booking' in body) return { status: 'registered', ...body };
      throw new ContractError(
        endpoint,
        'booking',
        'a 201 carries the booking, a 202 the waitlist entry.',
        response.status,
      );
    },

    getBooking: (bookingId, manageToken, options) =>
      read({
        endpoint: 'GET /bookings/{id}',
        path: `bookings/${segment(bookingId)}`,
        schema: BookingSchema,
        headers: manage(manageToken),
        options,
      }),

    async cancelBooking(bookingId, manageToken, request = {}, options) {
      return (
        await send({
          endpoint: 'POST /bookings/{id}/cancel',
          method: 'post',
          mode: 'once',
          path: `bookings/${segment(bookingId)}/cancel`,
          schema: BookingSchema,
          json: request,
          headers: manage(manageToken),
          options,
        })
      ).body;
    },

    async rescheduleBooking(bookingId, manageToken, request, options) {
      return (
        await send({
          endpoint: 'POST /bookings/{id}/reschedule',
          method: 'post',
          mode: 'once',
          path: `bookings/${segment(bookingId)}/reschedule`,
          schema: BookingSchema,
          json: request,
          headers: manage(manageToken),
          options,
        })
      ).body;
    },

    async replaceAvailability(providerId, input, options) {
      const endpoint = 'PUT /providers/{id}/availability';
      return (
        await send({
          endpoint,
          method: 'put',
          mode: 'read',
          path: `providers/${segment(providerId)}/availability`,
          schema: AvailabilityInputSchema,
          json: input,
          headers: auth(config.token, endpoint),
          options,
        })
      ).body;
    },

    listBookings: (providerId, query = {}, options) =>
      read({
        endpoint: 'GET /providers/{id}/bookings',
        path: `providers/${segment(providerId)}/bookings`,
        schema: ProviderBookingsPageSchema,
        searchParams: {
          ...query,
          status: Array.isArray(query.status) ? query.status.join(',') : query.status,
        },
        headers: auth(config.token, 'GET /providers/{id}/bookings'),
        options,
      }),

    async createEvent(providerId, input, options) {
      const endpoint = 'POST /providers/{id}/events';
      return (
        await send({
          endpoint,
          method: 'post',
          mode: 'create',
          path: `providers/${segment(providerId)}/events`,
          schema: GroupEventSchema,
          json: input,
          headers: {
            ...auth(config.token, endpoint),
            ...idempotent(options.idempotencyKey, endpoint),
          },
          options,
        })
      ).body;
    },

    async updateEvent(eventId, patch, options) {
      const endpoint = 'PATCH /events/{id}';
      return (
        await send({
          endpoint,
          method: 'patch',
          mode: 'once',
          path: `events/${segment(eventId)}`,
          schema: GroupEventSchema,
          json: patch,
          headers: auth(config.token, endpoint),
          options,
        })
      ).body;
    },

    async cancelEvent(eventId, options) {
      const endpoint = 'POST /events/{id}/cancel';
      return (
        await send({
          endpoint,
          method: 'post',
          mode: 'once',
          path: `events/${segment(eventId)}/cancel`,
          schema: GroupEventSchema,
          json: {},
          headers: auth(config.token, endpoint),
          options,
        })
      ).body;
    },

    async act(bookingId, action, request = {}, options) {
      const endpoint = `POST /bookings/{id}/${action.replace('_', '-')}`;
      return (
        await send({
          endpoint,
          method: 'post',
          mode: 'once',
          path: `bookings/${segment(bookingId)}/${action.replace('_', '-')}`,
          schema: BookingSchema,
          json: request,
          headers: auth(config.token, endpoint),
          options,
        })
      ).body;
    },
  };
}
