// The suite passes against the mock served over real HTTP on loopback (through the command, as CI
// and users run it), and fails with a clear report against deliberately broken variants.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMockBackend, type MockBackend } from '@booking/mock';
import { serveMock, type MockServer } from '@booking/mock/server';
import { formatReport, runConformance } from '@booking/conformance';

const bin = fileURLToPath(new URL('../bin/booking-conformance.mjs', import.meta.url));

function command(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A mock whose answers pass through `change` first. */
function broken(
  change: (request: Request, handle: MockBackend['handle']) => Promise<Response>,
): MockBackend {
  const mock = createMockBackend();
  return { ...mock, handle: (request) => change(request, mock.handle) };
}

describe('the conformance suite', () => {
  let server: MockServer;
  before(async () => {
    server = await serveMock({ port: 0 });
  });
  after(() => server.close());

  it('passes against the mock over HTTP, run as the booking-conformance command', async () => {
    const { code, output } = await command([
      '--base-url',
      server.url,
      '--provider-token',
      'demo-sam-token',
      '--other-provider-token',
      'demo-ana-token',
    ]);
    assert.match(output, /\n20 passed, 0 failed\n$/, output);
    assert.equal(code, 0);
    assert.match(output, /✓ bookings\.concurrency/);
  });

  it('finds the provider of a token, and passes for a provider that approves its bookings', async () => {
    const report = await runConformance({
      baseUrl: server.url,
      providerToken: 'demo-eleanor-token',
    });
    assert.equal(report.providerId, 'eleanor');
    assert.equal(report.ok, true, formatReport(report));
  });

  it('explains how to call it, and refuses to run without the required options', async () => {
    const { code, output } = await command(['--base-url', server.url]);
    assert.equal(code, 2);
    assert.match(output, /--base-url and --provider-token are required/);
  });

  describe('fails, saying why, against a server that', () => {
    const run = async (backend: MockBackend) => {
      const variant = await serveMock({ port: 0, backend });
      try {
        return await runConformance({
          baseUrl: variant.url,
          providerToken: 'demo-sam-token',
          providerId: 'sam',
        });
      } finally {
        await variant.close();
      }
    };
    const failures = (report: Awaited<ReturnType<typeof run>>) =>
      report.results.filter((r) => !r.ok).map((r) => r.id);

    it('forgets idempotency keys', async () => {
      const report = await run(
        broken((request, handle) => {
          const headers = new Headers(request.headers);
          if (headers.has('idempotency-key')) headers.set('idempotency-key', crypto.randomUUID());
          return handle(new Request(request, { headers }));
        }),
      );
      assert.equal(report.ok, false);
      assert.ok(failures(report).includes('bookings.idempotency'), formatReport(report));
      assert.ok(failures(report).includes('bookings.idempotency-conflict'));
      const text = formatReport(report);
      assert.match(text, /✗ bookings\.idempotency +The same create/);
      assert.match(text, /expected 200 or 201: POST \/bookings answered 409/);
    });

    it('books a slot twice when two requests race', async () => {
      // Answers every create as if it were the first: a server without a uniqueness check.
      const report = await run(
        broken(async (request, handle) => {
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
      );
      assert.ok(failures(report).includes('bookings.concurrency'), formatReport(report));
      assert.ok(failures(report).includes('bookings.slot-unavailable'));
    });

    it('answers errors as plain text and lets anyone change a schedule', async () => {
      const report = await run(
        broken(async (request, handle) => {
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
      );
      assert.deepEqual(
        failures(report).filter((id) =>
          ['providers.get', 'schedule.replace', 'errors.problem-details'].includes(id),
        ),
        ['providers.get', 'schedule.replace', 'errors.problem-details'],
      );
      assert.match(
        formatReport(report),
        /expected Content-Type application\/problem\+json, got "text\/plain"/,
      );
    });
  });
});
