// Small HTTP helpers of the mock: problem details, JSON answers, a route table, ETags.
import type { FieldError } from '@booking/core';
import type { Problem, ProblemCode } from '@booking/core/schemas';

/** An answer before it becomes a Response. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const titles: Record<ProblemCode, string> = {
  bad_request: 'The request cannot be read',
  validation_failed: 'Some fields need fixing',
  idempotency_key_required: 'An Idempotency-Key header is required',
  slot_unavailable: 'That time is no longer available',
  price_changed: 'The price has changed',
  event_full: 'Not enough seats left',
  event_closed: 'The event takes no more registrations',
  not_found: 'Not found',
  provider_not_found: 'No such provider',
  booking_not_found: 'No such booking',
  event_not_found: 'No such event',
  waitlist_entry_not_found: 'No such waitlist entry',
  transition_refused: 'That step is not possible now',
  unauthorized: 'A token is required',
  forbidden: 'This token cannot do that',
  idempotency_conflict: 'The key was used for another request',
  rate_limited: 'Too many requests',
  server_error: 'The server failed',
};

/** A problem-details reply (RFC 9457) with a stable code. */
export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  extra: Partial<Problem> & Record<string, unknown> = {},
): Reply {
  return {
    status,
    body: {
      type: `https://booking.dev/problems/${code}`,
      title: titles[code],
      status,
      code,
      detail,
      ...extra,
    },
    headers: { 'content-type': 'application/problem+json' },
  };
}

/** 422 with every field error. */
export const invalid = (errors: FieldError[], detail?: string): Reply =>
  problem(
    422,
    'validation_failed',
    detail ?? errors.map((e) => `${e.field}: ${e.message}`).join(' '),
    {
      errors,
    },
  );

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Reply => ({
  status,
  body,
  headers: { 'content-type': 'application/json', ...headers },
});

/** The Response of a reply. */
export function toResponse(reply: Reply): Response {
  return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
    status: reply.status,
    headers: reply.headers,
  });
}

/** A weak ETag of a JSON body (FNV-1a, 32 bits). */
export function etagOf(body: unknown): string {
  const text = JSON.stringify(body);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `W/"${hash.toString(16)}-${text.length.toString(16)}"`;
}

/** What a route handler gets. */
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined for none); a body that is not JSON is answered 400 first. */
  body: unknown;
  /** The bearer token, if any. */
  token: string | undefined;
}

type Handler = (context: RouteContext) => Reply | Promise<Reply>;

/** A route table: `add('GET', '/providers/:id', handler)`, then `match(method, path)`. */
export class Routes {
  readonly #routes: { method: string; parts: string[]; handler: Handler }[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.#routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  match(
    method: string,
    path: string,
  ): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
    const parts = path.split('/').filter(Boolean);
    let wrongMethod = false;
    for (const route of this.#routes) {
      if (route.parts.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.parts.every((p, i) => {
        if (p.startsWith(':')) {
          params[p.slice(1)] = decodeURIComponent(parts[i]!);
          return true;
        }
        return p === parts[i];
      });
      if (!ok) continue;
      if (route.method !== method) {
        wrongMethod = true;
        continue;
      }
      return { handler: route.handler, params };
    }
    return wrongMethod ? 'method' : undefined;
  }
}
