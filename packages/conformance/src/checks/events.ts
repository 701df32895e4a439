// Group events: create, list, register, full, waitlist, update and cancel; and a waitlist entry's
// life with its manage token: read, an offer of freed seats, declined, accepted.
import {
  BookingSchema,
  CreatedBookingSchema,
  GroupEventPageSchema,
  GroupEventSchema,
  WaitlistedSchema,
  type Waitlisted,
} from '@booking/core/schemas';
import {
  expect,
  expectProblem,
  expectRefused,
  expectStatus,
  show,
  type Exchange,
} from '../client.js';
import {
  body,
  createEvent,
  dropEvent,
  enc,
  eventInput,
  key,
  take,
  type Check,
  type Created,
} from '../context.js';

export const eventChecks: Check[] = [
  {
    id: 'events.lifecycle',
    title:
      'Group events: create, list, register, full (409 event_full with a waitlist offer), waitlist (202), update, cancel',
    async run(context) {
      const { client, providerId, providerToken, provider } = context;
      const start = take(context).start;
      const input = {
        title: 'Conformance circle',
        tags: ['conformance'],
        start,
        durationMinutes: 60,
        capacity: 2,
        pricing: provider.groupPricing ?? {
          currency: context.service.currency,
          pricePerPerson: 1000,
        },
        waitlist: true,
      };
      const path = `/providers/${enc(providerId)}/events`;
      expectProblem(
        await client.send('POST', path, { body: input, key: key() }),
        [401],
        'unauthorized',
      );
      const k = key();
      const made = await client.send('POST', path, { body: input, key: k, token: providerToken });
      expectStatus(made, 201);
      const event = body<{ id: string; capacity: number; seatsTaken: number }>(
        made,
        GroupEventSchema,
        'POST /providers/{id}/events',
      );
      const replay = await client.send('POST', path, { body: input, key: k, token: providerToken });
      expect(
        body<{ id: string }>(replay, GroupEventSchema, 'replayed event create').id === event.id,
        'one key made two events',
      );
      const id = enc(event.id);
      const listed = await client.send(
        'GET',
        `/events?providerId=${enc(providerId)}&tag=conformance&limit=100`,
      );
      expectStatus(listed, 200);
      expect(
        body<{ items: { id: string }[] }>(listed, GroupEventPageSchema, 'GET /events').items.some(
          (e) => e.id === event.id,
        ),
        'GET /events does not list the new event',
      );
      expectProblem(await client.send('GET', `/events/${key()}`), [404], 'event_not_found');
      const participant = { name: 'Group Member', email: 'member@example.com' };
      const registered = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 2, client: participant },
      });
      expectStatus(registered, 201);
      const registration = body<{ booking: { id: string; seats: number }; manageToken: string }>(
        registered,
        CreatedBookingSchema,
        'registration',
      );
      expect(registration.booking.seats === 2, 'the registration does not hold 2 seats');
      const seats = body<{ seatsTaken: number }>(
        await client.send('GET', `/events/${id}`),
        GroupEventSchema,
        'GET /events/{id}',
      );
      expect(seats.seatsTaken === 2, `seatsTaken is ${seats.seatsTaken} after 2 seats were booked`);
      const full = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 1, client: participant },
      });
      expectProblem(full, [409], 'event_full');
      expect(
        (full.body as { waitlist?: { available?: boolean } }).waitlist?.available === true,
        'event_full does not offer the waitlist',
      );
      const waiting = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 1, client: participant, waitlist: true },
      });
      expectStatus(waiting, 202);
      body(waiting, WaitlistedSchema, 'a waitlisted registration');
      expectProblem(
        await client.send('POST', `/events/${id}/registrations`, {
          key: key(),
          body: { seats: 3, client: participant },
        }),
        [409, 422],
      );
      const renamed = await client.send('PATCH', `/events/${id}`, {
        token: providerToken,
        body: { title: 'Conformance circle (renamed)' },
      });
      expectStatus(renamed, 200);
      expect(
        body<{ title: string }>(renamed, GroupEventSchema, 'PATCH /events/{id}').title ===
          'Conformance circle (renamed)',
        'PATCH did not change the title',
      );
      const cancelled = await client.send('POST', `/events/${id}/cancel`, {
        token: providerToken,
        body: {},
      });
      expectStatus(cancelled, 200);
      expect(
        body<{ status: string }>(cancelled, GroupEventSchema, 'cancel event').status ===
          'cancelled',
        'the event is not cancelled',
      );
      const after = await client.send('GET', `/bookings/${enc(registration.booking.id)}`, {
        token: registration.manageToken,
      });
      expect(
        body<{ status: string }>(after, BookingSchema, 'a registration of a cancelled event')
          .status === 'cancelled',
        'cancelling the event left a registration active',
      );
      expectProblem(
        await client.send('POST', `/events/${id}/registrations`, {
          key: key(),
          body: { seats: 1, client: participant },
        }),
        [409],
      );
      expectRefused(
        await client.send('PATCH', `/events/${id}`, {
          token: providerToken,
          body: { title: 'Too late' },
        }),
      );
      expectRefused(
        await client.send('POST', `/events/${id}/cancel`, { token: providerToken, body: {} }),
      );
    },
  },
  {
    id: 'waitlist.offers',
    title:
      'A waitlist entry is read with its manage token (a wrong token or unknown id: 404 alike); freed seats are offered in order, a declined offer moves on, an accepted one books (201)',
    async run(context) {
      const { client } = context;
      const { event } = await createEvent(
        context,
        eventInput(context, take(context).start, { title: 'Conformance waitlist', capacity: 1 }),
      );
      const id = enc(event.id);
      try {
        const person = (n: number) => ({
          name: `Waiting Person ${n}`,
          email: `wait${n}@example.com`,
        });
        const seat = await client.send('POST', `/events/${id}/registrations`, {
          key: key(),
          body: { seats: 1, client: person(0) },
        });
        expectStatus(seat, 201);
        const holder = body<Created>(seat, CreatedBookingSchema, 'a registration');
        const join = async (n: number) => {
          const x = await client.send('POST', `/events/${id}/registrations`, {
            key: key(),
            body: { seats: 1, client: person(n), waitlist: true },
          });
          expectStatus(x, 202);
          return body<Waitlisted>(x, WaitlistedSchema, 'a waitlisted registration');
        };
        const first = await join(1);
        const second = await join(2);
        expect(
          first.position === 1 && second.position === 2,
          `the first two in line got places ${first.position} and ${second.position}`,
        );
        const path = (w: Waitlisted) => `/waitlist/${enc(w.entry.id)}`;
        // A body that breaks the contract is reported at the end, so the rest of the flow (and
        // every endpoint of the waitlist) still runs.
        const breaches: string[] = [];
        const waitlisted = (x: Exchange, what: string): Waitlisted => {
          try {
            return body<Waitlisted>(x, WaitlistedSchema, what);
          } catch (error) {
            breaches.push((error as Error).message);
            return x.body as Waitlisted;
          }
        };
        const read = async (w: Waitlisted, what: string) => {
          const x = await client.send('GET', path(w), { token: w.manageToken });
          expectStatus(x, 200);
          return waitlisted(x, what);
        };
        expectProblem(await client.send('GET', path(first)), [401], 'unauthorized');
        const own = await read(first, 'GET /waitlist/{id}');
        expect(
          own.entry.id === first.entry.id && own.entry.status === 'waiting' && own.position === 1,
          `GET /waitlist/{id} shows entry "${own.entry.id}" ${own.entry.status} at place ${own.position}; expected "${first.entry.id}" waiting at place 1`,
        );
        const wrong = await client.send('GET', path(first), { token: second.manageToken });
        expectProblem(wrong, [404], 'waitlist_entry_not_found');
        const unknown = await client.send('GET', `/waitlist/${key()}`, {
          token: first.manageToken,
        });
        expectProblem(unknown, [404], 'waitlist_entry_not_found');
        const plain = (x: typeof wrong) =>
          (x.body as { detail?: string }).detail?.replace(/"[^"]*"/g, '');
        expect(
          plain(wrong) === plain(unknown),
          'a wrong token and an unknown waitlist id must read alike, so ids cannot be probed',
        );
        expectRefused(
          await client.send('POST', `${path(first)}/accept`, { token: first.manageToken }),
        );
        // The seat is freed: the first in line gets an offer that holds it.
        const freed = await client.send('POST', `/bookings/${enc(holder.booking.id)}/cancel`, {
          token: holder.manageToken,
          body: {},
        });
        expectStatus(freed, 200);
        const offered = await read(first, 'a waitlist entry with an offer');
        expect(
          offered.entry.status === 'offered',
          `after a seat was freed the first in line is "${offered.entry.status}", not "offered"`,
        );
        const declined = await client.send('POST', `${path(first)}/decline`, {
          token: first.manageToken,
        });
        expectStatus(declined, 200);
        const after = waitlisted(declined, 'a declined offer');
        expect(
          after.entry.status === 'declined',
          `a declined offer leaves the entry "${after.entry.status}"`,
        );
        const moved = await read(second, 'the next waitlist entry');
        expect(
          moved.entry.status === 'offered',
          `a declined offer did not move on: the next in line is "${moved.entry.status}"`,
        );
        const accepted = await client.send('POST', `${path(second)}/accept`, {
          token: second.manageToken,
        });
        expectStatus(accepted, 201);
        const registration = body<Created>(accepted, CreatedBookingSchema, 'an accepted offer');
        expect(
          registration.booking.eventId === event.id && registration.booking.seats === 1,
          `accepting the offer made ${show(accepted)}`,
        );
        const managed = await client.send('GET', `/bookings/${enc(registration.booking.id)}`, {
          token: registration.manageToken,
        });
        expectStatus(managed, 200);
        body(managed, BookingSchema, 'the registration of an accepted offer');
        const seats = body<{ seatsTaken: number }>(
          await client.send('GET', `/events/${id}`),
          GroupEventSchema,
          'GET /events/{id}',
        );
        expect(
          seats.seatsTaken === 1,
          `seatsTaken is ${seats.seatsTaken}; the accepted offer holds 1`,
        );
        expect(breaches.length === 0, breaches.join(' Also: '));
      } finally {
        await dropEvent(context, event.id);
      }
    },
  },
];
