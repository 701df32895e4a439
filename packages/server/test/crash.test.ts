// A server killed with SIGKILL after a create committed and before it answered: the client saw no
// answer, retries with the same Idempotency-Key on the restarted server, and gets the original
// answer (201, the same booking, Idempotent-Replayed: true) while the database keeps one booking.
//
// The kill is made to land in that window deterministically: a test-only preload
// (support/pause-after-commit.mjs) freezes the server inside writeHead of the 201, which the
// server reaches only after the transaction committed; the test then sends SIGKILL to that process.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { bookingRequest, freeSlots } from './support/booking.js';
import { pgliteDataDir } from './support/pglite.js';
import { freshDatabase, skipPostgres, type TestDatabase } from './support/postgres.js';
import { killServers, send, startServer } from './support/server.js';

const preload = fileURLToPath(new URL('./support/pause-after-commit.mjs', import.meta.url));
const withPreload = () =>
  [process.env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(' ');

/**
 * Books through a server that freezes after the commit, kills it, restarts it and retries.
 * `committed` checks the database while the server is frozen (when the test can reach it).
 */
async function killAfterCommitAndRetry(
  args: string[],
  env: Record<string, string>,
  committed?: (bookingId: string) => Promise<void>,
) {
  const now = Date.now();
  const first = await startServer([...args, '--demo'], { ...env, NODE_OPTIONS: withPreload() });
  const { provider, service, starts } = await freeSlots(first.url, 'sam', now);
  const request = bookingRequest(provider, service, starts[0]!, now, {
    name: 'Crash Test',
    email: 'crash-test@example.com',
  });
  const key = randomUUID();
  const lost = send(first.url, 'POST', '/bookings', { key, body: request }).then(
    (answer) => answer,
    (error: Error) => error,
  );
  const [, pid, location] = await first.waitFor(
    /paused after commit, before answering \(pid (\d+), location (\S+)\)/,
  );
  const bookingId = decodeURIComponent(location!.split('/').pop()!);
  await committed?.(bookingId);
  process.kill(Number(pid), 'SIGKILL');
  const outcome = await lost;
  assert.ok(outcome instanceof Error, `the client got an answer: ${JSON.stringify(outcome)}`);
  assert.equal((await first.exited).signal, 'SIGKILL');

  const second = await startServer(args, env);
  try {
    const retry = await send(second.url, 'POST', '/bookings', { key, body: request });
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.headers.get('location'), location);
    const created = retry.body as { booking: { id: string; start: string }; manageToken: string };
    assert.equal(created.booking.id, bookingId);
    assert.equal(Date.parse(created.booking.start), Date.parse(starts[0]!));
    // The manage token of the original answer opens the booking.
    const read = await send(second.url, 'GET', `/bookings/${encodeURIComponent(bookingId)}`, {
      token: created.manageToken,
    });
    assert.equal(read.status, 200);
    const list = await send(second.url, 'GET', '/providers/sam/bookings?client=crash-test', {
      token: 'demo-sam-token',
    });
    assert.equal(list.status, 200);
    assert.deepEqual(
      (list.body as { items: { id: string }[] }).items.map((b) => b.id),
      [bookingId],
    );
  } finally {
    assert.equal((await second.stop()).code, 0, second.output());
  }
}

describe('a server killed between commit and answer', () => {
  after(killServers);
  describe('on PostgreSQL', () => {
    let db: TestDatabase;
    after(() => db?.drop());

    it(
      'replays the committed create to the retry, and keeps one booking',
      { skip: skipPostgres },
      async () => {
        db = await freshDatabase();
        await killAfterCommitAndRetry([], { DATABASE_URL: db.url }, async (id) => {
          const rows = await db.sql`SELECT id FROM bookings WHERE client_search LIKE 'crash test%'`;
          assert.deepEqual(
            rows.map((r) => r.id),
            [id],
          );
          const keys = await db.sql`SELECT status FROM idempotency_keys`;
          assert.deepEqual(
            keys.map((k) => k.status),
            [201],
          );
        });
        const rows =
          await db.sql`SELECT count(*)::int AS n FROM bookings WHERE client_search LIKE 'crash test%'`;
        assert.equal(rows[0]!.n, 1);
      },
    );
  });

  describe('on PGlite', () => {
    let data: Awaited<ReturnType<typeof pgliteDataDir>>;
    after(() => data?.remove());

    it('replays the committed create to the retry from its data folder, and keeps one booking', async () => {
      data = await pgliteDataDir();
      await killAfterCommitAndRetry(['--data', data.dir], {});
    });
  });
});
