// The shape of one endpoint of the HTTP contract, and the helpers the tables are written with.
import type * as z from 'zod/mini';
import { BookingSchema } from '../schemas/booking.js';
import { ActionRequestSchema } from '../schemas/contract.js';
import type { ProblemCode } from './problems.js';

/**
 * Who may call an endpoint: anyone (`none`), the provider whose data it is, with its bearer token
 * (`provider`), or whoever holds the booking's (or waitlist entry's) manage token, which the
 * provider's token also opens (`manage`).
 */
export type Auth = 'none' | 'provider' | 'manage';

/** One endpoint of the contract. */
export interface EndpointSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path under the API's base, with `{name}` for each id: `/events/{eventId}`. */
  readonly path: string;
  readonly auth: Auth;
  /** A create that requires an `Idempotency-Key` (and may be retried with it). */
  readonly keyed?: boolean;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  /** The successful answers: status → body schema (`null` for none). */
  readonly responses: Readonly<Record<number, z.ZodMiniType | null>>;
  /** The problem codes this endpoint may answer besides the common ones (`COMMON_PROBLEMS`). */
  readonly problems: readonly ProblemCode[];
  /** A page of a list (at most `MAX_PAGE_ITEMS` items, with `nextCursor`). */
  readonly page?: boolean;
  /** Answers carry an `ETag`; `If-None-Match` with it gets `304 Not Modified`. */
  readonly etag?: boolean;
  /** Honours `If-Match` (the `version` of what it replaces): `412` when someone saved first. */
  readonly ifMatch?: boolean;
  /**
   * For an endpoint with several successful answers: the name of each, which the client puts in
   * the result's `status` (`{ 201: 'registered', 202: 'waitlisted' }`).
   */
  readonly outcomes?: Readonly<Record<number, string>>;
}

/** An entry of the table (a function only for its type; free of side effects, so unused entries
 * are left out of bundles). */
/*@__NO_SIDE_EFFECTS__*/
export function endpoint<const E extends EndpointSpec>(spec: E): E {
  return spec;
}

/*@__NO_SIDE_EFFECTS__*/
export function step(path: string) {
  return endpoint({
    method: 'POST',
    path: `/bookings/{bookingId}/${path}`,
    auth: 'provider',
    body: ActionRequestSchema,
    responses: { 200: BookingSchema },
    problems: [
      'unauthorized',
      'forbidden',
      'booking_not_found',
      'validation_failed',
      'transition_refused',
    ],
  });
}
