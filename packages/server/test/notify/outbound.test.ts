// The worker's default fetch reaches only the public internet: every address class that leads
// into the server's own network is refused, names are resolved and checked, and so is each
// redirect's target; and the addresses a connection uses are checked as it opens (DNS rebinding).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedFetch, isPublicAddress } from '../../src/worker/outbound.js';

describe('outbound requests', () => {
  it('tells public addresses from private, loopback, link-local and reserved ones', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      assert.equal(isPublicAddress(address), true, address);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::10.0.0.1',
      'not an address',
    ])
      assert.equal(isPublicAddress(address), false, address);
  });

  const names: Record<string, string[]> = {
    'calendar.example': ['93.184.215.14'],
    'sneaky.example': ['93.184.215.14', '10.0.0.5'],
    localhost: ['127.0.0.1', '::1'],
  };
  const resolve = async (host: string) => {
    const found = names[host];
    if (!found) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
    return found;
  };
  const fetched: string[] = [];
  const base: typeof fetch = async (input) => {
    const url = String(input);
    fetched.push(url);
    if (url.endsWith('/moved'))
      return new Response(null, {
        status: 302,
        headers: { location: 'http://169.254.169.254/latest' },
      });
    if (url.endsWith('/elsewhere'))
      return new Response(null, { status: 301, headers: { location: '/feed.ics' } });
    return new Response('BEGIN:VCALENDAR');
  };
  const guarded = guardedFetch(base, resolve);
  const refused = async (url: string) =>
    (
      (await guarded(url).then(
        () => undefined,
        (e: unknown) => e,
      )) as Error | undefined
    )?.message;

  it('refuses a private address, a name that resolves to one, and a redirect into one', async () => {
    fetched.length = 0;
    assert.match(
      (await refused('http://169.254.169.254/latest'))!,
      /^169\.254\.169\.254 is a private or reserved/,
    );
    assert.match((await refused('http://[::1]:8080/'))!, /^::1 is a private/);
    assert.match(
      (await refused('http://localhost/'))!,
      /^localhost resolves to 127\.0\.0\.1, which is a private/,
    );
    assert.match((await refused('https://sneaky.example/x'))!, /resolves to 10\.0\.0\.5/);
    assert.match(
      (await refused('https://nowhere.example/'))!,
      /^nowhere\.example could not be found/,
    );
    assert.match((await refused('file:///etc/passwd'))!, /^file: addresses are not fetched/);
    assert.deepEqual(fetched, []);
    assert.match(
      (await refused('https://calendar.example/moved'))!,
      /^169\.254\.169\.254 is a private/,
    );
    assert.deepEqual(fetched, ['https://calendar.example/moved']);
  });

  it('fetches public addresses and follows redirects among them', async () => {
    fetched.length = 0;
    const response = await guarded('https://calendar.example/elsewhere');
    assert.equal(await response.text(), 'BEGIN:VCALENDAR');
    assert.deepEqual(fetched, [
      'https://calendar.example/elsewhere',
      'https://calendar.example/feed.ics',
    ]);
    // A request that asks not to follow gets the redirect itself (webhooks do not follow).
    const manual = await guarded('https://calendar.example/moved', { redirect: 'manual' });
    assert.equal(manual.status, 302);
  });

  it('checks the addresses a connection opens to: a name that turns private after the check gets nowhere', async () => {
    // A server inside the network, and a name whose answer changes between two lookups.
    let reached = 0;
    const inside = createServer((_request, response) => {
      reached++;
      response.end('secret');
    }).listen(0, '127.0.0.1');
    await new Promise((done) => inside.once('listening', done));
    const { port } = inside.address() as AddressInfo;
    try {
      let lookups = 0;
      const rebinding = async (host: string) => {
        assert.equal(host, 'rebind.example');
        return ++lookups === 1 ? ['93.184.215.14'] : ['127.0.0.1'];
      };
      const error = await guardedFetch(
        globalThis.fetch,
        rebinding,
      )(`http://rebind.example:${port}/`).catch((e: unknown) => e as Error);
      assert.match(
        String((error as Error).message),
        /^rebind\.example resolves to 127\.0\.0\.1, which is a private/,
      );
      assert.equal(lookups, 2, 'checked, then looked up again as the connection opened');
      assert.equal(reached, 0);
    } finally {
      inside.close();
    }
  });
});
