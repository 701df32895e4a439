// Idempotency keys: bounded in length, and scoped to the caller, so one caller's key never
// replays (or blocks) another caller's create.
import { validate } from '@booking/core';
import { CreatedBookingSchema, GroupEventSchema } from '@booking/core/schemas';
import { expect, expectProblem, expectStatus, show } from '../client.js';
import {
  DAY,
  body,
  bookingRequest,
  createEvent,
  discoverProvider,
  enc,
  dropEvent,
  eventInput,
  iso,
  key,
  take,
  type Check,
} from '../context.js';

/** The longest Idempotency-Key a server must take. */
export const MAX_KEY_LENGTH = 255;

export const keyChecks: Check[] = [
  {
    id: 'keys.length',
    title: `An Idempotency-Key of ${MAX_KEY_LENGTH} characters is taken; a longer one is refused (400)`,
    async run(context) {
      const slot = take(context);
      const long = (key() + 'k'.repeat(MAX_KEY_LENGTH)).slice(0, MAX_KEY_LENGTH + 1);
      const refused = await context.client.send('POST', '/bookings', {
        key: long,
        body: bookingRequest(context, slot),
      });
      expectProblem(refused, [400]);
      const x = await context.client.send('POST', '/bookings', {
        key: long.slice(0, MAX_KEY_LENGTH),
        body: bookingRequest(context, slot),
      });
      expectStatus(x, 201);
      body(x, CreatedBookingSchema, `POST /bookings with a ${MAX_KEY_LENGTH}-character key`);
    },
  },
  {
    id: 'keys.scope',
    title:
      'Keys are scoped to the caller: one key used by the provider for an event and by a client for a booking (and by two providers for events) creates each, replaying none',
    async run(context) {
      const k = key();
      // Far ahead, unlisted, cancelled at the end: clear of anything else the run books.
      const start = iso(Math.ceil((context.now() + 300 * DAY) / 3_600_000) * 3_600_000);
      const input = eventInput(context, start, { title: 'Conformance key scope' });
      const made: { id: string; token: string }[] = [];
      try {
        const mine = await createEvent(context, input, {
          providerId: context.providerId,
          token: context.providerToken,
          key: k,
        });
        made.push({ id: mine.event.id, token: context.providerToken });
        const booking = await context.client.send('POST', '/bookings', {
          key: k,
          body: bookingRequest(context, take(context)),
        });
        expect(
          booking.status === 201 && validate(CreatedBookingSchema, booking.body).ok,
          `a client's create with a key the provider used for an event must create a booking (201 with the booking), not replay another caller's answer: ${show(booking)}`,
        );
        const otherToken = context.otherProviderToken;
        if (!otherToken) return;
        const otherId = await discoverProvider(context.client, otherToken);
        const theirs = await context.client.send('POST', `/providers/${enc(otherId)}/events`, {
          key: k,
          token: otherToken,
          body: input,
        });
        expect(
          theirs.status === 201,
          `another provider's create with the same key and body must create its own event (201): ${show(theirs)}`,
        );
        const event = body<{ id: string; providerId: string }>(
          theirs,
          GroupEventSchema,
          'POST /providers/{id}/events',
        );
        made.push({ id: event.id, token: otherToken });
        expect(
          event.id !== mine.event.id && event.providerId === otherId,
          `the other provider's create replayed the first provider's event "${mine.event.id}" (of "${event.providerId}")`,
        );
      } finally {
        for (const { id, token } of made) await dropEvent(context, id, token);
      }
    },
  },
];
