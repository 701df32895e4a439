// <group-event-list>: discover upcoming group events, filter them, and register seats (or join the
// waitlist of a full one). Shares the zone picker, details form, price breakdown and booked view
// with <booking-widget>.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import {
  fromLocal,
  groupSeatPrice,
  parseMoney,
  quote as priceQuote,
  type GroupEvent,
  type Provider,
  type Quote,
} from '@booking/core';
import type { CreatedBooking, Waitlisted } from '@booking/core/schemas';
import {
  ConflictError,
  ContractError,
  ValidationError,
  newIdempotencyKey,
  type EventQuery,
} from '@booking/core/http';
import { EVENT_VERSION, type GroupEventView } from '../events/detail.js';
import { GroupEventRegisterRequestEvent } from '../events/group-event-register-request.js';
import { GroupEventRegisteredEvent } from '../events/group-event-registered.js';
import { GroupEventSelectEvent } from '../events/group-event-select.js';
import { GroupEventWaitlistedEvent } from '../events/group-event-waitlisted.js';
import { icsUrl, renderCalendarLinks } from '../shared/booked.js';
import { BookingElement } from '../shared/booking-element.js';
import { safeLink } from '../shared/config.js';
import { isolate } from '../shared/bidi.js';
import { SetupError, errorEvent, errorText } from '../shared/errors.js';
import {
  changeField,
  errorMap,
  formErrors,
  renderDetailFields,
  requestParts,
} from '../shared/details-form.js';
import { formatDateTime, money } from '../shared/format.js';
import { parts } from '../shared/parts.styles.js';
import { renderPrice } from '../shared/price.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './group-event-list.styles.js';

interface Notice {
  kind: 'full' | 'price_changed' | 'error';
  text: string;
  /** For `full`: the waitlist takes entries. */
  waitlist?: boolean;
  retry?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();
const seatsLeft = (e: GroupEvent) => Math.max(0, e.capacity - e.seatsTaken);

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
export class GroupEventList extends BookingElement {
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

  #load = new AbortController();
  #key: string | undefined;
  #focus: 'heading' | 'field' | 'list' | undefined;
  #ics: string | undefined;
  #returnTo: string | undefined;
  /** The cursors sent since the first page: one coming back means paging would go round. */
  #cursors = new Set<string>();
  /** The currency of the events last seen, for the price filter while a search finds none. */
  #currency = '';

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: a list load cut short by the move starts again.
    if (this.hasUpdated && this._listState !== 'ready') void this.#fetch(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load.abort();
    if (this.#ics) URL.revokeObjectURL(this.#ics);
    this.#ics = undefined;
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
    if (filters.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) void this.#fetch(false);
  }

  protected override updated(): void {
    const focus = this.#focus;
    this.#focus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'field') root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (focus === 'list') {
      const back =
        this.#returnTo &&
        root.querySelector<HTMLElement>(`[data-event="${CSS.escape(this.#returnTo)}"]`);
      (back || root.querySelector<HTMLElement>('h2'))?.focus();
    }
  }

  // --- data --------------------------------------------------------------------------------------

  /** The filters as a query of the contract. Prices are read in the currency's major units. */
  #query(): EventQuery {
    const zone = this.viewerZone;
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const price = (text: string) => {
      if (!text || !this.currency) return undefined;
      try {
        return parseMoney(text, this.currency).amount;
      } catch {
        return undefined;
      }
    };
    const min = price(this.minPrice);
    const max = price(this.maxPrice);
    const next = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return {
      ...(this.provider ? { providerId: this.provider } : {}),
      ...(this.tag ? { tag: this.tag } : {}),
      ...(this.q ? { q: this.q } : {}),
      from: day.test(this.from) ? fromLocal(this.from, '00:00', zone) : iso(this.now()),
      ...(day.test(this.to) ? { to: fromLocal(next(this.to), '00:00', zone) } : {}),
      ...(this.currency && (min !== undefined || max !== undefined)
        ? { currency: this.currency }
        : {}),
      ...(min !== undefined ? { minPrice: min } : {}),
      ...(max !== undefined ? { maxPrice: max } : {}),
      ...(this.hasSeats ? { hasSeats: true } : {}),
      limit: Math.min(Math.max(Math.floor(this.pageSize) || 6, 1), 100),
    };
  }

  async #fetch(more: boolean, quiet = false): Promise<void> {
    const adapter = this.api;
    if (!adapter) {
      this._listState = 'error';
      this._listError = new SetupError(
        'Set the api-base attribute to the booking API (or the adapter property).',
      );
      this.report(this._listError, this.#errorText(this._listError));
      return;
    }
    if (!more) {
      this.#load.abort();
      this.#load = new AbortController();
    }
    const { signal } = this.#load;
    const sent = more ? this._cursor : null;
    if (!quiet) this._listState = more ? 'more' : 'loading';
    if (!quiet) this._announcement = this.t('loadingEvents');
    this._moreFailed = false;
    try {
      const query = { ...this.#query(), ...(sent ? { cursor: sent } : {}) };
      if (quiet && this._events.length > query.limit!)
        query.limit = Math.min(this._events.length, 100);
      const page = await adapter.listEvents(query, { signal });
      if (signal.aborted) return;
      // An event is listed once, however the pages overlap.
      const seen = new Set(more ? this._events.map((e) => e.id) : []);
      const events = more ? [...this._events] : [];
      for (const event of page.items)
        if (!seen.has(event.id)) {
          seen.add(event.id);
          events.push(event);
        }
      let next = page.nextCursor;
      if (!more) this.#cursors.clear();
      if (sent) this.#cursors.add(sent);
      if (next !== null && this.#cursors.has(next)) {
        // The cursor did not advance: another "load more" would fetch the same page again.
        this.report(
          new ContractError(
            'GET /events',
            'nextCursor',
            `the next page's cursor ${JSON.stringify(next.slice(0, 60))} was sent before, so paging stopped here. A cursor must move on with every page.`,
          ),
          '',
        );
        next = null;
      }
      await this.#loadProviders(events, signal);
      if (signal.aborted) return;
      this._events = events;
      this.#currency = events[0]?.pricing.currency ?? this.#currency;
      this._cursor = next;
      this._listState = 'ready';
      if (this._selected) {
        const fresh = events.find((e) => e.id === this._selected!.id);
        if (fresh) this._selected = fresh;
      }
      if (!quiet)
        this._announcement = events.length
          ? this.t('listAnnounced', { n: events.length })
          : this.t('noEvents');
    } catch (error) {
      if (signal.aborted) return;
      if (more) {
        // What is listed stays; the notice offers the next page again.
        this._listState = 'ready';
        this._moreFailed = true;
        this._announcement = this.t('moreEventsError');
      } else if (!quiet) {
        // The list for these filters could not load: an older list would mislead.
        this._listState = 'error';
        this._listError = error;
        this._events = [];
      }
      this.report(error, more ? this.t('moreEventsError') : quiet ? '' : this.#errorText(error));
    }
  }

  async #loadProviders(events: GroupEvent[], signal: AbortSignal): Promise<void> {
    const missing = [...new Set(events.map((e) => e.providerId))].filter(
      (id) => !this._providers.has(id),
    );
    if (!missing.length) return;
    const found = await Promise.all(
      missing.map((id) => this.api!.getProvider(id, { signal }).catch(() => undefined)),
    );
    const next = new Map(this._providers);
    for (const p of found) if (p) next.set(p.id, p);
    this._providers = next;
  }

  /** Fresh seats: the list quietly, and the open event. */
  protected override async revalidate(): Promise<void> {
    if (this._view === 'list') await this.#fetch(false, true);
    else if (this._view === 'register' && this._selected) await this.#refreshSelected();
  }

  async #refreshSelected(): Promise<void> {
    const selected = this._selected;
    if (!selected) return;
    try {
      const fresh = await this.api!.getEvent(selected.id);
      this._selected = fresh;
      this._events = this._events.map((e) => (e.id === fresh.id ? fresh : e));
      this.#price();
    } catch (error) {
      this.report(error, this.#errorText(error));
    }
  }

  // --- registering -------------------------------------------------------------------------------

  #maxSeats(event: GroupEvent): number {
    return Math.min(seatsLeft(event), event.maxSeatsPerRegistration ?? event.capacity);
  }

  #open(event: GroupEvent): void {
    this._selected = event;
    this.#returnTo = event.id;
    this._seats = 1;
    this._errors = {};
    this._notice = undefined;
    this.#key = undefined;
    this._view = 'register';
    this.#price();
    this.#focus = 'heading';
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

  #backToList(): void {
    this._view = 'list';
    this._notice = undefined;
    this.#focus = 'list';
    void this.#fetch(false, true);
  }

  #price(): void {
    const event = this._selected;
    if (!event) return;
    this._quote = priceQuote({ kind: 'group', event, seats: this._seats, now: iso(this.now()) });
  }

  #setSeats(value: string): void {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) return;
    this._seats = n;
    this.#key = undefined;
    this.#price();
  }

  async #submit(event: Event, waitlist = false): Promise<void> {
    event.preventDefault();
    const selected = this._selected;
    if (!selected || this._submitting) return;
    const errors = formErrors(this._form, [], this.t);
    this._errors = errors;
    if (Object.keys(errors).length) {
      this._announcement = this.t('errFix');
      this.#focus = 'field';
      return;
    }
    if (this._offline) {
      this._notice = { kind: 'error', text: this.t('offline'), retry: true };
      return;
    }
    const request = {
      seats: this._seats,
      ...requestParts(this._form, { timeZone: this.viewerZone, locale: this.localeTag }),
      ...(waitlist ? { waitlist: true } : this._quote ? { quote: this._quote } : {}),
    };
    this.#key ??= newIdempotencyKey();
    const before = new GroupEventRegisterRequestEvent({
      version: EVENT_VERSION,
      eventId: selected.id,
      request,
      idempotencyKey: this.#key,
    });
    if (!this.dispatchEvent(before)) return;
    this._submitting = true;
    this._notice = undefined;
    this._announcement = this.t('confirming');
    const sent = before.detail.request;
    const confirmed = ('quote' in sent ? sent.quote : undefined) ?? undefined;
    try {
      const result = await this.api!.register(selected.id, before.detail.request, {
        idempotencyKey: this.#key,
      });
      this.#key = undefined;
      if (result.status === 'waitlisted') {
        this._waitlisted = result;
        this._view = 'waitlisted';
        this.dispatchEvent(
          new GroupEventWaitlistedEvent({
            version: EVENT_VERSION,
            eventId: selected.id,
            entry: result.entry,
            position: result.position,
            manageToken: result.manageToken,
          }),
        );
      } else {
        const manageUrl = safeLink(result.manageUrl);
        if (result.manageUrl && !manageUrl)
          this.report(
            new ContractError(
              'POST /events/{id}/registrations',
              'manageUrl',
              'the manage link is not an http(s) URL. The registration is shown; the link was left out.',
            ),
            '',
          );
        const { manageUrl: _unsafe, status: _status, ...rest } = result;
        const booked: CreatedBooking = { ...rest, ...(manageUrl ? { manageUrl } : {}) };
        this._booked = booked;
        this._confirmedQuote = confirmed;
        if (this.#ics) URL.revokeObjectURL(this.#ics);
        this.#ics = icsUrl(this.#entry(selected, booked));
        this._view = 'success';
        this.dispatchEvent(
          new GroupEventRegisteredEvent({
            version: EVENT_VERSION,
            eventId: selected.id,
            booking: booked.booking,
            quote: booked.booking.quote,
            timeZone: this.viewerZone,
            manageToken: booked.manageToken,
            ...(manageUrl ? { manageUrl } : {}),
          }),
        );
      }
      this.#focus = 'heading';
      this._announcement = this.#heading();
    } catch (error) {
      if (
        error instanceof ContractError &&
        (error.status ?? 0) >= 200 &&
        (error.status ?? 0) < 300
      ) {
        // Stored (a 2xx), but not in the contract's shape: it went through; never register again.
        this.#key = undefined;
        this._booked = undefined;
        this._confirmedQuote = confirmed;
        this._view = 'success';
        this.#focus = 'heading';
        this._announcement = this.t('receivedUnreadable');
        this.report(error, this.t('receivedUnreadable'));
      } else await this.#failed(error);
    } finally {
      this._submitting = false;
    }
  }

  async #failed(error: unknown): Promise<void> {
    const t = this.t;
    if (error instanceof ConflictError && error.code === 'event_full') {
      // Someone took the seats first: a new attempt is a new request with a new key.
      this.#key = undefined;
      const left = error.waitlist?.seatsLeft ?? 0;
      this._notice = {
        kind: 'full',
        text: left > 0 ? t('eventFull', { n: left }) : t('eventFullNone'),
        waitlist: error.waitlist?.available ?? false,
      };
      await this.#refreshSelected();
    } else if (error instanceof ConflictError && error.code === 'price_changed' && error.quote) {
      this.#key = undefined;
      this._quote = error.quote;
      this._notice = { kind: 'price_changed', text: t('priceChanged') };
    } else if (error instanceof ValidationError && error.fieldErrors.length) {
      this._errors = errorMap(error.fieldErrors, t);
      this.#focus = 'field';
      this._notice = { kind: 'error', text: t('errFix') };
    } else {
      this._notice = { kind: 'error', text: this.#errorText(error), retry: true };
    }
    this._announcement = this._notice.text;
    this.report(error, this._notice.text);
  }

  #entry(event: GroupEvent, created: CreatedBooking) {
    return {
      uid: `${created.booking.id}@group-event-list`,
      start: created.booking.start,
      end: created.booking.end,
      title: event.title,
      ...(event.instructions ? { description: event.instructions } : {}),
      ...(created.manageUrl ? { url: created.manageUrl } : {}),
      now: this.now(),
    };
  }

  #errorText(error: unknown): string {
    return errorText(this.t, error);
  }

  protected override report(error: unknown, shown: string): void {
    this.dispatchEvent(errorEvent('group-event-list', this._view, error, shown));
  }

  // --- rendering ---------------------------------------------------------------------------------

  #heading(): string {
    const t = this.t;
    const event = this._selected;
    switch (this._view) {
      case 'list':
        return t('eventsHeading');
      case 'register':
        return t('registerFor', { title: event?.title ?? '' });
      case 'waitlisted':
        return t('stepWaitlisted');
      case 'success':
        return t('stepSuccess');
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="widget" part="base" dir=${this.direction} lang=${this.localeTag}>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
      <section aria-labelledby="heading">
        <h2 id="heading" tabindex="-1" part="step-heading">
          ${
            this._view === 'register' && this._selected
              ? isolate(t, 'registerFor', { title: this._selected.title })
              : this.#heading()
          }
        </h2>
        ${
          this._view === 'list'
            ? this.#renderList()
            : this._view === 'register'
              ? this.#renderRegister()
              : this._view === 'waitlisted'
                ? this.#renderWaitlisted()
                : this.#renderSuccess()
        }
      </section>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.t;
    const currency = this.currency || this.#currency;
    const set = (attribute: string) => (e: Event) => {
      const input = e.target as HTMLInputElement;
      const value =
        input.type === 'checkbox' ? (input.checked ? '' : null) : input.value.trim() || null;
      if (value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
      if (
        (attribute === 'min-price' || attribute === 'max-price') &&
        value !== null &&
        !this.currency &&
        currency
      )
        this.setAttribute('currency', currency);
    };
    const active =
      [this.tag, this.from, this.to, this.minPrice, this.maxPrice].filter(Boolean).length +
      (this.hasSeats ? 1 : 0);
    return html`<form
      class="filters"
      part="filters"
      role="search"
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="f-q">${t('search')}</label>
        <input id="f-q" part="input" type="search" .value=${live(this.q)} @change=${set('q')} />
      </div>
      <details class="more-filters" ?open=${active > 0}>
        <summary>${t('filters')}${active ? ` (${active})` : ''}</summary>
        <fieldset>
          <legend class="visually-hidden">${t('filters')}</legend>
          <div class="field">
            <label for="f-tag">${t('tag')}</label>
            <input
              id="f-tag"
              part="input"
              type="text"
              .value=${live(this.tag)}
              @change=${set('tag')}
            />
          </div>
          <div class="field">
            <label for="f-from">${t('fromDate')}</label>
            <input
              id="f-from"
              part="input"
              type="date"
              .value=${live(this.from)}
              @change=${set('from')}
            />
          </div>
          <div class="field">
            <label for="f-to">${t('toDate')}</label>
            <input
              id="f-to"
              part="input"
              type="date"
              .value=${live(this.to)}
              @change=${set('to')}
            />
          </div>
          ${
            currency
              ? html`<div class="field">
                    <label for="f-min">${t('minPrice', { currency })}</label>
                    <input
                      id="f-min"
                      part="input"
                      type="number"
                      min="0"
                      step="any"
                      inputmode="decimal"
                      .value=${live(this.minPrice)}
                      @change=${set('min-price')}
                    />
                  </div>
                  <div class="field">
                    <label for="f-max">${t('maxPrice', { currency })}</label>
                    <input
                      id="f-max"
                      part="input"
                      type="number"
                      min="0"
                      step="any"
                      inputmode="decimal"
                      .value=${live(this.maxPrice)}
                      @change=${set('max-price')}
                    />
                  </div>`
              : nothing
          }
          <div class="field check">
            <label
              ><input
                id="f-seats"
                type="checkbox"
                .checked=${live(this.hasSeats)}
                @change=${set('has-seats')}
              />
              <span>${t('hasSeats')}</span></label
            >
          </div>
        </fieldset>
      </details>
    </form>`;
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const body =
      this._listState === 'loading'
        ? html`<div class="skeleton-grid" aria-busy="true">
            <span class="visually-hidden">${t('loadingEvents')}</span>
            <div class="skeleton skeleton-card"></div>
            <div class="skeleton skeleton-card"></div>
          </div>`
        : this._listState === 'error' && !this._events.length
          ? html`<div class="notice error" part="notice" role="alert">
              <p>${t('eventsLoadError')}</p>
              <p class="muted">${this.#errorText(this._listError)}</p>
              <button part="button" @click=${() => void this.#fetch(false)}>${t('retry')}</button>
            </div>`
          : !this._events.length
            ? html`<p class="notice" part="notice">${t('noEvents')}</p>`
            : html`<ul class="events" role="list">
                  ${this._events.map((e) => this.#renderEvent(e))}
                </ul>
                ${
                  this._moreFailed
                    ? html`<div class="notice error" part="notice" role="alert">
                        <p>${t('moreEventsError')}</p>
                        <button part="button" @click=${() => void this.#fetch(true)}>
                          ${t('retry')}
                        </button>
                      </div>`
                    : this._cursor
                      ? html`<div class="actions">
                          <button
                            part="button"
                            ?disabled=${this._listState === 'more'}
                            aria-busy=${this._listState === 'more' ? 'true' : 'false'}
                            @click=${() => void this.#fetch(true)}
                          >
                            ${this._listState === 'more' ? t('loading') : t('loadMore')}
                          </button>
                        </div>`
                      : nothing
                }`;
    return html`${this.zones.render()} ${this.#renderFilters()} ${body}`;
  }

  #renderEvent(e: GroupEvent): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const left = seatsLeft(e);
    const full = left === 0;
    const { price } = groupSeatPrice(e.pricing, e.durationMinutes);
    const tier = e.pricing.groupSizeTiers?.[0];
    const provider = this._providers.get(e.providerId);
    const titleId = `t-${e.id}`;
    return html`<li class="event" part="event">
      <h3 id=${titleId}><bdi>${e.title}</bdi></h3>
      <p class="meta">
        ${provider ? html`<bdi>${provider.name}</bdi> · ` : nothing}
        <span>${formatDateTime(e.start, this.viewerZone, locale, this.cycle)}</span> ·
        <span>${t('minutes', { n: e.durationMinutes })}</span>
      </p>
      <p class="price-line">
        <strong>${t('perPerson', { price: money(price, locale) })}</strong>
        ${tier ? html`<span class="muted">· ${t('tierFrom', { price: money({ amount: tier.pricePerPerson, currency: e.pricing.currency }, locale), n: tier.minSeats })}</span>` : nothing}
      </p>
      <p class="seats ${full ? 'full' : ''}">
        ${full ? (e.waitlist === false ? t('full') : t('waitlistOpen')) : left === 1 ? t('seatsLeftOne') : t('seatsLeftOther', { n: left })}
      </p>
      ${
        e.tags?.length
          ? html`<ul class="tags" role="list">
              ${e.tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
            </ul>`
          : nothing
      }
      ${
        e.description || e.instructions
          ? html`<details>
              <summary>${t('more')}</summary>
              ${e.description ? html`<p dir="auto">${e.description}</p>` : nothing}
              ${e.instructions ? html`<p class="instructions"><strong>${t('instructions')}:</strong> <bdi>${e.instructions}</bdi></p>` : nothing}
            </details>`
          : nothing
      }
      <div class="actions">
        <button
          class=${full ? '' : 'primary'}
          part=${full ? 'button' : 'button primary'}
          data-event=${e.id}
          aria-describedby=${titleId}
          ?disabled=${full && e.waitlist === false}
          @click=${() => this.#open(e)}
        >
          ${full ? t('joinWaitlist') : t('register')}
        </button>
      </div>
    </li>`;
  }

  #renderRegister(): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const e = this._selected!;
    const max = this.#maxSeats(e);
    const full = max < 1;
    const notice = this._notice;
    const waitlistOnly = full || (notice?.kind === 'full' && this._seats > max);
    const left = seatsLeft(e);
    return html`<dl>
        <dt>${t('when')}</dt>
        <dd>${formatDateTime(e.start, this.viewerZone, locale, this.cycle)}</dd>
        <dt>${t('duration')}</dt>
        <dd>${t('minutes', { n: e.durationMinutes })}</dd>
        <dt>${t('seats')}</dt>
        <dd>
          ${full ? t('full') : left === 1 ? t('seatsLeftOne') : t('seatsLeftOther', { n: left })}
        </dd>
      </dl>
      <form part="form" novalidate @submit=${(ev: Event) => void this.#submit(ev, waitlistOnly)}>
        <div class="field">
          <label for="f-seat-count">${t('seats')}</label>
          <input
            id="f-seat-count"
            part="input"
            type="number"
            inputmode="numeric"
            min="1"
            max=${Math.max(1, full ? (e.maxSeatsPerRegistration ?? e.capacity) : max)}
            step="1"
            aria-describedby="seat-hint"
            .value=${live(String(this._seats))}
            @input=${(ev: Event) => this.#setSeats((ev.target as HTMLInputElement).value)}
          />
          <span id="seat-hint" class="muted"
            >${t('seatsHint', { n: Math.max(1, full ? (e.maxSeatsPerRegistration ?? e.capacity) : max) })}</span
          >
        </div>
        ${renderDetailFields({
          t,
          form: this._form,
          errors: this._errors,
          questions: [],
          change: (field, value) => {
            ({ form: this._form, errors: this._errors } = changeField(
              this._form,
              this._errors,
              field,
              value,
            ));
          },
        })}
        ${this._quote && !waitlistOnly ? renderPrice(this._quote, t, locale) : nothing}
        ${
          notice
            ? html`<div
                class="notice ${notice.kind === 'error' ? 'error' : ''}"
                part="notice"
                role="alert"
              >
                <p>${notice.text}</p>
              </div>`
            : nothing
        }
        <div class="actions">
          <button
            type="button"
            part="button"
            ?disabled=${this._submitting}
            @click=${() => this.#backToList()}
          >
            ${t('backToList')}
          </button>
          <button
            type="submit"
            class="primary"
            part="button primary"
            ?disabled=${this._submitting || this._offline}
          >
            ${this._submitting ? t('confirming') : waitlistOnly ? t('joinWaitlist') : notice?.retry ? t('retry') : t('register')}
          </button>
        </div>
      </form>`;
  }

  #renderWaitlisted(): TemplateResult {
    const t = this.t;
    const w = this._waitlisted!;
    return html`<p>${t('waitlisted', { n: w.position })}</p>
      <div class="actions">
        <button part="button" @click=${() => this.#backToList()}>${t('backToList')}</button>
      </div>`;
  }

  #renderSuccess(): TemplateResult {
    const t = this.t;
    const locale = this.localeTag;
    const created = this._booked;
    const event = this._selected!;
    const confirmed = this._confirmedQuote;
    const stored = created?.booking.quote;
    const differs =
      confirmed &&
      stored &&
      (confirmed.total !== stored.total || confirmed.currency !== stored.currency);
    const total = stored ?? confirmed;
    return html`<div class="success-mark" aria-hidden="true">✓</div>
      <p>${created ? isolate(t, 'registered', { title: event.title }) : t('receivedUnreadable')}</p>
      ${
        differs
          ? html`<p class="notice" part="notice">
              ${isolate(t, 'priceDiffers', {
                stored: money({ amount: stored.total, currency: stored.currency }, locale),
                confirmed: money({ amount: confirmed.total, currency: confirmed.currency }, locale),
              })}
            </p>`
          : nothing
      }
      <dl>
        <dt>${t('when')}</dt>
        <dd>
          ${formatDateTime(created?.booking.start ?? event.start, this.viewerZone, locale, this.cycle)}
        </dd>
        <dt>${t('seats')}</dt>
        <dd>${created?.booking.seats ?? this._seats}</dd>
        ${
          total
            ? html`<dt>${t('total')}</dt>
                <dd>${money({ amount: total.total, currency: total.currency }, locale)}</dd>`
            : nothing
        }
      </dl>
      ${event.instructions ? html`<p class="instructions"><strong>${t('instructions')}:</strong> <bdi>${event.instructions}</bdi></p>` : nothing}
      ${created ? renderCalendarLinks(t, this.#entry(event, created), this.#ics, created.manageUrl ?? undefined) : nothing}
      <div class="actions">
        <button part="button" @click=${() => this.#backToList()}>${t('backToList')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'group-event-list': GroupEventList;
  }
}
