/**
 * The calendar step (`calendar.ts`) without its weight on the first render: the same options and
 * methods as `CalendarStep`, with the step itself (the grid, the slot computation of core) in a
 * chunk of its own, downloaded when the page is idle or when the step is first shown or loaded.
 * An element whose first render does not show the calendar (the widget's first step is the
 * service; the manage element's is the booking) uses this one:
 *
 * ```ts
 * #calendar = new LazyCalendarStep(this, { ...the CalendarStep options });
 * ```
 *
 * The host must have `_report(error, shown)` (a failed download goes to `booking-error`). Until
 * the chunk is here, `render()` shows a skeleton (a failed download: a plain message and a
 * retry), `load()` waits for it, `show()` and `reset()` are kept for the step, and `prefetch()`
 * asks for the current month's availability at once (`ahead.ts`).
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Slot } from '@booking/core';
import type { BookingAdapter } from '@booking/core/http';
import { askAhead, type Ahead } from './ahead.js';
import type * as CalendarModule from './calendar.js';
import type { CalendarStep, CalendarStepOptions } from './calendar.js';
import { LazyModule, type LazyHost } from './lazy.js';

/** The calendar step's chunk. */
export const calendarModule = new LazyModule<typeof CalendarModule>(() => import('./calendar.js'));

interface Host extends ReactiveControllerHost, LazyHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class LazyCalendarStep implements ReactiveController {
  #host: Host;
  #o: CalendarStepOptions;
  #step: CalendarStep | undefined;
  #ahead: Ahead | undefined;
  /** What to show once the step exists (a restored draft, say). */
  #show: Slot | undefined;
  /** A load asked for before the step was here (run when it is, after a retry too). */
  #wanted: { quiet?: boolean } | undefined;
  #running: Promise<void> | undefined;

  constructor(host: Host, options: CalendarStepOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#ahead = undefined;
  }

  /** The step, once its chunk is here. */
  get step(): CalendarStep | undefined {
    return this.#step;
  }

  /** Downloads the step when the page is idle. */
  prefetchModule(): void {
    calendarModule.prefetch();
  }

  prefetch(adapter: BookingAdapter, providerId: string, signal?: AbortSignal): void {
    this.#ahead = askAhead(adapter, providerId, this.#o.now(), signal);
  }

  reset(): void {
    this.#show = undefined;
    this.#step?.reset();
  }

  show(slot: Slot): void {
    if (this.#step) this.#step.show(slot);
    else this.#show = slot;
  }

  has(slot: Slot): boolean {
    return this.#step?.has(slot) ?? false;
  }

  abort(): void {
    this.#step?.abort();
  }

  async load(options: { quiet?: boolean } = {}): Promise<void> {
    // Once the chunk is here, the load starts at once (its loading state shows in this update).
    if (calendarModule.value) return this.#create(calendarModule.value).load(options);
    this.#wanted = options;
    const module = await calendarModule.loadFor(this.#host, this.#o.t());
    if (module) await this.#start(module);
  }

  render(): TemplateResult {
    return calendarModule.render(this.#host, this.#o.t(), (module) => {
      // Here after a retry: the load asked for before starts now (after this render).
      if (this.#wanted) queueMicrotask(() => void this.#start(module));
      return this.#create(module).render();
    });
  }

  /** The step, and the load asked for before it was here. */
  #start(module: typeof CalendarModule): Promise<void> {
    const step = this.#create(module);
    const wanted = this.#wanted;
    this.#wanted = undefined;
    if (wanted) this.#running = step.load(wanted);
    return this.#running ?? Promise.resolve();
  }

  #create(module: typeof CalendarModule): CalendarStep {
    if (this.#step) return this.#step;
    const step = new module.CalendarStep(this.#host, {
      ...this.#o,
      ahead: () => {
        const ahead = this.#ahead;
        this.#ahead = undefined;
        return ahead;
      },
    });
    this.#step = step;
    if (this.#show) step.show(this.#show);
    this.#show = undefined;
    return step;
  }
}
