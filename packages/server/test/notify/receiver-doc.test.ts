// The receiver example of docs/notifications.md, run as the docs tell: it accepts what the worker
// delivers, refuses a changed body and a replay older than five minutes, and handles a repeat once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addProvider, createApp, createMemoryStore } from '@booking/server';
import { createWorker, signWebhook } from '@booking/server/worker';
import { allDay, call, lessonRequest, provider } from './helpers.js';

const docs = readFileSync(new URL('../../../../docs/notifications.md', import.meta.url), 'utf8');
const example = /```js\n(\/\/ receiver\.mjs[\s\S]*?)```/.exec(docs)?.[1];

describe('the receiver of docs/notifications.md', () => {
  let dir: string;
  let child: ChildProcess;
  let url: string;
  let output = '';
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

  before(async () => {
    assert.ok(example, 'docs/notifications.md has no "// receiver.mjs" example');
    dir = mkdtempSync(join(tmpdir(), 'booking-receiver-'));
    writeFileSync(join(dir, 'receiver.mjs'), example);
    child = spawn(process.execPath, [join(dir, 'receiver.mjs')], {
      env: { ...process.env, WEBHOOK_SECRET: secret, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const port = /listening on (\d+)/.exec(output)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}/hooks`);
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`the receiver exited (${code}): ${output}`)));
    });
  });
  after(() => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the worker’s deliveries and refuses forgeries and replays', async () => {
    const store = createMemoryStore();
    const added = await addProvider(store, { provider: provider(), weekly: allDay });
    assert.ok(added.ok);
    await store.transaction((tx) =>
      tx.putWebhook({
        webhook: {
          id: 'wh_docs',
          providerId: 'ana',
          url,
          events: null,
          createdAt: new Date().toISOString(),
        },
        secret,
      }),
    );
    const now = Date.now();
    const created = await call(createApp({ store }), 'POST', '/bookings', {
      body: lessonRequest(new Date(Math.ceil(now / 3_600_000 + 50) * 3_600_000).toISOString(), now),
      key: 'r1',
    });
    assert.equal(created.status, 201);
    const { booking } = (await created.json()) as { booking: { id: string } };
    const round = await createWorker({
      store,
      log: () => undefined,
      allowPrivateNetworks: true,
    }).runOnce();
    assert.equal(round.delivered, 2); // the client’s email (to the log) and the webhook
    const [delivery] = (await store.transaction((tx) => tx.outbox())).filter(
      (m) => m.channel === 'webhook',
    );
    assert.deepEqual([delivery!.status, delivery!.lastStatus], ['delivered', 204]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(output, new RegExp(`booking\\.created ${booking.id}`));

    const send = (id: string, timestamp: number, body: string, signedBody = body) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(secret, id, timestamp, signedBody),
        },
        body,
      });
    const seconds = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      type: 'booking.cancelled',
      timestamp: '',
      data: { booking: { id: 'bkg_x' } },
    });
    assert.equal((await send('msg_forged', seconds, body, '{"changed":true}')).status, 401);
    assert.equal((await send('msg_old', seconds - 301, body)).status, 401);
    assert.equal((await send('msg_fresh', seconds, body)).status, 204);
    assert.equal((await send('msg_fresh', seconds, body)).status, 204);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(output.match(/booking\.cancelled bkg_x/g)?.length, 1, output);
  });
});
