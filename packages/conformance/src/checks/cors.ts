// CORS is part of the contract: browsers call the API from the site owner's origin, so a
// preflight for the headers the client sends is allowed, and ETag and Retry-After are readable.
import { expect, expectStatus, show, type Exchange } from '../client.js';
import type { Check } from '../context.js';
import { availabilityPath } from './availability.js';

/** The request headers a browser client sends that need a preflight. */
export const PREFLIGHT_HEADERS = [
  'authorization',
  'idempotency-key',
  'content-type',
  'if-none-match',
  'if-match',
];

/** A comma-separated header as lower-case items. */
const items = (x: Exchange, name: string) =>
  (x.headers.get(name) ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

function expectAllowedOrigin(x: Exchange, origin: string): void {
  const allowed = x.headers.get('access-control-allow-origin');
  expect(
    allowed === '*' || allowed === origin,
    `Access-Control-Allow-Origin is ${allowed === null ? 'missing' : `"${allowed}"`} for the origin ${origin} (pass --origin when the server allows only some): ${show(x)}`,
  );
}

export const corsChecks: Check[] = [
  {
    id: 'cors.preflight',
    title:
      'A preflight for POST with Authorization, Idempotency-Key, Content-Type, If-None-Match and If-Match is allowed (2xx)',
    async run({ client, origin }) {
      const x = await client.send('OPTIONS', '/bookings', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': PREFLIGHT_HEADERS.join(', '),
        },
      });
      expect(x.status >= 200 && x.status < 300, `the preflight must answer 2xx: ${show(x)}`);
      expectAllowedOrigin(x, origin);
      const methods = items(x, 'access-control-allow-methods');
      expect(
        methods.includes('post') || methods.includes('*'),
        `Access-Control-Allow-Methods does not allow POST: "${x.headers.get('access-control-allow-methods') ?? ''}"`,
      );
      const headers = items(x, 'access-control-allow-headers');
      // `*` allows any header but Authorization, which must be named (Fetch standard).
      const missing = PREFLIGHT_HEADERS.filter(
        (h) => !headers.includes(h) && !(headers.includes('*') && h !== 'authorization'),
      );
      expect(
        missing.length === 0,
        `Access-Control-Allow-Headers does not allow ${missing.join(', ')}: "${x.headers.get('access-control-allow-headers') ?? ''}"`,
      );
    },
  },
  {
    id: 'cors.expose-headers',
    title: 'A cross-origin GET may read ETag and Retry-After (Access-Control-Expose-Headers)',
    async run(context) {
      const { client, origin } = context;
      const x = await client.send('GET', availabilityPath(context), { headers: { origin } });
      expectStatus(x, 200);
      expectAllowedOrigin(x, origin);
      const exposed = items(x, 'access-control-expose-headers');
      const missing = ['etag', 'retry-after'].filter(
        (h) => !exposed.includes(h) && !exposed.includes('*'),
      );
      expect(
        missing.length === 0,
        `Access-Control-Expose-Headers does not expose ${missing.join(', ')}: "${x.headers.get('access-control-expose-headers') ?? ''}"`,
      );
    },
  },
];
