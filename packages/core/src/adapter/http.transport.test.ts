// The HTTP adapter against real sockets (node:http on 127.0.0.1): bodies that stall, drip, break
// or arrive aborted, redirects across origins, and the deadline of a whole call. msw hands a
// mocked body over at once, so these need a server that writes bytes when it chooses.
import { after, afterEach, before, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import {
  ContractError,
  NetworkError,
  TimeoutError,
  createHttpAdapter,
  newIdempotencyKey,
} from '@booking/core/http';
import { createMockBackend } from '@booking/mock';
import type { CreateBookingRequest } from '@booking/core/schemas';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A server on its own port (so its own origin) whose answers each test sets. */
class TestServer {
  handler: Handler = (_req, res) => res.writeHead(500).end();
  readonly requests: {
    method: string;
    url: string;
    headers: IncomingMessage['headers'];
    body: string;
  }[] = [];
  readonly server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      this.requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      this.handler(req, res, body);
    });
  });
  origin = '';
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.origin = `http://127.0.0.1:${address.port}`;
  }
  reset(): void {
    this.handler = (_req, res) => res.writeHead(500).end();
    this.requests.length = 0;
  }
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const NOW = Date.parse('2026-11-22T12:00:00Z');
const api = new TestServer();
const other = new TestServer();
/** The mock's answers, to serve real bodies from the test server. */
let backend: ReturnType<typeof createMockBackend>;
const base = () => `${api.origin}/api`;

/** Answers from the mock backend (a full, valid body), as the test server's handler. */
const fromMock: Handler = (req, res, body) => {
  void backend
    .handle(
      new Request(`${api.origin}${req.url}`, {
        method: req.method!,
        headers: req.headers as Record<string, string>,
        ...(body ? { body } : {}),
      }),
    )
    .then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
};

async function settle(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  assert.fail('expected the call to fail, but it succeeded');
}

const request = (start: string): CreateBookingRequest => ({
  providerId: 'sam',
  serviceId: 'coaching',
  start,
  durationMinutes: 60,
  client: { name: 'Jo Park', email: 'jo@example.com' },
  quote: {
    currency: 'USD',
    lines: [],
    subtotal: 0,
    total: 0,
  } as unknown as CreateBookingRequest['quote'],
});

describe('the HTTP adapter on real sockets', () => {
  before(async () => {
    await api.listen();
    await other.listen();
    backend = createMockBackend({ baseUrl: base(), now: () => NOW });
  });
  afterEach(() => {
    api.reset();
    other.reset();
    backend = createMockBackend({ baseUrl: base(), now: () => NOW });
  });
  after(async () => {
    await api.close();
    await other.close();
  });

  describe('the deadline covers the body', () => {
    it('a body that stalls after the headers is a TimeoutError', { timeout: 3000 }, async () => {
      api.handler = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":"sam",');
      };
      const adapter = createHttpAdapter({ baseUrl: base(), timeoutMs: 100, retry: 0 });
      const { error, ms } = await settle(adapter.getProvider('sam'));
      assert.ok(error instanceof TimeoutError, String(error));
      assert.ok(ms >= 95 && ms < 1000, `settled after ${ms} ms`);
    });

    it(
      'a body that drips a byte at a time ends by the deadline, retries included',
      { timeout: 3000 },
      async () => {
        api.handler = (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          const drip = setInterval(() => res.write(' '), 20);
          res.on('close', () => clearInterval(drip));
        };
        const adapter = createHttpAdapter({
          baseUrl: base(),
          timeoutMs: 250,
          deadlineMs: 600,
          retry: { limit: 5, delayMs: () => 10 },
        });
        const { error, ms } = await settle(adapter.getProvider('sam'));
        assert.ok(error instanceof TimeoutError, String(error));
        // Two attempts of 250 ms at least; a third when its 10 ms wait still fits before 600 ms.
        assert.ok(ms >= 490 && ms < 1500, `settled after ${ms} ms`);
        assert.ok(api.requests.length >= 2, 'retried until the deadline');
        assert.match(error.message, /within (250|600) ms/);
      },
    );

    it('with the defaults, a read that never answers ends at 30 s, retries included', async () => {
      mock.timers.enable({ apis: ['setTimeout', 'Date'] });
      try {
        let attempts = 0;
        const hanging: typeof fetch = (input) => {
          attempts++;
          const signal = (input as Request).signal;
          return new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason)),
          );
        };
        const adapter = createHttpAdapter({ baseUrl: 'https://api.example.com', fetch: hanging });
        let settledAt: number | undefined;
        let failure: unknown;
        adapter.getProvider('sam').then(
          () => (settledAt = Date.now()),
          (error: unknown) => ((settledAt = Date.now()), (failure = error)),
        );
        for (let t = 0; t < 40_000 && settledAt === undefined; t += 10) {
          mock.timers.tick(10);
          for (let i = 0; i < 20; i++) await Promise.resolve();
        }
        assert.ok(settledAt !== undefined, 'the call settled');
        assert.ok(settledAt <= 30_000, `settled at ${settledAt} ms`);
        assert.ok(failure instanceof TimeoutError, String(failure));
        assert.equal(attempts, 3);
      } finally {
        mock.timers.reset();
      }
    });
  });

  describe('aborts while the body is read', () => {
    it('reject with the signal’s reason', { timeout: 3000 }, async () => {
      api.handler = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":"sam",');
      };
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      const controller = new AbortController();
      const call = adapter.getProvider('sam', { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('The user left')), 100);
      await assert.rejects(call, (error: Error) => error.message === 'The user left');
    });
  });

  describe('bodies that fail to decode', () => {
    const badGzip: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip'));
    };
    const short: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"id":"sam",');
      setTimeout(() => res.destroy(), 10);
    };

    it('bad gzip is a NetworkError, and a read retries it', async () => {
      api.handler = badGzip;
      const once = createHttpAdapter({ baseUrl: base(), retry: 0 });
      const { error } = await settle(once.getProvider('sam'));
      assert.ok(error instanceof NetworkError, String(error));
      assert.equal(error.retryable, true);
      api.handler = (req, res, body) => {
        api.handler = fromMock;
        badGzip(req, res, body);
      };
      const retrying = createHttpAdapter({
        baseUrl: base(),
        retry: { limit: 2, delayMs: () => 5 },
      });
      assert.equal((await retrying.getProvider('sam')).id, 'sam');
    });

    it('a body shorter than its Content-Length is a NetworkError, and a read retries it', async () => {
      api.handler = short;
      const { error } = await settle(
        createHttpAdapter({ baseUrl: base(), retry: 0 }).getProvider('sam'),
      );
      assert.ok(error instanceof NetworkError, String(error));
      api.handler = (req, res, body) => {
        api.handler = fromMock;
        short(req, res, body);
      };
      const retrying = createHttpAdapter({
        baseUrl: base(),
        retry: { limit: 2, delayMs: () => 5 },
      });
      assert.equal((await retrying.getProvider('sam')).id, 'sam');
      assert.equal(
        api.requests.length,
        3,
        'one failed attempt before, one failed and one good now',
      );
    });

    it('a gzip body that decodes is read as usual', async () => {
      api.handler = (req, res, body) => {
        void backend
          .handle(
            new Request(`${api.origin}${req.url}`, {
              method: req.method!,
              ...(body ? { body } : {}),
            }),
          )
          .then(async (response) => {
            res.writeHead(response.status, {
              'content-type': 'application/json',
              'content-encoding': 'gzip',
            });
            res.end(gzipSync(Buffer.from(await response.arrayBuffer())));
          });
      };
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      assert.equal((await adapter.getProvider('sam')).id, 'sam');
    });
  });

  describe('redirects', () => {
    it('a create never follows a redirect to another origin: no body, no key offsite', async () => {
      api.handler = (_req, res) =>
        res.writeHead(307, { location: `${other.origin}/api/bookings` }).end();
      other.handler = fromMock;
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      const { error } = await settle(
        adapter.createBooking(request('2026-11-30T15:00:00Z'), {
          idempotencyKey: newIdempotencyKey(),
        }),
      );
      assert.ok(error instanceof ContractError, String(error));
      assert.equal(error.status, 307);
      assert.match(error.message, /never follows? a redirect/);
      assert.equal(other.requests.length, 0, 'nothing reached the other origin');
      assert.equal(api.requests.length, 1, 'and it was not retried');
    });

    it('a write does not follow a redirect on its own origin either', async () => {
      api.handler = (req, res) =>
        req.url === '/api/bookings'
          ? res.writeHead(308, { location: '/api/v2/bookings' }).end()
          : res.writeHead(500).end();
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      const { error } = await settle(
        adapter.createBooking(request('2026-11-30T15:00:00Z'), {
          idempotencyKey: newIdempotencyKey(),
        }),
      );
      assert.ok(error instanceof ContractError, String(error));
      assert.deepEqual(
        api.requests.map((r) => r.url),
        ['/api/bookings'],
      );
    });

    it('a read follows a redirect on its own origin', async () => {
      api.handler = (req, res, body) =>
        req.url === '/api/providers/samuel'
          ? res.writeHead(301, { location: '/api/providers/sam' }).end()
          : fromMock(req, res, body);
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      assert.equal((await adapter.getProvider('samuel')).id, 'sam');
      assert.deepEqual(
        api.requests.map((r) => r.url),
        ['/api/providers/samuel', '/api/providers/sam'],
      );
    });

    it('a read refuses a redirect to another origin before sending anything there', async () => {
      api.handler = (_req, res) =>
        res.writeHead(302, { location: `${other.origin}/api/providers/sam` }).end();
      other.handler = fromMock;
      const adapter = createHttpAdapter({
        baseUrl: base(),
        retry: 0,
        headers: { 'x-api-key': 'secret' },
      });
      const { error } = await settle(adapter.getProvider('sam'));
      assert.ok(error instanceof ContractError, String(error));
      assert.equal(error.status, 302);
      assert.equal(other.requests.length, 0);
    });

    it('a read gives up after five redirects', async () => {
      let hop = 0;
      api.handler = (_req, res) =>
        res.writeHead(302, { location: `/api/providers/hop${++hop}` }).end();
      const adapter = createHttpAdapter({ baseUrl: base(), retry: 0 });
      const { error } = await settle(adapter.getProvider('sam'));
      assert.ok(error instanceof ContractError, String(error));
      assert.equal(api.requests.length, 6, 'the call and five redirects');
    });

    it('in a browser (opaque redirects), a read is re-sent following and checked; a write is not', async () => {
      // What a browser's fetch does: redirect "manual" hides the target behind an opaque answer,
      // and "follow" tells where it ended in response.url.
      const finalUrl = { value: 'https://api.example.com/booking/providers/sam' };
      const sent: RequestRedirect[] = [];
      const browserFetch: typeof fetch = async (input) => {
        const req = input as Request;
        sent.push(req.redirect);
        if (req.redirect === 'manual')
          return Object.defineProperties(new Response(null, { status: 200 }), {
            type: { value: 'opaqueredirect' },
            status: { value: 0 },
          });
        const provider = await createHttpAdapter({
          baseUrl: `${api.origin}/api`,
          retry: 0,
        }).getProvider('sam');
        return Object.defineProperty(
          new Response(JSON.stringify(provider), {
            headers: { 'content-type': 'application/json' },
          }),
          'url',
          { value: finalUrl.value },
        );
      };
      api.handler = fromMock;
      const adapter = createHttpAdapter({
        baseUrl: 'https://api.example.com/booking',
        fetch: browserFetch,
        retry: 0,
      });
      assert.equal((await adapter.getProvider('samuel')).id, 'sam');
      assert.deepEqual(sent, ['manual', 'follow']);
      finalUrl.value = 'https://elsewhere.example/providers/sam';
      const offsite = await settle(adapter.getProvider('samuel'));
      assert.ok(offsite.error instanceof ContractError, String(offsite.error));
      sent.length = 0;
      const write = await settle(
        adapter.createBooking(request('2026-11-30T15:00:00Z'), {
          idempotencyKey: newIdempotencyKey(),
        }),
      );
      assert.ok(write.error instanceof ContractError, String(write.error));
      assert.deepEqual(sent, ['manual']);
    });
  });
});
