// What the elements watch outside themselves: the connection (online / offline) and the page's
// visibility, plus a timer; all of it stops when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PageWatchOptions {
  /** The connection came back. */
  online(): void;
  /** The connection went away. */
  offline(): void;
  /** The page became visible again, or the timer fired while it is visible. */
  refresh(): void;
  /** How often `refresh` runs while the element is on the page, in ms. */
  everyMs: number;
}

export class PageWatch implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PageWatchOptions,
  ) {
    host.addController(this);
  }

  /** Whether the browser says it is offline. */
  get offline(): boolean {
    return globalThis.navigator?.onLine === false;
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#online);
    globalThis.addEventListener('offline', this.#offline);
    document.addEventListener('visibilitychange', this.#visible);
    this.#timer = setInterval(this.#visible, this.options.everyMs);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#online);
    globalThis.removeEventListener('offline', this.#offline);
    document.removeEventListener('visibilitychange', this.#visible);
    clearInterval(this.#timer);
  }

  #online = () => this.options.online();
  #offline = () => this.options.offline();
  #visible = () => {
    if (document.visibilityState !== 'hidden') this.options.refresh();
  };
}
