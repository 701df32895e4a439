/**
 * @booking/core/contract: the HTTP contract written once, as a table of endpoints (method, path,
 * who may call it, keyed create or not, query, body and response schemas, problem codes). The
 * HTTP client, the OpenAPI document, the reference server's router and the conformance suite's
 * coverage are built from it.
 *
 * @packageDocumentation
 */
export {
  endpoints,
  matchEndpoint,
  visitorEndpoints,
  providerEndpoints,
  providerBookingEndpoints,
  notificationEndpoints,
  summaries,
  type Auth,
  type EndpointSpec,
  type Endpoints,
  type EndpointName,
  type VisitorEndpointName,
  type ProviderEndpointName,
  type ProviderBookingEndpointName,
  type QueryOf,
  type BodyOf,
} from './contract/endpoints.js';
export { PROBLEMS, PROBLEM_CODES, COMMON_PROBLEMS, type ProblemCode } from './contract/problems.js';
export {
  ProviderQuerySchema,
  EventQuerySchema,
  AvailabilityQuerySchema,
  ProviderBookingQuerySchema,
  type ProviderQuery,
  type EventQuery,
  type AvailabilityQuery,
  type ProviderBookingQuery,
} from './contract/queries.js';
