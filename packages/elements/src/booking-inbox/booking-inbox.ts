// <booking-inbox>: the provider's bookings by status (requests, upcoming, today, past,
// cancelled) with counts, searchable by client and paged; one booking with every lifecycle step
// core allows now; a client's record. Keeps itself current without touching what is being typed.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { summarizeClient, type Booking, type Provider } from '@booking/core';
import { EVENT_VERSION, type ProviderView } from '../events/detail.js';
import { BookingTransitionRequestEvent } from '../events/booking-transition-request.js';
import { BookingTransitionedEvent } from '../events/booking-transitioned.js';
import { visitorCatalogs, type Catalogs } from '../shared/i18n.js';
import { parts } from '../shared/parts.styles.js';
import { ProviderElement, type ProviderStep } from '../shared/provider-element.js';
import { base, tokens } from '../shared/theme.styles.js';
import { styles } from './booking-inbox.styles.js';
import {
  STATUS_LABEL,
  clientBookings,
  doneText,
  TABS,
  countWindows,
  failureText,
  inboxCatalogs,
  stepsNow,
  tabCount,
  tabQuery,
  type InboxTab,
  type InboxTranslate,
} from './model.js';
import { heading, renderBooking, renderList, renderRecord, type Format } from './views.js';

const REASON_MAX = 500;

/**
 * The provider's inbox: bookings by status with counts, search by client, paging; one booking's
 * lifecycle steps (confirm, decline with a reason, start from 10 minutes before, complete, no-show,
 * cancel with a reason), each answered by the server; a client's record with totals per currency.
 *
 * The provider's token is a property (`token`), never an attribute.
 *
 * @element booking-inbox
 *
 * @attr provider - The provider's id.
 * @attr api-base - The base URL of the booking API (an HTTP adapter with `token` is made from it).
 * @attr tab - The list shown: `requests` (default), `upcoming`, `today`, `past` or `cancelled`.
 * @attr page-size - Bookings per page, 1 to 100 (default 20).
 * @attr locale - BCP 47 locale; else the page's `lang`, else the browser's.
 * @attr time-zone - The zone to show times in (and whose day is "today"); else the browser's.
 * @attr hour-cycle - `h12` or `h23`; else the locale's custom.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr dir - `rtl` or `ltr`; else from the locale (Arabic, Hebrew, Persian, Urdu are `rtl`).
 *
 * @fires booking-transition-request - Cancelable; a lifecycle step is about to be sent. `BookingTransitionRequestEvent`.
 * @fires booking-transitioned - The server took a step; `detail.booking` is its answer. `BookingTransitionedEvent`.
 * @fires booking-error - Something failed; the inbox says it in words. `BookingErrorEvent`.
 *
 * @csspart base - The element's box.
 * @csspart tabs - The row of lists (requests, upcoming, today, past, cancelled).
 * @csspart tab - One list's button; `aria-pressed` marks the one shown.
 * @csspart count - A list's count.
 * @csspart search - The search by client.
 * @csspart list - The bookings of a list.
 * @csspart booking - One booking of a list.
 * @csspart status - A booking's status.
 * @csspart open - The button that opens a booking.
 * @csspart facts - One booking's when, who, what and price.
 * @csspart steps - The steps allowed now.
 * @csspart step - One step's button.
 * @csspart reason-form - The reason asked before a decline or a cancel.
 * @csspart history - A booking's history.
 * @csspart record - The button that opens the client's record.
 * @csspart totals - A client's sessions and what they paid per currency.
 * @csspart notice - Outcomes and errors.
 * @csspart button - Every button.
 * @csspart primary - The main button of a view.
 * @csspart input - The search field and the reason.
 * @csspart empty - The words of an empty list.
 * @csspart zone-button - The button that opens the time-zone picker.
 * @csspart zone-popover - The time-zone picker.
 *
 * @cssproperty --booking-color-accent - And every other `--booking-*` token of `<booking-widget>`.
 * @cssproperty --booking-inbox-row-gap - Space between bookings.
 * @cssproperty --booking-color-pending - The colour of a request's status.
 */
export class BookingInbox extends ProviderElement {
  static override styles = [tokens, base, parts, styles];

  static override properties: PropertyDeclarations = {
    ...ProviderElement.properties,
    tab: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    _items: { state: true },
    _counts: { state: true },
    _cursors: { state: true },
    _next: { state: true },
    _listState: { state: true },
    _listError: { state: true },
    _search: { state: true },
    _query: { state: true },
    _view: { state: true },
    _selected: { state: true },
    _asking: { state: true },
    _reason: { state: true },
    _reasonError: { state: true },
    _busy: { state: true },
    _notice: { state: true },
    _record: { state: true },
    _recordState: { state: true },
    _recordError: { state: true },
    _profile: { state: true },
  };

  /** The list shown: `requests` (default), `upcoming`, `today`, `past` or `cancelled`. */
  declare tab: InboxTab;
  /** Bookings per page, 1 to 100 (default 20). */
  declare pageSize: number;

  declare _items: Booking[];
  declare _counts: Partial<Record<InboxTab, number>> | undefined;
  /** The cursors of the pages before the one shown ('' for the first). */
  declare _cursors: string[];
  declare _next: string | null;
  declare _listState: 'loading' | 'ready' | 'error';
  declare _listError: unknown;
  declare _search: string;
  declare _query: string;
  declare _view: ProviderView;
  declare _selected: Booking | undefined;
  /** The step whose reason form is open. */
  declare _asking: ProviderStep | undefined;
  declare _reason: string;
  declare _reasonError: string;
  declare _busy: ProviderStep | undefined;
  declare _notice: { kind: 'done' | 'error'; text: string } | undefined;
  declare _record: { bookings: Booking[]; partial: boolean } | undefined;
  declare _recordState: 'loading' | 'ready' | 'error';
  declare _recordError: unknown;
  declare _profile: Provider | undefined;

  #list = new AbortController();
  #focus: string | undefined;
  /** What the last list answer was, to leave the page alone when nothing changed. */
  #seen = '';

  constructor() {
    super();
    this.tab = 'requests';
    this.pageSize = 20;
    this._items = [];
    this._cursors = [''];
    this._next = null;
    this._listState = 'loading';
    this._search = '';
    this._query = '';
    this._view = 'inbox';
    this._reason = '';
    this._reasonError = '';
    this._recordState = 'loading';
  }

  protected override catalogs(): Catalogs[] {
    return [visitorCatalogs, inboxCatalogs];
  }

  /** The inbox's own words. */
  protected get w(): InboxTranslate {
    return inboxCatalogs.translator(this.localeTag);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#list.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: a load cut short by the move starts again.
    if (this.hasUpdated && this._listState !== 'ready') void this.#load();
  }

  protected override errorView(): ProviderView {
    return this._view;
  }

  protected override sourceChanged(): void {
    this._cursors = [''];
    this._profile = undefined;
    void this.#loadProfile();
    void this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = (['provider', 'token', 'apiBase', 'adapter'] as const).some((k) =>
      changed.has(k),
    );
    if (source) return; // sourceChanged loads.
    if (changed.has('tab') && changed.get('tab') !== undefined) {
      this._cursors = [''];
      void this.#load();
    } else if (changed.has('pageSize') && changed.get('pageSize') !== undefined) void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.#focus;
    this.#focus = undefined;
    // The first of the targets that is on the page (a booking may have left the list).
    const target = focus
      ?.split('|')
      .map((selector) => this.renderRoot.querySelector<HTMLElement>(selector))
      .find(Boolean);
    target?.focus();
  }

  // --- data --------------------------------------------------------------------------------------

  /** The provider's profile: the names of its services. */
  async #loadProfile(): Promise<void> {
    const api = this.providerApi;
    if (!api || !this.provider) return;
    try {
      this._profile = await api.getProvider(this.provider);
    } catch (error) {
      this.report(error, '');
    }
  }

  /** The page shown and the counts of every list; `quiet` keeps the page on screen meanwhile. */
  async #load(quiet = false): Promise<void> {
    const problem = this.setupError();
    if (problem) {
      this._listState = 'error';
      this._listError = problem;
      this.report(problem, this.w('setupError'));
      return;
    }
    this.#list.abort();
    const controller = (this.#list = new AbortController());
    const signal = controller.signal;
    const api = this.providerApi!;
    const now = this.now();
    const zone = this.viewerZone;
    const client = this._query || undefined;
    const cursor = this._cursors.at(-1) || undefined;
    const tab = TABS.includes(this.tab) ? this.tab : 'requests';
    if (!quiet) {
      // Another list, page or search: what was shown goes, so it is never taken for the new one.
      this._listState = 'loading';
      this._items = [];
    }
    const windows = countWindows(now, zone);
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20));
    try {
      const [page, ...counted] = await Promise.all([
        api.listBookings(
          this.provider,
          { ...tabQuery(tab, now, zone), client, cursor, limit },
          { signal },
        ),
        ...TABS.map((tab) =>
          api.listBookings(this.provider, { ...windows[tab], client, limit: 1 }, { signal }),
        ),
      ]);
      if (signal.aborted) return;
      const counts = Object.fromEntries(
        TABS.map((tab, i) => [tab, tabCount(tab, counted[i]!.counts)]),
      ) as Record<InboxTab, number>;
      const seen = JSON.stringify([page, counts]);
      if (seen !== this.#seen || this._listState !== 'ready') {
        this.#seen = seen;
        this._items = page.items;
        this._next = page.nextCursor;
        this._counts = counts;
        // An open booking shows what the server holds now (its reason form stays as typed).
        const fresh = this._selected && page.items.find((b) => b.id === this._selected!.id);
        if (fresh) this._selected = fresh;
      }
      this._listState = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      if (quiet && this._listState === 'ready') {
        this.report(error, '');
        return;
      }
      this._listState = 'error';
      this._listError = error;
      this.report(error, failureText(this.w, error));
    }
  }

  /**
   * Reads the bookings and counts again (the page knows something changed: a booking was just
   * made). What is shown stays until the answer is here; an open form keeps what was typed.
   */
  refresh(): Promise<void> {
    return this.revalidate();
  }

  /** Refreshes the list and the counts; the steps open now are worked out again (time passes). */
  protected override async revalidate(): Promise<void> {
    if (!this.hasUpdated || this._busy) return;
    await this.#load(true);
    this.requestUpdate();
  }

  async #loadRecord(): Promise<void> {
    const api = this.providerApi;
    const b = this._selected;
    if (!api || !b) return;
    this._recordState = 'loading';
    try {
      this._record = await clientBookings(api, this.provider, b.client.email);
      this._recordState = 'ready';
    } catch (error) {
      this._recordState = 'error';
      this._recordError = error;
      this.report(error, failureText(this.w, error));
    }
  }

  // --- steps -------------------------------------------------------------------------------------

  async #take(step: ProviderStep): Promise<void> {
    const b = this._selected;
    if (!b || this._busy) return;
    const reason = this._asking === step ? this._reason.trim() : '';
    if (reason.length > REASON_MAX) {
      this._reasonError = this.w('reasonTooLong');
      this.#focus = '#reason';
      return;
    }
    const request = new BookingTransitionRequestEvent({
      version: EVENT_VERSION,
      bookingId: b.id,
      action: step,
      ...(reason ? { reason } : {}),
      status: b.status,
    });
    if (!this.dispatchEvent(request)) return;
    this._busy = step;
    this._notice = undefined;
    try {
      const after = await this.takeStep(step, b.id, reason);
      this._selected = after;
      this._asking = undefined;
      this._reason = '';
      this._reasonError = '';
      this._notice = { kind: 'done', text: doneText(this.w, step, b, after, this.localeTag) };
      this.dispatchEvent(
        new BookingTransitionedEvent({
          version: EVENT_VERSION,
          action: step,
          booking: after,
          previous: b.status,
        }),
      );
    } catch (error) {
      // The booking as it is now (someone else may have changed it), to say why and to show
      // the steps still open; what was typed stays.
      const now = await this.#reread(b);
      const status = now ? this.w(STATUS_LABEL[now.status]) : '';
      const text = failureText(this.w, error, status);
      this._notice = { kind: 'error', text };
      this.report(error, text);
    } finally {
      this._busy = undefined;
      this.#focus = '.notice';
      void this.#load(true);
    }
  }

  /** The booking as the server holds it now (undefined when it cannot be read). */
  async #reread(b: Booking): Promise<Booking | undefined> {
    try {
      const now = await this.providerApi!.getBooking(b.id, this.token ?? '');
      this._selected = now;
      return now;
    } catch {
      return undefined;
    }
  }

  // --- rendering -------------------------------------------------------------------------------

  #format(): Format {
    const [t, locale, zone, cycle, now] = [
      this.w,
      this.localeTag,
      this.viewerZone,
      this.cycle,
      this.now(),
    ];
    return { t, locale, zone, cycle, now };
  }

  #open(b: Booking): void {
    if (this._selected?.id !== b.id) {
      this._asking = undefined;
      this._reason = '';
      this._reasonError = '';
      this._notice = undefined;
    }
    this._selected = b;
    this._view = 'booking';
    this.#focus = 'h2';
  }

  #back(): void {
    const id = this._selected?.id;
    this._view = 'inbox';
    this.#focus = id ? `[data-booking="${CSS.escape(id)}"] .open|h2` : 'h2';
  }

  protected override render(): TemplateResult {
    const w = this.w;
    return html`<div class="widget inbox" part="base" dir=${this.direction} lang=${this.localeTag}>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${
        this._offline
          ? html`<p class="notice error" part="notice" role="alert">${w('offline')}</p>`
          : nothing
      }
      <section aria-labelledby="heading">
        <h2 id="heading" tabindex="-1">${heading(w, this._view, this._selected)}</h2>
        ${this.zones.render()} ${this.#body()}
      </section>
    </div>`;
  }

  #body(): TemplateResult {
    const f = this.#format();
    const b = this._selected;
    if (this._view === 'booking' && b)
      return renderBooking(f, {
        booking: b,
        provider: this._profile,
        steps: stepsNow(b, f.now),
        open: this._asking,
        reason: this._reason,
        reasonError: this._reasonError,
        busy: this._busy,
        notice: this._notice,
        offline: this._offline,
        take: (step) => void this.#take(step),
        ask: (step) => {
          const was = this._asking;
          this._asking = step;
          this._reasonError = '';
          this.#focus = step ? '#reason' : `[data-step="${was ?? ''}"]`;
        },
        typeReason: (text) => {
          this._reason = text;
          if (this._reasonError && text.length <= REASON_MAX) this._reasonError = '';
        },
        back: () => this.#back(),
        record: () => {
          this._view = 'client';
          this.#focus = 'h2';
          void this.#loadRecord();
        },
      });
    if (this._view === 'client' && b)
      return renderRecord(f, {
        summary:
          this._record &&
          summarizeClient(this._record.bookings, { now: new Date(f.now).toISOString() }),
        state: this._recordState,
        error: failureText(this.w, this._recordError),
        partial: this._record?.partial ? this._record.bookings.length : 0,
        provider: this._profile,
        back: () => {
          this._view = 'booking';
          this.#focus = 'h2';
        },
        open: (x) => this.#open(x),
        retry: () => void this.#loadRecord(),
      });
    return renderList(f, {
      tab: TABS.includes(this.tab) ? this.tab : 'requests',
      counts: this._counts,
      query: this._query,
      search: this._search,
      items: this._items,
      state: this._listState,
      error: failureText(this.w, this._listError),
      page: this._cursors.length,
      hasNext: this._next !== null,
      provider: this._profile,
      pick: (tab) => {
        this.tab = tab;
      },
      typeSearch: (text) => (this._search = text),
      submitSearch: () => {
        this._query = this._search.trim();
        this._cursors = [''];
        void this.#load();
      },
      clearSearch: () => {
        this._query = '';
        this._search = '';
        this._cursors = [''];
        this.#focus = '#q';
        void this.#load();
      },
      open: (x) => this.#open(x),
      turn: (delta) => {
        this._cursors =
          delta === 1 && this._next
            ? [...this._cursors, this._next]
            : this._cursors.slice(0, Math.max(1, this._cursors.length - 1));
        this.#focus = 'h2';
        void this.#load();
      },
      retry: () => void this.#load(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-inbox': BookingInbox;
  }
}
