// A provider's profile asked for by the script tag's autoloader while the element's code is still
// downloading (define/auto.ts), so its answer is here when the element asks. The element's HTTP
// adapter takes the answer once, for the same URL, instead of asking again.

const early = new Map<string, { at: number; response: Promise<Response> }>();
/** An answer asked for early serves only a request made within this long; later ones ask again. */
const FRESH_MS = 10_000;

/**
 * Asks for the profile of `provider` at `apiBase` (as the HTTP adapter would: same URL, JSON,
 * redirects left to the adapter). A failure here is nobody's: the adapter asks again.
 */
export function fetchProviderEarly(apiBase: string, provider: string): void {
  let url: string;
  try {
    const base = new URL(apiBase, location.href).href.replace(/\/+$/, '');
    url = `${base}/providers/${encodeURIComponent(provider)}`;
  } catch {
    return; // Not a URL: the element says so when it loads.
  }
  if (early.has(url) || !provider || provider === '.' || provider === '..') return;
  const response = fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual' });
  response.catch(() => undefined);
  early.set(url, { at: Date.now(), response });
}

/** The early answer for this request (a plain GET of the same URL), once; else undefined. */
export function takeEarly(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
): Promise<Response> | undefined {
  if (early.size === 0) return undefined;
  const request = input instanceof Request ? input : undefined;
  const url = request?.url ?? String(input);
  const found = early.get(url);
  if (!found) return undefined;
  const method = init?.method ?? request?.method ?? 'GET';
  const headers = new Headers(init?.headers ?? request?.headers);
  if (method.toUpperCase() !== 'GET' || headers.has('if-none-match')) return undefined;
  early.delete(url);
  return Date.now() - found.at <= FRESH_MS ? found.response : undefined;
}
