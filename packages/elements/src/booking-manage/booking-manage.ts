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
import type { Booking, Money, Provider, Slot } from '@booking/core';
import {
  AuthError,
  ConflictError,
  NotFoundError,
  newIdempotencyKey,
  type CreateOptions,
} from '@booking/core/http';
import {
  EVENT_VERSION,
  type BookingCancelRequestDetail,
  type ManageView,
} from '../events/detail.js';
import { BookingCancelRequestEvent } from '../events/booking-cancel-request.js';
import { BookingCancelledEvent } from '../events/booking-cancelled.js';
import { BookingRescheduleRequestEvent } from '../events/booking-reschedule-request.js';
import { BookingRescheduledEvent } from '../events/booking-rescheduled.js';
import { BookingElement } from '../shared/booking-element.js';
import { SetupError, errorEvent, errorText } from '../shared/errors.js';
import { formatDateTime, zoneLabel } from '../shared/format.js';
import { parts } from '../shared/parts.styles.js';
import { base, tokens } from '../shared/theme.styles.js';
import { weekStartOf } from '../steps/calendar.js';
import { calendarStyles } from '../steps/calendar.styles.js';
import { styles } from './booking-manage.styles.js';
import type * as CancelView from './cancel-view.js';
import type { ManageHost, ManageNotice } from './host.js';
import type * as RescheduleView from './reschedule-view.js';
import { renderLoadState } from './states.js';
import type * as Views from './views.js';

/** The views of an open booking: downloaded once, when the first booking is opened. */
let views: Promise<typeof Views> | undefined;
function loadViews(): Promise<typeof Views> {
  views ??= import('./views.js').catch((error: unknown) => {
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
  #key: string | undefined;
  /** The last attempt failed in a way that may have reached the server. */
  #unsure = false;
  #reschedule: RescheduleView.Reschedule | undefined;
  #ics: string | undefined;
  #ui: typeof Views | undefined;
  #focus: 'heading' | 'move' | undefined;

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
  get #target(): { id: string; token: string } {
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
    const focus = this.#focus;
    this.#focus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    if (focus === 'move') root.querySelector<HTMLElement>('button.move')?.focus();
  }

  #signature(): string {
    const { id, token } = this.#target;
    return `${id}\n${token}\n${this.apiBase}\n${this.adapter ? 'adapter' : ''}`;
  }

  // --- loading -------------------------------------------------------------------------------

  async #load(options: { quiet?: boolean } = {}): Promise<void> {
    this.#loads.abort();
    this.#loads = new AbortController();
    const { signal } = this.#loads;
    this.#loadingFor = this.#signature();
    const { id, token } = this.#target;
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
      this.#setBooking(booking);
      if (this._state !== 'ready') {
        this._state = 'ready';
        this.#restore();
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

  #setBooking(booking: Booking): void {
    this._booking = booking;
    this.#setIcs(booking);
  }

  /** Refreshes the booking (another device, the provider), never under an open form. */
  protected override async revalidate(): Promise<void> {
    if (this._state !== 'ready' || this._submitting) return;
    if (this._view === 'booking') await this.#load({ quiet: true });
    else if (this._view === 'reschedule') await this.#reschedule?.calendar.load({ quiet: true });
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
    if (this._view === 'reschedule' && this.#reschedule) {
      this.#reschedule.calendar.reset();
      void this.#reschedule.calendar.load();
    }
  }

  // --- views ---------------------------------------------------------------------------------

  async #open(view: ManageView): Promise<void> {
    this._notice = undefined;
    try {
      if (view === 'cancel') this._modules.cancel ??= await import('./cancel-view.js');
      if (view === 'reschedule') {
        const module = (this._modules.reschedule ??= await import('./reschedule-view.js'));
        this.#reschedule ??= new module.Reschedule(this, {
          adapter: () => this.api,
          manage: () => this.#host,
          weekStart: () =>
            this.weekStart ? weekStartOf(this.weekStart, this.localeTag) : undefined,
          rtl: () => this.direction === 'rtl',
          announce: (text) => (this._announcement = text),
          report: (error, shown) => this.report(error, shown),
        });
      }
    } catch (error) {
      this._notice = { kind: 'error', text: this.t('networkError') };
      this.report(error, this._notice.text);
      return;
    }
    this._modules = { ...this._modules };
    this._view = view;
    this.#focus = 'heading';
    this._announcement = this.#title();
    if (view === 'reschedule') {
      const calendar = this.#reschedule!.calendar;
      // It opens on the day of the new time picked (a reload), else of the booked one.
      const booking = this._booking!;
      calendar.show(this._newSlot ?? { start: booking.start, end: booking.end });
      void calendar.load();
    }
    this.#saveDraft();
  }

  #showBooking(): void {
    this._view = 'booking';
    this._done = undefined;
    this._notice = undefined;
    this._newSlot = undefined;
    this.#key = undefined;
    this.#focus = 'heading';
    this._announcement = this.#title();
    this.#clearDraft();
  }

  #title(): string {
    const t = this.t;
    if (this._view === 'cancel') return t('cancelTitle');
    if (this._view === 'reschedule') return t('rescheduleTitle');
    if (this._view === 'done')
      return this._done === 'cancelled' ? t('cancelledTitle') : t('movedTitle');
    return t('manageTitle');
  }

  // --- cancel and reschedule ----------------------------------------------------------------

  /**
   * Sends a change once: after a failure that may have reached the server, the booking is read
   * first, and when it already shows the change (`shows`), that is the answer (never twice, never
   * a refusal of what went through).
   */
  async #submit(
    busy: string,
    shows: (booking: Booking) => boolean,
    send: (id: string, token: string) => Promise<Booking>,
    done: (booking: Booking) => void,
  ): Promise<void> {
    const adapter = this.api!;
    const { token } = this.#target;
    const id = this._booking!.id;
    this._submitting = true;
    this._notice = undefined;
    this._announcement = busy;
    try {
      const now = this.#unsure ? await adapter.getBooking(id, token) : undefined;
      const changed = now && shows(now) ? now : await send(id, token);
      this.#unsure = false;
      this.#key = undefined;
      this.#setBooking(changed);
      done(changed);
    } catch (error) {
      await this.#failed(error);
    } finally {
      this._submitting = false;
    }
  }

  #cancel(refund: Money, fullRefund: boolean): void {
    const booking = this._booking!;
    const reason = this._reason.trim();
    const detail: BookingCancelRequestDetail = {
      version: EVENT_VERSION,
      bookingId: booking.id,
      reason,
      refund,
      fullRefund,
    };
    if (this._submitting || !this.dispatchEvent(new BookingCancelRequestEvent(detail))) return;
    void this.#submit(
      this.t('cancelling'),
      (now) => now.status === 'cancelled',
      (id, token) => this.api!.cancelBooking(id, token, reason ? { reason } : {}),
      (done) => {
        this.#finish('cancelled');
        const amount = (done.refundedAmount ?? 0) - (booking.refundedAmount ?? 0);
        this.dispatchEvent(
          new BookingCancelledEvent({
            version: EVENT_VERSION,
            booking: done,
            reason,
            refund: { amount, currency: done.quote.currency },
            timeZone: this.viewerZone,
          }),
        );
      },
    );
  }

  #pick(slot: Slot): void {
    // The booked time itself: nothing to move.
    const same = Date.parse(slot.start) === Date.parse(this._booking!.start);
    if (same || this._newSlot?.start !== slot.start) this.#key = undefined;
    this._newSlot = same ? undefined : { start: slot.start, end: slot.end };
    this._notice = undefined;
    if (!same) this.#focus = 'move';
    const when = formatDateTime(slot.start, this.viewerZone, this.localeTag, this.cycle);
    this._announcement = `${this.t(same ? 'currentTime' : 'newTime')}: ${when}`;
    this.#saveDraft();
  }

  #move(): void {
    const booking = this._booking!;
    const slot = this._newSlot;
    if (!slot || this._submitting || !this.#reschedule) return;
    const check = this.#reschedule.check(slot);
    if (!check.ok) return this.#refuse(check.code, check.alternatives);
    const key = (this.#key ??= newIdempotencyKey());
    this.#saveDraft();
    const detail = {
      version: EVENT_VERSION,
      bookingId: booking.id,
      previousStart: booking.start,
      ...slot,
      timeZone: this.viewerZone,
      idempotencyKey: key,
    } as const;
    if (!this.dispatchEvent(new BookingRescheduleRequestEvent(detail))) return;
    // The same key goes with every attempt of this move; an adapter that can use it does.
    const options: CreateOptions = { idempotencyKey: key };
    void this.#submit(
      this.t('moving'),
      (now) => Date.parse(now.start) === Date.parse(slot.start),
      (id, token) => this.api!.rescheduleBooking(id, token, { start: slot.start }, options),
      (moved) => {
        this.#finish('moved');
        this.dispatchEvent(
          new BookingRescheduledEvent({
            version: EVENT_VERSION,
            booking: moved,
            previousStart: booking.start,
            timeZone: this.viewerZone,
          }),
        );
      },
    );
  }

  /** A refusal by core's rules (here or on the server): words, and what to do instead. */
  #refuse(code: string, alternatives: Slot[]): void {
    const hours = this._provider?.policy.cancellation?.cutoffHours ?? 0;
    this._notice = this.#ui!.refusalNotice(this.t, code, alternatives, hours);
    if (code === 'slot_unavailable') {
      this.#key = undefined;
      void this.#reschedule?.calendar.load({ quiet: true });
    }
    this._announcement = this._notice.text;
  }

  async #failed(error: unknown): Promise<void> {
    if (error instanceof ConflictError) {
      const reason = String((error.problem as { reason?: unknown } | undefined)?.reason ?? '');
      this.#refuse(error.code === 'slot_unavailable' ? error.code : reason, error.alternatives);
      this.report(error, this._notice!.text);
      if (this._notice?.kind === 'refused' && reason !== 'cancellation_cutoff') {
        // The booking changed under the client: show it as it is now.
        const notice = this._notice;
        this.#showBooking();
        await this.#load({ quiet: true });
        this._notice = notice;
      }
      return;
    }
    this.#unsure = this.#ui!.uncertain(error);
    this._notice = { kind: 'error', text: errorText(this.t, error), retry: this.#unsure };
    this._announcement = this._notice.text;
    this.report(error, this._notice.text);
  }

  #finish(done: 'cancelled' | 'moved'): void {
    this._done = done;
    this._view = 'done';
    this._notice = undefined;
    this._newSlot = undefined;
    this._reason = '';
    this.#focus = 'heading';
    this._announcement = this.#title();
    this.#clearDraft();
  }

  // --- the calendar file -----------------------------------------------------------------------

  #setIcs(booking: Booking | undefined): void {
    if (this.#ics) URL.revokeObjectURL(this.#ics);
    const provider = this._provider;
    const url = this.fromUrl ? location.href : undefined;
    this.#ics =
      booking && provider
        ? this.#ui!.icsUrl(this.#ui!.calendarEntry(booking, provider, this.now(), url))
        : undefined;
  }

  // --- drafts ----------------------------------------------------------------------------------

  #saveDraft(): void {
    if (this._view !== 'cancel' && this._view !== 'reschedule') return;
    this.#ui?.drafts.save(this._booking!.id, {
      view: this._view,
      reason: this._reason,
      ...(this._newSlot ? { slot: this._newSlot } : {}),
      ...(this.#key ? { key: this.#key } : {}),
    });
  }

  #restore(): void {
    const draft = this.#ui?.drafts.read(this._booking!.id);
    if (!draft) return;
    this._reason = draft.reason ?? '';
    this._newSlot = draft.slot;
    this.#key = draft.key;
    void this.#open(draft.view);
  }

  #clearDraft(): void {
    if (this._booking) this.#ui?.drafts.clear(this._booking.id);
  }

  // --- errors ----------------------------------------------------------------------------------

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('booking-manage', this._view, error, shown));
  }

  // --- rendering -------------------------------------------------------------------------------

  /** What the views read and call (see host.ts). */
  get #host(): ManageHost | undefined {
    const booking = this._booking;
    const provider = this._provider;
    if (!booking || !provider) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      t: this.t,
      locale: this.localeTag,
      zone: this.viewerZone,
      cycle: this.cycle,
      booking,
      provider,
      submitting: this._submitting,
      offline: this._offline,
      notice: this._notice,
      reason: this._reason,
      newSlot: this._newSlot,
      icsHref: this.#ics,
      now: () => el.now(),
      zonePicker: () => el.zones.render(),
      setReason: (reason) => {
        el._reason = reason;
        el.#saveDraft();
      },
      pickSlot: (slot) => el.#pick(slot),
      confirmCancel: (refund, full) => el.#cancel(refund, full),
      confirmMove: () => el.#move(),
      showBooking: () => el.#showBooking(),
      openCancel: () => void el.#open('cancel'),
      openReschedule: () => void el.#open('reschedule'),
    };
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
    const host = this.#host;
    const ui = this.#ui;
    if (this._state === 'ready' && host && ui)
      return ui.renderReady(host, this.#title(), this.#view(ui, host));
    const retry = this._state === 'error' && !(this._loadError instanceof SetupError);
    const again = retry ? () => void this.#load() : undefined;
    return renderLoadState(this.t, this._state, this._loadError, again);
  }

  #view(ui: typeof Views, host: ManageHost): TemplateResult {
    const { cancel, reschedule } = this._modules;
    if (this._view === 'cancel' && cancel) return cancel.renderCancel(host);
    if (this._view === 'reschedule' && reschedule && this.#reschedule)
      return this.#reschedule.render(host);
    if (this._view === 'done' && this._done) return ui.renderDone(host, this._done);
    return ui.renderBooking(host);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-manage': BookingManage;
  }
}
