// Two server processes on one PostgreSQL database, 50 creates for one slot sent to both at once:
// exactly one is created (201), the other 49 are told the slot is taken (409 slot_unavailable),
// and the database holds one booking. The servers trust X-Forwarded-For, as behind a proxy, so
// each racer is its own client for the rate limit on creates.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { bookingRequest, freeSlots } from './support/booking.js';
import { freshDatabase, skipPostgres, type TestDatabase } from './support/postgres.js';
import { killServers, send, startServer, type ServerProcess } from './support/server.js';

describe('racing creates across two server processes', () => {
  after(killServers);
  let db: TestDatabase;
  const servers: ServerProcess[] = [];
  after(async () => {
    for (const server of servers) await server.stop();
    await db?.drop();
  });

  it(
    'books one slot once: one 201, 49 409 slot_unavailable, one row',
    { skip: skipPostgres },
    async () => {
      db = await freshDatabase();
      const env = { DATABASE_URL: db.url };
      servers.push(await startServer(['--demo', '--trust-proxy'], env));
      servers.push(await startServer(['--trust-proxy'], env));
      const now = Date.now();
      const { provider, service, starts } = await freeSlots(servers[0]!.url, 'sam', now);
      const start = starts[3]!;
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          send(servers[i % 2]!.url, 'POST', '/bookings', {
            key: randomUUID(),
            headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
            body: bookingRequest(provider, service, start, now, {
              name: `Racer ${i + 1}`,
              email: `racer${i + 1}@example.com`,
            }),
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${statuses.join(' ')}`);
      const refused = answers.filter((a) => a.status !== 201);
      assert.equal(refused.length, 49);
      for (const answer of refused) {
        assert.equal(answer.status, 409, JSON.stringify(answer.body));
        assert.equal((answer.body as { code: string }).code, 'slot_unavailable');
      }
      const winner = answers.find((a) => a.status === 201)!.body as { booking: { id: string } };
      const rows = await db.sql`
      SELECT id FROM bookings WHERE kind = 'one_to_one' AND start_at = ${start}::timestamptz`;
      assert.deepEqual(
        rows.map((r) => r.id),
        [winner.booking.id],
      );
      const racers = await db.sql`
      SELECT count(*)::int AS n FROM bookings WHERE client_search LIKE 'racer %'`;
      assert.equal(racers[0]!.n, 1);
    },
  );
});
