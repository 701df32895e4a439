// The embedded database runs the same outbox and feed tables, polled in process: a booking's
// messages are claimed once (a second claim inside the lease gets nothing), delivered, and a
// calendar feed becomes busy time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addProvider, createApp, type Store } from '@booking/server';
import { createPgliteStore } from '@booking/server/pglite';
import { createWorker } from '@booking/server/worker';
import { GOOGLE } from './fixtures.js';
import { allDay, call, lessonRequest, MINUTE, provider } from './helpers.js';

describe('notifications on the embedded database', () => {
  let store: Store;
  let token: string;
  const now = Date.UTC(2026, 2, 14, 12);

  before(async () => {
    store = await createPgliteStore();
    const added = await addProvider(store, {
      provider: provider(),
      weekly: allDay,
      notifications: { email: 'ana@example.com', locale: 'en' },
    });
    assert.ok(added.ok);
    token = added.value.token;
  });
  after(() => store.close());

  it('claims each message once, delivers it, and reads a feed into busy time', async () => {
    const app = createApp({ store, clock: () => now });
    const created = await call(app, 'POST', '/bookings', {
      body: lessonRequest('2026-03-20T10:00:00.000Z', now),
      key: 'p1',
    });
    assert.equal(created.status, 201);
    const claimed = await store.transaction((tx) => tx.claimOutbox(now, 10, 5 * MINUTE));
    assert.deepEqual(claimed.map((m) => m.topic).sort(), [
      'booking.confirmed',
      'booking.confirmed',
    ]);
    assert.deepEqual(await store.transaction((tx) => tx.claimOutbox(now, 10, 5 * MINUTE)), []);
    for (const m of claimed)
      assert.equal(
        await store.transaction((tx) =>
          tx.settleOutbox(m.id, m.attempts, { status: 'delivered', at: now }),
        ),
        true,
      );
    // A stale claim (an older attempt) cannot settle it again.
    assert.equal(
      await store.transaction((tx) =>
        tx.settleOutbox(claimed[0]!.id, claimed[0]!.attempts, { status: 'failed', error: 'late' }),
      ),
      false,
    );

    await call(app, 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'p2',
      body: { url: 'https://calendar.example.com/basic.ics' },
    });
    const lines: string[] = [];
    const round = await createWorker({
      store,
      clock: () => now,
      log: (line) => lines.push(line),
      fetch: async () => new Response(GOOGLE, { headers: { etag: '"g1"' } }),
    }).runOnce();
    assert.deepEqual(round, {
      delivered: 0,
      retried: 0,
      failed: 0,
      cancelled: 0,
      feeds: 1,
      lapsed: 0,
    });
    const availability = await call(
      app,
      'GET',
      '/providers/ana/availability?from=2026-03-16T00:00:00Z&to=2026-03-17T00:00:00Z',
    );
    const { busy } = (await availability.json()) as { busy: { start: string }[] };
    assert.ok(busy.some((b) => Date.parse(b.start) === Date.UTC(2026, 2, 16, 8)));
  });
});
