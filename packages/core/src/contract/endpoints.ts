// The HTTP contract, written once: every endpoint with its method, path, who may call it, whether
// it is a keyed create, its query, body and response schemas and its problem codes. The HTTP
// client's methods, the OpenAPI document, the reference server's router and the conformance
// suite's coverage all come from this table, so a new endpoint is one entry (in ./visitor.ts,
// ./provider.ts or ./notifications.ts) plus its handler.
import type * as z from 'zod/mini';
import { notificationEndpoints } from './notifications.js';
import { providerBookingEndpoints } from './provider.js';
import { visitorEndpoints } from './visitor.js';

export { visitorEndpoints } from './visitor.js';
export { providerBookingEndpoints } from './provider.js';
export { notificationEndpoints } from './notifications.js';
export { summaries } from './summaries.js';

/**
 * The endpoints only the provider's token opens, by the name of the client method that calls each.
 *
 * @example
 * import { providerEndpoints } from '@booking/core/contract';
 * providerEndpoints.confirmBooking.method; // 'POST'
 */
export const providerEndpoints: typeof providerBookingEndpoints & typeof notificationEndpoints =
  /* @__PURE__ */ Object.assign({}, providerBookingEndpoints, notificationEndpoints);
export type { Auth, EndpointSpec } from './spec.js';

/**
 * Every endpoint of the HTTP contract, by the name of the client method that calls it.
 *
 * @example
 * import { endpoints } from '@booking/core/contract';
 * endpoints.createBooking.path; // '/bookings'
 * endpoints.createBooking.keyed; // true
 */
export const endpoints: typeof visitorEndpoints & typeof providerEndpoints =
  /* @__PURE__ */ Object.assign({}, visitorEndpoints, providerEndpoints);

/** The contract's endpoints by name. */
export type Endpoints = typeof endpoints;
/** The name of an endpoint (and of the client method that calls it). */
export type EndpointName = keyof Endpoints;

/** The name of an endpoint a visitor's page calls. */
export type VisitorEndpointName = keyof typeof visitorEndpoints;
/** The name of an endpoint only the provider's token opens. */
export type ProviderEndpointName = keyof typeof providerEndpoints;
/** The name of a provider's endpoint for its bookings (not its notification settings). */
export type ProviderBookingEndpointName = keyof typeof providerBookingEndpoints;

/**
 * The endpoint a request's method and path (under the API's base) address, with its path
 * parameters decoded; undefined when none does, `'method'` when the path exists with other methods.
 *
 * @example
 * matchEndpoint('GET', '/events/evt_1'); // { name: 'getEvent', params: { eventId: 'evt_1' } }
 */
export function matchEndpoint(
  method: string,
  path: string,
): { name: EndpointName; params: Record<string, string> } | 'method' | undefined {
  const parts = path.split('/').filter(Boolean);
  let otherMethod = false;
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const spec = endpoints[name];
    const pattern = spec.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => {
      const m = /^\{(\w+)\}$/.exec(p);
      if (!m) return p === parts[i];
      try {
        params[m[1]!] = decodeURIComponent(parts[i]!);
        return true;
      } catch {
        return false;
      }
    });
    if (!fits) continue;
    if (spec.method !== method.toUpperCase()) {
      otherMethod = true;
      continue;
    }
    return { name, params };
  }
  return otherMethod ? 'method' : undefined;
}

type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** The parsed query of endpoint `K` (what a server reads), or undefined when it takes none. */
export type QueryOf<K extends EndpointName> = Output<
  Endpoints[K] extends { query: infer Q } ? Q : undefined
>;
/** The parsed body of endpoint `K` (what a server reads), or undefined when it takes none. */
export type BodyOf<K extends EndpointName> = Output<
  Endpoints[K] extends { body: infer B } ? B : undefined
>;
