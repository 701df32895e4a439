// A waitlist offer that nobody answers lapses when its hold ends, and the worker offers its seats
// to the next in line, who hears of it by email, without waiting for the event's next change. On
// the memory store, and on PostgreSQL (required where BOOKING_REQUIRE_POSTGRES=1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addProvider, createApp, createMemoryStore, type Store } from '@booking/server';
import { createPostgresStore } from '@booking/server/postgres';
import { createWorker } from '@booking/server/worker';
import {
  allDay,
  call,
  DAY,
  freshDatabase,
  HOUR,
  MINUTE,
  postgresAvailable,
  provider,
  startMailSink,
  type MailSink,
} from './helpers.js';

const HOLD_MINUTES = 30;
const withPostgres = await postgresAvailable('the lapsed offer tests');

/** A scratch database on the PostgreSQL server, dropped by `close`. */
async function postgresStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const db = await freshDatabase('booking_offers');
  const store = await createPostgresStore({ url: db.url });
  return {
    store,
    async close() {
      await store.close();
      await db.drop();
    },
  };
}

const stores: [string, () => Promise<{ store: Store; close(): Promise<void> }>][] = [
  ['memory', async () => ({ store: createMemoryStore(), close: async () => undefined })],
  ...(withPostgres ? [['PostgreSQL', postgresStore] as (typeof stores)[number]] : []),
];

for (const [label, open] of stores) {
  describe(`lapsed waitlist offers (${label})`, () => {
    let sink: MailSink;
    before(async () => {
      sink = await startMailSink();
    });
    after(() => sink.close());

    it('go to the next in line when their hold ends, who hear of it; nothing happens before', async () => {
      const { store, close } = await open();
      try {
        const clock = { now: Date.parse('2026-11-23T09:00:00Z') };
        const added = await addProvider(store, {
          provider: provider(),
          weekly: allDay,
          notifications: { email: 'ana@example.com', locale: 'en' },
        });
        assert.ok(added.ok);
        const app = createApp({
          store,
          clock: () => clock.now,
          offerHoldMinutes: HOLD_MINUTES,
          checkResponses: true,
        });
        const worker = createWorker({
          store,
          clock: () => clock.now,
          smtpUrl: sink.url,
          offerHoldMinutes: HOLD_MINUTES,
          log: () => undefined,
        });
        const created = await call(app, 'POST', '/providers/ana/events', {
          token: added.value.token,
          key: 'event-1',
          body: {
            title: 'Study group',
            visibility: 'public',
            start: new Date(clock.now + 3 * DAY).toISOString(),
            durationMinutes: 60,
            capacity: 1,
            pricing: { currency: 'EUR', pricePerPerson: 1000 },
            waitlist: true,
          },
        });
        assert.equal(created.status, 201, await created.clone().text());
        const event = (await created.json()) as { id: string };
        const person = (n: number) => ({ name: `Person ${n}`, email: `p${n}@example.com` });
        const register = (n: number, waitlist = false) =>
          call(app, 'POST', `/events/${event.id}/registrations`, {
            key: `reg-${n}`,
            body: { seats: 1, client: person(n), ...(waitlist ? { waitlist } : {}) },
          });
        const seat = (await (await register(0)).json()) as {
          booking: { id: string };
          manageToken: string;
        };
        for (const n of [1, 2]) assert.equal((await register(n, true)).status, 202);

        // The seat is freed: the first in line gets the offer.
        const cancelled = await call(app, 'POST', `/bookings/${seat.booking.id}/cancel`, {
          token: seat.manageToken,
          body: {},
        });
        assert.equal(cancelled.status, 200, await cancelled.clone().text());
        await worker.runOnce();
        const offersTo = () =>
          sink.mails
            .filter((m) => m.mail.subject === 'Seats free for you: Study group')
            .map((m) => m.to.join());
        assert.deepEqual(offersTo(), ['p1@example.com']);

        // Within the hold nothing lapses.
        clock.now += (HOLD_MINUTES - 1) * MINUTE;
        assert.equal((await worker.runOnce()).lapsed, 0);
        assert.deepEqual(offersTo(), ['p1@example.com']);

        // The hold ends unanswered: the seat goes to the second in line, in this round.
        clock.now += 2 * MINUTE;
        const round = await worker.runOnce();
        assert.equal(round.lapsed, 1);
        assert.deepEqual(offersTo(), ['p1@example.com', 'p2@example.com']);
        const line = await store.transaction((tx) => tx.waitlists([event.id]));
        assert.deepEqual(
          line.map((w) => [w.client.email, w.status]),
          [
            ['p1@example.com', 'expired'],
            ['p2@example.com', 'offered'],
          ],
        );
        // Once passed on, a later round finds nothing to do.
        clock.now += HOUR / 4;
        assert.equal((await worker.runOnce()).lapsed, 0);
        assert.equal(offersTo().length, 2);
      } finally {
        await close();
      }
    });
  });
}
