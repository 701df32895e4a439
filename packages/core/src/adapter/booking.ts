// createBookingAdapter: the visitor's calls alone over HTTP. Its own module, so that a page that
// never acts as the provider carries none of the provider endpoints' schemas.
import { visitorEndpoints } from '../contract/visitor.js';
import type { BookingAdapter } from './adapter.js';
import { clientOf, type HttpAdapterOptions } from './transport.js';

/**
 * The {@link BookingAdapter} alone: the visitor's calls (public reads, creates, manage links),
 * with every rule of `createHttpAdapter`.
 *
 * @example
 * const adapter = createBookingAdapter({ baseUrl: 'https://api.example.com/booking' });
 * const created = await adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() });
 */
export function createBookingAdapter(config: HttpAdapterOptions): BookingAdapter {
  return clientOf(visitorEndpoints, config) as BookingAdapter;
}
