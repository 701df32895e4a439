// The mock backend: the reference server (@booking/server) on its memory store, loaded with the
// demo data, plus knobs that make it misbehave on purpose. It refuses exactly what the real server
// refuses, because it is the real server. One definition serves the browser (MSW's service
// worker), Node (msw/node) and a real HTTP port (see server.ts): everything goes through `handle`.
import type { Booking } from '@booking/core';
import {
  createApp,
  createMemoryStore,
  demoData,
  hashToken,
  loadDemo,
  type DemoData,
  type Store,
} from '@booking/server';

/** Knobs that make the mock misbehave on purpose, for demos and tests. Change them at any time. */
export interface MockFaults {
  /** Wait this long before answering, in ms. */
  latencyMs: number;
  /** Share of requests (0 to 1) answered 503. */
  errorRate: number;
  /** Answer every request with a network error, as if the connection were down. */
  offline: boolean;
  /** Someone else books the slot of the next `POST /bookings` just before it: a real 409. */
  conflictNextCreate: boolean;
}

/** Options of {@link createMockBackend}. */
export interface MockOptions {
  /** Where the API lives: a path (`/api`) or an absolute URL; default `/api`. */
  baseUrl?: string;
  /** The data to start from; default the demo data ({@link demoData}) at the clock's now. */
  data?: DemoData;
  /** The clock, in epoch ms (pin it in tests); default `Date.now`. */
  now?: () => number;
  /** Initial faults (all off by default). */
  faults?: Partial<MockFaults>;
  /** Random numbers for the error rate; default `Math.random`. */
  random?: () => number;
  /** The page where clients manage a booking; `{id}` and `{token}` are filled in. */
  manageUrl?: string;
  /**
   * Bookings to start with beside the demo data, with the manage tokens that open them (token →
   * booking id): what a page of the gallery kept of the bookings made on the page before it.
   */
  restore?: MockSnapshot;
  /**
   * Check every answer against the contract (default true). Turn it off only to play a backend
   * that breaks the contract on purpose (a `javascript:` manage URL, say).
   */
  checkResponses?: boolean;
}

/** Bookings and the manage tokens that open them (token → booking id). */
export interface MockSnapshot {
  bookings: Booking[];
  manageTokens: Record<string, string>;
}

/** A running mock: answer requests, inspect or reset the store, turn faults on and off. */
export interface MockBackend {
  /** Answers one request of the contract (a Response with `type: 'error'` for a network fault). */
  handle(request: Request): Promise<Response>;
  /** The API's base as configured: a path (`/api`) or an absolute URL. */
  readonly baseUrl: string;
  /** The path prefix the API answers under. */
  readonly basePath: string;
  readonly faults: MockFaults;
  /** Every booking (one-to-one and registrations), for tests. */
  bookings(): Promise<Booking[]>;
  /** Back to the initial data. */
  reset(): Promise<void>;
}

function basePathOf(baseUrl: string): string {
  const path = /^[a-z]+:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl;
  return `/${path.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
}

/**
 * A mock backend: the reference server in memory, with the demo data.
 *
 * @example
 * const mock = createMockBackend({ baseUrl: '/api', now: () => Date.parse('2026-11-22T12:00:00Z') });
 * const response = await mock.handle(new Request('http://localhost/api/providers/sam'));
 * mock.faults.conflictNextCreate = true; // the next booking attempt loses a race
 */
export function createMockBackend(options: MockOptions = {}): MockBackend {
  const clock = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const basePath = basePathOf(options.baseUrl ?? '/api');
  const faults: MockFaults = {
    latencyMs: 0,
    errorRate: 0,
    offline: false,
    conflictNextCreate: false,
    ...options.faults,
  };
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let ready: Promise<void>;

  function start(): Promise<void> {
    store = createMemoryStore();
    app = createApp({
      store,
      clock,
      basePath,
      ...(options.manageUrl ? { manageUrl: options.manageUrl } : {}),
      // The mock answers one page: no rate limit gets in the way of a demo or a test.
      limits: { createsPerMinute: 1_000_000, createBurst: 1_000_000 },
      // Every answer is checked against the contract: drift fails loudly in tests and demos.
      checkResponses: options.checkResponses ?? true,
      onError: (error) => console.error('The mock failed:', error),
    });
    const data = structuredClone(options.data ?? demoData(clock()));
    const restore = options.restore;
    ready = loadDemo(store, data, clock()).then(async () => {
      if (!restore) return;
      const hashes = await Promise.all(
        Object.entries(restore.manageTokens).map(async ([token, id]) => ({
          hash: await hashToken(token),
          id,
        })),
      );
      await store.transaction(async (tx) => {
        for (const booking of restore.bookings) await tx.putBooking(booking);
        for (const { hash, id } of hashes) await tx.putManageToken(hash, { kind: 'booking', id });
      });
    });
    return ready;
  }
  start();

  /** Books the slot a create asks for under another name first, so the create meets a real 409. */
  async function someoneElseFirst(request: Request): Promise<void> {
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { client?: { name?: string; email?: string } } | undefined;
    if (!body?.client) return;
    const competing = new Request(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': globalThis.crypto.randomUUID(),
      },
      body: JSON.stringify({
        ...body,
        client: { ...body.client, name: 'Someone else', email: 'someone.else@example.com' },
      }),
    });
    await app.fetch(competing);
  }

  async function handle(request: Request): Promise<Response> {
    await ready;
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (faults.offline) return Response.error();
    const url = new URL(request.url);
    if (faults.errorRate > 0 && random() < faults.errorRate)
      return new Response(
        JSON.stringify({
          type: 'https://booking.dev/problems/unavailable',
          title: 'The server cannot answer now',
          status: 503,
          code: 'unavailable',
          detail: 'The mock failed on purpose (errorRate).',
        }),
        { status: 503, headers: { 'content-type': 'application/problem+json' } },
      );
    if (
      faults.conflictNextCreate &&
      request.method === 'POST' &&
      url.pathname === `${basePath}/bookings`
    ) {
      faults.conflictNextCreate = false;
      await someoneElseFirst(request);
    }
    return app.fetch(request);
  }

  return {
    handle,
    baseUrl: options.baseUrl ?? '/api',
    basePath,
    faults,
    async bookings() {
      await ready;
      return store.transaction(async (tx) => {
        const providers = await tx.providers();
        const lists = await Promise.all(
          providers.map((p) => tx.bookings({ providerId: p.provider.id })),
        );
        return lists.flat();
      });
    },
    async reset() {
      await start();
    },
  };
}
