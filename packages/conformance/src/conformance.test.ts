// The suite passes against the mock served over real HTTP on loopback (through the command, as CI
// and users run it), exercises every endpoint of the contract's table, and fails with a clear
// report against deliberately broken variants.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endpoints, matchEndpoint, type EndpointName } from '@booking/core/contract';
import { serveMock, type MockServer } from '@booking/mock/server';
import { checks, formatReport, runConformance } from '@booking/conformance';
import {
  KNOWN_FAILURES,
  bent,
  command,
  failures,
  runAgainst,
  unexpected,
} from '../test/servers.js';

describe('the conformance suite', () => {
  let server: MockServer;
  before(async () => {
    server = await serveMock({ port: 0 });
  });
  after(() => server.close());

  it('passes against the mock over HTTP, run as the booking-conformance command (but for the known server bugs)', async () => {
    const { code, output } = await command([
      '--base-url',
      server.url,
      '--provider-token',
      'demo-sam-token',
      '--other-provider-token',
      'demo-ana-token',
    ]);
    const known = Object.keys(KNOWN_FAILURES).length;
    // Every check, plus the setup line.
    assert.match(
      output,
      new RegExp(`\\n${checks.length + 1 - known} passed, ${known} failed\\n$`),
      output,
    );
    assert.equal(code, known ? 1 : 0);
    assert.match(output, /✓ bookings\.concurrency +50 simultaneous creates/);
    for (const id of Object.keys(KNOWN_FAILURES))
      assert.match(output, new RegExp(`✗ ${id.replace('.', '\\.')} `));
  });

  it('finds the provider of a token, and passes for a provider that approves its bookings', async () => {
    const report = await runConformance({
      baseUrl: server.url,
      providerToken: 'demo-eleanor-token',
    });
    assert.equal(report.providerId, 'eleanor');
    assert.equal(unexpected(report), undefined, formatReport(report));
  });

  it('exercises every endpoint of the contract with a successful answer', async () => {
    const mock = await serveMock({ port: 0 });
    const base = new URL(mock.url).pathname;
    const answered = new Map<EndpointName, number[]>();
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      const match = matchEndpoint(init?.method ?? 'GET', url.pathname.slice(base.length));
      if (match && match !== 'method')
        answered.set(match.name, [...(answered.get(match.name) ?? []), response.status]);
      return response;
    };
    try {
      await runConformance({
        baseUrl: mock.url,
        providerToken: 'demo-sam-token',
        otherProviderToken: 'demo-ana-token',
        fetch: recording,
      });
    } finally {
      await mock.close();
    }
    const missed = (Object.keys(endpoints) as EndpointName[]).filter(
      (name) => !(answered.get(name) ?? []).some((status) => status >= 200 && status < 300),
    );
    assert.deepEqual(
      missed,
      [],
      `No check got a successful answer from ${missed.map((name) => `${name} (${endpoints[name].method} ${endpoints[name].path}; answers seen: ${answered.get(name)?.join(', ') || 'none'})`).join(', ')}`,
    );
  });

  it('explains how to call it, and refuses to run without the required options', async () => {
    const { code, output } = await command(['--base-url', server.url]);
    assert.equal(code, 2);
    assert.match(output, /--base-url and --provider-token are required/);
    assert.match(output, /--also-base-url URL +a second instance of the same deployment/);
    assert.match(output, /--origin ORIGIN +the Origin the CORS checks send/);
  });

  describe('fails, saying why, against a server that', () => {
    it('forgets idempotency keys', async () => {
      const report = await runAgainst(
        await bent((request, handle) => {
          const headers = new Headers(request.headers);
          if (headers.has('idempotency-key')) headers.set('idempotency-key', crypto.randomUUID());
          return handle(new Request(request, { headers }));
        }),
        { only: ['bookings.idempotency'] },
      );
      assert.equal(report.ok, false);
      assert.deepEqual(failures(report), ['bookings.idempotency', 'bookings.idempotency-conflict']);
      const text = formatReport(report);
      assert.match(text, /✗ bookings\.idempotency +The same create/);
      assert.match(text, /expected 200 or 201: POST \/bookings answered 409/);
    });

    it('books a slot twice when two requests race', async () => {
      // Answers every create as if it were the first: a server without a uniqueness check.
      const report = await runAgainst(
        await bent(async (request, handle) => {
          if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/bookings')) {
            const response = await handle(request.clone());
            if (response.status === 409) {
              const body = (await response.clone().json()) as { code: string };
              if (body.code === 'slot_unavailable')
                return Response.json({ error: 'pretend it worked' }, { status: 201 });
            }
            return response;
          }
          return handle(request);
        }),
        { only: ['bookings.slot-unavailable', 'bookings.concurrency'] },
      );
      assert.deepEqual(
        failures(report),
        ['bookings.slot-unavailable', 'bookings.concurrency'],
        formatReport(report),
      );
    });

    it('answers errors as plain text and lets anyone change a schedule', async () => {
      const report = await runAgainst(
        await bent(async (request, handle) => {
          const headers = new Headers(request.headers);
          if (request.method === 'PUT' && !headers.has('authorization'))
            headers.set('authorization', 'Bearer demo-sam-token');
          const response = await handle(new Request(request, { headers }));
          if (response.status !== 404) return response;
          return new Response('not found', {
            status: 404,
            headers: { 'content-type': 'text/plain' },
          });
        }),
        { only: ['providers.get', 'schedule.replace', 'errors.problem-details'] },
      );
      assert.deepEqual(
        failures(report),
        ['providers.get', 'schedule.replace', 'errors.problem-details'],
        formatReport(report),
      );
      assert.match(
        formatReport(report),
        /expected Content-Type application\/problem\+json, got "text\/plain"/,
      );
    });
  });
});
