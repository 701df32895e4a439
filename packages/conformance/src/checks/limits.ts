// Bad input never reaches the store unparsed: a body over the size limit (413), nested too deep
// (400), not JSON (400) or not declared JSON (415), and numbers past the contract's bounds (422).
import { AvailabilityResponseSchema, ProviderBookingsPageSchema } from '@booking/core/schemas';
import { errorFields, expect, expectProblem, expectStatus, show } from '../client.js';
import {
  bookingRequest,
  body,
  dropEvent,
  enc,
  eventInput,
  key,
  type Check,
  type Context,
} from '../context.js';
import { availabilityPath } from './availability.js';

const MiB = 1024 * 1024;
/** Nesting of the deep body: far past any sane limit, and deep enough to break a recursive reader. */
const DEPTH = 3000;

/** A keyed create of raw text: POST /bookings with a fresh key. */
const postRaw = (context: Context, raw: string, type = 'application/json') =>
  context.client.send('POST', '/bookings', {
    key: key(),
    raw,
    headers: { 'content-type': type },
  });

export const limitChecks: Check[] = [
  {
    id: 'bodies.too-large',
    title: 'A 1 MiB body is over the server’s limit: 413 payload_too_large',
    async run(context) {
      const request = bookingRequest(context, context.slots[0]!, { notes: 'x'.repeat(MiB) });
      expectProblem(await postRaw(context, JSON.stringify(request)), [413], 'payload_too_large');
    },
  },
  {
    id: 'bodies.too-deep',
    title: `JSON nested ${DEPTH} levels deep on a keyed create is 400 bad_request (not a 500)`,
    async run(context) {
      const deep = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
      const raw = `{"providerId":${JSON.stringify(context.providerId)},"client":${deep}}`;
      expectProblem(await postRaw(context, raw), [400], 'bad_request');
    },
  },
  {
    id: 'bodies.not-json',
    title: 'A body that is not JSON is 400 bad_request',
    async run(context) {
      const raw = `{"providerId":${JSON.stringify(context.providerId)},"start":`;
      expectProblem(await postRaw(context, raw), [400], 'bad_request');
    },
  },
  {
    id: 'bodies.media-type',
    title: 'A body sent as another Content-Type (text/plain) is 415 unsupported_media_type',
    async run(context) {
      const raw = JSON.stringify({ providerId: context.providerId });
      expectProblem(
        await postRaw(context, raw, 'text/plain;charset=UTF-8'),
        [415],
        'unsupported_media_type',
      );
    },
  },
  {
    id: 'numbers.bounded',
    title:
      'Numbers past the contract’s bounds (durationMinutes 1e21, pricePerPerson 2^53 − 1) are 422 naming the field; availability and bookings still answer',
    async run(context) {
      const { client, providerId, providerToken } = context;
      const base = eventInput(context, context.slots[0]!.start, { title: 'Conformance bounds' });
      const cases = [
        { field: 'durationMinutes', input: { ...base, durationMinutes: 1e21 } },
        {
          field: 'pricing.pricePerPerson',
          input: {
            ...base,
            pricing: { currency: base.pricing.currency, pricePerPerson: Number.MAX_SAFE_INTEGER },
          },
        },
      ];
      for (const { field, input } of cases) {
        const x = await client.send('POST', `/providers/${enc(providerId)}/events`, {
          key: key(),
          token: providerToken,
          body: input,
        });
        if (x.status === 201) await dropEvent(context, (x.body as { id: string }).id);
        expectProblem(x, [422], 'validation_failed');
        const fields = errorFields(x);
        expect(
          fields.includes(field),
          `the 422 does not name ${field} (it names ${fields.join(', ') || 'nothing'}): ${show(x)}`,
        );
      }
      const availability = await client.send('GET', availabilityPath(context));
      expectStatus(availability, 200);
      body(availability, AvailabilityResponseSchema, 'availability after out-of-bounds numbers');
      const bookings = await client.send(
        'GET',
        `/providers/${enc(providerId)}/bookings?limit=100`,
        {
          token: providerToken,
        },
      );
      expectStatus(bookings, 200);
      body(bookings, ProviderBookingsPageSchema, 'bookings after out-of-bounds numbers');
    },
  },
];
