// A thin, recording HTTP client for the suite: plain fetch (black-box, no adapter logic), every
// error answer kept so the report can show what was sent and received.
import { validate } from '@booking/core';
import { ProblemSchema } from '@booking/core/schemas';

/** One exchange with the server. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  contentType: string;
  headers: Headers;
  body: unknown;
}

/** A failed expectation: the message says what the contract wants and what came back. */
export class Failure extends Error {
  override readonly name = 'Failure';
}

export interface ClientOptions {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Where error answers are collected; clients of one run share it. */
  errors?: Exchange[];
}

/** What to send besides the method and path. */
export interface SendOptions {
  /** A JSON body (sent with `Content-Type: application/json`). */
  body?: unknown;
  /** Text sent as the body exactly as given; set its Content-Type in `headers`. */
  raw?: string;
  /** A bearer token. */
  token?: string;
  /** An Idempotency-Key. */
  key?: string;
  /** More headers; these win over the ones the options above set. */
  headers?: Record<string, string>;
}

export class Client {
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeoutMs: number;
  /** The base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** Every exchange that answered 4xx or 5xx, for the problem-details check. */
  readonly errors: Exchange[];

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.errors = options.errors ?? [];
  }

  async send(method: string, path: string, init: SendOptions = {}): Promise<Exchange> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.key) headers['idempotency-key'] = init.key;
    Object.assign(headers, init.headers);
    const payload = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    let response: Response;
    try {
      response = await this.#fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(payload === undefined ? {} : { body: payload }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new Failure(`${method} ${path} got no answer: ${(error as Error).message}`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const exchange: Exchange = {
      method,
      path,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      body,
    };
    if (response.status >= 400) this.errors.push(exchange);
    return exchange;
  }
}

/** An exchange in one line: method, path, status and the start of the body. */
export function show(x: Exchange): string {
  const body = JSON.stringify(x.body);
  const shown = x.path.length > 120 ? `${x.path.slice(0, 120)}…` : x.path;
  return `${x.method} ${shown} answered ${x.status}${body ? ` ${body.length > 300 ? `${body.slice(0, 300)}…` : body}` : ''}`;
}

/** Fails unless the status is one of `expected`. */
export function expectStatus(x: Exchange, ...expected: number[]): void {
  if (!expected.includes(x.status))
    throw new Failure(`expected ${expected.join(' or ')}: ${show(x)}`);
}

/** Fails unless the answer is problem details with one of the statuses and the code. */
export function expectProblem(x: Exchange, statuses: number[], code?: string): void {
  expectStatus(x, ...statuses);
  if (!x.contentType.includes('application/problem+json'))
    throw new Failure(
      `expected Content-Type application/problem+json, got "${x.contentType}": ${show(x)}`,
    );
  const parsed = validate(ProblemSchema, x.body);
  if (!parsed.ok)
    throw new Failure(`the problem body breaks RFC 9457 at ${parsed.errors[0]!.field}: ${show(x)}`);
  if (parsed.value.status !== x.status)
    throw new Failure(
      `the problem's status ${parsed.value.status} differs from the HTTP status: ${show(x)}`,
    );
  if (code !== undefined && parsed.value.code !== code)
    throw new Failure(`expected code "${code}", got "${parsed.value.code}": ${show(x)}`);
}

/**
 * Fails unless the answer is the lifecycle's refusal: 409 `transition_refused` with a `reason`
 * (the given one, when there is one the lifecycle fixes).
 */
export function expectRefused(x: Exchange, reason?: string): void {
  expectProblem(x, [409], 'transition_refused');
  const got = (x.body as { reason?: unknown }).reason;
  if (typeof got !== 'string' || !got)
    throw new Failure(`a transition_refused answer must say why in "reason": ${show(x)}`);
  if (reason !== undefined && got !== reason)
    throw new Failure(`expected reason "${reason}", got "${got}": ${show(x)}`);
}

/** The field names of a 422's `errors`. */
export function errorFields(x: Exchange): string[] {
  return ((x.body as { errors?: { field?: unknown }[] } | undefined)?.errors ?? []).map((e) =>
    String(e.field),
  );
}

/** Fails unless `ok`. */
export function expect(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Failure(message);
}
