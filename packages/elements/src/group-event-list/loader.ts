// Loading for <group-event-list>, as a Lit reactive controller: the page of events for the
// filters (a new list when they change, "load more" by cursor, a cursor that does not move on
// stops paging), the providers of the events listed, the open event's fresh seats, and the quiet
// refresh when the page is visible again.
import type { ReactiveController } from 'lit';
import { fromLocal, parseMoney, type GroupEvent } from '@booking/core';
import { ContractError, type EventQuery } from '@booking/core/http';
import { SetupError, errorText } from '../shared/errors.js';
import type { GroupFlow } from './flow.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The filters as a query of the contract. Prices are read in the currency's major units. */
export function eventQuery(f: GroupFlow): EventQuery {
  const { zone, now } = f._env;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const price = (text: string) => {
    if (!text || !f.currency) return undefined;
    try {
      return parseMoney(text, f.currency).amount;
    } catch {
      return undefined;
    }
  };
  const min = price(f.minPrice);
  const max = price(f.maxPrice);
  const next = (date: string) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...(f.provider ? { providerId: f.provider } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.q ? { q: f.q } : {}),
    from: day.test(f.from) ? fromLocal(f.from, '00:00', zone) : iso(now()),
    ...(day.test(f.to) ? { to: fromLocal(next(f.to), '00:00', zone) } : {}),
    ...(f.currency && (min !== undefined || max !== undefined) ? { currency: f.currency } : {}),
    ...(min !== undefined ? { minPrice: min } : {}),
    ...(max !== undefined ? { maxPrice: max } : {}),
    ...(f.hasSeats ? { hasSeats: true } : {}),
    limit: Math.min(Math.max(Math.floor(f.pageSize) || 6, 1), 100),
  };
}

export class EventsLoader implements ReactiveController {
  #f: GroupFlow & { readonly hasUpdated: boolean };
  #load = new AbortController();
  /** The cursors sent since the first page: one coming back means paging would go round. */
  #cursors = new Set<string>();

  constructor(host: GroupFlow & { readonly hasUpdated: boolean }) {
    this.#f = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: a list load cut short by the move starts again.
    if (this.#f.hasUpdated && this.#f._listState !== 'ready') void this.fetch(false);
  }

  hostDisconnected(): void {
    this.#load.abort();
  }

  async fetch(more: boolean, quiet = false): Promise<void> {
    const f = this.#f;
    const { t, adapter } = f._env;
    if (!adapter) {
      f._listState = 'error';
      f._listError = new SetupError(
        'Set the api-base attribute to the booking API (or the adapter property).',
      );
      f._report(f._listError, errorText(t, f._listError));
      return;
    }
    if (!more) {
      this.#load.abort();
      this.#load = new AbortController();
    }
    const { signal } = this.#load;
    const sent = more ? f._cursor : null;
    if (!quiet) f._listState = more ? 'more' : 'loading';
    if (!quiet) f._announcement = t('loadingEvents');
    f._moreFailed = false;
    try {
      const query = { ...eventQuery(f), ...(sent ? { cursor: sent } : {}) };
      if (quiet && f._events.length > query.limit!) query.limit = Math.min(f._events.length, 100);
      const page = await adapter.listEvents(query, { signal });
      if (signal.aborted) return;
      // An event is listed once, however the pages overlap.
      const seen = new Set(more ? f._events.map((e) => e.id) : []);
      const events = more ? [...f._events] : [];
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
        f._report(
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
      f._events = events;
      f._lastCurrency = events[0]?.pricing.currency ?? f._lastCurrency;
      f._cursor = next;
      f._listState = 'ready';
      if (f._selected) {
        const fresh = events.find((e) => e.id === f._selected!.id);
        if (fresh) f._selected = fresh;
      }
      if (!quiet)
        f._announcement = events.length ? t('listAnnounced', { n: events.length }) : t('noEvents');
    } catch (error) {
      if (signal.aborted) return;
      if (more) {
        // What is listed stays; the notice offers the next page again.
        f._listState = 'ready';
        f._moreFailed = true;
        f._announcement = t('moreEventsError');
      } else if (!quiet) {
        // The list for these filters could not load: an older list would mislead.
        f._listState = 'error';
        f._listError = error;
        f._events = [];
      }
      f._report(error, more ? t('moreEventsError') : quiet ? '' : errorText(t, error));
    }
  }

  async #loadProviders(events: GroupEvent[], signal: AbortSignal): Promise<void> {
    const f = this.#f;
    const missing = [...new Set(events.map((e) => e.providerId))].filter(
      (id) => !f._providers.has(id),
    );
    if (!missing.length) return;
    const found = await Promise.all(
      missing.map((id) => f._env.adapter!.getProvider(id, { signal }).catch(() => undefined)),
    );
    const next = new Map(f._providers);
    for (const p of found) if (p) next.set(p.id, p);
    f._providers = next;
  }

  /** The open event again (fresh seats); `then` reprices it. */
  async refreshSelected(then: () => void): Promise<void> {
    const f = this.#f;
    const selected = f._selected;
    if (!selected) return;
    try {
      const fresh = await f._env.adapter!.getEvent(selected.id);
      f._selected = fresh;
      f._events = f._events.map((e) => (e.id === fresh.id ? fresh : e));
      then();
    } catch (error) {
      f._report(error, errorText(f._env.t, error));
    }
  }

  /** Fresh seats: the list quietly, and the open event. */
  async revalidate(then: () => void): Promise<void> {
    const f = this.#f;
    if (f._view === 'list') await this.fetch(false, true);
    else if (f._view === 'register' && f._selected) await this.refreshSelected(then);
  }
}
