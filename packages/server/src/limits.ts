// What keeps bad input from reaching the store: a cap on body size (413), on JSON nesting (400),
// and a rate limit on creates (429). Numbers are bounded by core's schemas.

/** Limits of {@link createApp}; every field has a default. */
export interface Limits {
  /** Largest request body, in bytes (default 64 KiB). */
  bodyBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON body (default 32). */
  jsonDepth?: number;
  /** Creates (bookings, registrations, events) per client per minute (default 60). */
  createsPerMinute?: number;
  /** Creates a client may send at once before the per-minute rate applies (default 20). */
  createBurst?: number;
}

export const DEFAULT_LIMITS: Required<Limits> = {
  bodyBytes: 64 * 1024,
  jsonDepth: 32,
  createsPerMinute: 60,
  createBurst: 20,
};

/** Why a body was refused. */
export type BodyRefusal =
  | { refused: 'too_large'; limit: number }
  | { refused: 'too_deep'; limit: number; depth: number }
  | { refused: 'not_json'; why: string };

/** Reads a request body up to `limit` bytes; undefined past the limit (the rest is not read). */
export async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** How deeply arrays and objects nest in JSON text (strings skipped), without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Parses a JSON body within the limits, or says why not. */
export function parseJson(
  text: string,
  limits: Required<Limits>,
): { value: unknown } | BodyRefusal {
  const depth = jsonDepth(text);
  if (depth > limits.jsonDepth) return { refused: 'too_deep', limit: limits.jsonDepth, depth };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { refused: 'not_json', why: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A token bucket per client: `burst` at once, refilled at `perMinute`. `take` answers how long
 * to wait (ms) when the bucket is empty, else 0.
 */
export function rateLimiter(perMinute: number, burst: number, clock: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = perMinute / 60_000;
  let sincePrune = 0;
  return {
    take(client: string): number {
      const now = clock();
      // Full buckets hold nothing worth keeping; sweep them now and then, not on every call.
      if (buckets.size > 10_000 && ++sincePrune >= 1000) {
        sincePrune = 0;
        for (const [key, b] of buckets)
          if (b.tokens + (now - b.at) * refill >= burst) buckets.delete(key);
      }
      const bucket = buckets.get(client) ?? { tokens: burst, at: now };
      const tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refill);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now });
        return Math.ceil((1 - tokens) / refill);
      }
      buckets.set(client, { tokens: tokens - 1, at: now });
      return 0;
    },
  };
}
