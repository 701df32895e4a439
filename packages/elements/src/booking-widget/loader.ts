// Loading for <booking-widget>, as a Lit reactive controller: the provider (with the current
// month's availability asked for beside it), a restart when the provider or the backend changes,
// a new attempt when the element is connected again, and the quiet refresh of the times shown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Provider } from '@booking/core';
import type { BookingAdapter } from '@booking/core/http';
import { EVENT_VERSION } from '../events/detail.js';
import { BookingReadyEvent } from '../events/booking-ready.js';
import { SetupError } from '../shared/errors.js';
import type { LazyCalendarStep } from '../steps/calendar-lazy.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
}

export interface ProviderLoaderOptions {
  providerId(): string;
  adapter(): BookingAdapter | undefined;
  /** The viewer's zone (for the ready event). */
  zone(): string;
  /** The calendar step, whose first month is asked for beside the provider. */
  calendar: LazyCalendarStep;
  /** Whether the step shown lists times (they are refreshed quietly). */
  showsTimes(): boolean;
  /** The provider is here (before the ready event): restore a draft, open the times. */
  loaded(provider: Provider): void;
  /** The provider could not load (or the element is not set up). */
  failed(error: unknown): void;
}

export class ProviderLoader implements ReactiveController {
  provider: Provider | undefined;
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** Why the provider could not load (shown in plain words, reported in full). */
  error: unknown;

  #host: Host;
  #o: ProviderLoaderOptions;
  #loads = new AbortController();
  /** What the running load is for (a re-render with the same ones does not restart it). */
  #for: { provider: string; adapter: BookingAdapter | undefined } | undefined;

  constructor(host: Host, options: ProviderLoaderOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A first visit starts the provider and the visible month's availability right away, beside
    // the language module, not after a first render. A load cut short by a move in the page
    // starts again. Without a provider or a backend yet, the first update reports what is
    // missing (a framework may still be setting them).
    if (
      this.state !== 'ready' &&
      (this.#host.hasUpdated || (this.#o.providerId() && this.#o.adapter()))
    )
      void this.load();
  }

  hostDisconnected(): void {
    this.#loads.abort();
    this.#for = undefined;
  }

  /** Whether the provider or the backend differ from the ones loaded (or loading). */
  get stale(): boolean {
    return this.#for?.provider !== this.#o.providerId() || this.#for.adapter !== this.#o.adapter();
  }

  async load(): Promise<void> {
    this.#loads.abort();
    this.#loads = new AbortController();
    const { signal } = this.#loads;
    const providerId = this.#o.providerId();
    const adapter = this.#o.adapter();
    this.#for = { provider: providerId, adapter };
    if (!providerId || !adapter) {
      this.#fail(
        new SetupError(
          !providerId
            ? 'Set the provider attribute to the id of the provider to book with.'
            : 'Set the api-base attribute to the booking API (or the adapter property).',
        ),
      );
      return;
    }
    this.state = 'loading';
    this.#host.requestUpdate();
    try {
      const loading = adapter.getProvider(providerId, { signal });
      this.#o.calendar.prefetch(adapter, providerId, signal);
      const provider = await loading;
      if (signal.aborted) return;
      this.provider = provider;
      this.#o.loaded(provider);
      this.state = 'ready';
      this.#host.requestUpdate();
      this.#host.dispatchEvent(
        new BookingReadyEvent({
          version: EVENT_VERSION,
          providerId: provider.id,
          providerName: provider.name,
          providerTimeZone: provider.timeZone,
          timeZone: this.#o.zone(),
          serviceIds: provider.services.map((s) => s.id),
        }),
      );
    } catch (error) {
      if (signal.aborted) return;
      this.#fail(error);
    }
  }

  /** Quietly refreshes the times shown (cheap with ETags): when visible again, and on a timer. */
  async revalidate(): Promise<void> {
    if (this.state === 'ready' && this.#o.showsTimes())
      await this.#o.calendar.load({ quiet: true });
  }

  #fail(error: unknown): void {
    this.state = 'error';
    this.error = error;
    this.#host.requestUpdate();
    this.#o.failed(error);
  }
}
