// <booking-widget>: the whole one-to-one booking flow as one element. Service and length, a month
// of days and times in the viewer's zone, details, review with the price breakdown, and success
// with add-to-calendar. Data through a BookingAdapter; slot math, prices and validation by core.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import {
  defaultDuration,
  durationPrices,
  quote as priceQuote,
  sessionPrice,
  type LocalSlot,
  type Provider,
  type Quote,
  type Service,
  type Slot,
} from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import {
  ConflictError,
  ContractError,
  ValidationError,
  newIdempotencyKey,
  type BookingAdapter,
} from '@booking/core/http';
import { CalendarStep, weekStartOf } from '../steps/calendar.js';
import { calendarStyles } from '../steps/calendar.styles.js';
import { EVENT_VERSION, type BookingStep } from '../events/detail.js';
import { BookingConfirmedEvent } from '../events/booking-confirmed.js';
import { BookingReadyEvent } from '../events/booking-ready.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { BookingSlotSelectEvent } from '../events/booking-slot-select.js';
import { BookingStepChangeEvent } from '../events/booking-step-change.js';
import { formatDateTime, money, zoneLabel } from '../shared/format.js';

export type { BookingPrefill } from '../shared/details-form.js';
import { icsUrl, renderCalendarLinks } from '../shared/booked.js';
import {
  changeField,
  emptyForm,
  errorMap,
  formErrors,
  renderDetailFields,
  requestParts,
  type FormValues,
} from '../shared/details-form.js';
import { BookingElement } from '../shared/booking-element.js';
import { safeLink } from '../shared/config.js';
import { SetupError, errorEvent, errorText } from '../shared/errors.js';
import { parts } from '../shared/parts.styles.js';
import { isolate } from '../shared/bidi.js';
import { renderPrice } from '../shared/price.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './booking-widget.styles.js';

interface Notice {
  kind: 'slot_taken' | 'price_changed' | 'error';
  text: string;
  alternatives?: Slot[];
  retry?: boolean;
}

interface Draft {
  serviceId?: string;
  duration?: number;
  slot?: Slot;
  form: FormValues;
  key?: string;
  step: BookingStep;
}

const STEPS: BookingStep[] = ['service', 'time', 'details', 'review', 'success'];
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A complete one-to-one booking flow: service and length, date and time in the viewer's zone,
 * details, review and confirmation, with add-to-calendar. Keyboard and screen-reader friendly,
 * localised, themable, and it never loses what the user typed.
 *
 * @element booking-widget
 *
 * @attr provider - The provider's id.
 * @attr service - The id of the service to preselect.
 * @attr api-base - The base URL of the booking API (uses the HTTP adapter).
 * @attr locale - BCP 47 locale; else the page's `lang`, else the browser's.
 * @attr time-zone - The zone to show times in; else the browser's. The user can change it.
 * @attr hour-cycle - `h12` or `h23`; else the locale's custom.
 * @attr week-start - First day of the week: 1 (Monday) to 7 (Sunday), or a day name; else the locale's.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr layout - `month` (a calendar, default) or `list` (days with their times).
 * @attr dir - `rtl` or `ltr`; else from the locale (Arabic, Hebrew, Persian, Urdu are `rtl`).
 * @attr lang - Read like `locale` when `locale` is not set (also from an ancestor).
 *
 * @fires booking-ready - The provider is loaded. `BookingReadyEvent`.
 * @fires booking-slot-select - The client picked a time. `BookingSlotSelectEvent`.
 * @fires booking-request - Cancelable; the booking is about to be sent. `BookingRequestEvent`.
 * @fires booking-confirmed - The backend accepted the booking. `BookingConfirmedEvent`.
 * @fires booking-error - Something failed; the widget shows it. `BookingErrorEvent`.
 * @fires booking-step-change - The flow moved to another step. `BookingStepChangeEvent`.
 *
 * @csspart base - The widget's box.
 * @csspart header - Provider name and headline.
 * @csspart step-heading - The heading of each step.
 * @csspart calendar - The month grid.
 * @csspart day - A day of the grid.
 * @csspart slot - A time button.
 * @csspart zone-button - The button that opens the time-zone picker.
 * @csspart zone-popover - The time-zone picker.
 * @csspart form - The details form.
 * @csspart price - The price breakdown.
 * @csspart button - Every button.
 * @csspart primary - The main button of a step.
 * @csspart notice - Messages about errors, taken times and price changes.
 *
 * @cssproperty --booking-color-accent - Buttons, selection and links.
 * @cssproperty --booking-color-on-accent - Text on the accent colour.
 * @cssproperty --booking-color-text - Text.
 * @cssproperty --booking-color-muted - Secondary text.
 * @cssproperty --booking-color-surface - Background.
 * @cssproperty --booking-color-subtle - Days with times, notices.
 * @cssproperty --booking-color-border - Borders.
 * @cssproperty --booking-color-danger - Errors.
 * @cssproperty --booking-color-success - The success mark.
 * @cssproperty --booking-color-focus - The focus ring.
 * @cssproperty --booking-radius - Corner radius.
 * @cssproperty --booking-space - The spacing unit.
 * @cssproperty --booking-font-family - Font.
 * @cssproperty --booking-font-size - Base font size.
 * @cssproperty --booking-widget-background - The widget's background (defaults to the surface).
 * @cssproperty --booking-widget-border - The widget's border.
 * @cssproperty --booking-widget-padding - The widget's padding.
 */
export class BookingWidget extends BookingElement {
  static override styles = [tokens, base, parts, calendarStyles, styles];

  static override properties: PropertyDeclarations = {
    provider: { reflect: true },
    service: { reflect: true },
    weekStart: { attribute: 'week-start' },
    layout: { reflect: true },
    _provider: { state: true },
    _loadState: { state: true },
    _loadError: { state: true },
    _step: { state: true },
    _serviceId: { state: true },
    _duration: { state: true },
    _customText: { state: true },
    _customError: { state: true },
    _slot: { state: true },
    _quote: { state: true },
    _notice: { state: true },
    _result: { state: true },
    _received: { state: true },
    _confirmedQuote: { state: true },
  };

  declare provider: string;
  declare service: string;
  declare weekStart: string;
  declare layout: string;

  declare _provider: Provider | undefined;
  declare _loadState: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the provider could not load (shown in plain words, reported in full). */
  declare _loadError: unknown;
  declare _step: BookingStep;
  declare _serviceId: string | undefined;
  declare _duration: number | undefined;
  declare _customText: string;
  declare _customError: string;
  declare _slot: Slot | undefined;
  declare _quote: Quote | undefined;
  declare _notice: Notice | undefined;
  declare _result: CreatedBooking | undefined;
  /** The backend stored the booking (a 2xx) but its answer could not be read. */
  declare _received: boolean;
  /** The quote the visitor confirmed, to compare with the one stored. */
  declare _confirmedQuote: Quote | undefined;

  #loads = new AbortController();
  #key: string | undefined;
  #focusAfterRender: 'heading' | 'field' | undefined;
  #icsUrl: string | undefined;
  /** What the running provider load is for (a re-render with the same ones does not restart it). */
  #loadingFor: { provider: string; adapter: BookingAdapter | undefined } | undefined;
  #calendar = new CalendarStep(this, {
    adapter: () => this.api,
    providerId: () => this._provider?.id ?? '',
    policy: () => this._provider?.policy,
    duration: () => this._duration,
    zone: () => this.viewerZone,
    locale: () => this.localeTag,
    hourCycle: () => this.cycle,
    weekStart: () => weekStartOf(this.weekStart, this.localeTag),
    layout: () => (this.layout === 'list' ? 'list' : 'month'),
    rtl: () => this.direction === 'rtl',
    now: () => this.now(),
    t: () => this.t,
    selected: () => this._slot,
    pick: (slot) => this.#selectSlot(slot),
    announce: (text) => (this._announcement = text),
    report: (error, shown) => this.report(error, shown),
    loaded: () => {
      if (this._slot && this._step === 'time' && !this.#calendar.has(this._slot))
        this._slot = undefined;
    },
  });

  constructor() {
    super();
    this.provider = '';
    this.service = '';
    this.weekStart = '';
    this.layout = 'month';
    this._loadState = 'idle';
    this._loadError = undefined;
    this._step = 'service';
    this._customText = '';
    this._customError = '';
    this._received = false;
  }

  // --- what the attributes resolve to ------------------------------------------------------

  get #service(): Service | undefined {
    return this._provider?.services.find((s) => s.id === this._serviceId);
  }

  /**
   * Per page, provider and widget (its id, else its place among the provider's widgets): another
   * page of the site with the same provider starts afresh.
   */
  get #draftKey(): string {
    const place = this.id
      ? this.id
      : String(
          [...document.querySelectorAll('booking-widget')]
            .filter((w) => w.getAttribute('provider') === this.provider)
            .indexOf(this),
        );
    return `booking-widget:${location.pathname}:${this.provider}:${place}`;
  }

  // --- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // A first visit starts the provider and the visible month's availability right away, beside
    // the language module (BookingElement), not after a first render. A load cut short by a move
    // in the page starts again. Without a provider or a backend yet, the first update reports
    // what is missing (a framework may still be setting them).
    if (this._loadState !== 'ready' && (this.hasUpdated || (this.provider && this.api)))
      void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loads.abort();
    this.#loadingFor = undefined;

    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('provider') || changed.has('apiBase') || changed.has('adapter')) {
      const loading = this.#loadingFor;
      if (loading?.provider !== this.provider || loading.adapter !== this.api) void this.#load();
    } else if (changed.has('service') && this._provider && this.service) {
      if (this._provider.services.some((s) => s.id === this.service))
        this.#chooseService(this.service);
    }
    if (changed.has('timeZone') && changed.get('timeZone') !== undefined) {
      this._zone = undefined;
      if (this._provider && this._step !== 'service') void this.#calendar.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focus = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'field') root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (
      this._provider &&
      ['_step', '_serviceId', '_duration', '_slot', '_form'].some((k) =>
        (changed as Map<PropertyKey, unknown>).has(k),
      )
    )
      this.#saveDraft();
  }

  // --- loading -----------------------------------------------------------------------------

  async #load(): Promise<void> {
    this.#loads.abort();
    this.#loads = new AbortController();
    const { signal } = this.#loads;
    const adapter = this.api;
    this.#loadingFor = { provider: this.provider, adapter };

    if (!this.provider || !adapter) {
      this._loadState = 'error';
      this._loadError = new SetupError(
        !this.provider
          ? 'Set the provider attribute to the id of the provider to book with.'
          : 'Set the api-base attribute to the booking API (or the adapter property).',
      );
      this.report(this._loadError, this.#errorText(this._loadError));
      return;
    }
    this._loadState = 'loading';
    try {
      const loading = adapter.getProvider(this.provider, { signal });
      this.#calendar.prefetch(adapter, this.provider, signal);
      const provider = await loading;
      if (signal.aborted) return;
      this._provider = provider;
      this.#restore(provider);
      this._loadState = 'ready';
      this.dispatchEvent(
        new BookingReadyEvent({
          version: EVENT_VERSION,
          providerId: provider.id,
          providerName: provider.name,
          providerTimeZone: provider.timeZone,
          timeZone: this.viewerZone,
          serviceIds: provider.services.map((s) => s.id),
        }),
      );
      if (this._step !== 'service' && this._step !== 'success') void this.#calendar.load();
    } catch (error) {
      if (signal.aborted) return;
      this._loadState = 'error';
      this._loadError = error;
      this.report(error, this.#errorText(error));
    }
  }

  /** Starts from the saved draft (a reload), else the attributes and the defaults. */
  #restore(provider: Provider): void {
    const draft = this.#readDraft();
    const preferred = [draft?.serviceId, this.service, provider.services[0]?.id].find((id) =>
      provider.services.some((s) => s.id === id),
    );
    if (preferred) this.#chooseService(preferred, draft?.duration);
    if (draft) {
      this._form = {
        ...this._form,
        ...draft.form,
        answers: { ...this._form.answers, ...draft.form.answers },
      };
      this.#key = draft.key;
      if (draft.slot && draft.step !== 'service') {
        this._slot = draft.slot;
        this.#calendar.show(draft.slot);
      }
      const step = draft.slot ? draft.step : draft.step === 'service' ? 'service' : 'time';
      this._step = step === 'success' ? 'service' : step;
      if (this._step === 'review') this.#priceSlot();
    }
  }

  #chooseService(id: string, duration?: number): void {
    const service = this._provider?.services.find((s) => s.id === id);
    if (!service) return;
    this._serviceId = id;
    const offered = durationPrices(service).map((d) => d.durationMinutes);
    this._duration =
      duration !== undefined && this.#offers(service, duration)
        ? duration
        : defaultDuration(service);
    this._customText = offered.includes(this._duration) ? '' : String(this._duration);
    this._customError = '';
  }

  #offers(service: Service, minutes: number): boolean {
    try {
      sessionPrice(service, minutes);
      return true;
    } catch {
      return false;
    }
  }

  /** Quietly refreshes the shown month (cheap with ETags) when visible again and on a timer. */
  protected override async revalidate(): Promise<void> {
    if (this._loadState !== 'ready') return;
    if (this._step === 'time' || this._step === 'details')
      await this.#calendar.load({ quiet: true });
  }

  // --- steps -------------------------------------------------------------------------------

  #go(step: BookingStep): void {
    const previous = this._step;
    this._step = step;
    this._notice = undefined;
    this.#focusAfterRender = 'heading';
    this._announcement = this.#stepTitle(step);
    this.dispatchEvent(new BookingStepChangeEvent({ version: EVENT_VERSION, step, previous }));
  }

  #stepTitle(step: BookingStep): string {
    const t = this.t;
    switch (step) {
      case 'service':
        return t('stepService');
      case 'time':
        return t('stepTime');
      case 'details':
        return t('stepDetails');
      case 'review':
        return t('stepReview');
      case 'success': {
        const pending = this._result
          ? this._result.booking.status === 'pending'
          : this._provider?.policy.requiresApproval === true;
        return pending ? t('stepPending') : t('stepSuccess');
      }
    }
  }

  #continueFromService(): void {
    const service = this.#service;
    if (!service || this._duration === undefined) return;
    if (this._customText !== '') {
      const minutes = Number(this._customText);
      const c = service.customDuration;
      if (!Number.isInteger(minutes) || !this.#offers(service, minutes)) {
        this._customError = c
          ? this.t('customDurationInvalid', {
              min: c.minMinutes,
              max: c.maxMinutes,
              step: c.stepMinutes,
            })
          : this.t('errChoice');
        this.#focusAfterRender = 'field';
        return;
      }
      this._duration = minutes;
    }
    this._customError = '';
    this._slot = undefined;
    this.#go('time');
    void this.#calendar.load();
  }

  #selectSlot(slot: LocalSlot | Slot): void {
    const service = this.#service!;
    const duration = this._duration!;
    this._slot = { start: slot.start, end: slot.end };
    this.#key = undefined;
    this.dispatchEvent(
      new BookingSlotSelectEvent({
        version: EVENT_VERSION,
        providerId: this._provider!.id,
        serviceId: service.id,
        start: slot.start,
        end: slot.end,
        durationMinutes: duration,
        timeZone: this.viewerZone,
        price: sessionPrice(service, duration).price,
      }),
    );
    this.#go('details');
  }

  #submitDetails(event: Event): void {
    event.preventDefault();
    const errors = formErrors(this._form, this.#service?.questions ?? [], this.t);
    this._errors = errors;
    if (Object.keys(errors).length) {
      this._announcement = this.t('errFix');
      this.#focusAfterRender = 'field';
      return;
    }
    this.#priceSlot();
    this.#go('review');
  }

  #priceSlot(): void {
    const service = this.#service;
    if (!service || !this._slot || this._duration === undefined) return;
    this._quote = priceQuote({
      kind: 'one_to_one',
      service,
      durationMinutes: this._duration,
      start: this._slot.start,
      now: iso(this.now()),
    });
  }

  async #confirm(): Promise<void> {
    const provider = this._provider!;
    const service = this.#service!;
    const adapter = this.api!;
    if (!this._slot || !this._quote || this._submitting) return;
    const request = {
      providerId: provider.id,
      serviceId: service.id,
      start: this._slot.start,
      durationMinutes: this._duration!,
      ...requestParts(this._form, { timeZone: this.viewerZone, locale: this.localeTag }),
      quote: this._quote,
    };
    this.#key ??= newIdempotencyKey();
    this.#saveDraft();
    const before = new BookingRequestEvent({
      version: EVENT_VERSION,
      request,
      idempotencyKey: this.#key,
    });
    if (!this.dispatchEvent(before)) return;
    this._submitting = true;
    this._notice = undefined;
    this._announcement = this.t('confirming');
    const confirmed = before.detail.request.quote;
    try {
      const answer = await adapter.createBooking(before.detail.request, {
        idempotencyKey: this.#key,
      });
      const manageUrl = safeLink(answer.manageUrl);
      if (answer.manageUrl && !manageUrl)
        this.report(
          new ContractError(
            'POST /bookings',
            'manageUrl',
            'the manage link is not an http(s) URL. The booking is shown; the link was left out.',
          ),
          '',
        );
      const { manageUrl: _unsafe, ...rest } = answer;
      const created: CreatedBooking = { ...rest, ...(manageUrl ? { manageUrl } : {}) };
      this._result = created;
      this._confirmedQuote = confirmed;
      this.#key = undefined;
      this.#clearDraft();
      this.#prepareIcs(created);
      this.#go('success');
      this.dispatchEvent(
        new BookingConfirmedEvent({
          version: EVENT_VERSION,
          booking: created.booking,
          status: created.booking.status,
          quote: created.booking.quote,
          timeZone: this.viewerZone,
          manageToken: created.manageToken,
          ...(manageUrl ? { manageUrl } : {}),
        }),
      );
    } catch (error) {
      if (
        error instanceof ContractError &&
        (error.status ?? 0) >= 200 &&
        (error.status ?? 0) < 300
      ) {
        // The backend stored the booking and answered 2xx, but not in the contract's shape:
        // the visitor is told it went through (never to book again), the developer why.
        this._received = true;
        this._confirmedQuote = confirmed;
        this.#key = undefined;
        this.#clearDraft();
        this.#go('success');
        this.report(error, this.t('receivedUnreadable'));
      } else this.#handleCreateError(error);
    } finally {
      this._submitting = false;
    }
  }

  #handleCreateError(error: unknown): void {
    const t = this.t;
    if (error instanceof ConflictError && error.code === 'slot_unavailable') {
      // A new attempt at another time is a new request: it gets a new key.
      this.#key = undefined;
      this._notice = {
        kind: 'slot_taken',
        text: error.alternatives.length ? t('slotTaken') : t('slotGone'),
        alternatives: error.alternatives.slice(0, 3),
      };
      void this.#calendar.load({ quiet: true });
    } else if (error instanceof ConflictError && error.code === 'price_changed' && error.quote) {
      this.#key = undefined;
      this._quote = error.quote;
      this._notice = { kind: 'price_changed', text: t('priceChanged') };
    } else if (error instanceof ValidationError && error.fieldErrors.length) {
      this._errors = errorMap(error.fieldErrors, t);
      this.#go('details');
      this.#focusAfterRender = 'field';
      this._announcement = t('errFix');
    } else {
      this._notice = { kind: 'error', text: this.#errorText(error), retry: true };
    }
    if (this._notice) this._announcement = this._notice.text;
    this.report(error, this._notice?.text ?? t('errFix'));
  }

  #pickAlternative(slot: Slot): void {
    this._slot = slot;
    this.#calendar.show(slot);
    this.#priceSlot();
    this._notice = undefined;
    this.#focusAfterRender = 'heading';
    this._announcement = `${this.t('when')}: ${formatDateTime(slot.start, this.viewerZone, this.localeTag, this.cycle)}`;
  }

  #restart(): void {
    this._result = undefined;
    this._received = false;
    this._confirmedQuote = undefined;
    this._slot = undefined;
    this._quote = undefined;
    this._form = {
      ...emptyForm(),
      name: this._form.name,
      email: this._form.email,
      phone: this._form.phone,
    };
    this.#go('service');
  }

  #prepareIcs(created: CreatedBooking): void {
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = icsUrl(this.#calendarEntry(created));
  }

  #calendarEntry(created: CreatedBooking) {
    const provider = this._provider!;
    const service = this.#service;
    return {
      uid: `${created.booking.id}@booking-widget`,
      start: created.booking.start,
      end: created.booking.end,
      title: `${service?.name ?? ''} · ${provider.name}`.replace(/^ · /, ''),
      ...(created.manageUrl ? { description: created.manageUrl, url: created.manageUrl } : {}),
      now: this.now(),
    };
  }

  protected override onOnline(): void {
    if (this._loadState === 'error') void this.#load();
    else void this.revalidate();
  }

  protected override pickZone(id: string): void {
    this._zone = id;
    this._announcement = this.t('timesShownIn', {
      zone: zoneLabel(id, this.localeTag, this.now()),
    });
    this.#calendar.reset();
    void this.#calendar.load();
  }

  // --- drafts ----------------------------------------------------------------------------------

  #saveDraft(): void {
    if (this._step === 'success') return;
    const draft: Draft = {
      ...(this._serviceId ? { serviceId: this._serviceId } : {}),
      ...(this._duration !== undefined ? { duration: this._duration } : {}),
      ...(this._slot ? { slot: this._slot } : {}),
      form: this._form,
      ...(this.#key ? { key: this.#key } : {}),
      step: this._step,
    };
    try {
      sessionStorage.setItem(this.#draftKey, JSON.stringify(draft));
    } catch {
      // Storage may be full or blocked; the draft then lives as long as the page.
    }
  }

  #readDraft(): Draft | undefined {
    try {
      const text = sessionStorage.getItem(this.#draftKey);
      return text ? (JSON.parse(text) as Draft) : undefined;
    } catch {
      return undefined;
    }
  }

  #clearDraft(): void {
    try {
      sessionStorage.removeItem(this.#draftKey);
    } catch {
      // Nothing to clear.
    }
  }

  // --- errors ----------------------------------------------------------------------------------

  #errorText(error: unknown): string {
    return errorText(this.t, error);
  }

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('booking-widget', this._step, error, shown));
  }

  // --- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    return html`
      <div class="widget" part="base" dir=${this.direction} lang=${locale}>
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
        ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
        ${this._loadState === 'ready' && this._provider ? this.#renderReady(this._provider) : this.#renderLoading()}
      </div>
    `;
  }

  #renderLoading(): TemplateResult {
    const t = this.t;
    if (this._loadState === 'error') {
      return html`<div class="notice error" part="notice" role="alert">
          <p>${t('loadError')}</p>
          <p class="muted">${this.#errorText(this._loadError)}</p>
        </div>
        ${
          this.provider && this.api
            ? html`<div class="actions">
                <button part="button" @click=${() => void this.#load()}>${t('retry')}</button>
              </div>`
            : nothing
        }`;
    }
    return html`<div class="skeleton-grid" aria-busy="true">
      <span class="visually-hidden">${t('loading')}</span>
      <div class="skeleton skeleton-block narrow"></div>
      <div class="skeleton skeleton-block"></div>
      <div class="skeleton skeleton-block"></div>
      <div class="skeleton skeleton-block wide"></div>
    </div>`;
  }

  #renderReady(provider: Provider): TemplateResult {
    const index = STEPS.indexOf(this._step);
    return html`
      <div class="header" part="header">
        <bdi class="name">${provider.name}</bdi>
        ${provider.headline ? html`<bdi class="muted">${provider.headline}</bdi>` : nothing}
      </div>
      <section aria-labelledby="step-heading">
        <div>
          <h2 id="step-heading" tabindex="-1" part="step-heading">
            ${this.#stepTitle(this._step)}
          </h2>
          ${index < 4 ? html`<p class="step-of muted">${this.t('stepOf', { n: index + 1, total: 4 })}</p>` : nothing}
        </div>
        ${
          this._step === 'service'
            ? this.#renderService(provider)
            : this._step === 'time'
              ? this.#renderTime()
              : this._step === 'details'
                ? this.#renderDetails()
                : this._step === 'review'
                  ? this.#renderReview(provider)
                  : this.#renderSuccess(provider)
        }
      </section>
    `;
  }

  #renderService(provider: Provider): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const service = this.#service;
    const custom = service?.customDuration;
    const prices = service ? durationPrices(service) : [];
    const usingCustom = this._customText !== '';
    return html`
      ${
        provider.services.length > 1
          ? html`<fieldset>
              <legend>${t('session')}</legend>
              ${provider.services.map(
                (s) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="service"
                      .checked=${live(s.id === this._serviceId)}
                      @change=${() => this.#chooseService(s.id)}
                    />
                    <span class="label"
                      ><bdi>${s.name}</bdi
                      >${s.description ? html`<span class="description muted" dir="auto">${s.description}</span>` : nothing}</span
                    >
                  </label>`,
              )}
            </fieldset>`
          : nothing
      }
      ${
        service
          ? html`<fieldset>
              <legend>
                ${provider.services.length > 1 ? t('duration') : html`<bdi>${service.name}</bdi> · ${t('duration')}`}
              </legend>
              ${prices.map(
                (d) =>
                  html`<label class="choice" part="duration">
                    <input
                      type="radio"
                      name="duration"
                      .checked=${live(!usingCustom && d.durationMinutes === this._duration)}
                      @change=${() => {
                        this._duration = d.durationMinutes;
                        this._customText = '';
                        this._customError = '';
                      }}
                    />
                    <span class="label">${t('minutes', { n: d.durationMinutes })}</span>
                    <span class="price">${money(d.price, locale)}</span>
                  </label>`,
              )}
              ${
                custom
                  ? html`<label class="choice">
                        <input
                          type="radio"
                          name="duration"
                          .checked=${live(usingCustom)}
                          @change=${() => {
                            this._customText = String(custom.minMinutes);
                            this._duration = custom.minMinutes;
                          }}
                        />
                        <span class="label">${t('customDuration')}</span>
                        ${
                          usingCustom && this.#offers(service, Number(this._customText))
                            ? html`<span class="price"
                                >${money(sessionPrice(service, Number(this._customText)).price, locale)}</span
                              >`
                            : nothing
                        }
                      </label>
                      ${
                        usingCustom
                          ? html`<div class="custom field">
                              <label for="custom-minutes">${t('customDuration')}</label>
                              <input
                                id="custom-minutes"
                                type="number"
                                inputmode="numeric"
                                min=${custom.minMinutes}
                                max=${custom.maxMinutes}
                                step=${custom.stepMinutes}
                                .value=${live(this._customText)}
                                aria-describedby="custom-hint ${this._customError ? 'custom-error' : ''}"
                                aria-invalid=${this._customError ? 'true' : 'false'}
                                @input=${(e: Event) => {
                                  this._customText = (e.target as HTMLInputElement).value;
                                  this._customError = '';
                                }}
                              />
                              <span id="custom-hint" class="muted"
                                >${t('customDurationHint', { min: custom.minMinutes, max: custom.maxMinutes, step: custom.stepMinutes })}</span
                              >
                              ${this._customError ? html`<p id="custom-error" class="field-error">${this._customError}</p>` : nothing}
                            </div>`
                          : nothing
                      }`
                  : nothing
              }
            </fieldset>`
          : nothing
      }
      <div class="actions">
        <button class="primary" part="button primary" @click=${() => this.#continueFromService()}>
          ${t('continue')}
        </button>
      </div>
    `;
  }

  #renderTime(): TemplateResult {
    return html`
      ${this.zones.render()} ${this.#calendar.render()}
      <div class="actions">
        <button part="button" @click=${() => this.#go('service')}>${this.t('back')}</button>
      </div>
    `;
  }

  #renderDetails(): TemplateResult {
    const t = this.t;
    return html`<form part="form" novalidate @submit=${(e: Event) => this.#submitDetails(e)}>
      ${this.#renderChosen()}
      ${renderDetailFields({
        t,
        form: this._form,
        errors: this._errors,
        questions: this.#service?.questions ?? [],
        change: (field, value) => {
          ({ form: this._form, errors: this._errors } = changeField(
            this._form,
            this._errors,
            field,
            value,
          ));
        },
      })}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.#go('time')}>${t('back')}</button>
        <button type="submit" class="primary" part="button primary">${t('continue')}</button>
      </div>
    </form>`;
  }

  /** What was chosen so far: service, length and time, in the viewer's zone. */
  #renderChosen(): TemplateResult {
    const t = this.t;
    const slot = this._slot;
    return html`<dl>
      <dt>${t('session')}</dt>
      <dd><bdi>${this.#service?.name}</bdi> · ${t('minutes', { n: this._duration ?? 0 })}</dd>
      ${
        slot
          ? html`<dt>${t('when')}</dt>
              <dd>${formatDateTime(slot.start, this.viewerZone, this.localeTag, this.cycle)}</dd>`
          : nothing
      }
    </dl>`;
  }

  #renderReview(provider: Provider): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const q = this._quote;
    const notice = this._notice;
    const zone = this.viewerZone;
    const disabled =
      this._submitting || this._offline || !this._slot || notice?.kind === 'slot_taken';
    return html`
      <dl>
        <dt>${t('with')}</dt>
        <dd><bdi>${provider.name}</bdi></dd>
        <dt>${t('session')}</dt>
        <dd><bdi>${this.#service?.name}</bdi></dd>
        <dt>${t('when')}</dt>
        <dd>
          ${this._slot ? formatDateTime(this._slot.start, zone, locale, this.cycle) : ''}
          <span class="muted">· ${zoneLabel(zone, locale, this.now())}</span>
        </dd>
        <dt>${t('duration')}</dt>
        <dd>${t('minutes', { n: this._duration ?? 0 })}</dd>
        <dt>${t('name')}</dt>
        <dd><bdi>${this._form.name}</bdi> · <bdi>${this._form.email}</bdi></dd>
      </dl>
      ${q ? renderPrice(q, t, locale) : nothing}
      ${
        notice
          ? html`<div
              class="notice ${notice.kind === 'error' ? 'error' : ''}"
              part="notice"
              role="alert"
            >
              <p>${notice.text}</p>
              ${
                notice.alternatives?.length
                  ? html`<div class="alternatives">
                      ${notice.alternatives.map(
                        (s) =>
                          html`<button part="button slot" @click=${() => this.#pickAlternative(s)}>
                            ${formatDateTime(s.start, zone, locale, this.cycle)}
                          </button>`,
                      )}
                    </div>`
                  : notice.kind === 'slot_taken'
                    ? html`<button part="button" @click=${() => this.#go('time')}>
                        ${t('stepTime')}
                      </button>`
                    : nothing
              }
            </div>`
          : nothing
      }
      <div class="actions">
        <button part="button" ?disabled=${this._submitting} @click=${() => this.#go('details')}>
          ${t('back')}
        </button>
        <button
          class="primary"
          part="button primary"
          ?disabled=${disabled}
          aria-disabled=${disabled ? 'true' : 'false'}
          @click=${() => void this.#confirm()}
        >
          ${this._submitting ? t('confirming') : notice?.retry ? t('retry') : t('confirm')}
        </button>
      </div>
    `;
  }

  #renderSuccess(provider: Provider): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const created = this._result;
    if (!created) return this._received ? this.#renderReceived() : html``;
    const entry = this.#calendarEntry(created);
    const pending = created.booking.status === 'pending';
    const stored = created.booking.quote;
    return html`
      <div class="success-mark" aria-hidden="true">✓</div>
      <p>
        ${isolate(t, pending ? 'successPending' : 'successConfirmed', { provider: provider.name })}
      </p>
      ${this.#renderPriceDiffers(stored)}
      <dl>
        <dt>${t('session')}</dt>
        <dd>
          <bdi>${this.#service?.name}</bdi> ·
          ${t('minutes', { n: created.booking.durationMinutes })}
        </dd>
        <dt>${t('when')}</dt>
        <dd>${formatDateTime(created.booking.start, this.viewerZone, locale, this.cycle)}</dd>
        <dt>${t('total')}</dt>
        <dd>${money({ amount: stored.total, currency: stored.currency }, locale)}</dd>
      </dl>
      ${renderCalendarLinks(t, entry, this.#icsUrl, created.manageUrl ?? undefined)}
      <div class="actions">
        <button part="button" @click=${() => this.#restart()}>${t('bookAnother')}</button>
      </div>
    `;
  }

  /** The stored price, when it is not the one the visitor confirmed. */
  #renderPriceDiffers(stored: Quote): TemplateResult | typeof nothing {
    const confirmed = this._confirmedQuote;
    if (!confirmed || (confirmed.total === stored.total && confirmed.currency === stored.currency))
      return nothing;
    const locale = this.localeTag;
    return html`<p class="notice" part="notice">
      ${isolate(this.t, 'priceDiffers', {
        stored: money({ amount: stored.total, currency: stored.currency }, locale),
        confirmed: money({ amount: confirmed.total, currency: confirmed.currency }, locale),
      })}
    </p>`;
  }

  /** Stored, but the answer could not be read: what the visitor confirmed, and not to book again. */
  #renderReceived(): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const q = this._confirmedQuote;
    return html`
      <div class="success-mark" aria-hidden="true">✓</div>
      <p>${t('receivedUnreadable')}</p>
      <dl>
        <dt>${t('session')}</dt>
        <dd><bdi>${this.#service?.name}</bdi> · ${t('minutes', { n: this._duration ?? 0 })}</dd>
        ${
          this._slot
            ? html`<dt>${t('when')}</dt>
                <dd>${formatDateTime(this._slot.start, this.viewerZone, locale, this.cycle)}</dd>`
            : nothing
        }
        ${
          q
            ? html`<dt>${t('total')}</dt>
                <dd>${money({ amount: q.total, currency: q.currency }, locale)}</dd>`
            : nothing
        }
      </dl>
      <div class="actions">
        <button part="button" @click=${() => this.#restart()}>${t('bookAnother')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-widget': BookingWidget;
  }
}
