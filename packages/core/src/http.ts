/**
 * @booking/core/http: the adapter contract and its HTTP client (on ky). Kept apart from the main
 * entry so code that never talks to a backend does not carry ky.
 *
 * @packageDocumentation
 */
export {
  newIdempotencyKey,
  type BookingAdapter,
  type ProviderAdapter,
  type ProviderBookingAdapter,
  type CallOptions,
  type CreateOptions,
  type ReplaceOptions,
  type RegistrationResult,
  type ClientOf,
  type EndpointMethod,
  type ResultOf,
} from './adapter/adapter.js';
export type {
  ProviderQuery,
  EventQuery,
  AvailabilityQuery,
  ProviderBookingQuery,
} from './contract/queries.js';
export { createHttpAdapter } from './adapter/http.js';
export { createBookingAdapter } from './adapter/booking.js';
export { createProviderAdapter } from './adapter/provider.js';
export type { HttpAdapterOptions, RetryOptions } from './adapter/transport.js';
export {
  BookingApiError,
  NetworkError,
  TimeoutError,
  ConflictError,
  ValidationError,
  AuthError,
  NotFoundError,
  ServerError,
  ContractError,
  type ApiErrorKind,
} from './adapter/errors.js';
