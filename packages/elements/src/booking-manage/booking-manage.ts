// <booking-manage>: a client's own booking, opened from its manage link. It shows the booking
// (service, provider, time in the viewer's zone, price, status, history) and offers what core's
// lifecycle allows the client now: cancel (with the refund the provider's policy gives, shown
// before confirming) and reschedule (the widget's calendar step). After a change, the calendar
// file updates the event the widget's file added. The cancel and reschedule views are downloaded
// when first opened.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Booking, Provider, Slot } from '@booking/core';
import { AuthError, NotFoundError } from '@booking/core/http';
import type { ManageView } from '../events/detail.js';
import { BookingElement } from '../shared/booking-element.js';
import { SetupError, errorEvent, errorText } from '../shared/errors.js';
import { visitorCatalogs, type Catalogs } from '../shared/i18n.js';
import { zoneLabel } from '../shared/format.js';
import { parts } from '../shared/parts.styles.js';
import { base, tokens } from '../shared/theme.styles.js';
import { calendarStyles } from '../steps/calendar.styles.js';
import type * as Actions from './actions.js';
import { styles } from './booking-manage.styles.js';
import type * as CancelView from './cancel-view.js';
import type { ManageNotice } from './host.js';
import type * as RescheduleView from './reschedule-view.js';
import { renderLoadState } from './states.js';
import { manageCatalogs, manageTranslator, type ManageTranslate } from './words.js';

/** The views of an open booking and their actions: downloaded once, with the first booking. */
let views: Promise<typeof Actions> | undefined;
function loadViews(): Promise<typeof Actions> {
  views ??= import('./actions.js').catch((error: unknown) => {
    views = undefined; // try again next time
    throw error;
  });
  return views;
}

/**
 * A client's booking from its manage link: the booking with its status and history, cancel with
 * the refund shown first, reschedule on the calendar, and a calendar file that updates the event.
 *
 * @element booking-manage
 *
 * @attr booking - The booking's id.
 * @attr token - The booking's manage token (also a property). Prefer `from-url` or the property.
 * @attr from-url - Read `booking` and `token` from the page's URL (`?booking=…&token=…`), as the manage link of `<booking-widget manage-page>` builds it.
 * @attr api-base - The base URL of the booking API (uses the HTTP adapter).
 * @attr locale - BCP 47 locale; else the page's `lang`, else the browser's.
 * @attr time-zone - The zone to show times in; else the browser's. The user can change it.
 * @attr hour-cycle - `h12` or `h23`; else the locale's custom.
 * @attr week-start - First day of the week of the reschedule calendar: 1 (Monday) to 7 (Sunday), or a day name.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr dir - `rtl` or `ltr`; else from the locale.
 *
 * @fires booking-cancel-request - Cancelable; the cancellation is about to be sent. `BookingCancelRequestEvent`.
 * @fires booking-cancelled - The backend cancelled the booking. `BookingCancelledEvent`.
 * @fires booking-reschedule-request - Cancelable; the move is about to be sent. `BookingRescheduleRequestEvent`.
 * @fires booking-rescheduled - The backend moved the booking. `BookingRescheduledEvent`.
 * @fires booking-error - Something failed; the element shows it. `BookingErrorEvent`.
 *
 * @csspart base - The element's box.
 * @csspart header - Provider name and headline.
 * @csspart step-heading - The heading of each view.
 * @csspart status - The booking's status.
 * @csspart summary - Session, provider, time and price.
 * @csspart history - The list of what happened to the booking.
 * @csspart form - The cancel form.
 * @csspart refund - What a cancellation refunds, shown before confirming.
 * @csspart calendar - The month grid of the reschedule view.
 * @csspart day - A day of the grid.
 * @csspart slot - A time button.
 * @csspart zone-button - The button that opens the time-zone picker.
 * @csspart zone-popover - The time-zone picker.
 * @csspart button - Every button and button-like link.
 * @csspart primary - The main button of a view.
 * @csspart danger - The cancel buttons.
 * @csspart notice - Messages about errors, refusals and taken times.
 *
 * @cssproperty --booking-color-accent - Buttons, selection and links.
 * @cssproperty --booking-color-on-accent - Text on the accent colour.
 * @cssproperty --booking-color-text - Text.
 * @cssproperty --booking-color-muted - Secondary text.
 * @cssproperty --booking-color-surface - Background.
 * @cssproperty --booking-color-subtle - Days with times, notices.
 * @cssproperty --booking-color-border - Borders.
 * @cssproperty --booking-color-danger - Errors and the cancel buttons.
 * @cssproperty --booking-color-success - The done mark, a full refund.
 * @cssproperty --booking-color-focus - The focus ring.
 * @cssproperty --booking-radius - Corner radius.
 * @cssproperty --booking-space - The spacing unit.
 * @cssproperty --booking-font-family - Font.
 * @cssproperty --booking-font-size - Base font size.
 * @cssproperty --booking-widget-background - The element's background (defaults to the surface).
 * @cssproperty --booking-widget-border - The element's border.
 * @cssproperty --booking-widget-padding - The element's padding.
 */
export class BookingManage extends BookingElement {
  static override styles = [tokens, base, parts, calendarStyles, styles];

  static override properties: PropertyDeclarations = {
    booking: { reflect: true },
    token: {},
    fromUrl: { attribute: 'from-url', type: Boolean, reflect: true },
    weekStart: { attribute: 'week-start' },
    _state: { state: true },
    _loadError: { state: true },
    _booking: { state: true },
    _provider: { state: true },
    _view: { state: true },
    _done: { state: true },
    _reason: { state: true },
    _newSlot: { state: true },
    _notice: { state: true },
    _modules: { state: true },
  };

  declare booking: string;
  /** The manage token. As a property it never shows in the page's markup. */
  declare token: string;
  declare fromUrl: boolean;
  declare weekStart: string;

  declare _state: 'loading' | 'ready' | 'missing' | 'not_found' | 'error';
  declare _loadError: unknown;
  declare _booking: Booking | undefined;
  declare _provider: Provider | undefined;
  declare _view: ManageView;
  declare _done: 'cancelled' | 'moved' | undefined;
  declare _reason: string;
  declare _newSlot: Slot | undefined;
  declare _notice: ManageNotice | undefined;
  declare _modules: { cancel?: typeof CancelView; reschedule?: typeof RescheduleView };

  #loads = new AbortController();
  #loadingFor = '';
  #ui: typeof Actions | undefined;
  // What the lazy actions module (actions.ts) keeps on the element; not API.
  /** The idempotency key of the move being made. @internal */
  _key: string | undefined;
  /** The last attempt failed in a way that may have reached the server. @internal */
  _unsure = false;
  /** @internal */
  _reschedule: RescheduleView.Reschedule | undefined;
  /** The booking's calendar file (a Blob URL). @internal */
  _ics: string | undefined;
  /** @internal */
  _focus: 'heading' | 'move' | undefined;

  constructor() {
    super();
    this.booking = '';
    this.token = '';
    this.fromUrl = false;
    this.weekStart = '';
    this._state = 'loading';
    this._view = 'booking';
    this._reason = '';
    this._modules = {};
  }

  // --- what it opens -------------------------------------------------------------------------

  /** The booking's id and token: from the page's URL with `from-url`, else the attributes. */
  get _target(): { id: string; token: string } {
    if (this.fromUrl) {
      const query = new URLSearchParams(location.search);
      return {
        id: this.booking || (query.get('booking') ?? ''),
        token: this.token || (query.get('token') ?? ''),
      };
    }
    return { id: this.booking, token: this.token };
  }

  // --- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._state !== 'ready' && (this.hasUpdated || this.api)) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loads.abort();
    this.#loadingFor = '';
    this.#setIcs(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['booking', 'token', 'fromUrl', 'apiBase', 'adapter'] as const;
    if (inputs.some((k) => changed.has(k)) && this.#loadingFor !== this.#signature())
      void this.#load();
  }

  protected override updated(): void {
    const focus = this._focus;
    this._focus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    if (focus === 'move') root.querySelector<HTMLElement>('button.move')?.focus();
  }

  #signature(): string {
    const { id, token } = this._target;
    return `${id}\n${token}\n${this.apiBase}\n${this.adapter ? 'adapter' : ''}`;
  }

  // --- loading -------------------------------------------------------------------------------

  async #load(options: { quiet?: boolean } = {}): Promise<void> {
    this.#loads.abort();
    this.#loads = new AbortController();
    const { signal } = this.#loads;
    this.#loadingFor = this.#signature();
    const { id, token } = this._target;
    const adapter = this.api;
    if (!adapter || (!this.fromUrl && (!id || !token))) {
      this._state = 'error';
      this._loadError = new SetupError(
        !adapter
          ? 'Set the api-base attribute to the booking API (or the adapter property).'
          : 'Set the booking attribute and the token property (or from-url on the manage page).',
      );
      this.report(this._loadError, errorText(this.t, this._loadError));
      return;
    }
    if (!id || !token) {
      // A visitor on the manage page without a link: not an error of the page.
      this._state = 'missing';
      return;
    }
    if (!options.quiet) this._state = 'loading';
    try {
      // The views download beside the requests.
      const ui = loadViews();
      const booking = await adapter.getBooking(id, token, { signal });
      const provider =
        this._provider?.id === booking.providerId
          ? this._provider
          : await adapter.getProvider(booking.providerId, { signal });
      this.#ui = await ui;
      if (signal.aborted) return;
      this._provider = provider;
      this._setBooking(booking);
      if (this._state !== 'ready') {
        this._state = 'ready';
        this.#ui.restore(this);
      }
    } catch (error) {
      if (signal.aborted) return;
      if (options.quiet && this._state === 'ready') return;
      const missing = error instanceof NotFoundError || error instanceof AuthError;
      this._state = missing ? 'not_found' : 'error';
      this._loadError = error;
      this.report(error, missing ? this.t('manageNotFound') : errorText(this.t, error));
    }
  }

  /** @internal */
  _setBooking(booking: Booking): void {
    this._booking = booking;
    this.#setIcs(booking);
  }

  /** Refreshes the booking (another device, the provider), never under an open form. */
  protected override async revalidate(): Promise<void> {
    if (this._state !== 'ready' || this._submitting) return;
    if (this._view === 'booking') await this.#load({ quiet: true });
    else if (this._view === 'reschedule') await this._reschedule?.calendar.load({ quiet: true });
  }

  protected override onOnline(): void {
    if (this._state === 'error') void this.#load();
    else void this.revalidate();
  }

  protected override pickZone(zone: string): void {
    this._zone = zone;
    this._announcement = this.t('timesShownIn', {
      zone: zoneLabel(zone, this.localeTag, this.now()),
    });
    if (this._view === 'reschedule' && this._reschedule) {
      this._reschedule.calendar.reset();
      void this._reschedule.calendar.load();
    }
  }

  // --- the calendar file -----------------------------------------------------------------------

  #setIcs(booking: Booking | undefined): void {
    if (this._ics) URL.revokeObjectURL(this._ics);
    const provider = this._provider;
    const url = this.fromUrl ? location.href : undefined;
    this._ics =
      booking && provider && this.#ui
        ? this.#ui.icsUrl(this.#ui.calendarEntry(booking, provider, this.now(), url))
        : undefined;
  }

  // --- errors ----------------------------------------------------------------------------------

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('booking-manage', this._view, error, shown));
  }

  // --- rendering -------------------------------------------------------------------------------

  /** Its own words (status, history, cancel, move) beside the visitor elements' ones. */
  protected override catalogs(): Catalogs[] {
    return [visitorCatalogs, manageCatalogs];
  }

  /** One translator over both sets. */
  protected override get t(): ManageTranslate {
    return manageTranslator(this.localeTag);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      <div class="widget" part="base" dir=${this.direction} lang=${this.localeTag}>
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
        ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
        ${this.#renderState()}
      </div>
    `;
  }

  #renderState(): TemplateResult {
    const open = this._state === 'ready' ? this.#ui?.renderOpen(this) : undefined;
    if (open) return open;
    const retry = this._state === 'error' && !(this._loadError instanceof SetupError);
    const again = retry ? () => void this.#load() : undefined;
    return renderLoadState(this.t, this._state, this._loadError, again);
  }

  // --- what actions.ts reads of the element (not API) ------------------------------------------

  /** @internal */
  get _t(): ManageTranslate {
    return this.t;
  }
  /** @internal */
  get _locale(): string {
    return this.localeTag;
  }
  /** @internal */
  get _viewerZone(): string {
    return this.viewerZone;
  }
  /** @internal */
  get _cycle(): 'h12' | 'h23' | undefined {
    return this.cycle;
  }
  /** @internal */
  get _dir(): 'ltr' | 'rtl' {
    return this.direction;
  }
  /** @internal */
  get _api() {
    return this.api;
  }
  /** @internal */
  _now(): number {
    return this.now();
  }
  /** @internal */
  _zonePicker(): TemplateResult {
    return this.zones.render();
  }
  /** @internal */
  _report(error: unknown, shown: string): void {
    this.report(error, shown);
  }
  /** Reads the booking again, quietly (it changed under the client). @internal */
  _reload(): Promise<void> {
    return this.#load({ quiet: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-manage': BookingManage;
  }
}
