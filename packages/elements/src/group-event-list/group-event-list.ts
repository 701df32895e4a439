// <group-event-list>: discover upcoming group events, filter them, and register seats (or join the
// waitlist of a full one). Shares the zone picker, details form, price breakdown and booked view
// with <booking-widget>. The class holds the state and the lifecycle; loading is a controller
// (loader.ts), the list a template module (list-view.ts), and the registration (form, submit,
// success) is downloaded when the page is idle or when an event is opened (register.ts).
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { groupSeatPrice, type GroupEvent, type Provider, type Quote } from '@booking/core';
import type { CreatedBooking, Waitlisted } from '@booking/core/schemas';
import { EVENT_VERSION, type GroupEventView } from '../events/detail.js';
import { GroupEventSelectEvent } from '../events/group-event-select.js';
import { BookingElement } from '../shared/booking-element.js';
import { visitorCatalogs, type Catalogs } from '../shared/i18n.js';
import { isolate } from '../shared/bidi.js';
import type { Env } from '../shared/env.js';
import { errorEvent } from '../shared/errors.js';
import { parts } from '../shared/parts.styles.js';
import { base, tokens } from '../shared/theme.styles.js';
import { LazyModule } from '../steps/lazy.js';
import { seatsLeft, type GroupFlow, type Notice } from './flow.js';
import { renderList } from './list-view.js';
import { EventsLoader } from './loader.js';
import type * as RegisterModule from './register.js';
import { styles } from './group-event-list.styles.js';
import { groupCatalogs, groupTranslator, type GroupTranslate } from './words.js';

/** The registration: its form, submit and success view, downloaded apart from the script tag. */
export const registration = new LazyModule<typeof RegisterModule>(() => import('./register.js'));

/**
 * Upcoming group events of a provider, a tag, or everyone: filters, "load more", and registration
 * for one or more seats, with the waitlist when an event is full.
 *
 * @element group-event-list
 *
 * @attr provider - Only this provider's events.
 * @attr tag - Only events with this tag.
 * @attr q - Words to find in the title or description.
 * @attr from - Events from this local date (YYYY-MM-DD); default today.
 * @attr to - Events until this local date (inclusive).
 * @attr currency - The currency of the price range.
 * @attr min-price - Lowest price per person, in the currency's major units (`20` or `19.50`).
 * @attr max-price - Highest price per person, in major units.
 * @attr has-seats - Only events with free seats.
 * @attr page-size - Events per page (default 6).
 * @attr api-base - The base URL of the booking API.
 * @attr locale - BCP 47 locale; else the page's `lang`, else the browser's.
 * @attr time-zone - The zone to show times in; else the browser's.
 * @attr hour-cycle - `h12` or `h23`.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr dir - `rtl` or `ltr`; else from the locale (Arabic, Hebrew, Persian, Urdu are `rtl`).
 * @attr lang - Read like `locale` when `locale` is not set (also from an ancestor).
 *
 * @fires group-event-select - An event was opened to register. `GroupEventSelectEvent`.
 * @fires group-event-register-request - Cancelable; the registration is about to be sent.
 * @fires group-event-registered - Seats were booked. `GroupEventRegisteredEvent`.
 * @fires group-event-waitlisted - The client joined a waitlist. `GroupEventWaitlistedEvent`.
 * @fires booking-error - Something failed; the list shows it. `BookingErrorEvent`.
 *
 * @csspart base - The box.
 * @csspart filters - The filter form.
 * @csspart event - One event of the list.
 * @csspart step-heading - The heading of each view.
 * @csspart form - The details form.
 * @csspart input - Every field.
 * @csspart price - The price breakdown.
 * @csspart button - Every button.
 * @csspart primary - The main button of a view.
 * @csspart notice - Messages about errors, full events and price changes.
 * @csspart zone-button - The button that opens the time-zone picker.
 * @csspart zone-popover - The time-zone picker.
 *
 * @cssproperty --booking-color-accent - And every other `--booking-*` token of `<booking-widget>`.
 * @cssproperty --booking-list-gap - Space between events.
 */
export class GroupEventList extends BookingElement implements GroupFlow {
  static override styles = [tokens, base, parts, styles];

  static override properties: PropertyDeclarations = {
    provider: { reflect: true },
    tag: { reflect: true },
    q: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    currency: { reflect: true },
    minPrice: { attribute: 'min-price', reflect: true },
    maxPrice: { attribute: 'max-price', reflect: true },
    hasSeats: { attribute: 'has-seats', type: Boolean, reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    _events: { state: true },
    _cursor: { state: true },
    _listState: { state: true },
    _listError: { state: true },
    _moreFailed: { state: true },
    _providers: { state: true },
    _view: { state: true },
    _selected: { state: true },
    _seats: { state: true },
    _quote: { state: true },
    _notice: { state: true },
    _booked: { state: true },
    _waitlisted: { state: true },
    _confirmedQuote: { state: true },
  };

  declare provider: string;
  declare tag: string;
  declare q: string;
  declare from: string;
  declare to: string;
  declare currency: string;
  declare minPrice: string;
  declare maxPrice: string;
  declare hasSeats: boolean;
  declare pageSize: number;

  declare _events: GroupEvent[];
  declare _cursor: string | null;
  declare _listState: 'loading' | 'more' | 'ready' | 'error';
  /** Why the list could not load (shown in plain words, reported in full). */
  declare _listError: unknown;
  /** The last "load more" failed (the list stays; a notice offers it again). */
  declare _moreFailed: boolean;
  declare _providers: Map<string, Provider>;
  declare _view: GroupEventView;
  declare _selected: GroupEvent | undefined;
  declare _seats: number;
  declare _quote: Quote | undefined;
  declare _notice: Notice | undefined;
  declare _booked: CreatedBooking | undefined;
  declare _waitlisted: Waitlisted | undefined;
  /** The quote the visitor confirmed, to compare with the one stored. */
  declare _confirmedQuote: Quote | undefined;

  /** @internal */ _key: string | undefined;
  /** @internal */ _icsUrl: string | undefined;
  /** @internal */ _lastCurrency = '';

  #loader = new EventsLoader(this);
  #focusAfter: 'heading' | 'field' | 'list' | undefined;
  #returnTo: string | undefined;

  constructor() {
    super();
    this.provider = '';
    this.tag = '';
    this.q = '';
    this.from = '';
    this.to = '';
    this.currency = '';
    this.minPrice = '';
    this.maxPrice = '';
    this.hasSeats = false;
    this.pageSize = 6;
    this._events = [];
    this._cursor = null;
    this._listState = 'loading';
    this._moreFailed = false;
    this._providers = new Map();
    this._view = 'list';
    this._seats = 1;
    this._offline = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._icsUrl) URL.revokeObjectURL(this._icsUrl);
    this._icsUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filters = [
      'provider',
      'tag',
      'q',
      'from',
      'to',
      'currency',
      'minPrice',
      'maxPrice',
      'hasSeats',
      'pageSize',
      'apiBase',
      'adapter',
      'timeZone',
      '_zone',
    ] as const;
    if (filters.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) void this._fetch(false);
    // The registration arrived after the event was opened: price it before it is shown.
    if (this._view === 'register' && !this._quote) this.#price();
  }

  protected override updated(): void {
    const focus = this.#focusAfter;
    this.#focusAfter = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'field') root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (focus === 'list') {
      const back =
        this.#returnTo &&
        root.querySelector<HTMLElement>(`[data-event="${CSS.escape(this.#returnTo)}"]`);
      (back || root.querySelector<HTMLElement>('h2'))?.focus();
    }
    // The registration downloads while the visitor reads the list.
    if (this._listState === 'ready' && this._events.length) registration.prefetch();
  }

  /** Also waits for the registration's download when the view shown needs it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this._view !== 'list' && registration.loading) {
      await registration.settled();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // --- what the modules see (GroupFlow) --------------------------------------------------------

  /** @internal */
  get _env(): Env<GroupTranslate> {
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
  _focus(target: 'heading' | 'field' | 'list'): void {
    this.#focusAfter = target;
  }

  /** @internal */
  _fetch(more: boolean, quiet = false): Promise<void> {
    return this.#loader.fetch(more, quiet);
  }

  /** @internal */
  _refreshSelected(): Promise<void> {
    return this.#loader.refreshSelected(() => this.#price());
  }

  /** @internal */
  _report(error: unknown, shown: string): void {
    this.report(error, shown);
  }

  /** @internal */
  _heading(): string {
    const t = this.t;
    switch (this._view) {
      case 'list':
        return t('eventsHeading');
      case 'register':
        return t('registerFor', { title: this._selected?.title ?? '' });
      case 'waitlisted':
        return t('stepWaitlisted');
      case 'success':
        return t('stepSuccess');
    }
  }

  /** @internal */
  _open(event: GroupEvent): void {
    this._selected = event;
    this.#returnTo = event.id;
    this._seats = 1;
    this._errors = {};
    this._notice = undefined;
    this._key = undefined;
    this._view = 'register';
    this._quote = undefined;
    this.#price();
    this.#focusAfter = 'heading';
    this._announcement = this.t('registerFor', { title: event.title });
    this.dispatchEvent(
      new GroupEventSelectEvent({
        version: EVENT_VERSION,
        eventId: event.id,
        providerId: event.providerId,
        title: event.title,
        start: event.start,
        durationMinutes: event.durationMinutes,
        timeZone: this.viewerZone,
        seatsLeft: seatsLeft(event),
        pricePerPerson: groupSeatPrice(event.pricing, event.durationMinutes).price,
      }),
    );
  }

  /** @internal */
  _backToList(): void {
    this._view = 'list';
    this._notice = undefined;
    this.#focusAfter = 'list';
    void this._fetch(false, true);
  }

  /** Prices the open event (when the registration is not here yet, once it is: willUpdate). */
  #price(): void {
    registration.value?.price(this);
  }

  /** Fresh seats: the list quietly, and the open event. */
  protected override revalidate(): Promise<void> {
    return this.#loader.revalidate(() => this.#price());
  }

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('group-event-list', this._view, error, shown));
  }

  // --- rendering ---------------------------------------------------------------------------------

  /** Its own words (the list, seats, registration) beside the visitor elements' ones. */
  protected override catalogs(): Catalogs[] {
    return [visitorCatalogs, groupCatalogs];
  }

  /** One translator over both sets. */
  protected override get t(): GroupTranslate {
    return groupTranslator(this.localeTag);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const view = this._view;
    return html`<div class="widget" part="base" dir=${this.direction} lang=${this.localeTag}>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
      <section aria-labelledby="heading">
        <h2 id="heading" tabindex="-1" part="step-heading">
          ${
            view === 'register' && this._selected
              ? isolate(t, 'registerFor', { title: this._selected.title })
              : this._heading()
          }
        </h2>
        ${
          view === 'list'
            ? renderList(this, this.zones.render())
            : registration.render(this, t, (m) =>
                view === 'register'
                  ? m.renderRegister(this)
                  : view === 'waitlisted'
                    ? m.renderWaitlisted(this)
                    : m.renderSuccess(this),
              )
        }
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'group-event-list': GroupEventList;
  }
}
