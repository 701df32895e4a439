// What the elements resolve from their attributes the same way: direction, the viewer's zone,
// the adapter.
import { browserTimeZone, isValidTimeZone } from '@booking/core';
import { ContractError, createBookingAdapter, type BookingAdapter } from '@booking/core/http';
import { takeEarly } from './early.js';
import { directionOf } from './i18n.js';

/** The element's own `dir`, else right to left for an RTL locale, else the page's direction. */
export function elementDirection(el: HTMLElement, locale: string): 'ltr' | 'rtl' {
  const own = el.getAttribute('dir');
  if (own === 'rtl' || own === 'ltr') return own;
  if (directionOf(locale) === 'rtl') return 'rtl';
  return el.parentElement?.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The user's pick, else the attribute (when it is a zone), else the browser's zone. */
export function viewerZone(picked: string | undefined, attribute: string): string {
  if (picked) return picked;
  if (attribute && isValidTimeZone(attribute)) return attribute;
  return browserTimeZone();
}

/**
 * The link if it may be put in an `href`: an absolute http(s) URL. Anything else (`javascript:`,
 * `data:`, a relative path, not a URL at all) gives undefined.
 */
export function safeLink(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The contract's name of a create endpoint, from its path. */
function createEndpoint(url: string): string {
  const path = new URL(url, globalThis.location?.href).pathname;
  if (/\/events\/[^/]+\/registrations$/.test(path)) return 'POST /events/{id}/registrations';
  if (/\/bookings$/.test(path)) return 'POST /bookings';
  return `POST ${path}`;
}

/**
 * The `adapter` property, else an HTTP adapter for `api-base` (made once per base).
 *
 * The HTTP adapter reads a created booking tolerantly: a 2xx answer to a create whose `manageUrl`
 * is not an http(s) link (`javascript:`, `data:`) has the link removed before the answer is
 * checked against the contract, so the booking that was stored is shown, without the link.
 * `dropped` hears of each such link, as the contract error it would have been.
 */
export class AdapterSource {
  #http: { base: string; adapter: BookingAdapter } | undefined;

  constructor(private readonly dropped: (error: ContractError) => void) {}

  get(adapter: BookingAdapter | undefined, apiBase: string): BookingAdapter | undefined {
    if (adapter) return adapter;
    if (!apiBase) return undefined;
    if (this.#http?.base !== apiBase)
      this.#http = {
        base: apiBase,
        adapter: createBookingAdapter({
          baseUrl: apiBase,
          fetch: (input, init) => this.#fetch(input, init),
        }),
      };
    return this.#http.adapter;
  }

  async #fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const early = takeEarly(input, init);
    if (early) return early;
    const response = await globalThis.fetch(input, init);
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    if (method !== 'POST' || !response.ok) return response;
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return response; // The contract check says what is wrong with it.
    }
    if (!isRecord(body) || typeof body.manageUrl !== 'string' || safeLink(body.manageUrl))
      return response;
    const { manageUrl, ...rest } = body;
    const url = request?.url ?? String(input);
    this.dropped(
      new ContractError(
        createEndpoint(url),
        'manageUrl',
        `the manage link ${JSON.stringify(manageUrl.slice(0, 60))} is not an http(s) URL. The booking was stored and is shown; the link was left out.`,
        response.status,
      ),
    );
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(rest), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
