// What both elements resolve from their attributes the same way: direction, the viewer's zone,
// the adapter.
import { browserTimeZone, isValidTimeZone } from '@booking/core';
import { createHttpAdapter, type BookingAdapter } from '@booking/core/http';
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

/** The `adapter` property, else an HTTP adapter for `api-base` (made once per base). */
export class AdapterSource {
  #http: { base: string; adapter: BookingAdapter } | undefined;

  get(adapter: BookingAdapter | undefined, apiBase: string): BookingAdapter | undefined {
    if (adapter) return adapter;
    if (!apiBase) return undefined;
    if (this.#http?.base !== apiBase)
      this.#http = { base: apiBase, adapter: createHttpAdapter({ baseUrl: apiBase }) };
    return this.#http.adapter;
  }
}
