/**
 * The calendar step, shared by `<booking-widget>` (pick a time) and `<booking-manage>`
 * (reschedule): a month grid of days and the free times of the chosen day (or every day, in the
 * `list` layout) for one provider and one session length, in the viewer's zone. It loads the
 * provider's availability through the adapter, computes the slots with core's `computeSlots` under
 * the provider's policy, offers the next free day when a month has none, and handles the ARIA
 * date-grid keys. A Lit reactive controller: it holds its own state and asks its host to render.
 *
 * How another element uses it:
 *
 * ```ts
 * #calendar = new CalendarStep(this, {
 *   adapter: () => this.api,                 // any BookingAdapter
 *   providerId: () => this.providerId,
 *   policy: () => this.provider?.policy,     // the provider's booking policy (buffers, notice…)
 *   duration: () => this.booking?.durationMinutes,
 *   zone: () => this.viewerZone,
 *   locale: () => this.localeTag,
 *   hourCycle: () => this.cycle,
 *   rtl: () => this.direction === 'rtl',
 *   now: () => this.now(),
 *   t: () => this.t,
 *   selected: () => this.#newSlot,           // the time shown pressed, if any
 *   pick: (slot) => { this.#newSlot = slot; }, // the visitor picked a time
 *   announce: (text) => (this._announcement = text),
 *   report: (error, shown) => this.report(error, shown),
 * });
 * // when the step opens:      void this.#calendar.load();
 * // in render():              ${this.#calendar.render()}
 * // on a timer / visibility:  void this.#calendar.load({ quiet: true });
 * // another zone was picked:  this.#calendar.reset(); void this.#calendar.load();
 * ```
 *
 * For a smaller first download, `LazyCalendarStep` (`calendar-lazy.ts`) takes the same options
 * and has the same methods, and downloads this module when the step is first needed: import this
 * module statically only for its types. The host renders the zone picker and its own buttons
 * around it. `show(slot)` opens the month
 * of a slot (a draft, a 409 alternative); `prefetch()` asks for the current month's availability
 * before the provider's policy is known. The template uses the classes of `parts.styles.ts`.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  computeSlots,
  fromLocal,
  groupSlotsByDay,
  nextAvailableDay,
  toLocal,
  type LocalSlot,
  type Provider,
  type Slot,
} from '@booking/core';
import type { AvailabilityResponse } from '@booking/core/schemas';
import type { BookingAdapter } from '@booking/core/http';
import { addMonths, monthGrid, monthStart, monthWindow, moveFocus } from '../calendar/month.js';
import { formatDate, formatMonth, formatTime, weekdays } from '../shared/format.js';
import { errorText } from '../shared/errors.js';
import type { Translate } from '../shared/i18n.js';
import { askAhead, type Ahead } from './ahead.js';
import { weekStartOf } from './week-start.js';

export { weekStartOf };

/** What the calendar step needs from its host; all read when needed, so they stay live. */
export interface CalendarStepOptions {
  adapter(): BookingAdapter | undefined;
  providerId(): string;
  /** The provider's booking policy; the step shows nothing until it is known. */
  policy(): Provider['policy'] | undefined;
  /** The session's length in minutes. */
  duration(): number | undefined;
  /** The zone the times are shown in. */
  zone(): string;
  locale(): string;
  hourCycle?(): 'h12' | 'h23' | undefined;
  /** First day of the week, 1 (Monday) to 7 (Sunday); else the locale's. */
  weekStart?(): number | undefined;
  /** `month` (grid and the chosen day's times, default) or `list` (every day with its times). */
  layout?(): 'month' | 'list';
  rtl(): boolean;
  /** The clock, epoch ms. */
  now(): number;
  t(): Translate;
  /** The slot shown pressed. */
  selected?(): Slot | undefined;
  /** The visitor picked a time. */
  pick(slot: Slot): void;
  /** Words for the host's live region. */
  announce(text: string): void;
  /** A load failed; `shown` is what the visitor reads. */
  report(error: unknown, shown: string): void;
  /** A month's slots were loaded (the host may drop a chosen slot that is gone). */
  loaded?(): void;
  /** Availability asked for before the step existed (see `ahead.ts`); taken once. */
  ahead?(): Ahead | undefined;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

type Policy = Provider['policy'] & { durationMinutes: number };

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export class CalendarStep implements ReactiveController {
  /** The month shown (`YYYY-MM-01`), empty before the first load. */
  month = '';
  /** The shown month's slots by the viewer's local date. */
  days: Map<string, LocalSlot[]> = new Map();
  state: 'loading' | 'ready' | 'error' = 'loading';
  error: unknown;
  /** When the month has no free time: the next free day (null: none within the horizon). */
  nextFree: { date: string; slot: Slot } | null | undefined;
  /** The day that holds the grid's focus (roving tabindex). */
  focusDate = '';
  /** The day whose times are listed. */
  selectedDate: string | undefined;

  #host: Host;
  #o: CalendarStepOptions;
  #load: AbortController | undefined;
  #focusDay = false;
  #prefetched: Ahead | undefined;

  constructor(host: Host, options: CalendarStepOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#load?.abort();
    this.#prefetched = undefined;
  }

  hostUpdated(): void {
    if (!this.#focusDay) return;
    this.#focusDay = false;
    this.#host.renderRoot.querySelector<HTMLElement>('td button[tabindex="0"]')?.focus();
  }

  /**
   * Asks for the availability of the current month (both months near a month's turn, in every
   * zone) before the policy is known; the first load of that month uses it once.
   */
  prefetch(adapter: BookingAdapter, providerId: string, signal?: AbortSignal): void {
    this.#prefetched = askAhead(adapter, providerId, this.#o.now(), signal);
  }

  /** Forgets the month and day shown: the next load opens on today (another zone, say). */
  reset(): void {
    this.month = '';
    this.selectedDate = undefined;
    this.#host.requestUpdate();
  }

  /** Opens on the day of a slot (a restored draft, an alternative time). */
  show(slot: Slot): void {
    const date = toLocal(slot.start, this.#o.zone()).date;
    this.selectedDate = date;
    this.focusDate = date;
    this.month = monthStart(date);
    this.#host.requestUpdate();
  }

  /** Whether a slot is among the shown month's. */
  has(slot: Slot): boolean {
    for (const list of this.days.values())
      if (list.some((s) => s.start === slot.start)) return true;
    return false;
  }

  /** Stops a running load. */
  abort(): void {
    this.#load?.abort();
  }

  /**
   * Loads the shown month's slots (and the next free day when it has none). The first time (no
   * month chosen yet), a month without a free day left opens on the month that has one instead.
   * `quiet` refreshes without the loading state and announcements.
   */
  async load(options: { quiet?: boolean } = {}): Promise<void> {
    const o = this.#o;
    const adapter = o.adapter();
    const policy0 = o.policy();
    const duration = o.duration();
    const providerId = o.providerId();
    if (!policy0 || !adapter || duration === undefined || !providerId) return;
    const zone = o.zone();
    const now = o.now();
    const t = o.t();
    const locale = o.locale();
    const chosen = Boolean(this.month);
    if (!chosen) {
      const today = toLocal(iso(now), zone).date;
      this.month = monthStart(today);
      this.focusDate ||= today;
    }
    let month = this.month;
    this.#load?.abort();
    const controller = new AbortController();
    this.#load = controller;
    const { signal } = controller;
    if (!options.quiet) {
      this.state = 'loading';
      o.announce(t('loadingTimes'));
      this.#host.requestUpdate();
    }
    try {
      const policy: Policy = { ...policy0, durationMinutes: duration };
      const { from, to } = this.#range(month, now);
      let days: Map<string, LocalSlot[]> = new Map();
      if (from < to) {
        const availability = await this.#availability(adapter, providerId, month, signal);
        days = this.#daysIn(availability, month, policy, now);
      }
      if (signal.aborted) return;
      let nextFree: { date: string; slot: Slot } | null | undefined;
      if (!days.size) {
        const found = await this.#findNextFree(
          adapter,
          providerId,
          Math.max(from, now),
          policy,
          signal,
        );
        if (signal.aborted) return;
        nextFree = found?.next ?? null;
        if (!chosen && found?.next && monthStart(found.next.date) !== month) {
          // Nothing left this month: open on the month of the next free day.
          month = monthStart(found.next.date);
          this.month = month;
          this.focusDate = found.next.date;
          days = this.#daysIn(found.availability, month, policy, now);
          nextFree = undefined;
        }
      }
      this.days = days;
      this.nextFree = nextFree;
      this.state = 'ready';
      const monthDays = [...days.keys()].sort();
      if (
        !this.selectedDate ||
        this.selectedDate.slice(0, 7) !== month.slice(0, 7) ||
        (!days.has(this.selectedDate) && !options.quiet)
      ) {
        const first = monthDays[0];
        this.selectedDate = first;
        if (first && this.focusDate.slice(0, 7) !== month.slice(0, 7)) this.focusDate = first;
      }
      o.loaded?.();
      if (!options.quiet) {
        const selected = this.selectedDate;
        o.announce(
          selected
            ? t('timesAnnounced', {
                n: days.get(selected)!.length,
                date: formatDate(selected, locale),
              })
            : t('noTimesMonth', {
                month: formatMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)), locale),
              }),
        );
      }
    } catch (error) {
      if (signal.aborted) return;
      this.state = 'error';
      this.error = error;
      o.report(error, errorText(t, error));
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** The instants whose slots a month shows in the viewer's zone: from now at the earliest. */
  #range(month: string, now: number): { from: number; to: number } {
    const zone = this.#o.zone();
    const monthFrom = Date.parse(fromLocal(month, '00:00', zone));
    const to = Date.parse(fromLocal(addMonths(month, 1), '00:00', zone));
    return { from: Math.max(now, monthFrom), to };
  }

  /** What was fetched ahead for the month (once), else a request for the month's window. */
  #availability(
    adapter: BookingAdapter,
    providerId: string,
    month: string,
    signal: AbortSignal,
  ): Promise<AvailabilityResponse> {
    const ahead = this.#prefetched ?? this.#o.ahead?.();
    this.#prefetched = undefined;
    const ask = () => adapter.getAvailability(providerId, monthWindow(month), { signal });
    if (
      ahead?.adapter === adapter &&
      ahead.providerId === providerId &&
      ahead.months.includes(month)
    )
      return ahead.availability.catch(ask);
    return ask();
  }

  #daysIn(
    availability: AvailabilityResponse,
    month: string,
    policy: Policy,
    now: number,
  ): Map<string, LocalSlot[]> {
    const { from, to } = this.#range(month, now);
    if (from >= to) return new Map();
    const slots = computeSlots({
      ...availability,
      policy,
      from: iso(from),
      to: iso(to),
      now: iso(now),
    });
    return new Map(groupSlotsByDay(slots, this.#o.zone()).map((d) => [d.date, d.slots]));
  }

  async #findNextFree(
    adapter: BookingAdapter,
    providerId: string,
    from: number,
    policy: Policy,
    signal: AbortSignal,
  ): Promise<{
    next: { date: string; slot: Slot } | null;
    availability: AvailabilityResponse;
  } | null> {
    const days = Math.min((policy.horizonDays ?? 180) + 1, 366);
    const to = from + days * DAY;
    const now = this.#o.now();
    if (to <= from) return null;
    const availability = await adapter.getAvailability(
      providerId,
      { from: iso(from), to: iso(to) },
      { signal },
    );
    const next = nextAvailableDay(
      { ...availability, policy, from: iso(from), now: iso(now) },
      { viewerZone: this.#o.zone(), withinDays: days },
    );
    return { next, availability };
  }

  // --- interaction -----------------------------------------------------------------------------

  get #weekStart(): number {
    return this.#o.weekStart?.() ?? weekStartOf('', this.#o.locale());
  }

  #showMonth(month: string, focus?: string): void {
    this.month = monthStart(month);
    if (focus) this.focusDate = focus;
    void this.load();
  }

  #onGridKey(event: KeyboardEvent): void {
    const next = moveFocus(this.focusDate, event.key, {
      weekStart: this.#weekStart,
      rtl: this.#o.rtl(),
      shift: event.shiftKey,
    });
    if (!next) return;
    event.preventDefault();
    this.focusDate = next;
    this.#focusDay = true;
    if (next.slice(0, 7) !== this.month.slice(0, 7)) this.#showMonth(next, next);
    else this.#host.requestUpdate();
  }

  #chooseDay(date: string): void {
    this.focusDate = date;
    this.#host.requestUpdate();
    if (!this.days.has(date)) return;
    this.selectedDate = date;
    this.#o.announce(
      this.#o.t()('timesAnnounced', {
        n: this.days.get(date)!.length,
        date: formatDate(date, this.#o.locale()),
      }),
    );
  }

  // --- rendering -------------------------------------------------------------------------------

  /** The grid (unless the layout is `list`) and the slot list. */
  render(): TemplateResult {
    const list = this.#o.layout?.() === 'list';
    return html`<div class="time-layout">
      ${list ? '' : this.#renderGrid()}
      <div class="slots" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        ${this.#renderSlots()}
      </div>
    </div>`;
  }

  #renderGrid(): TemplateResult {
    const t = this.#o.t();
    const locale = this.#o.locale();
    const month = this.month;
    if (!month) return html`<div class="skeleton skeleton-block" aria-hidden="true"></div>`;
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const weekStart = this.#weekStart;
    const names = weekdays(locale, weekStart);
    const today = toLocal(iso(this.#o.now()), this.#o.zone()).date;
    const thisMonth = monthStart(today);
    const focus =
      this.focusDate.slice(0, 7) === month.slice(0, 7)
        ? this.focusDate
        : (this.selectedDate ?? month);
    const prev = addMonths(month, -1);
    return html`<div class="calendar" part="calendar">
      <div class="month-nav">
        <button
          part="button"
          aria-label=${t('prevMonth')}
          ?disabled=${month <= thisMonth}
          @click=${() => this.#showMonth(prev, prev < thisMonth ? today : prev)}
        >
          <span class="arrow" aria-hidden="true">‹</span>
        </button>
        <h3 id="month-label">${formatMonth(year, m, locale)}</h3>
        <button
          part="button"
          aria-label=${t('nextMonth')}
          @click=${() => this.#showMonth(addMonths(month, 1), addMonths(month, 1))}
        >
          <span class="arrow" aria-hidden="true">›</span>
        </button>
      </div>
      <table
        role="grid"
        aria-labelledby="month-label"
        @keydown=${(e: KeyboardEvent) => this.#onGridKey(e)}
      >
        <thead>
          <tr>
            ${names.map((n) => html`<th scope="col" abbr=${n.long}><span aria-hidden="true">${n.short}</span><span class="visually-hidden">${n.long}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${monthGrid(month, weekStart).map(
            (week) =>
              html`<tr>
                ${week.map((cell) => {
                  const has = cell.inMonth && (this.days.get(cell.date)?.length ?? 0) > 0;
                  const selected = cell.date === this.selectedDate;
                  const label = `${formatDate(cell.date, locale)}, ${has ? t('available') : t('unavailable')}${cell.date === today ? `, ${t('today')}` : ''}`;
                  return html`<td role="gridcell" aria-selected=${selected ? 'true' : 'false'}>
                    <button
                      part="day"
                      class="${has ? 'has-slots' : ''} ${cell.inMonth ? '' : 'outside'} ${cell.date === today ? 'today' : ''}"
                      tabindex=${cell.date === focus ? 0 : -1}
                      aria-label=${label}
                      aria-disabled=${has ? 'false' : 'true'}
                      @click=${() => (cell.inMonth ? this.#chooseDay(cell.date) : this.#showMonth(cell.date, cell.date))}
                      @focus=${() => (this.focusDate = cell.date)}
                    >
                      ${cell.day}
                    </button>
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderSlots(): TemplateResult {
    const o = this.#o;
    const t = o.t();
    const locale = o.locale();
    if (this.state === 'loading')
      return html`<span class="visually-hidden">${t('loadingTimes')}</span>
        <div class="skeleton-grid" aria-hidden="true">
          <div class="skeleton skeleton-block"></div>
          <div class="skeleton skeleton-block"></div>
          <div class="skeleton skeleton-block"></div>
        </div>`;
    if (this.state === 'error')
      return html`<div class="notice error" part="notice" role="alert">
        <p>${errorText(t, this.error)}</p>
        <button part="button" @click=${() => void this.load()}>${t('retry')}</button>
      </div>`;
    if (!this.days.size) {
      const month = this.month;
      const name = formatMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)), locale);
      const next = this.nextFree;
      return html`<div class="notice" part="notice">
        <p>${t('noTimesMonth', { month: name })}</p>
        ${
          next
            ? html`<button
                class="primary"
                part="button primary"
                @click=${() => {
                  this.selectedDate = next.date;
                  this.#showMonth(next.date, next.date);
                }}
              >
                ${t('jumpTo', { date: formatDate(next.date, locale) })}
              </button>`
            : html`<p class="muted">${t('noTimesAtAll')}</p>`
        }
      </div>`;
    }
    const days =
      o.layout?.() === 'list'
        ? [...this.days.keys()].sort()
        : this.selectedDate
          ? [this.selectedDate]
          : [];
    if (!days.length) return html`<p class="muted">${t('pickDay')}</p>`;
    const pressed = o.selected?.()?.start;
    return html`<div class="day-list">
      ${days.map(
        (date) =>
          html`<div>
            <h3>${t('timesFor', { date: formatDate(date, locale) })}</h3>
            <ul role="list">
              ${(this.days.get(date) ?? []).map(
                (slot) =>
                  html`<li>
                    <button
                      part="button slot"
                      aria-pressed=${pressed === slot.start ? 'true' : 'false'}
                      @click=${() => o.pick({ start: slot.start, end: slot.end })}
                    >
                      ${formatTime(slot.start, o.zone(), locale, o.hourCycle?.())}
                    </button>
                  </li>`,
              )}
            </ul>
          </div>`,
      )}
    </div>`;
  }
}
