// The script-tag bundle's entry (booking-elements.js): what every element stands on (Lit, core,
// the HTTP client, the shared base) is inside it; each element's own code is a module of its own,
// downloaded when its tag first appears in the page, together with the chunks that module imports,
// the language module, and (for a widget) the provider's profile. So the first render of a page
// with a widget waits for one round trip after this module, not three, and not for the group
// list's code. Once the page has loaded, the remaining elements download too, so that an element
// added later anywhere (also inside another component's shadow root, which no observer of the
// document sees) is defined within moments.
import '../shared/booking-element.js';
import { fetchProviderEarly } from '../shared/early.js';
import { resolveLocale, visitorCatalogs } from '../shared/i18n.js';

/** Each element's registration module, by tag. */
const elements: Record<string, () => Promise<unknown>> = {
  'booking-widget': () => import('./booking-widget.js'),
  'group-event-list': () => import('./group-event-list.js'),
  'booking-manage': () => import('./booking-manage.js'),
};

const requested = new Map<string, Promise<unknown>>();

/** Appended to the entry by the script-tag build (rollup.config.mjs); absent when run from source. */
declare function __bookingChunkImports(): Record<string, string[]>;
/** The chunks each element's own chunk imports, by tag (file names beside this module). */
const chunkImports: Record<string, string[]> =
  typeof __bookingChunkImports === 'function' ? __bookingChunkImports() : {};

/**
 * Asks for the chunks an element's code imports beside that code, not after the browser has
 * read it (one round trip fewer before the element can render).
 */
function preloadImportsOf(tag: string): void {
  for (const file of chunkImports[tag] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/**
 * Downloads and registers the element with this tag (once; a failed download is tried again on
 * the next call). Resolves when the element is defined.
 *
 * @example
 * import { defineElement } from './booking-elements.js';
 * await defineElement('booking-widget');
 */
export function defineElement(tag: string): Promise<unknown> {
  const load = elements[tag];
  if (!load) return Promise.reject(new Error(`There is no element <${tag}>.`));
  let pending = requested.get(tag);
  if (!pending) {
    if (typeof document !== 'undefined') preloadImportsOf(tag);
    pending = load().catch((error: unknown) => {
      requested.delete(tag);
      throw error;
    });
    requested.set(tag, pending);
  }
  return pending;
}

/** Defines the elements whose tags are in `root` (or are `root`). */
function scan(root: ParentNode | Element): void {
  let found = false;
  for (const tag of Object.keys(elements)) {
    if (requested.has(tag)) continue;
    const element =
      (root as Element).localName === tag ? (root as Element) : root.querySelector(tag);
    if (!element) continue;
    found = true;
    // The language module downloads beside the element's code, not after it.
    const locale = resolveLocale(element.getAttribute('locale'), element);
    if (!visitorCatalogs.has(locale)) void visitorCatalogs.load(locale).catch(() => undefined);
    // So is the widget's first request, unless a page set its own adapter on the element.
    const apiBase = element.getAttribute('api-base');
    const provider = element.getAttribute('provider');
    if (tag === 'booking-widget' && apiBase && provider && !Object.hasOwn(element, 'adapter'))
      fetchProviderEarly(apiBase, provider);
    void defineElement(tag).catch((error: unknown) =>
      console.error(
        `<${tag}> could not be downloaded: check the connection, and that the booking-elements-*.js files are served beside booking-elements.js.`,
        error,
      ),
    );
  }
  // While those download (in a task of its own, not delaying the page's DOMContentLoaded): the
  // engine's first date or number format builds its locale data, tens of milliseconds on the main
  // thread that the element's first render would otherwise wait for.
  if (found) setTimeout(() => Intl.DateTimeFormat().resolvedOptions(), 0);
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (Object.keys(elements).every((tag) => requested.has(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const rest = () =>
    setTimeout(() => {
      for (const tag of Object.keys(elements)) void defineElement(tag).catch(() => undefined);
    }, 2000);
  if (document.readyState === 'complete') rest();
  else addEventListener('load', rest, { once: true });
}

export { LANGUAGES } from '../shared/i18n.js';
