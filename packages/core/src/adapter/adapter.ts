// The adapter types: what the elements need from a backend, derived from the contract's table
// of endpoints, so a method's arguments and result can never drift from what the server answers.
// The HTTP adapter implements them over the contract; a backend without HTTP (a hosted database's
// SDK, an in-process store) can implement them directly.
import type * as z from 'zod/mini';
import type {
  EndpointName,
  Endpoints,
  ProviderEndpointName,
  ProviderBookingEndpointName,
  VisitorEndpointName,
} from '../contract/endpoints.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the call (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** Options of a call that creates something: retried only with the same key. */
export interface CreateOptions extends CallOptions {
  /** One key per thing the user means to create; reuse it when retrying (see `newIdempotencyKey`). */
  idempotencyKey: string;
}

/** Options of a call that replaces something another person may have changed. */
export interface ReplaceOptions extends CallOptions {
  /** The `version` read before editing: refused with 412 (`precondition_failed`) when stale. */
  ifMatch?: string | undefined;
}

/** One string argument per `{id}` of a path. */
type PathArgs<P extends string> = P extends `${string}{${string}}${infer Rest}`
  ? [id: string, ...PathArgs<Rest>]
  : [];
type TokenArg<E> = E extends { auth: 'manage' } ? [manageToken: string] : [];
/** A body argument is optional when the empty object is a valid body. */
type BodyArg<E> = E extends { body: infer S extends z.ZodMiniType }
  ? object extends z.input<S>
    ? [body?: z.input<S>]
    : [body: z.input<S>]
  : [];
/** A query takes its typed values (numbers, booleans, lists); the client writes them as text. */
type QueryArg<E> = E extends { query: infer S extends z.ZodMiniType }
  ? object extends z.output<S>
    ? [query?: z.output<S>]
    : [query: z.output<S>]
  : [];
type OptionsArg<E> = E extends { keyed: true }
  ? [options: CreateOptions]
  : E extends { ifMatch: true }
    ? [options?: ReplaceOptions]
    : [options?: CallOptions];

type Body<S> = S extends z.ZodMiniType ? z.output<S> : void;
type Outcome<E, S> = E extends { outcomes: infer O }
  ? S extends keyof O
    ? { status: O[S] }
    : object
  : object;

/** What a call of endpoint `E` resolves with: the body of its answer (tagged by `outcomes`). */
export type ResultOf<E> = E extends { responses: infer R }
  ? { [S in keyof R]: Body<R[S]> & Outcome<E, S> }[keyof R]
  : never;

/**
 * The client method of endpoint `E`: its path's ids, the manage token (manage endpoints), the body,
 * the query and the options, in that order.
 */
export type EndpointMethod<E> = E extends { path: infer P extends string }
  ? (
      ...args: [...PathArgs<P>, ...TokenArg<E>, ...BodyArg<E>, ...QueryArg<E>, ...OptionsArg<E>]
    ) => Promise<ResultOf<E>>
  : never;

/** A client with one method per named endpoint. */
export type ClientOf<Names extends EndpointName> = {
  [K in Names]: EndpointMethod<Endpoints[K]>;
};

/**
 * What the visitor elements need from a backend: public reads, creates, and managing a booking
 * (or a waitlist place) with its manage token. One method per endpoint of the contract that a
 * visitor may call; every method rejects with a `BookingApiError` subclass.
 */
export type BookingAdapter = ClientOf<VisitorEndpointName>;

/** The provider's own calls, with the provider's bearer token (given to `createHttpAdapter`). */
export type ProviderAdapter = ClientOf<ProviderEndpointName>;

/**
 * The provider's calls for its bookings (schedule, bookings, group events, lifecycle steps), what
 * `createProviderAdapter` makes; without the notification settings, webhooks and feeds.
 */
export type ProviderBookingAdapter = ClientOf<ProviderBookingEndpointName>;

/** What a registration produced: seats, or a place on the waitlist. */
export type RegistrationResult = ResultOf<Endpoints['register']>;

/**
 * A fresh idempotency key. Make one when the user decides to book and keep it (with what they
 * typed) until the booking is confirmed: every retry of that booking sends the same key.
 *
 * @example
 * const idempotencyKey = newIdempotencyKey(); // "0b6c…-…"
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
