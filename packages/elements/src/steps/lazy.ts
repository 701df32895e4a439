// A module that the first render does not need: downloaded with a dynamic import when first used,
// or earlier when the page is idle; a failed download is forgotten, so the next use tries again.
// While it downloads, a view that needs it shows a skeleton; when the download fails, a plain
// message with a retry (and the error goes to the host's `booking-error`).
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../shared/i18n.js';

/** An element that shows a view of a lazy module. */
export interface LazyHost extends ReactiveControllerHost {
  /** The download failed: `booking-error` and the console, with what the visitor read. */
  _report(error: unknown, shown: string): void;
}

/** One lazily imported module and where its download stands. */
export class LazyModule<T> {
  /** The module, once it is here. */
  value: T | undefined;
  /** The last download failed (and nothing is downloading now). */
  failed = false;
  #loading: Promise<T> | undefined;
  /** Hosts waiting for the module to render (each renders again once it is here, or failed). */
  #waiting = new WeakSet<LazyHost>();
  /** Hosts whose last download failed (a failed prefetch is not theirs: they try again). */
  #failedFor = new WeakSet<LazyHost>();

  #importer: () => Promise<T>;

  /** `importer` is a dynamic `import()`; the script-tag build makes it a chunk of its own. */
  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  /** Where the module comes from; another one is used from the next `load()` on. */
  get importer(): () => Promise<T> {
    return this.#importer;
  }

  set importer(importer: () => Promise<T>) {
    this.#importer = importer;
    this.#loading = undefined;
    this.value = undefined;
    this.failed = false;
  }

  /** The module: downloads it the first time, and again after a failure. */
  load(): Promise<T> {
    if (this.#loading) return this.#loading;
    // A download started before the importer changed must not settle this one's state.
    const loading: Promise<T> = this.#importer().then(
      (module) => {
        if (this.#loading === loading) {
          this.value = module;
          this.failed = false;
        }
        return module;
      },
      (error: unknown) => {
        if (this.#loading === loading) {
          this.#loading = undefined;
          this.failed = true;
        }
        throw error;
      },
    );
    this.#loading = loading;
    return loading;
  }

  /** Whether a download is under way. */
  get loading(): boolean {
    return this.#loading !== undefined && this.value === undefined;
  }

  /**
   * Downloads once the page is idle (after the first render's requests), so that the visitor
   * does not wait for it later. A failure here is silent: `load()` tries again when needed.
   */
  prefetch(): void {
    if (this.value !== undefined || this.#loading) return;
    const start = () => void this.load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 4000 });
    else setTimeout(start, 1500);
  }

  /** Downloads for a host: it renders again when the module is here, or says why not. */
  loadFor(host: LazyHost, t: Translate): Promise<T | undefined> {
    if (this.#waiting.has(host)) return this.load().catch(() => undefined);
    this.#waiting.add(host);
    this.#failedFor.delete(host);
    return this.load().then(
      (module) => {
        this.#waiting.delete(host);
        host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.#waiting.delete(host);
        this.#failedFor.add(host);
        host._report(error, t('networkError'));
        host.requestUpdate();
        return undefined;
      },
    );
  }

  /** A view of the module; a skeleton while it downloads; the failure with a retry. */
  render(host: LazyHost, t: Translate, view: (module: T) => TemplateResult): TemplateResult {
    if (this.value !== undefined) return view(this.value);
    if (this.#failedFor.has(host) && !this.#waiting.has(host))
      return html`<div class="notice error" part="notice" role="alert">
        <p>${t('networkError')}</p>
        <button part="button" @click=${() => void this.loadFor(host, t)}>${t('retry')}</button>
      </div>`;
    void this.loadFor(host, t);
    return html`<div class="skeleton-grid" aria-busy="true">
      <span class="visually-hidden">${t('loading')}</span>
      <div class="skeleton skeleton-block"></div>
      <div class="skeleton skeleton-block wide"></div>
    </div>`;
  }

  /** Waits for a download under way (for an element's `updateComplete`). */
  async settled(): Promise<void> {
    if (this.loading) await this.load().catch(() => undefined);
  }
}
