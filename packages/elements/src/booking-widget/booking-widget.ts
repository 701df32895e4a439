// <booking-widget>: the whole one-to-one booking flow as one element. Service and length, a month
// of days and times in the viewer's zone, details, review with the price breakdown, and success
// with add-to-calendar. Data through a BookingAdapter; slot math, prices and validation by core.
// The class holds the state and the lifecycle; the steps are a table (steps.ts) of modules under
// ../steps/ (the calendar one is shared with <booking-manage>), loading is a controller
// (loader.ts), drafts are their own module (drafts.ts), and what the first render does not need
// is downloaded later (later.ts).
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  defaultDuration,
  durationPrices,
  type Provider,
  type Quote,
  type Service,
  type Slot,
} from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import { EVENT_VERSION, type BookingStep } from '../events/detail.js';
import { BookingStepChangeEvent } from '../events/booking-step-change.js';
import { BookingElement } from '../shared/booking-element.js';
import { errorEvent, errorText } from '../shared/errors.js';
import { zoneLabel } from '../shared/format.js';
import { parts } from '../shared/parts.styles.js';
import { base, tokens } from '../shared/theme.styles.js';
import { LazyCalendarStep, calendarModule } from '../steps/calendar-lazy.js';
import { weekStartOf } from '../steps/week-start.js';
import type { Notice } from '../steps/review.js';
import { offers } from '../steps/service.js';
import { stepIds } from '../steps/table.js';
import { clearDraft, draftKey, draftStep, readDraft, saveDraft } from './drafts.js';
import type { Env, WidgetFlow } from './flow.js';
import { ProviderLoader } from './loader.js';
import { later, needsLater, selectSlot, widgetSteps } from './steps.js';
import { styles } from './booking-widget.styles.js';

export type { BookingPrefill } from '../shared/form-values.js';

const STEPS = stepIds(widgetSteps);

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
 * @attr manage-page - A page holding `<booking-manage from-url>`: the success view's manage link
 *   goes there, with the booking's id and manage token as `booking` and `token` query parameters
 *   (instead of the backend's manage URL).
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
export class BookingWidget extends BookingElement implements WidgetFlow {
  static override styles = [tokens, base, parts, styles];

  static override properties: PropertyDeclarations = {
    provider: { reflect: true },
    service: { reflect: true },
    weekStart: { attribute: 'week-start' },
    layout: { reflect: true },
    managePage: { attribute: 'manage-page', reflect: true },
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
  declare managePage: string;

  /** @internal */ declare _step: BookingStep;
  /** @internal */ declare _serviceId: string | undefined;
  /** @internal */ declare _duration: number | undefined;
  /** @internal */ declare _customText: string;
  /** @internal */ declare _customError: string;
  /** @internal */ declare _slot: Slot | undefined;
  /** @internal */ declare _quote: Quote | undefined;
  /** @internal */ declare _notice: Notice | undefined;
  /** @internal */ declare _result: CreatedBooking | undefined;
  /** @internal The backend stored the booking (a 2xx) but its answer could not be read. */
  declare _received: boolean;
  /** @internal The quote the visitor confirmed, to compare with the one stored. */
  declare _confirmedQuote: Quote | undefined;
  /** @internal */ _key: string | undefined;
  /** @internal */ _icsUrl: string | undefined;

  #focusAfterRender: 'heading' | 'field' | undefined;

  /** @internal */ readonly _calendar: LazyCalendarStep = new LazyCalendarStep(this, {
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
    pick: (slot) => selectSlot(this, slot),
    announce: (text) => (this._announcement = text),
    report: (error, shown) => this.report(error, shown),
    loaded: () => {
      if (this._slot && this._step === 'time' && !this._calendar.has(this._slot))
        this._slot = undefined;
    },
  });

  #loader = new ProviderLoader(this, {
    providerId: () => this.provider,
    adapter: () => this.api,
    zone: () => this.viewerZone,
    calendar: this._calendar,
    showsTimes: () => this._step === 'time' || this._step === 'details',
    loaded: (provider) => this.#restore(provider),
    failed: (error) => this.report(error, errorText(this.t, error)),
  });

  constructor() {
    super();
    this.provider = '';
    this.service = '';
    this.weekStart = '';
    this.layout = 'month';
    this.managePage = '';
    this._step = 'service';
    this._customText = '';
    this._customError = '';
    this._received = false;
  }

  // --- what the steps see (WidgetFlow) ---------------------------------------------------------

  /** @internal */
  get _provider(): Provider | undefined {
    return this.#loader.provider;
  }

  /** @internal */
  get _service(): Service | undefined {
    return this._provider?.services.find((s) => s.id === this._serviceId);
  }

  /** @internal */
  get _env(): Env {
    return {
      t: this.t,
      locale: this.localeTag,
      zone: this.viewerZone,
      cycle: this.cycle,
      now: () => this.now(),
      adapter: this.api,
    };
  }

  /** @internal */
  _renderZones(): TemplateResult {
    return this.zones.render();
  }

  /** @internal */
  _go(step: BookingStep): void {
    const previous = this._step;
    this._step = step;
    this._notice = undefined;
    this.#focusAfterRender = 'heading';
    this._announcement = widgetSteps[step].title(this);
    this.dispatchEvent(new BookingStepChangeEvent({ version: EVENT_VERSION, step, previous }));
  }

  /** @internal */
  _focus(target: 'heading' | 'field'): void {
    this.#focusAfterRender = target;
  }

  /** @internal */
  _chooseService(id: string, duration?: number): void {
    const service = this._provider?.services.find((s) => s.id === id);
    if (!service) return;
    this._serviceId = id;
    const offered = durationPrices(service).map((d) => d.durationMinutes);
    this._duration =
      duration !== undefined && offers(service, duration) ? duration : defaultDuration(service);
    this._customText = offered.includes(this._duration) ? '' : String(this._duration);
    this._customError = '';
  }

  /** @internal */
  _report(error: unknown, shown: string): void {
    this.report(error, shown);
  }

  /** @internal */
  _saveDraft(): void {
    if (this._step === 'success') return;
    saveDraft(draftKey(this, this.provider), {
      ...(this._serviceId ? { serviceId: this._serviceId } : {}),
      ...(this._duration !== undefined ? { duration: this._duration } : {}),
      ...(this._slot ? { slot: this._slot } : {}),
      form: this._form,
      ...(this._key ? { key: this._key } : {}),
      step: this._step,
    });
  }

  /** @internal */
  _clearDraft(): void {
    clearDraft(draftKey(this, this.provider));
  }

  // --- lifecycle -------------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._icsUrl) URL.revokeObjectURL(this._icsUrl);
    this._icsUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('provider') || changed.has('apiBase') || changed.has('adapter')) {
      if (this.#loader.stale) void this.#loader.load();
    } else if (changed.has('service') && this._provider && this.service) {
      if (this._provider.services.some((s) => s.id === this.service))
        this._chooseService(this.service);
    }
    // A review opened before its module was here (a restored draft) is priced once it is.
    if (this._step === 'review' && !this._quote) later.value?.priceSlot(this);
    if (changed.has('timeZone') && changed.get('timeZone') !== undefined) {
      this._zone = undefined;
      if (this._provider && this._step !== 'service') void this._calendar.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focus = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'field') root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (!this._provider) return;
    // The steps after the calendar download while the visitor looks at it.
    this._calendar.prefetchModule();
    later.prefetch();
    if (
      ['_step', '_serviceId', '_duration', '_slot', '_form'].some((k) =>
        (changed as Map<PropertyKey, unknown>).has(k),
      )
    )
      this._saveDraft();
  }

  /**
   * Also waits for the steps downloaded later when the step shown needs them: once this
   * resolves, what the step shows is rendered.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (
      (needsLater(this._step) && later.loading) ||
      (this._step === 'time' && calendarModule.loading)
    ) {
      await Promise.all([later.settled(), calendarModule.settled()]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Starts from the saved draft (a reload), else the attributes and the defaults. */
  #restore(provider: Provider): void {
    const draft = readDraft(draftKey(this, this.provider));
    const preferred = [draft?.serviceId, this.service, provider.services[0]?.id].find((id) =>
      provider.services.some((s) => s.id === id),
    );
    if (preferred) this._chooseService(preferred, draft?.duration);
    if (draft) {
      this._form = {
        ...this._form,
        ...draft.form,
        answers: { ...this._form.answers, ...draft.form.answers },
      };
      this._key = draft.key;
      if (draft.slot && draft.step !== 'service') {
        this._slot = draft.slot;
        this._calendar.show(draft.slot);
      }
      this._step = draftStep(draft);
    }
    if (this._step !== 'service' && this._step !== 'success') void this._calendar.load();
  }

  /** Quietly refreshes the shown month (cheap with ETags) when visible again and on a timer. */
  protected override revalidate(): Promise<void> {
    return this.#loader.revalidate();
  }

  protected override onOnline(): void {
    if (this.#loader.state === 'error') void this.#loader.load();
    else void this.revalidate();
  }

  protected override pickZone(id: string): void {
    this._zone = id;
    this._announcement = this.t('timesShownIn', {
      zone: zoneLabel(id, this.localeTag, this.now()),
    });
    this._calendar.reset();
    void this._calendar.load();
  }

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('booking-widget', this._step, error, shown));
  }

  // --- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const provider = this._provider;
    return html`
      <div class="widget" part="base" dir=${this.direction} lang=${this.localeTag}>
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
        ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
        ${this.#loader.state === 'ready' && provider ? this.#renderReady(provider) : this.#renderLoading()}
      </div>
    `;
  }

  #renderLoading(): TemplateResult {
    const t = this.t;
    if (this.#loader.state === 'error') {
      return html`<div class="notice error" part="notice" role="alert">
          <p>${t('loadError')}</p>
          <p class="muted">${errorText(t, this.#loader.error)}</p>
        </div>
        ${
          this.provider && this.api
            ? html`<div class="actions">
                <button part="button" @click=${() => void this.#loader.load()}>
                  ${t('retry')}
                </button>
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
    const step = widgetSteps[this._step];
    const counted = STEPS.length - 1;
    return html`
      <div class="header" part="header">
        <bdi class="name">${provider.name}</bdi>
        ${provider.headline ? html`<bdi class="muted">${provider.headline}</bdi>` : nothing}
      </div>
      <section aria-labelledby="step-heading">
        <div>
          <h2 id="step-heading" tabindex="-1" part="step-heading">${step.title(this)}</h2>
          ${index < counted ? html`<p class="step-of muted">${this.t('stepOf', { n: index + 1, total: counted })}</p>` : nothing}
        </div>
        ${step.render(this)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-widget': BookingWidget;
  }
}
