// What the provider's elements (<booking-inbox>, <availability-editor>) are made of beyond what
// every element shares: the provider they act for, the provider's token (a property, never an
// attribute, so it never shows in the page's markup), an adapter that carries the provider's
// endpoints, the lifecycle steps as calls, and their own words beside the visitor elements' ones.
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Booking } from '@booking/core';
import {
  createProviderAdapter,
  type BookingAdapter,
  type CallOptions,
  type ProviderBookingAdapter,
} from '@booking/core/http';
import type { BookingErrorDetail, ProviderAction, ProviderView } from '../events/detail.js';
import { BookingElement } from './booking-element.js';
import { SetupError, errorEvent } from './errors.js';
import type { CatalogSet } from './i18n.js';

/** The backend of a provider element: the visitor's calls and the provider's for its bookings. */
export type ProviderApi = BookingAdapter & ProviderBookingAdapter;

/** A translator of one element's own catalog set (keys `K`). */
export type TranslateOf<K extends string> = ReturnType<CatalogSet<K>['translator']>;

/** The lifecycle steps a provider takes on a booking (core's action names). */
export type ProviderStep = ProviderAction;

/** The properties whose change means another provider, backend or token: reload. */
const SOURCE = ['provider', 'token', 'apiBase', 'adapter'] as const;

export abstract class ProviderElement extends BookingElement {
  static override properties: PropertyDeclarations = {
    ...BookingElement.properties,
    provider: {},
    token: { attribute: false },
    adapter: { attribute: false },
  };

  /** The provider's id (`provider` attribute). */
  declare provider: string;
  /**
   * The provider's bearer token: a property only, never an attribute (it would show in the page's
   * markup). Opens the provider's endpoints, and a booking's cancel on the provider's behalf.
   */
  declare token: string | undefined;
  /**
   * Any backend with the provider's calls (`createHttpAdapter({ baseUrl, token })`,
   * `createProviderAdapter`, or your own);
   * made from `api-base` and `token` when not set.
   */
  declare adapter: ProviderApi | undefined;

  #http: { base: string; token: string; api: ProviderApi } | undefined;

  constructor() {
    super();
    this.provider = '';
  }

  /** The `adapter` property, else an HTTP adapter for `api-base` with `token` (made once per pair). */
  protected get providerApi(): ProviderApi | undefined {
    if (this.adapter) return this.adapter;
    if (!this.apiBase || !this.token) return undefined;
    if (this.#http?.base !== this.apiBase || this.#http.token !== this.token)
      this.#http = {
        base: this.apiBase,
        token: this.token,
        api: createProviderAdapter({ baseUrl: this.apiBase, token: this.token }),
      };
    return this.#http.api;
  }

  /** What the page is missing before anything can load (for the developer), if anything. */
  protected setupError(): SetupError | undefined {
    const tag = `<${this.localName}>`;
    if (!this.provider) return new SetupError(`${tag} needs the provider attribute (its id).`);
    if (!this.adapter && !this.apiBase)
      return new SetupError(`${tag} needs the api-base attribute or the adapter property.`);
    if (!this.providerApi)
      return new SetupError(
        `${tag} needs the provider's token: set the token property (never an attribute).`,
      );
    return undefined;
  }

  /**
   * One lifecycle step on a booking, as the server answers it: the booking after the step, or the
   * error (a `ConflictError` with code `transition_refused` and the lifecycle's `reason` when the
   * step is not allowed now).
   */
  protected takeStep(
    step: ProviderStep,
    bookingId: string,
    reason?: string,
    options?: CallOptions,
  ): Promise<Booking> {
    const api = this.providerApi;
    if (!api) return Promise.reject(this.setupError() ?? new SetupError('no backend'));
    const body = reason?.trim() ? { reason: reason.trim() } : {};
    switch (step) {
      case 'confirm':
        return api.confirmBooking(bookingId, body, options);
      case 'decline':
        return api.declineBooking(bookingId, body, options);
      case 'start':
        return api.startBooking(bookingId, body, options);
      case 'complete':
        return api.completeBooking(bookingId, body, options);
      case 'no_show':
        return api.markNoShow(bookingId, body, options);
      case 'cancel':
        // The manage endpoint: the provider's token opens it too.
        return api.cancelBooking(bookingId, this.token ?? '', body, options);
    }
  }

  /** The view a failure happened in, for the `booking-error` event. */
  protected abstract errorView(): ProviderView;

  /**
   * Another provider, backend or token: load again. Called before the render of the update that
   * changed it (so state set here renders in that same update).
   */
  protected abstract sourceChanged(): void;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (SOURCE.some((key) => changed.has(key as keyof ProviderElement))) this.sourceChanged();
  }

  protected override report(error: unknown, shown: string): void {
    const step: BookingErrorDetail['step'] = this.errorView();
    this.dispatchEvent(errorEvent(this.localName, step, error, shown));
  }
}
