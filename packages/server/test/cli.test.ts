// The `booking-server` command on its embedded database: `provider add --file` prints the new
// provider's token once and that token opens the provider's bookings list on the server; a
// malformed file is refused naming the field; --cors-origin sets the origins a browser may call from.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoData } from '@booking/server';
import { pgliteDataDir } from './support/pglite.js';
import { killServers, runCommand, send, startServer } from './support/server.js';

const template = demoData(Date.parse('2031-03-04T09:00:00Z')).providers[0]!;
const newProvider = {
  provider: { ...template.provider, id: 'lena', name: 'Lena Park' },
  weekly: template.weekly,
  overrides: [],
};

describe('booking-server provider add, then serve', () => {
  after(killServers);
  const cleanup: (() => Promise<void>)[] = [];
  after(async () => {
    for (const step of cleanup) await step();
  });

  const file = async (name: string, content: unknown) => {
    const dir = await mkdtemp(join(tmpdir(), 'booking-provider-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('prints a token once, and that token opens the provider’s bookings', async () => {
    const data = await pgliteDataDir();
    cleanup.push(data.remove);
    const added = await runCommand([
      'provider',
      'add',
      '--file',
      await file('provider.json', newProvider),
      '--data',
      data.dir,
    ]);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Added provider "lena"/);
    const token = /shown once[^\n]*\n\n {2}(\S+)\n/.exec(added.stdout)?.[1];
    assert.ok(token, added.stdout);
    assert.equal(added.stdout.split(token).length, 2, 'the token is printed exactly once');

    const server = await startServer([
      '--data',
      data.dir,
      '--cors-origin',
      'https://tutor.example',
      '--cors-origin',
      'https://school.example',
    ]);
    const list = await send(server.url, 'GET', '/providers/lena/bookings', { token });
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.deepEqual((list.body as { items: unknown[] }).items, []);
    const wrong = await send(server.url, 'GET', '/providers/lena/bookings', {
      token: `${token}x`,
    });
    assert.equal(wrong.status, 401);

    // --cors-origin: the listed origins get their preflight answered, another does not.
    const preflight = (origin: string) =>
      fetch(`${server.url}/bookings`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    for (const origin of ['https://tutor.example', 'https://school.example']) {
      const allowed = await preflight(origin);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), origin);
    }
    const other = await preflight('https://elsewhere.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal((await server.stop()).code, 0, server.output());
  });

  it('refuses a malformed file, naming the field', async () => {
    const data = await pgliteDataDir();
    cleanup.push(data.remove);
    const bad = {
      ...newProvider,
      provider: { ...newProvider.provider, timeZone: 'Mars/Olympus_Mons' },
    };
    const refused = await runCommand([
      'provider',
      'add',
      '--file',
      await file('bad.json', bad),
      '--data',
      data.dir,
    ]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is not a provider:\n {2}provider\.timeZone: /);
    assert.equal(refused.stdout, '');

    const notJson = await runCommand([
      'provider',
      'add',
      '--file',
      await file('x.json', '{ "provider": '),
    ]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /cannot read .*x\.json: .*JSON/);
  });
});
