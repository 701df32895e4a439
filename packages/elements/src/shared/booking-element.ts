// What the elements are made of before they differ: the shared attributes and properties, how
// they resolve (locale, direction, zone, hour cycle, adapter), the zone picker, the form state,
// and watching the connection and the page's visibility.
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { BookingAdapter } from '@booking/core/http';
import { AdapterSource, elementDirection, viewerZone } from './config.js';
import { warmUp } from './format.js';
import { emptyForm, withPrefill, type BookingPrefill, type FormValues } from './form-values.js';
import { resolveLocale, visitorCatalogs, type Catalogs, type Translate } from './i18n.js';
import { PageWatch } from './page-watch.js';
import { ZonePicker } from './zone-picker.js';

/** How often an element refreshes what it shows while it is on the page. */
const REVALIDATE_MS = 60_000;

export abstract class BookingElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    hourCycle: { attribute: 'hour-cycle' },
    theme: { reflect: true },
    adapter: { attribute: false },
    prefill: { attribute: false },
    clock: { attribute: false },
    _zone: { state: true },
    _form: { state: true },
    _errors: { state: true },
    _submitting: { state: true },
    _offline: { state: true },
    _announcement: { state: true },
  };

  declare apiBase: string;
  declare locale: string;
  declare timeZone: string;
  declare hourCycle: string;
  declare theme: string;
  /** Any backend: the HTTP adapter is made from `api-base` when this is not set. */
  declare adapter: BookingAdapter | undefined;
  /** Values to start the details form with. */
  declare prefill: BookingPrefill | undefined;
  /** The clock, in epoch ms (pin it in tests and demos); default `Date.now`. */
  declare clock: (() => number) | undefined;

  declare _zone: string | undefined;
  declare _form: FormValues;
  declare _errors: Record<string, string>;
  declare _submitting: boolean;
  declare _offline: boolean;
  declare _announcement: string;

  #adapters = new AdapterSource((error) => this.report(error, ''));
  #watch = new PageWatch(this, {
    everyMs: REVALIDATE_MS,
    online: () => {
      this._offline = false;
      this.onOnline();
    },
    offline: () => {
      this._offline = true;
      this._announcement = this.t('offline');
    },
    refresh: () => void this.revalidate(),
  });
  protected readonly zones = new ZonePicker(this, {
    zone: () => this.viewerZone,
    locale: () => this.localeTag,
    now: () => this.now(),
    rtl: () => this.direction === 'rtl',
    t: () => this.t,
    pick: (zone) => this.pickZone(zone),
  });

  constructor() {
    super();
    this.apiBase = '';
    this.locale = '';
    this.timeZone = '';
    this.hourCycle = '';
    this.theme = 'light';
    this._form = emptyForm();
    this._errors = {};
    this._submitting = false;
    this._offline = false;
    this._announcement = '';
  }

  /** `dir` and `lang` are the platform's own attributes: watch them too, so they stay live. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'dir', 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'dir' || name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._offline = this.#watch.offline;
    // The language module downloads from now on, beside the element's first requests; the first
    // render waits for it (scheduleUpdate).
    for (const set of this.catalogs())
      if (!set.has(this.localeTag)) void set.load(this.localeTag).catch(() => undefined);
    // Once the first requests are out (they leave in this task's microtasks), the main thread
    // prepares Intl's zone and number data while it waits for the answers.
    if (!this.hasUpdated)
      setTimeout(() => this.isConnected && warmUp(this.localeTag, this.viewerZone));
  }

  /**
   * Renders wait for the catalog of the language shown (one small download the first time a
   * language is used), so no text ever appears in the wrong language or empty.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.localeTag;
    const missing = this.catalogs().filter((set) => !set.has(locale));
    if (missing.length === 0) return super.scheduleUpdate();
    return Promise.all(missing.map((set) => set.load(locale).catch(() => undefined))).then(() =>
      super.scheduleUpdate(),
    );
  }

  /**
   * The catalogs this element's words come from; every render waits for all of them. An element
   * with words of its own adds its set to the visitor elements' one (the zone picker's, the
   * errors').
   */
  protected catalogs(): Catalogs[] {
    return [visitorCatalogs];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prefill')) this._form = withPrefill(this._form, this.prefill);
  }

  /** Refresh what is shown (when the page is visible again, and on a timer). */
  protected abstract revalidate(): Promise<void>;

  /**
   * Reports a failure to the host page (`booking-error`) and the console; `shown` is what the
   * visitor was told (empty when the failure did not stop them).
   */
  protected abstract report(error: unknown, shown: string): void;

  /** The connection is back. */
  protected onOnline(): void {
    void this.revalidate();
  }

  /** The user picked another zone in the zone picker. */
  protected pickZone(zone: string): void {
    this._zone = zone;
  }

  protected now(): number {
    return (this.clock ?? Date.now)();
  }

  /** The `locale` attribute, else the page's `lang`, else the browser's. */
  protected get localeTag(): string {
    return resolveLocale(this.locale, this);
  }

  protected get t(): Translate {
    return visitorCatalogs.translator(this.localeTag);
  }

  protected get direction(): 'ltr' | 'rtl' {
    return elementDirection(this, this.localeTag);
  }

  /** The zone times are shown in: the user's pick, else the attribute, else the browser's. */
  protected get viewerZone(): string {
    return viewerZone(this._zone, this.timeZone);
  }

  protected get cycle(): 'h12' | 'h23' | undefined {
    return this.hourCycle === 'h12' || this.hourCycle === 'h23' ? this.hourCycle : undefined;
  }

  protected get api(): BookingAdapter | undefined {
    return this.#adapters.get(this.adapter, this.apiBase);
  }
}
