// The HTTP client's transport, on ky: a client with one method per endpoint of a table, each of
// which hands its endpoint (method, path, auth, keyed or not, response schemas) to `send`, which
// holds every transport rule: one deadline per call (bodies and retries included), retries with
// backoff and Retry-After, redirects kept on baseUrl's origin, body decoding, lenient problem
// details (./problems.ts), page limits, validation, and the ETag cache. createHttpAdapter
// (./http.ts), createBookingAdapter (./booking.ts) and createProviderAdapter (./provider.ts) are
// this over the contract's tables.
import ky from 'ky';
import type { EndpointSpec } from '../contract/spec.js';
import { BookingInputError } from '../errors.js';
import { MAX_PAGE_ITEMS } from '../schemas/contract.js';
import { validate } from '../schemas/validate.js';
import type { CallOptions, CreateOptions, ReplaceOptions } from './adapter.js';
import { AuthError, BookingApiError, ContractError, NetworkError, TimeoutError } from './errors.js';
import { errorFromResponse, readProblem } from './problems.js';

/** How calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /**
   * Longest wait between attempts, in ms (default 5000). `Retry-After` may ask for longer: it is
   * honoured when the wait ends before the call's `deadlineMs`, else the call fails at once.
   */
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
  /**
   * One attempt, in ms (default 10000): from sending the request to the last byte of the answer,
   * redirects included. An attempt that runs out is retried like a network error.
   */
  timeoutMs?: number;
  /**
   * The whole call, in ms (default 30000): every attempt, body and wait between retries. A call
   * never settles later than this; a retry or a `Retry-After` that cannot fit is not waited for.
   */
  deadlineMs?: number;
  /** Retries of reads and of creates (with the same idempotency key); a number is the limit. */
  retry?: number | RetryOptions;
  /** The provider's bearer token, for the provider's writes. */
  token?: string;
}

/** What one call sends besides the endpoint. @internal */
interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  manageToken?: string;
  idempotencyKey?: string;
  ifMatch?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Redirects a read follows (on baseUrl's origin) before giving up. */
const MAX_REDIRECTS = 5;
/** Entries of the ETag cache; the oldest goes first. */
const MAX_ETAGS = 64;
const RETRY_STATUS = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUS = [429, 503];
const REDIRECT_STATUS = [301, 302, 303, 307, 308];

/** `GET /events/{id}`: how errors name an endpoint. */
const nameOf = (e: EndpointSpec) => `${e.method} ${e.path.replace(/\{\w+\}/g, '{id}')}`;

/**
 * Reads, replacing PUTs and keyed creates can be sent again; other writes (POST, PATCH, DELETE)
 * are sent once: a DELETE repeated after a lost answer would report 404 for what it did remove.
 */
const retries = (e: EndpointSpec) => e.method === 'GET' || e.method === 'PUT' || !!e.keyed;

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

function milliseconds(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 2 ** 31 - 1)
    throw new BookingInputError(
      'invalid_input',
      `${JSON.stringify(value)} is not a duration: give a number of milliseconds above 0 (and below 2^31), such as ${fallback}.`,
      [name],
    );
  return value;
}

/** The path under baseUrl, each id one encoded segment; `.`, `..` and `''` would change the path. */
function pathOf(e: EndpointSpec, params: Record<string, string> = {}): string {
  return e.path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value: unknown = params[key];
    if (typeof value !== 'string' || value === '' || value === '.' || value === '..')
      throw new BookingInputError(
        'invalid_input',
        `${JSON.stringify(value)} is not an id that ${nameOf(e)} can send: an id is a non-empty string other than "." and "..", which would change the path. Pass the id the backend gave.`,
        [key],
      );
    return encodeURIComponent(value);
  });
}

function retryAfterMs(value: string | null): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** `promise`, or the signal's reason as soon as it aborts (whether or not fetch heeds it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Aborts `controller` when `signal` does; returns the unlink. */
function link(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (!signal) return () => undefined;
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => (clearTimeout(timer), reject(signal.reason));
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });

/** Reasons our own timers abort with. */
const ATTEMPT_TIMEOUT = new Error('The attempt ran out of time.');
const DEADLINE = new Error('The call ran out of time.');

/** An attempt that got an answer to its last byte. */
interface Exchange {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/** A failure that another attempt may cure: a network error or an attempt out of time. */
class Retryable {
  constructor(readonly error: BookingApiError) {}
}

/**
 * A client with one method per endpoint of `table`: see the rules on `createHttpAdapter`.
 * @internal
 */
export function clientOf(
  table: Readonly<Record<string, EndpointSpec>>,
  config: HttpAdapterOptions,
): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const base = absoluteBase(config.baseUrl);
  const origin = new URL(base).origin;
  const timeoutMs = milliseconds('timeoutMs', config.timeoutMs, 10_000);
  const deadlineMs = milliseconds('deadlineMs', config.deadlineMs, 30_000);
  const retry: RetryOptions =
    typeof config.retry === 'number' ? { limit: config.retry } : (config.retry ?? {});
  const backoffLimitMs = retry.backoffLimitMs ?? 5000;
  const http = ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const etags = new Map<string, { etag: string; body: unknown }>();

  const backoff = (attempt: number) =>
    Math.min(
      backoffLimitMs,
      retry.delayMs ? retry.delayMs(attempt) : Math.random() * 300 * 2 ** (attempt - 1),
    );

  function headersOf(e: EndpointSpec, input: CallInput, name: string) {
    const headers: Record<string, string> = { accept: 'application/json', ...config.headers };
    if (e.auth === 'provider') {
      if (!config.token)
        throw new AuthError(
          'auth',
          name,
          `${name} needs a token: pass token to createHttpAdapter.`,
        );
      headers.authorization = `Bearer ${config.token}`;
    }
    if (e.auth === 'manage') headers.authorization = `Bearer ${input.manageToken ?? ''}`;
    if (e.keyed) {
      if (!input.idempotencyKey)
        throw new BookingInputError(
          'invalid_input',
          `${name} needs an idempotencyKey (see newIdempotencyKey).`,
          ['idempotencyKey'],
        );
      headers['idempotency-key'] = input.idempotencyKey;
    }
    if (e.ifMatch && input.ifMatch) headers['if-match'] = `"${input.ifMatch}"`;
    return headers;
  }

  /**
   * One attempt: the request, the redirects a read may follow, and the whole body, all before
   * `signal` aborts. Throws a `Retryable` for what another attempt may cure.
   */
  async function attempt(
    e: EndpointSpec,
    name: string,
    url: string,
    headers: Record<string, string>,
    body: unknown,
    signal: AbortSignal,
  ): Promise<Exchange> {
    const fetchOnce = (target: string, redirect: RequestRedirect, withBody: boolean) =>
      untilAborted(
        http(target, {
          method: withBody ? e.method : 'GET',
          headers,
          ...(withBody && body !== undefined ? { json: body } : {}),
          signal,
          redirect,
        }),
        signal,
      );
    const refuse = (status: number, why: string) =>
      new ContractError(name, 'status', why, status || undefined);

    let response: Response | undefined;
    try {
      response = await fetchOnce(url, 'manual', true);
      let current = url;
      for (let hops = 0; ; hops++) {
        if (response.type === 'opaqueredirect') {
          // A browser hides where a redirect points. A write is not sent again; a read is sent
          // again with the browser following, and refused if it ended on another origin (the
          // browser drops Authorization when a redirect leaves the origin).
          if (e.method !== 'GET')
            throw refuse(
              0,
              `a redirect (the browser hides where to), and a write never follows a redirect: its body and Idempotency-Key go only to ${base}. Point baseUrl at the address that answers.`,
            );
          response = await fetchOnce(current, 'follow', false);
          const landed = response.url ? new URL(response.url).origin : origin;
          if (landed !== origin)
            throw refuse(
              response.status,
              `a redirect led to ${landed}; reads follow redirects on ${origin} only. Point baseUrl at the address that answers.`,
            );
          break;
        }
        if (!REDIRECT_STATUS.includes(response.status)) break;
        const status = response.status;
        const location = response.headers.get('location');
        void response.body?.cancel().catch(() => undefined);
        if (!location) throw refuse(status, `a ${status} redirect without a Location header.`);
        const next = new URL(location, current);
        if (e.method !== 'GET')
          throw refuse(
            status,
            `a ${status} redirect to ${next.href}, and a write never follows a redirect: its body and Idempotency-Key go only to ${base}. Point baseUrl at the address that answers.`,
          );
        if (next.origin !== origin)
          throw refuse(
            status,
            `a ${status} redirect to ${next.href}, on another origin; reads follow redirects on ${origin} only. Point baseUrl at the address that answers.`,
          );
        if (hops === MAX_REDIRECTS)
          throw refuse(
            status,
            `more than ${MAX_REDIRECTS} redirects in a row (the last to ${next.href}).`,
          );
        current = next.href;
        response = await fetchOnce(current, 'manual', false);
      }
      if (response.status === 304) {
        void response.body?.cancel().catch(() => undefined);
        return {
          status: 304,
          statusText: response.statusText,
          headers: response.headers,
          text: '',
        };
      }
      const answer = response;
      const text = await untilAborted(answer.text(), signal).catch((error: unknown) => {
        // An error answer whose body fails is still that error, without its problem details.
        if (answer.ok || signal.aborted) throw error;
        return '';
      });
      return {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
        text,
      };
    } catch (error) {
      void response?.body?.cancel().catch(() => undefined);
      if (error instanceof BookingApiError || signal.reason === DEADLINE) throw error;
      if (signal.aborted && signal.reason !== ATTEMPT_TIMEOUT) throw signal.reason;
      if (signal.reason === ATTEMPT_TIMEOUT)
        throw new Retryable(new TimeoutError(name, timeoutMs, error));
      const offline =
        (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
      throw new Retryable(
        new NetworkError(
          name,
          offline
            ? 'You appear to be offline. Check the connection and try again.'
            : `${name} could not be reached (${error instanceof Error ? error.message : String(error)}).`,
          offline,
          error,
        ),
      );
    }
  }

  /** Parses a 2xx body: JSON, the page limit, then the schema. */
  function parse(e: EndpointSpec, name: string, exchange: Exchange): unknown {
    // An answer the contract lists without a body (204 of a DELETE) has nothing to read.
    if (e.responses[exchange.status] === null) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(exchange.text);
    } catch {
      throw new ContractError(name, '', 'the body is not JSON.', exchange.status);
    }
    const items = (json as { items?: unknown } | null)?.items;
    if (e.page && Array.isArray(items) && items.length > MAX_PAGE_ITEMS)
      throw new ContractError(
        name,
        'items',
        `a page holds at most ${MAX_PAGE_ITEMS} items, and this one has ${items.length}.`,
        exchange.status,
      );
    const schema = e.responses[exchange.status];
    if (!schema)
      throw new ContractError(
        name,
        'status',
        `${exchange.status} is not an answer of this endpoint (it answers ${Object.keys(e.responses).join(' or ')}).`,
        exchange.status,
      );
    const parsed = validate(schema, json);
    if (!parsed.ok) {
      const first = parsed.errors[0]!;
      throw new ContractError(name, first.field, first.message, exchange.status);
    }
    return parsed.value;
  }

  /** Every call goes through here: see the rules on {@link createHttpAdapter}. */
  async function send(
    e: EndpointSpec,
    input: CallInput,
  ): Promise<{ body: unknown; status: number }> {
    const name = nameOf(e);
    const { signal } = input;
    if (signal?.aborted) throw signal.reason;
    const query = new URLSearchParams(
      Object.entries(input.query ?? {}).flatMap(([k, v]) =>
        v === undefined || v === '' ? [] : [[k, String(v)]],
      ),
    ).toString();
    const url = `${base}${pathOf(e, input.params)}${query ? `?${query}` : ''}`;
    const headers = headersOf(e, input, name);
    const cached = e.etag ? etags.get(url) : undefined;
    if (cached) headers['if-none-match'] = cached.etag;
    const limit = retries(e) ? (retry.limit ?? 2) : 0;

    const call = new AbortController();
    const unlink = link(signal, call);
    const ends = Date.now() + deadlineMs;
    const deadline = setTimeout(() => call.abort(DEADLINE), deadlineMs);
    try {
      for (let n = 0; ; n++) {
        const controller = new AbortController();
        const unlinkAttempt = link(call.signal, controller);
        const timer = setTimeout(() => controller.abort(ATTEMPT_TIMEOUT), timeoutMs);
        let failure: BookingApiError;
        let waitMs: number | undefined;
        try {
          const exchange = await attempt(e, name, url, headers, input.body, controller.signal);
          if (exchange.status === 304) {
            if (!cached)
              throw new ContractError(
                name,
                'status',
                '304 Not Modified answers a request with If-None-Match, and this one had none.',
                304,
              );
            etags.delete(url);
            etags.set(url, cached);
            return { body: cached.body, status: 304 };
          }
          if (exchange.status >= 200 && exchange.status < 300) {
            const body = parse(e, name, exchange);
            const etag = e.etag && exchange.headers.get('etag');
            if (etag) {
              etags.delete(url);
              etags.set(url, { etag, body });
              if (etags.size > MAX_ETAGS) etags.delete(etags.keys().next().value!);
            }
            return { body, status: exchange.status };
          }
          const { problem, message } = readProblem(
            exchange.text,
            exchange.status,
            exchange.statusText,
          );
          waitMs = RETRY_AFTER_STATUS.includes(exchange.status)
            ? retryAfterMs(exchange.headers.get('retry-after'))
            : undefined;
          failure = errorFromResponse(name, exchange.status, problem, {
            message,
            retryAfterMs: waitMs,
          });
          if (!RETRY_STATUS.includes(exchange.status)) throw failure;
          if (waitMs !== undefined && n < limit && waitMs >= ends - Date.now())
            throw errorFromResponse(name, exchange.status, problem, {
              message: `${failure.message} The server asks to retry after ${Math.ceil(waitMs / 1000)} s, past this call's deadline of ${deadlineMs} ms.`,
              retryAfterMs: waitMs,
            });
        } catch (error) {
          if (!(error instanceof Retryable)) throw error;
          failure = error.error;
        } finally {
          clearTimeout(timer);
          unlinkAttempt();
        }
        const wait = waitMs ?? backoff(n + 1);
        if (n >= limit || wait >= ends - Date.now()) throw failure;
        await sleep(wait, call.signal);
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (call.signal.reason === DEADLINE) throw new TimeoutError(name, deadlineMs, error);
      throw error;
    } finally {
      clearTimeout(deadline);
      unlink();
    }
  }

  /** The method of one endpoint: positional arguments as `EndpointMethod` orders them. */
  function method(e: EndpointSpec) {
    const ids = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return async (...args: unknown[]) => {
      const input: CallInput = { params: {} };
      let i = 0;
      for (const id of ids) input.params![id] = args[i++] as string;
      if (e.auth === 'manage') input.manageToken = args[i++] as string;
      if (e.body) input.body = args[i++] ?? {};
      if (e.query) input.query = serialize(args[i++]);
      const options = (args[i] ?? {}) as CreateOptions & ReplaceOptions & CallOptions;
      input.signal = options.signal;
      if (e.keyed) input.idempotencyKey = options.idempotencyKey;
      if (e.ifMatch) input.ifMatch = options.ifMatch;
      const { body, status } = await send(e, input);
      const outcome = e.outcomes?.[status];
      return outcome ? { ...(body as object), status: outcome } : body;
    };
  }

  return Object.fromEntries(Object.entries(table).map(([name, e]) => [name, method(e)]));
}

/** Query values as text: lists comma-separated, absent and empty values left out. */
function serialize(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}
