// Fetching a calendar feed: conditional (ETag / Last-Modified, so an unchanged calendar costs a
// 304), bounded in time and size, and every failure turned into a message the provider can act on.
import { feedFetchUrl } from '../handlers/notifications.js';
import type { StoredFeed } from '../store/types.js';
import { FeedError } from './feed-read.js';
import { OutboundRefused } from './outbound.js';

/** What a fetch brought. */
export type FeedFetch =
  | { changed: false }
  | { changed: true; text: string; etag: string | null; lastModified: string | null };

/** The largest feed read (a few years of a busy calendar is well under it). */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedError(
        `The calendar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; share a calendar with fewer events.`,
      );
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches a feed, sending the validators of its last good answer.
 *
 * @example
 * const got = await fetchFeed(fetch, stored);
 * if (got.changed) readFeed(got.text, { timeZone, from, to });
 */
export async function fetchFeed(
  fetchFn: typeof globalThis.fetch,
  stored: StoredFeed,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<FeedFetch> {
  const url = feedFetchUrl(stored.feed.url);
  const headers: Record<string, string> = {
    accept: 'text/calendar, */*;q=0.5',
    'user-agent': 'booking-server calendar feeds',
  };
  if (stored.etag) headers['if-none-match'] = stored.etag;
  if (stored.lastModified) headers['if-modified-since'] = stored.lastModified;
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    if (error instanceof OutboundRefused)
      throw new FeedError(`The calendar's address is not fetched: ${error.message}`);
    const e = error as Error & { cause?: Error };
    const why =
      e.name === 'TimeoutError' ? 'it did not answer in time' : (e.cause?.message ?? e.message);
    throw new FeedError(
      `The calendar could not be reached (${why}). It is tried again at the next poll.`,
    );
  }
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { changed: false };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedError(
      response.status === 404 || response.status === 410
        ? `The calendar's address answered ${response.status}: it no longer exists. Copy the secret address again from the calendar's settings.`
        : response.status === 401 || response.status === 403
          ? `The calendar's address answered ${response.status}: it is not shared at this address. Copy the secret address again from the calendar's settings.`
          : `The calendar's address answered ${response.status}. It is tried again at the next poll.`,
    );
  }
  return {
    changed: true,
    text: await readCapped(response, options.maxBytes ?? MAX_FEED_BYTES),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}
