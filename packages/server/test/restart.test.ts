// PGlite keeps its data in a folder across restarts, and Ctrl+C (SIGINT to the process group, as a
// terminal sends it) shuts the server down cleanly: a request in flight is answered, the database
// is closed, and the process exits 0.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { bookingRequest, freeSlots } from './support/booking.js';
import { pgliteDataDir } from './support/pglite.js';
import { killServers, send, startServer } from './support/server.js';

/**
 * Starts a create whose body is still to come. Resolves once the server has read the headers (it
 * answered `100 Continue`): the request is then in flight until `sendBody` sends the rest.
 */
function createInFlight(url: string, body: unknown) {
  const text = JSON.stringify(body);
  return new Promise<{ sendBody: () => void; answer: Promise<{ status: number; body: unknown }> }>(
    (resolve, reject) => {
      const req = request(`${url}/bookings`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          'idempotency-key': randomUUID(),
          expect: '100-continue',
          connection: 'close',
        },
      });
      const answer = new Promise<{ status: number; body: unknown }>((done, fail) => {
        req.on('response', (res) => {
          let received = '';
          res.on('data', (chunk) => (received += chunk));
          res.on('end', () => done({ status: res.statusCode!, body: JSON.parse(received) }));
        });
        req.on('error', fail);
      });
      req.on('continue', () => resolve({ sendBody: () => req.end(text), answer }));
      req.on('error', reject);
      req.flushHeaders();
    },
  );
}

describe('the server on PGlite, stopped with Ctrl+C and started again', () => {
  after(killServers);
  let data: Awaited<ReturnType<typeof pgliteDataDir>>;
  after(() => data?.remove());

  it('finishes the request in flight, exits 0, and has every booking after the restart', async () => {
    data = await pgliteDataDir();
    const first = await startServer(['--data', data.dir, '--demo']);
    const now = Date.now();
    const { provider, service, starts } = await freeSlots(first.url, 'sam', now);
    const booked = await send(first.url, 'POST', '/bookings', {
      key: randomUUID(),
      body: bookingRequest(provider, service, starts[0]!, now),
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));

    const inFlight = await createInFlight(
      first.url,
      bookingRequest(provider, service, starts[1]!, now),
    );
    // Ctrl+C: the terminal signals every process of the foreground group.
    process.kill(-first.child.pid!, 'SIGINT');
    await first.waitFor(/SIGINT: finishing requests in flight/);
    inFlight.sendBody();
    const late = await inFlight.answer;
    assert.equal(late.status, 201, JSON.stringify(late.body));
    const exit = await first.exited;
    assert.deepEqual(exit, { code: 0, signal: null }, first.output());
    assert.match(first.output(), /booking-server: stopped\./);

    const second = await startServer(['--data', data.dir]);
    try {
      const list = await send(second.url, 'GET', '/providers/sam/bookings?client=server-test', {
        token: 'demo-sam-token',
      });
      assert.equal(list.status, 200);
      const ids = (list.body as { items: { id: string }[] }).items.map((b) => b.id).sort();
      const made = [booked.body, late.body].map(
        (b) => (b as { booking: { id: string } }).booking.id,
      );
      assert.deepEqual(ids, made.sort());
    } finally {
      assert.equal((await second.stop()).code, 0, second.output());
    }
  });
});
