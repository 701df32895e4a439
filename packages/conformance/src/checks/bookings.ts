// One-to-one bookings: create, validation, taken slots, stale quotes, idempotent retries, racing
// creates (also across two instances of one deployment), and managing with the manage token.
import { SlotSchema, BookingSchema, CreatedBookingSchema } from '@booking/core/schemas';
import {
  errorFields,
  expect,
  expectProblem,
  expectRefused,
  expectStatus,
  type Exchange,
} from '../client.js';
import {
  body,
  book,
  bookingRequest,
  countBookings,
  enc,
  key,
  take,
  type Check,
  type Created,
} from '../context.js';

/** Simultaneous creates of one slot in bookings.concurrency. */
export const RACERS = 50;

export const bookingChecks: Check[] = [
  {
    id: 'bookings.create',
    title:
      'POST /bookings creates a booking (201) with a manage token, in the provider’s first status',
    async run(context) {
      const missing = await context.client.send('POST', '/bookings', {
        body: bookingRequest(context, context.slots[0]!),
      });
      expectProblem(missing, [400, 422], 'idempotency_key_required');
      const { created, slot } = await book(context);
      expect(
        Date.parse(created.booking.start) === Date.parse(slot.start),
        `the booking starts at ${created.booking.start}, not ${slot.start}`,
      );
      const status = context.provider.policy.requiresApproval ? 'pending' : 'confirmed';
      expect(
        created.booking.status === status,
        `a new booking is "${created.booking.status}"; this provider's start "${status}"`,
      );
      const read = await context.client.send('GET', `/bookings/${enc(created.booking.id)}`, {
        token: created.manageToken,
      });
      expectStatus(read, 200);
      const booking = body<{ quote: { total: number } }>(read, BookingSchema, 'GET /bookings/{id}');
      const expected = bookingRequest(context, slot).quote.total;
      expect(
        booking.quote.total === expected,
        `the booking's quote total is ${booking.quote.total}; core's quote() says ${expected}`,
      );
    },
  },
  {
    id: 'bookings.validation',
    title: 'A booking with bad fields is 422 with an error naming each field',
    async run(context) {
      const slot = context.slots[0]!;
      const x = await context.client.send('POST', '/bookings', {
        key: key(),
        body: bookingRequest(context, slot, { client: { name: '   ', email: 'not-an-email' } }),
      });
      expectProblem(x, [422], 'validation_failed');
      const fields = errorFields(x);
      for (const field of ['client.name', 'client.email'])
        expect(
          fields.includes(field),
          `the 422 does not name ${field} (it names ${fields.join(', ') || 'nothing'})`,
        );
    },
  },
  {
    id: 'bookings.slot-unavailable',
    title: 'Booking a taken slot is 409 slot_unavailable with alternatives',
    async run(context) {
      const { slot } = await book(context);
      const x = await context.client.send('POST', '/bookings', {
        key: key(),
        body: bookingRequest(context, slot),
      });
      expectProblem(x, [409], 'slot_unavailable');
      const alternatives = (x.body as { alternatives?: unknown[] }).alternatives;
      expect(
        Array.isArray(alternatives) && alternatives.length > 0,
        'the 409 offers no alternatives',
      );
      for (const a of alternatives) body({ body: a } as Exchange, SlotSchema, 'an alternative');
    },
  },
  {
    id: 'bookings.price-changed',
    title: 'A stale quote is 409 price_changed with the fresh quote',
    async run(context) {
      const slot = context.slots[0]!;
      const request = bookingRequest(context, slot);
      const stale = {
        ...request,
        quote: {
          ...request.quote,
          subtotal: request.quote.subtotal + 100,
          total: request.quote.total + 100,
        },
      };
      const x = await context.client.send('POST', '/bookings', { key: key(), body: stale });
      expectProblem(x, [409], 'price_changed');
      const fresh = (x.body as { quote?: { total?: number } }).quote;
      expect(
        fresh?.total === request.quote.total,
        `the fresh quote's total is ${fresh?.total}; expected ${request.quote.total}`,
      );
    },
  },
  {
    id: 'bookings.idempotency',
    title: 'The same create sent again with its key (also concurrently) makes one booking',
    async run(context) {
      const before = await countBookings(context);
      const request = bookingRequest(context, take(context));
      const k = key();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          context.client.send('POST', '/bookings', { key: k, body: request }),
        ),
      );
      const later = await context.client.send('POST', '/bookings', { key: k, body: request });
      const ids = new Set<string>();
      for (const x of [...answers, later]) {
        expectStatus(x, 200, 201);
        ids.add(
          body<{ booking: { id: string } }>(x, CreatedBookingSchema, 'a replayed create').booking
            .id,
        );
      }
      expect(ids.size === 1, `one key made ${ids.size} different bookings`);
      const after = await countBookings(context);
      expect(
        after === before + 1,
        `the provider has ${after - before} new bookings; one key must make one`,
      );
    },
  },
  {
    id: 'bookings.idempotency-conflict',
    title: 'A key reused for a different request is refused (idempotency_conflict)',
    async run(context) {
      const k = key();
      const slot = take(context);
      expectStatus(
        await context.client.send('POST', '/bookings', {
          key: k,
          body: bookingRequest(context, slot),
        }),
        201,
      );
      const other = bookingRequest(context, slot, {
        client: { name: 'Someone Else', email: 'else@example.com' },
      });
      expectProblem(
        await context.client.send('POST', '/bookings', { key: k, body: other }),
        [409, 422],
        'idempotency_conflict',
      );
    },
  },
  {
    id: 'bookings.concurrency',
    title: `${RACERS} simultaneous creates of one slot (alternating between the instances when there are two): exactly one 201, the rest 409 slot_unavailable`,
    async run(context) {
      const clients = context.also ? [context.client, context.also] : [context.client];
      const request = bookingRequest(context, take(context));
      const answers = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          clients[i % clients.length]!.send('POST', '/bookings', {
            key: key(),
            body: {
              ...request,
              client: { name: `Racer ${i + 1}`, email: `racer${i + 1}@example.com` },
            },
          }),
        ),
      );
      const created = answers.filter((x) => x.status === 201);
      const where = context.also
        ? ` across ${context.client.baseUrl} and ${context.also.baseUrl}`
        : '';
      expect(
        created.length === 1,
        `${created.length} of ${RACERS} simultaneous creates of one slot succeeded${where}`,
      );
      for (const x of answers) if (x.status !== 201) expectProblem(x, [409], 'slot_unavailable');
      if (context.also) {
        // Both URLs must be one deployment: what one instance booked, the other knows.
        const winner = body<Created>(created[0]!, CreatedBookingSchema, 'the winning create');
        const index = answers.indexOf(created[0]!);
        const other = clients[(index + 1) % 2]!;
        const read = await other.send('GET', `/bookings/${enc(winner.booking.id)}`, {
          token: winner.manageToken,
        });
        expect(
          read.status === 200,
          `the booking made through ${clients[index % 2]!.baseUrl} is unknown to ${other.baseUrl} (${read.status}): the second base URL must be another instance on the same database`,
        );
      }
    },
  },
  {
    id: 'bookings.manage',
    title:
      'A client reads, reschedules and cancels with the manage token; no token is 401, another booking’s token or an unknown one is 404 like an unknown id (ids cannot be probed)',
    async run(context) {
      const { client } = context;
      const first = await book(context);
      const second = await book(context);
      const id = enc(first.created.booking.id);
      const token = first.created.manageToken;
      expectProblem(await client.send('GET', `/bookings/${id}`), [401], 'unauthorized');
      const probe = await client.send('GET', `/bookings/${id}`, {
        token: second.created.manageToken,
      });
      expectProblem(probe, [404], 'booking_not_found');
      const unknown = await client.send('GET', `/bookings/${key()}`, { token });
      expectProblem(unknown, [404], 'booking_not_found');
      expectProblem(
        await client.send('GET', `/bookings/${id}`, { token: `x${key()}` }),
        [404],
        'booking_not_found',
      );
      expect(
        (probe.body as { detail?: string }).detail?.replace(/"[^"]*"/, '') ===
          (unknown.body as { detail?: string }).detail?.replace(/"[^"]*"/, ''),
        'a wrong token and an unknown id must read alike, so ids cannot be probed',
      );
      const target = take(context);
      const moved = await client.send('POST', `/bookings/${id}/reschedule`, {
        token,
        body: { start: target.start },
      });
      expectStatus(moved, 200);
      const after = body<{ id: string; start: string; quote: { total: number } }>(
        moved,
        BookingSchema,
        'reschedule',
      );
      expect(after.id === first.created.booking.id, 'a reschedule changed the booking id');
      expect(
        Date.parse(after.start) === Date.parse(target.start),
        `the rescheduled start is ${after.start}, not ${target.start}`,
      );
      expectProblem(
        await client.send('POST', `/bookings/${id}/reschedule`, {
          token,
          body: { start: second.created.booking.start },
        }),
        [409],
        'slot_unavailable',
      );
      const cancelled = await client.send('POST', `/bookings/${id}/cancel`, {
        token,
        body: { reason: 'Conformance check' },
      });
      expectStatus(cancelled, 200);
      expect(
        body<{ status: string }>(cancelled, BookingSchema, 'cancel').status === 'cancelled',
        'a cancelled booking is not "cancelled"',
      );
      expectRefused(
        await client.send('POST', `/bookings/${id}/cancel`, { token, body: {} }),
        'wrong_state',
      );
    },
  },
];
