// A thin, recording HTTP client for the suite: plain fetch (black-box, no adapter logic), every
// answer kept so the report can show what was sent and received.
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
}

export class Client {
  readonly #base: string;
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeoutMs: number;
  /** Every exchange that answered 4xx or 5xx, for the problem-details check. */
  readonly errors: Exchange[] = [];

  constructor(options: ClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  async send(
    method: string,
    path: string,
    init: { body?: unknown; token?: string; key?: string; headers?: Record<string, string> } = {},
  ): Promise<Exchange> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.key) headers['idempotency-key'] = init.key;
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
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

const show = (x: Exchange) => {
  const body = JSON.stringify(x.body);
  return `${x.method} ${x.path} answered ${x.status}${body ? ` ${body.length > 300 ? `${body.slice(0, 300)}…` : body}` : ''}`;
};

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

/** Fails unless `ok`. */
export function expect(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Failure(message);
}
