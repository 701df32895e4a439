// createProviderAdapter: the calls a provider's screen makes over HTTP (the visitor's reads and
// the provider's bookings), in a module of its own so that such a page carries none of the
// notification endpoints' schemas.
import { providerBookingEndpoints } from '../contract/provider.js';
import { visitorEndpoints } from '../contract/visitor.js';
import type { BookingAdapter, ProviderBookingAdapter } from './adapter.js';
import { clientOf, type HttpAdapterOptions } from './transport.js';

/**
 * The visitor's calls and the provider's calls for its bookings (schedule, bookings, group events,
 * lifecycle steps) with every rule of `createHttpAdapter`; pass the provider's `token`. For
 * notification settings, webhooks and calendar feeds, use `createHttpAdapter`.
 *
 * @example
 * const desk = createProviderAdapter({ baseUrl: 'https://api.example.com/booking', token });
 * const requests = await desk.listBookings('ana', { status: ['pending'] });
 */
export function createProviderAdapter(
  config: HttpAdapterOptions,
): BookingAdapter & ProviderBookingAdapter {
  return clientOf(
    /* @__PURE__ */ Object.assign({}, visitorEndpoints, providerBookingEndpoints),
    config,
  ) as BookingAdapter & ProviderBookingAdapter;
}
