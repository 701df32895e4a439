// createHttpAdapter: the whole contract (the visitor's calls and the provider's) over HTTP.
import { endpoints } from '../contract/endpoints.js';
import type { BookingAdapter, ProviderAdapter } from './adapter.js';
import { clientOf, type HttpAdapterOptions } from './transport.js';

/**
 * The {@link BookingAdapter} (and {@link ProviderAdapter}) over the HTTP contract.
 *
 * - Bodies are validated; a body outside the contract is a `ContractError` naming the field. A page
 *   of more than 100 items is refused before its items are read.
 * - Failures are typed: `NetworkError` (with `offline`; also a body cut short or that fails to
 *   decode), `TimeoutError`, `ConflictError` (`slot_unavailable` with alternatives,
 *   `price_changed` with the quote, `event_full`, …), `ValidationError` (field errors),
 *   `AuthError`, `NotFoundError`, `ServerError` (with `retryAfterMs`).
 * - Problem details are read leniently (RFC 9457): `type` defaults to `about:blank`, and a
 *   malformed member is dropped while the others (the `code`, field errors) are kept.
 * - Time: `timeoutMs` bounds one attempt, body included; `deadlineMs` bounds the whole call,
 *   retries and waits included (defaults 10 s and 30 s).
 * - Reads retry with exponential backoff on network errors, timeouts, 408, 429 and 5xx, honouring
 *   `Retry-After` when it fits before the deadline (else they fail at once); creates retry the
 *   same way with the same `Idempotency-Key`, so a retry can never create twice; other writes are
 *   sent once.
 * - Redirects: a read follows them on baseUrl's origin only; a write follows none, so its body and
 *   key go nowhere but baseUrl. A refused redirect is a `ContractError`.
 * - Ids are one path segment: an empty id, `.` or `..` is refused before sending
 *   (`BookingInputError` naming the argument).
 * - `getAvailability` revalidates with `If-None-Match`: an unchanged window costs a 304.
 * - Every call takes an `AbortSignal`; aborting rejects with its reason, also while a body is read.
 *
 * @example
 * const adapter = createHttpAdapter({ baseUrl: 'https://api.example.com/booking', token });
 * const provider = await adapter.getProvider('ana');
 * const page = await adapter.listBookings('ana', { status: ['pending'] }); // with the provider's token
 */
export function createHttpAdapter(config: HttpAdapterOptions): BookingAdapter & ProviderAdapter {
  return clientOf(endpoints, config) as BookingAdapter & ProviderAdapter;
}
