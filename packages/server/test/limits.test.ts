// The limits answer through a running server (createApp with small limits, served on a loopback
// port): a body over the size limit is 413, JSON nested past the depth limit is 400, creates past
// the rate limit are 429 with Retry-After, and CORS preflights allow exactly the listed origins.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createApp, createMemoryStore, demoData, loadDemo } from '@booking/server';
import { listen, type Listening } from '@booking/server/node';
import { bookingRequest, freeSlots } from './support/booking.js';
import { send } from './support/server.js';

const NOW = Date.parse('2031-03-04T09:00:00Z');
const problemOf = (body: unknown) => body as { code: string; detail: string; status: number };

/** A POST whose body is sent in chunks without a Content-Length (the server must still cap it). */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('limits, through a running server', () => {
  let server: Listening;
  before(async () => {
    const store = createMemoryStore();
    await loadDemo(store, demoData(NOW), NOW);
    const app = createApp({
      store,
      clock: () => NOW,
      cors: { origins: ['https://tutor.example', 'https://school.example'] },
      limits: { bodyBytes: 2048, jsonDepth: 6, createsPerMinute: 2, createBurst: 3 },
    });
    server = await listen(app, { port: 0 });
  });
  after(() => server.close());

  it('refuses a body over the size limit with 413, declared or streamed', async () => {
    const big = { providerId: 'sam', padding: 'x'.repeat(4096) };
    const declared = await send(server.url, 'POST', '/bookings', { key: randomUUID(), body: big });
    assert.equal(declared.status, 413);
    assert.equal(problemOf(declared.body).code, 'payload_too_large');
    assert.match(problemOf(declared.body).detail, /2048 bytes/);
    const streamed = await postChunked(`${server.url}/bookings`, [
      '{"providerId":"sam","padding":"',
      'y'.repeat(1500),
      'y'.repeat(1500),
      '"}',
    ]);
    assert.equal(streamed.status, 413);
    assert.equal(problemOf(streamed.body).code, 'payload_too_large');
  });

  it('refuses JSON nested past the depth limit with 400, naming the depth', async () => {
    let nested: unknown = 'deep';
    for (let i = 0; i < 10; i++) nested = [nested];
    const answer = await send(server.url, 'POST', '/bookings', {
      key: randomUUID(),
      body: { providerId: 'sam', nested },
    });
    assert.equal(answer.status, 400);
    assert.equal(problemOf(answer.body).code, 'bad_request');
    assert.match(problemOf(answer.body).detail, /nests 11 levels deep; at most 6/);
  });

  it('answers creates past the rate limit with 429 and Retry-After', async () => {
    const { provider, service, starts } = await freeSlots(server.url, 'sam', NOW);
    const create = (start: string) =>
      send(server.url, 'POST', '/bookings', {
        key: randomUUID(),
        headers: { origin: 'https://tutor.example' },
        body: bookingRequest(provider, service, start, NOW),
      });
    // The two earlier tests' requests were refused before the limiter: the burst of 3 is whole.
    for (const start of starts.slice(0, 3)) assert.equal((await create(start)).status, 201);
    const limited = await create(starts[3]!);
    assert.equal(limited.status, 429);
    assert.equal(problemOf(limited.body).code, 'rate_limited');
    // 2 per minute: one token takes 30 s to come back (the clock is pinned).
    assert.equal(limited.headers.get('retry-after'), '30');
    assert.match(problemOf(limited.body).detail, /try again in 30 s/);
    assert.match(limited.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    // Reads are not limited.
    assert.equal((await send(server.url, 'GET', '/providers/sam')).status, 200);
  });

  it('answers a CORS preflight for a listed origin, and not for another', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/bookings`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
    for (const origin of ['https://tutor.example', 'https://school.example']) {
      const allowed = await preflight(origin);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), origin);
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    }
    const other = await preflight('https://elsewhere.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
