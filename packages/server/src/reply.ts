// Answers before they become Responses: JSON bodies, RFC 9457 problem details with the contract's
// codes, and the entity-tag rules of RFC 9110.
import { PROBLEMS, type ProblemCode } from '@booking/core/contract';
import type { FieldError } from '@booking/core';
import type * as NodeCrypto from 'node:crypto';

/** An answer: status, JSON body (none for 204/304) and headers. */
export interface Reply {
  status: number;
  body?: unknown;
  /** The body already serialised (see {@link taggedJson}); sent instead of serialising again. */
  text?: string;
  headers?: Record<string, string>;
}

/** The base of problem type URIs (`<base>/slot_unavailable`), documented in docs/http-contract.md. */
export const PROBLEM_TYPE_BASE = 'https://booking.dev/problems';

/**
 * A problem-details answer (RFC 9457) with the contract's status and title for `code`.
 *
 * @example
 * problem('booking_not_found', 'There is no booking "bkg_1".');
 */
export function problem(
  code: ProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Reply {
  const { status, title } = PROBLEMS[code];
  return {
    status,
    body: { type: `${PROBLEM_TYPE_BASE}/${code}`, title, status, code, detail, ...extra },
    headers: { 'content-type': 'application/problem+json', ...headers },
  };
}

/** 422 with every field error; the detail names them all. */
export function invalid(errors: readonly FieldError[]): Reply {
  return problem(
    'validation_failed',
    errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' '),
    { errors },
  );
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

/** The Response of a reply. */
export function toResponse(reply: Reply): Response {
  const bodyless = reply.status === 204 || reply.status === 304 || reply.body === undefined;
  return new Response(bodyless ? null : (reply.text ?? JSON.stringify(reply.body)), {
    status: reply.status,
    headers: reply.headers ?? {},
  });
}

/** JSON with object keys sorted, so equal values give equal text (fingerprints, ETags). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/**
 * Node's own crypto module where there is one (Node 20.16+ hands it out without an import, so this
 * file still runs in a page): a hash there is one synchronous call, where Web Crypto's digest
 * costs a job and a promise per call (a tenth of the server's CPU under load).
 */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;

/** SHA-256 of text, hex. */
export async function sha256(text: string): Promise<string> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text).digest('hex');
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A 200 JSON answer with a weak ETag of its text, or a 304 when `ifNoneMatch` holds that tag. The
 * body is serialised once, for the tag and for sending. Its text follows the order of its keys,
 * which a handler that builds the body the same way each time (from rows read the same way) keeps.
 *
 * @example
 * return taggedJson(body, request.headers.get('if-none-match'));
 */
export async function taggedJson(body: unknown, ifNoneMatch: string | null): Promise<Reply> {
  const text = JSON.stringify(body);
  const etag = `W/"${(await sha256(text)).slice(0, 32)}"`;
  const headers = { etag, 'cache-control': 'no-cache' };
  if (noneMatch(ifNoneMatch, etag)) return { status: 304, headers };
  return { ...json(200, body, headers), text };
}

/** The entity tags of an If-None-Match or If-Match header; `*` alone means any. */
function tags(header: string): string[] | '*' {
  if (header.trim() === '*') return '*';
  return [...header.matchAll(/(W\/)?"[^"]*"/g)].map((m) => m[0]);
}

/**
 * Whether `If-None-Match` matches the current tag (RFC 9110 §13.1.2: weak comparison, `*` matches
 * any current representation): the answer is then 304.
 */
export function noneMatch(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  const list = tags(header);
  if (list === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return list.some((t) => t.replace(/^W\//, '') === opaque);
}

/**
 * Whether `If-Match` holds for the current tag (RFC 9110 §13.1.1: strong comparison, so a weak tag
 * never matches; `*` matches when the resource exists). Without the header, it holds.
 */
export function ifMatchHolds(header: string | undefined | null, etag: string): boolean {
  if (!header) return true;
  const list = tags(header);
  if (list === '*') return true;
  if (etag.startsWith('W/')) return false;
  return list.some((t) => !t.startsWith('W/') && t === etag);
}
