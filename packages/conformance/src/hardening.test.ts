// Each hardening check fails, saying why, against a server that does not do what it checks (the
// reference server with a limit lifted or an option off, or the mock with one rule bent), and the
// race holds across two instances of one deployment, and fails across instances that do not share
// their database.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import postgres from 'postgres';
import { createMemoryStore, type Store } from '@booking/server';
import { createPostgresStore } from '@booking/server/postgres';
import { formatReport, runConformance } from '@booking/conformance';
import {
  bent,
  command,
  demoStore,
  failures,
  reference,
  runAgainst,
  type Running,
} from '../test/servers.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** A copy of a request with another body (and the same method and headers). */
const withBody = (request: Request, body: string, headers = new Headers(request.headers)) =>
  new Request(request.url, { method: request.method, headers, body });

describe('the hardening checks fail, saying why, against a server that', () => {
  it('takes any body size and any depth', async () => {
    const server = await reference(await demoStore(), {
      limits: { bodyBytes: 8 * 1024 * 1024, jsonDepth: 100_000 },
    });
    const report = await runAgainst(server, { only: ['bodies'] });
    assert.deepEqual(
      failures(report),
      ['bodies.too-large', 'bodies.too-deep'],
      formatReport(report),
    );
    const text = formatReport(report);
    assert.match(text, /expected 413: POST \/bookings answered 422/);
    assert.match(text, /expected 400: POST \/bookings answered 422/);
  });

  it('reads every body as JSON whatever its type, and fails on what is not JSON', async () => {
    const server = await bent(async (request, handle) => {
      if (!WRITES.has(request.method)) return handle(request);
      const text = await request.text();
      try {
        JSON.parse(text || '{}');
      } catch (error) {
        return Response.json({ error: String(error) }, { status: 500 });
      }
      const headers = new Headers(request.headers);
      headers.set('content-type', 'application/json');
      return handle(withBody(request, text, headers));
    });
    const report = await runAgainst(server, { only: ['bodies'] });
    assert.deepEqual(
      failures(report),
      ['bodies.not-json', 'bodies.media-type'],
      formatReport(report),
    );
    assert.match(formatReport(report), /expected 400: POST \/bookings answered 500/);
  });

  it('stores numbers past the contract’s bounds', async () => {
    // Clamps them quietly instead of refusing: the create succeeds.
    const server = await bent(async (request, handle) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/events'))
        return handle(request);
      const input = (await request.json()) as {
        durationMinutes: number;
        pricing: { pricePerPerson?: number };
      };
      input.durationMinutes = Math.min(input.durationMinutes, 60);
      if (input.pricing.pricePerPerson)
        input.pricing.pricePerPerson = Math.min(input.pricing.pricePerPerson, 1000);
      return handle(withBody(request, JSON.stringify(input)));
    });
    const report = await runAgainst(server, { only: ['numbers'] });
    assert.deepEqual(failures(report), ['numbers.bounded'], formatReport(report));
    assert.match(formatReport(report), /expected 422: POST \/providers\/sam\/events answered 201/);
  });

  it('compares entity tags as plain strings', async () => {
    // If-None-Match matches only the exact tag; If-Match drops W/ (a weak comparison).
    const server = await bent(async (request, handle) => {
      const headers = new Headers(request.headers);
      const noneMatch = headers.get('if-none-match');
      if (request.method === 'GET' && noneMatch) {
        headers.delete('if-none-match');
        const response = await handle(new Request(request, { headers }));
        return response.headers.get('etag') === noneMatch
          ? new Response(null, { status: 304, headers: { etag: noneMatch } })
          : response;
      }
      const ifMatch = headers.get('if-match');
      if (ifMatch) headers.set('if-match', ifMatch.replace(/W\//g, ''));
      return handle(new Request(request, { headers }));
    });
    const report = await runAgainst(server, { only: ['availability.etag', 'schedule', 'etag'] });
    assert.deepEqual(
      failures(report),
      ['etag.any', 'etag.weak-match', 'etag.if-match-strong'],
      formatReport(report),
    );
    const text = formatReport(report);
    assert.match(text, /If-None-Match: "[^"]+" must match the ETag W\/"/);
    assert.match(text, /expected 412: PUT \/providers\/sam\/schedule answered 200/);
  });

  it('ignores If-Match', async () => {
    const server = await bent(async (request, handle) => {
      const headers = new Headers(request.headers);
      headers.delete('if-match');
      return handle(new Request(request, { headers }));
    });
    const report = await runAgainst(server, { only: ['schedule', 'etag.if-match'] });
    assert.deepEqual(
      failures(report),
      ['schedule.if-match', 'etag.if-match-strong'],
      formatReport(report),
    );
  });

  it('takes keys of any length, and shares them between callers', async () => {
    // One table of keys for everyone: any request with a key seen before gets that answer again.
    const answers = new Map<string, Response>();
    const server = await bent(async (request, handle) => {
      const key = request.headers.get('idempotency-key');
      if (!key) return handle(request);
      const seen = answers.get(key);
      if (seen) return seen.clone();
      const headers = new Headers(request.headers);
      headers.set('idempotency-key', createHash('sha256').update(key).digest('hex'));
      const response = await handle(new Request(request, { headers }));
      if (response.status < 500) answers.set(key, response.clone());
      return response;
    });
    const report = await runAgainst(server, { only: ['keys'] });
    assert.deepEqual(failures(report), ['keys.length', 'keys.scope'], formatReport(report));
    const text = formatReport(report);
    assert.match(text, /expected 400: POST \/bookings answered 201/);
    assert.match(text, /a client's create with a key the provider used for an event/);
  });

  it('scopes keys to the endpoint but not to the provider', async () => {
    // Two providers' event creates with one key: the second gets the first one's event.
    const answers = new Map<string, Response>();
    const server = await bent(async (request, handle) => {
      const key = request.headers.get('idempotency-key');
      const url = new URL(request.url);
      if (!key || !url.pathname.endsWith('/events')) return handle(request);
      const seen = answers.get(key);
      if (seen) return seen.clone();
      const response = await handle(request);
      answers.set(key, response.clone());
      return response;
    });
    const report = await runAgainst(server, { only: ['keys.scope'] });
    assert.deepEqual(failures(report), ['keys.scope'], formatReport(report));
    assert.match(formatReport(report), /replayed the first provider's event/);
  });

  it('sends no CORS headers', async () => {
    const server = await reference(await demoStore(), { cors: false });
    const report = await runAgainst(server, { only: ['cors'] });
    assert.deepEqual(
      failures(report),
      ['cors.preflight', 'cors.expose-headers'],
      formatReport(report),
    );
    assert.match(
      formatReport(report),
      /the preflight must answer 2xx: OPTIONS \/bookings answered 405/,
    );
  });

  it('refuses lifecycle steps without saying why', async () => {
    const server = await bent(async (request, handle) => {
      const response = await handle(request);
      if (response.status !== 409) return response;
      const body = (await response.json()) as { code: string; reason?: string };
      if (body.code === 'transition_refused') delete body.reason;
      return new Response(JSON.stringify(body), {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
      });
    });
    const report = await runAgainst(server, {
      only: ['bookings.provider-actions', 'bookings.confirm-decline', 'bookings.session-steps'],
    });
    assert.deepEqual(
      failures(report),
      ['bookings.provider-actions', 'bookings.confirm-decline', 'bookings.session-steps'],
      formatReport(report),
    );
    assert.match(formatReport(report), /a transition_refused answer must say why in "reason"/);
  });
});

describe('CORS checks', () => {
  it('use the origin they are given, for a server that allows only some', async () => {
    const store = await demoStore();
    const only = { origins: ['https://tutor.example'] };
    const refused = await runAgainst(await reference(store, { cors: only }), { only: ['cors'] });
    assert.deepEqual(failures(refused), ['cors.preflight', 'cors.expose-headers']);
    assert.match(formatReport(refused), /pass --origin when the server allows only some/);
    const allowed = await runAgainst(await reference(store, { cors: only }), {
      only: ['cors'],
      origin: 'https://tutor.example',
    });
    assert.equal(allowed.ok, true, formatReport(allowed));
  });
});

describe('racing creates across two instances of one deployment', () => {
  /** Two instances of the reference server on the given stores. */
  async function pair(a: Store, b: Store): Promise<[Running, Running]> {
    return [await reference(a), await reference(b)];
  }

  it('make exactly one booking when the instances share a database (--also-base-url)', async () => {
    const store = await demoStore();
    const [one, two] = await pair(store, store);
    try {
      const { code, output } = await command([
        '--base-url',
        one.url,
        '--also-base-url',
        two.url,
        '--provider-token',
        'demo-sam-token',
        '--only',
        'bookings.concurrency',
      ]);
      assert.match(output, /✓ bookings\.concurrency/, output);
      assert.match(output, /\n2 passed, 0 failed\n$/, output);
      assert.equal(code, 0);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('fail when each instance guards only its own data', async () => {
    const [one, two] = await pair(await demoStore(), await demoStore(createMemoryStore()));
    try {
      // The suite opens the provider's week on the first; open it on the second too.
      const opened = await fetch(`${two.url}/providers/sam/schedule`, {
        method: 'PUT',
        headers: { authorization: 'Bearer demo-sam-token', 'content-type': 'application/json' },
        body: JSON.stringify({
          weekly: Object.fromEntries(
            ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
              (d) => [d, [{ start: '06:00', end: '22:00' }]],
            ),
          ),
          overrides: [],
        }),
      });
      assert.equal(opened.status, 200);
      const report = await runConformance({
        baseUrl: one.url,
        alsoBaseUrl: two.url,
        providerToken: 'demo-sam-token',
        providerId: 'sam',
        only: ['bookings.concurrency'],
      });
      assert.deepEqual(failures(report), ['bookings.concurrency'], formatReport(report));
      assert.match(
        formatReport(report),
        /2 of 50 simultaneous creates of one slot succeeded across http:\/\/127\.0\.0\.1:\d+\/api and http:\/\/127\.0\.0\.1:\d+\/api/,
      );
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('make exactly one booking across two instances on one PostgreSQL database', async (t) => {
    // A fresh database on the PostgreSQL server of TEST_POSTGRES_URL (default: the local one).
    const admin = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const sql = postgres(admin, { max: 1, connect_timeout: 3, onnotice: () => undefined });
    try {
      await sql`select 1`;
    } catch (error) {
      await sql.end({ timeout: 1 });
      if (process.env.BOOKING_REQUIRE_POSTGRES === '1') throw error;
      t.skip(`PostgreSQL is not reachable at ${admin} (${(error as Error).message})`);
      return;
    }
    const name = `conformance_${crypto.randomUUID().replace(/-/g, '')}`;
    await sql.unsafe(`create database ${name}`);
    const url = Object.assign(new URL(admin), { pathname: `/${name}` }).href;
    const stores: Store[] = [];
    try {
      stores.push(await createPostgresStore({ url }));
      await demoStore(stores[0]);
      stores.push(await createPostgresStore({ url }));
      const [one, two] = await pair(stores[0]!, stores[1]!);
      try {
        const report = await runConformance({
          baseUrl: one.url,
          alsoBaseUrl: two.url,
          providerToken: 'demo-sam-token',
          providerId: 'sam',
          only: ['bookings.concurrency'],
        });
        assert.equal(report.ok, true, formatReport(report));
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await sql.unsafe(`drop database ${name} with (force)`);
      await sql.end({ timeout: 5 });
    }
  });
});
