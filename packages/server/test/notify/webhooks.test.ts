// Webhooks: a provider registers an endpoint over the API (the secret shown once), every
// lifecycle step is delivered in the Standard Webhooks format and verified by a receiver, failed
// deliveries are retried with backoff for a day under the same webhook-id, the provider reads the
// delivery log, and removing the endpoint (DELETE, through core's HTTP client) stops what is
// pending.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpAdapter } from '@booking/core/http';
import { addProvider, createApp, createMemoryStore, type Store } from '@booking/server';
import { createWorker, signWebhook, verifyWebhook } from '@booking/server/worker';
import {
  allDay,
  call,
  DAY,
  lessonRequest,
  MINUTE,
  provider,
  startReceiver,
  type Receiver,
} from './helpers.js';

describe('webhooks', () => {
  let receiver: Receiver;
  let store: Store;
  let token: string;
  const clock = { now: Date.UTC(2026, 5, 1, 9) };
  const app = () => createApp({ store, clock: () => clock.now, checkResponses: true });
  const worker = () =>
    createWorker({
      store,
      clock: () => clock.now,
      log: () => undefined,
      allowPrivateNetworks: true,
    });

  beforeEach(async () => {
    clock.now = Date.UTC(2026, 5, 1, 9);
    receiver = await startReceiver();
    receiver.now = () => clock.now;
    store = createMemoryStore();
    const added = await addProvider(store, { provider: provider(), weekly: allDay });
    assert.ok(added.ok);
    token = added.value.token;
  });
  afterEach(() => receiver.close());

  async function register(body: Record<string, unknown>, key = 'w1') {
    const created = await call(app(), 'POST', '/providers/ana/webhooks', { token, body, key });
    assert.equal(created.status, 201);
    const answer = (await created.json()) as { webhook: { id: string }; secret: string };
    receiver.secret = answer.secret;
    return answer;
  }
  async function book(key: string, start = '2026-06-04T10:00:00.000Z') {
    const created = await call(app(), 'POST', '/bookings', {
      body: lessonRequest(start, clock.now),
      key,
    });
    assert.equal(created.status, 201);
    return ((await created.json()) as { booking: { id: string } }).booking.id;
  }
  const log = async (webhookId: string, query = '') => {
    const page = await call(
      app(),
      'GET',
      `/providers/ana/webhooks/${webhookId}/deliveries${query}`,
      {
        token,
      },
    );
    assert.equal(page.status, 200);
    return (await page.json()) as {
      items: {
        id: string;
        type: string;
        status: string;
        attempts: number;
        responseStatus: number | null;
        nextAttemptAt: string | null;
        error: string | null;
      }[];
      nextCursor: string | null;
    };
  };

  it('signs as Standard Webhooks does (its published test vector)', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    assert.equal(
      signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body),
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
    const headers = new Headers({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature':
        'v1,bm9ldHUjKzFob2VudXRob2VodWUzMjRvdWVvdW9ldQo= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
    assert.equal(verifyWebhook(secret, headers, body, 1614265330_000), true);
    // A replay more than five minutes later, or a changed body, is refused.
    assert.equal(verifyWebhook(secret, headers, body, (1614265330 + 301) * 1000), false);
    assert.equal(verifyWebhook(secret, headers, '{"test": 1}', 1614265330_000), false);
  });

  it('delivers every lifecycle step, signed, to the endpoints that asked for it', async () => {
    const all = await register({ url: receiver.url, description: 'CRM' });
    assert.match(all.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    // The secret is shown once: the list has none, a replayed create shows the same one.
    const listed = await (await call(app(), 'GET', '/providers/ana/webhooks', { token })).json();
    assert.equal(JSON.stringify(listed).includes(all.secret), false);
    assert.deepEqual(
      (listed as { items: { id: string; events: null }[] }).items.map((w) => [w.id, w.events]),
      [[all.webhook.id, null]],
    );
    const again = await call(app(), 'POST', '/providers/ana/webhooks', {
      token,
      body: { url: receiver.url, description: 'CRM' },
      key: 'w1',
    });
    assert.equal(((await again.json()) as { secret: string }).secret, all.secret);

    const id = await book('b1');
    assert.equal(
      (await call(app(), 'POST', `/bookings/${id}/start`, { token, body: {} })).status,
      409,
    );
    assert.equal(
      (
        await call(app(), 'POST', `/bookings/${id}/reschedule`, {
          token,
          body: { start: '2026-06-05T10:00:00.000Z' },
        })
      ).status,
      200,
    );
    assert.equal(
      (await call(app(), 'POST', `/bookings/${id}/cancel`, { token, body: {} })).status,
      200,
    );
    await worker().runOnce();
    assert.deepEqual(
      receiver.received.map((r) => [r.json.type, r.verified]),
      [
        ['booking.created', true],
        ['booking.rescheduled', true],
        ['booking.cancelled', true],
      ],
    );
    const moved = receiver.received[1]!.json.data as {
      booking: { id: string; start: string };
      previous: { start: string };
    };
    assert.equal(moved.booking.id, id);
    assert.equal(Date.parse(moved.booking.start), Date.parse('2026-06-05T10:00:00Z'));
    assert.equal(Date.parse(moved.previous.start), Date.parse('2026-06-04T10:00:00Z'));
    assert.equal(receiver.received[0]!.timestamp, Math.floor(clock.now / 1000));
    assert.ok(receiver.received.every((r) => /^msg_[a-z2-7]{16}$/.test(r.id)));
    const page = await log(all.webhook.id, '?limit=2');
    assert.deepEqual(
      page.items.map((d) => [d.type, d.status, d.attempts, d.responseStatus]),
      [
        ['booking.cancelled', 'delivered', 1, 200],
        ['booking.rescheduled', 'delivered', 1, 200],
      ],
    );
    const rest = await log(all.webhook.id, `?limit=2&cursor=${page.nextCursor}`);
    assert.deepEqual(
      rest.items.map((d) => d.type),
      ['booking.created'],
    );
    assert.equal(rest.nextCursor, null);
  });

  it('sends an endpoint only the events it lists', async () => {
    await register({ url: receiver.url, events: ['booking.cancelled'] });
    const id = await book('b2');
    await call(app(), 'POST', `/bookings/${id}/cancel`, { token, body: {} });
    await worker().runOnce();
    assert.deepEqual(
      receiver.received.map((r) => r.json.type),
      ['booking.cancelled'],
    );
  });

  it('retries a failed delivery with backoff under the same webhook-id, then delivers it', async () => {
    const { webhook } = await register({ url: receiver.url });
    receiver.answers = [500, 503];
    await book('b3');
    await worker().runOnce();
    let [entry] = (await log(webhook.id)).items;
    assert.deepEqual(
      [entry!.status, entry!.attempts, entry!.responseStatus, entry!.nextAttemptAt],
      ['pending', 1, 500, new Date(clock.now + MINUTE).toISOString()],
    );
    clock.now += MINUTE;
    await worker().runOnce();
    [entry] = (await log(webhook.id)).items;
    assert.deepEqual(
      [entry!.attempts, entry!.responseStatus, entry!.nextAttemptAt],
      [2, 503, new Date(clock.now + 4 * MINUTE).toISOString()],
    );
    clock.now += 3 * MINUTE;
    await worker().runOnce();
    assert.equal(receiver.received.length, 2, 'not before its time');
    clock.now += MINUTE;
    await worker().runOnce();
    [entry] = (await log(webhook.id)).items;
    assert.deepEqual(
      [entry!.status, entry!.attempts, entry!.responseStatus],
      ['delivered', 3, 200],
    );
    assert.equal(new Set(receiver.received.map((r) => r.id)).size, 1);
    assert.ok(receiver.received.every((r) => r.verified));
  });

  it('gives up after a day of retries, and says so in the log', async () => {
    const { webhook } = await register({ url: receiver.url });
    receiver.answers = Array.from({ length: 50 }, () => 500);
    await book('b4');
    const queued = clock.now;
    const attempts: number[] = [];
    for (let i = 0; i < 20; i++) {
      await worker().runOnce();
      const [entry] = (await log(webhook.id)).items;
      attempts.push((clock.now - queued) / MINUTE);
      if (entry!.status !== 'pending') break;
      clock.now = Date.parse(entry!.nextAttemptAt!);
    }
    // 0, then 1, 4, 16, 64, 256 minutes apart, then every 6 hours while inside the day.
    assert.deepEqual(attempts, [0, 1, 5, 21, 85, 341, 701, 1061, 1421]);
    const [entry] = (await log(webhook.id)).items;
    assert.equal(entry!.status, 'failed');
    assert.match(entry!.error!, /answered 500\. Gave up after a day of retries\./);
    assert.ok(attempts.at(-1)! * MINUTE < DAY);
  });

  it('delivers nothing into the server’s own network unless allowed, and says why in the log', async () => {
    const { webhook } = await register({ url: receiver.url }); // http://127.0.0.1:…
    await book('b6');
    await createWorker({ store, clock: () => clock.now, log: () => undefined }).runOnce();
    assert.equal(receiver.received.length, 0);
    const [entry] = (await log(webhook.id)).items;
    assert.equal(entry!.status, 'failed');
    assert.match(
      entry!.error!,
      /is not delivered to: 127\.0\.0\.1 is a private or reserved network address; the server only fetches addresses on the public internet\./,
    );
  });

  it('stops what is pending when the endpoint is removed (DELETE, through the HTTP client)', async () => {
    const { webhook } = await register({ url: receiver.url });
    receiver.answers = [500];
    await book('b5');
    await worker().runOnce();
    const client = createHttpAdapter({
      baseUrl: 'http://localhost',
      token,
      fetch: (input, init) => Promise.resolve(app().fetch(new Request(input as string, init))),
    });
    assert.equal(await client.deleteWebhook('ana', webhook.id), undefined);
    assert.deepEqual(await client.listWebhooks('ana'), { items: [] });
    await assert.rejects(client.deleteWebhook('ana', webhook.id), { name: 'NotFoundError' });
    clock.now += 10 * MINUTE;
    await worker().runOnce();
    assert.equal(receiver.received.length, 1);
    const [row] = (await store.transaction((tx) => tx.outbox())).filter(
      (m) => m.channel === 'webhook',
    );
    assert.deepEqual([row!.status, row!.lastError], ['cancelled', 'The endpoint was removed.']);
  });

  it('refuses a malformed endpoint, and another provider’s token', async () => {
    const bad = await call(app(), 'POST', '/providers/ana/webhooks', {
      token,
      body: { url: 'ftp://example.com', events: ['booking.exploded'] },
      key: 'w9',
    });
    assert.equal(bad.status, 422);
    const problem = (await bad.json()) as { errors: { field: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['events[0]', 'url']);
    const other = await addProvider(store, {
      provider: provider({ id: 'bo', name: 'Bo' }),
      weekly: allDay,
    });
    assert.ok(other.ok);
    const forbidden = await call(app(), 'GET', '/providers/ana/webhooks', {
      token: other.value.token,
    });
    assert.equal(forbidden.status, 403);
  });
});
