// Availability: rules and busy time of a window, with an ETag; a bad query is refused.
import { AvailabilityResponseSchema } from '@booking/core/schemas';
import { expect, expectProblem, expectStatus } from '../client.js';
import { DAY, body, book, enc, iso, key, take, type Check, type Context } from '../context.js';

/** The availability of the next two weeks. */
export const availabilityPath = (context: Context) =>
  `/providers/${enc(context.providerId)}/availability?from=${enc(iso(context.now()))}&to=${enc(iso(context.now() + 14 * DAY))}`;

export const availabilityChecks: Check[] = [
  {
    id: 'availability.etag',
    title: 'Availability carries an ETag; If-None-Match answers 304 until something changes',
    async run(context) {
      const { client } = context;
      const path = availabilityPath(context);
      const first = await client.send('GET', path);
      expectStatus(first, 200);
      body(first, AvailabilityResponseSchema, 'GET /providers/{id}/availability');
      const etag = first.headers.get('etag');
      expect(etag, 'GET /providers/{id}/availability has no ETag header');
      const again = await client.send('GET', path, { headers: { 'if-none-match': etag } });
      expectStatus(again, 304);
      await book(
        context,
        context.slots.find((s) => Date.parse(s.start) < context.now() + 14 * DAY) ?? take(context),
      );
      context.slots = context.slots.filter((s) => !context.made.some((m) => m.start === s.start));
      const changed = await client.send('GET', path, { headers: { 'if-none-match': etag } });
      expectStatus(changed, 200);
      expect(
        changed.headers.get('etag') !== etag,
        'the ETag stayed the same after a booking changed the busy time',
      );
    },
  },
  {
    id: 'availability.query',
    title: 'Availability without from/to, or of an unknown provider, is refused',
    async run({ client, providerId }) {
      expectProblem(
        await client.send('GET', `/providers/${enc(providerId)}/availability`),
        [400, 422],
      );
      expectProblem(
        await client.send(
          'GET',
          `/providers/${key()}/availability?from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z`,
        ),
        [404],
      );
    },
  },
];
