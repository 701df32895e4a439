// The HTTP adapter against the mock backend in Node (msw/node): every typed error, retries,
// idempotency, ETags and aborts. The clock of the mock is pinned; delays are kept short.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { BookingInputError, computeSlots, quote } from '@booking/core';
import type { CreateBookingRequest } from '@booking/core/schemas';
import {
  AuthError,
  ConflictError,
  ContractError,
  NetworkError,
  NotFoundError,
  ServerError,
  TimeoutError,
  ValidationError,
  createHttpAdapter,
  newIdempotencyKey,
} from '@booking/core/http';
import { createMockBackend, createMockHandlers } from '@booking/mock';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const BASE = 'http://booking.test/api';
const mock = createMockBackend({ baseUrl: BASE, now: () => NOW });
const server = setupServer(...createMockHandlers(mock));
const fast = { limit: 2, delayMs: () => 5 };
const adapter = createHttpAdapter({ baseUrl: BASE, retry: fast });
const client = { name: 'Jo Park', email: 'jo@example.com' };

/** A bookable request for Sam's 60-minute coaching: the n-th free slot of next week. */
async function bookingRequest(n = 0): Promise<CreateBookingRequest> {
  const provider = await adapter.getProvider('sam');
  const from = '2026-11-30T00:00:00Z';
  const to = '2026-12-05T00:00:00Z';
  const availability = await adapter.getAvailability('sam', { from, to });
  const slots = computeSlots({
    ...availability,
    policy: { ...provider.policy, durationMinutes: 60 },
    from,
    to,
    now: new Date(NOW).toISOString(),
  });
  const start = slots[n]!.start;
  const service = provider.services[0]!;
  return {
    providerId: 'sam',
    serviceId: service.id,
    start,
    durationMinutes: 60,
    client,
    quote: quote({
      kind: 'one_to_one',
      service,
      durationMinutes: 60,
      start,
      now: new Date(NOW).toISOString(),
    }),
  };
}

async function rejects<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(
      error instanceof type,
      `expected ${type.name}, got ${(error as Error).name}: ${(error as Error).message}`,
    );
    return error as E;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

describe('the HTTP adapter', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    Object.assign(mock.faults, {
      latencyMs: 0,
      errorRate: 0,
      offline: false,
      conflictNextCreate: false,
    });
  });
  after(() => server.close());

  describe('reads', () => {
    it('lists providers page by page through cursors, validated', async () => {
      const first = await adapter.listProviders({ limit: 4 });
      assert.equal(first.items.length, 4);
      assert.ok(first.nextCursor);
      const second = await adapter.listProviders({ limit: 4, cursor: first.nextCursor });
      assert.equal(second.nextCursor, null);
      const ids = [...first.items, ...second.items].map((p) => p.id);
      assert.deepEqual(ids, ['ana', 'eleanor', 'kenji', 'megha', 'mia', 'sam']);
      const coaches = await adapter.listProviders({ q: 'coach' });
      assert.deepEqual(
        coaches.items.map((p) => p.id),
        ['sam'],
      );
      const inr = await adapter.listProviders({ currency: 'INR', maxPrice: 60000 });
      assert.deepEqual(
        inr.items.map((p) => p.id),
        ['megha'],
      );
    });

    it('revalidates availability with an ETag: an unchanged window costs a 304', async () => {
      const statuses: number[] = [];
      server.events.on('response:mocked', ({ response }) => statuses.push(response.status));
      const range = { from: '2026-11-30T00:00:00Z', to: '2026-12-05T00:00:00Z' };
      const first = await adapter.getAvailability('sam', range);
      const again = await adapter.getAvailability('sam', range);
      server.events.removeAllListeners();
      assert.deepEqual(statuses, [200, 304]);
      assert.deepEqual(again, first);
      assert.equal(first.timeZone, 'America/New_York');
    });

    it('lists group events with seats as they are', async () => {
      const page = await adapter.listEvents({ providerId: 'mia' });
      assert.deepEqual(
        page.items.map((e) => [e.id, e.seatsTaken, e.capacity]),
        [
          ['portfolio-circle', 4, 8],
          ['research-office-hours', 1, 12],
          ['mobile-critique', 4, 4],
        ],
      );
      assert.deepEqual(
        (await adapter.listEvents({ hasSeats: true, tag: 'design' })).items.map((e) => e.id),
        ['portfolio-circle'],
      );
    });
  });

  describe('typed errors', () => {
    it('NotFoundError for an unknown provider, with the problem code', async () => {
      const error = await rejects(adapter.getProvider('nobody'), NotFoundError);
      assert.equal(error.code, 'provider_not_found');
      assert.equal(error.status, 404);
      assert.equal(error.endpoint, 'GET /providers/{id}');
    });

    it('ValidationError with every field error', async () => {
      const request = await bookingRequest();
      const error = await rejects(
        adapter.createBooking(
          { ...request, client: { name: '', email: 'jo@' } },
          { idempotencyKey: newIdempotencyKey() },
        ),
        ValidationError,
      );
      assert.equal(error.status, 422);
      assert.deepEqual(
        error.fieldErrors.map((e) => [e.field, e.code]),
        [
          ['client.name', 'required'],
          ['client.email', 'invalid_email'],
        ],
      );
    });

    it('ConflictError slot_unavailable with three alternatives when the slot is taken', async () => {
      const request = await bookingRequest(1);
      await adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() });
      const error = await rejects(
        adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() }),
        ConflictError,
      );
      assert.equal(error.code, 'slot_unavailable');
      assert.equal(error.alternatives.length, 3);
      mock.faults.conflictNextCreate = true;
      const raced = await rejects(
        adapter.createBooking(await bookingRequest(5), { idempotencyKey: newIdempotencyKey() }),
        ConflictError,
      );
      assert.equal(raced.code, 'slot_unavailable');
    });

    it('ConflictError price_changed with the fresh quote', async () => {
      const request = await bookingRequest(7);
      const stale = {
        ...request,
        quote: {
          ...request.quote,
          total: 100,
          subtotal: 100,
          lines: [{ ...request.quote.lines[0]!, unitAmount: 100, amount: 100 }],
        },
      };
      const error = await rejects(
        adapter.createBooking(stale, { idempotencyKey: newIdempotencyKey() }),
        ConflictError,
      );
      assert.equal(error.code, 'price_changed');
      assert.equal(error.quote?.total, 9000);
    });

    it('ConflictError event_full with a waitlist offer, and joining the waitlist', async () => {
      const error = await rejects(
        adapter.register(
          'mobile-critique',
          { seats: 1, client },
          { idempotencyKey: newIdempotencyKey() },
        ),
        ConflictError,
      );
      assert.equal(error.code, 'event_full');
      assert.deepEqual(error.waitlist, { available: true, seatsLeft: 0 });
      const joined = await adapter.register(
        'mobile-critique',
        { seats: 1, client, waitlist: true },
        { idempotencyKey: newIdempotencyKey() },
      );
      assert.equal(joined.status, 'waitlisted');
      assert.equal(joined.status === 'waitlisted' && joined.position, 1);
    });

    it('AuthError 401 without a token and 403 with another provider’s token', async () => {
      const input = { weekly: { monday: [{ start: '09:00', end: '12:00' }] } };
      const none = await rejects(
        createHttpAdapter({ baseUrl: BASE }).replaceSchedule('sam', input),
        AuthError,
      );
      assert.match(none.message, /needs a token/);
      const other = await rejects(
        createHttpAdapter({ baseUrl: BASE, token: 'demo-ana-token' }).replaceSchedule('sam', input),
        AuthError,
      );
      assert.equal(other.status, 403);
      const unknown = await rejects(
        createHttpAdapter({ baseUrl: BASE, token: 'nope' }).listBookings('sam'),
        AuthError,
      );
      assert.equal(unknown.status, 401);
    });

    it('ConflictError transition_refused when the lifecycle says no', async () => {
      const created = await adapter.createBooking(await bookingRequest(9), {
        idempotencyKey: newIdempotencyKey(),
      });
      const provider = createHttpAdapter({ baseUrl: BASE, token: 'demo-sam-token' });
      const error = await rejects(provider.declineBooking(created.booking.id), ConflictError);
      assert.equal(error.code, 'transition_refused');
      assert.equal(
        error.problem?.reason,
        'wrong_state',
        'sam’s bookings need no approval: it is confirmed',
      );
      const cancelled = await adapter.cancelBooking(created.booking.id, created.manageToken, {
        reason: 'Plans changed',
      });
      assert.equal(cancelled.status, 'cancelled');
      const again = await rejects(
        adapter.cancelBooking(created.booking.id, created.manageToken),
        ConflictError,
      );
      assert.equal(again.problem?.reason, 'wrong_state');
    });

    it('NetworkError when the connection is down, after retrying', async () => {
      mock.faults.offline = true;
      const error = await rejects(adapter.getProvider('sam'), NetworkError);
      assert.equal(error.offline, false);
      assert.equal(error.retryable, true);
    });

    it('TimeoutError when no answer comes in time', async () => {
      mock.faults.latencyMs = 200;
      const slow = createHttpAdapter({ baseUrl: BASE, timeoutMs: 50, retry: 0 });
      const error = await rejects(slow.getProvider('sam'), TimeoutError);
      assert.match(error.message, /did not answer within 50 ms/);
    });

    it('ServerError once retries run out on 5xx', async () => {
      let attempts = 0;
      server.use(
        http.get(
          `${BASE}/providers/:id`,
          () => (
            attempts++,
            HttpResponse.json(
              { code: 'server_error', title: 'Down', status: 503, type: 'about:blank' },
              { status: 503 },
            )
          ),
        ),
      );
      const error = await rejects(adapter.getProvider('sam'), ServerError);
      assert.equal(attempts, 3, 'the first attempt and two retries');
      assert.equal(error.status, 503);
    });

    it('ServerError from the mock’s error-rate knob', async () => {
      mock.faults.errorRate = 1;
      const error = await rejects(adapter.listEvents(), ServerError);
      assert.equal(error.status, 503);
      assert.equal(error.code, 'unavailable');
    });

    it('ContractError naming the field when a body breaks the contract', async () => {
      server.use(
        http.get(`${BASE}/providers/:id`, () =>
          HttpResponse.json({
            id: 'sam',
            name: 'Sam',
            timeZone: 'Mars/Olympus',
            services: [],
            policy: {},
          }),
        ),
      );
      const error = await rejects(adapter.getProvider('sam'), ContractError);
      assert.equal(error.field, 'timeZone');
      assert.match(
        error.message,
        /GET \/providers\/\{id\} answered outside the booking contract at timeZone/,
      );
    });
  });

  describe('retries and idempotency', () => {
    it('retries a read after a 503 and succeeds', async () => {
      let attempts = 0;
      server.use(
        http.get(`${BASE}/providers/:id`, () =>
          ++attempts < 3 ? new HttpResponse(null, { status: 503 }) : undefined,
        ),
      );
      const provider = await adapter.getProvider('sam');
      assert.equal(provider.id, 'sam');
      assert.equal(attempts, 3);
    });

    it('honours Retry-After on 429', async () => {
      let attempts = 0;
      server.use(
        http.get(`${BASE}/providers/:id`, () =>
          ++attempts === 1
            ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } })
            : undefined,
        ),
      );
      const started = performance.now();
      await adapter.getProvider('sam');
      assert.ok(performance.now() - started >= 950, 'waited the second the server asked for');
      assert.equal(attempts, 2);
    });

    it('retries a create after a lost answer with the same key, and books once', async () => {
      const request = await bookingRequest(11);
      const keys: string[] = [];
      let attempts = 0;
      server.use(
        http.post(`${BASE}/bookings`, async ({ request: r }) => {
          keys.push(r.headers.get('idempotency-key')!);
          // The first attempt is booked, but its answer never arrives.
          if (++attempts === 1) {
            await mock.handle(r.clone());
            return HttpResponse.error();
          }
          return undefined;
        }),
      );
      const before = (await mock.bookings()).length;
      const created = await adapter.createBooking(request, { idempotencyKey: 'retry-key-1' });
      assert.deepEqual(keys, ['retry-key-1', 'retry-key-1']);
      assert.equal((await mock.bookings()).length, before + 1, 'one booking, not two');
      assert.equal(created.booking.start, request.start);
      const replay = await adapter.createBooking(request, { idempotencyKey: 'retry-key-1' });
      assert.equal(replay.booking.id, created.booking.id);
    });

    it('sends other writes once', async () => {
      let attempts = 0;
      server.use(
        http.post(
          `${BASE}/bookings/:id/cancel`,
          () => (attempts++, new HttpResponse(null, { status: 503 })),
        ),
      );
      await rejects(adapter.cancelBooking('any', 'token'), ServerError);
      assert.equal(attempts, 1);
    });

    it('refuses a create without a key before sending anything', async () => {
      await assert.rejects(
        adapter.createBooking(await bookingRequest(), { idempotencyKey: '' }),
        /needs an idempotencyKey/,
      );
    });

    it('stops at once when aborted, with the abort reason', async () => {
      mock.faults.latencyMs = 500;
      const controller = new AbortController();
      const call = adapter.getProvider('sam', { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('The user left')), 20);
      await assert.rejects(call, /The user left/);
    });
  });

  describe('Retry-After within the call’s deadline', () => {
    it(
      'fails fast with the ServerError when Retry-After asks for a day',
      { timeout: 5000 },
      async () => {
        let attempts = 0;
        server.use(
          http.get(
            `${BASE}/providers/:id`,
            () => (
              attempts++,
              new HttpResponse(null, { status: 503, headers: { 'retry-after': '86400' } })
            ),
          ),
        );
        const started = Date.now();
        const error = await rejects(
          createHttpAdapter({ baseUrl: BASE }).getProvider('sam'),
          ServerError,
        );
        assert.ok(Date.now() - started < 1000, 'no waiting for a retry that cannot fit');
        assert.equal(attempts, 1);
        assert.equal(error.status, 503);
        assert.equal(error.retryable, true);
        assert.equal(error.retryAfterMs, 86_400_000);
        assert.match(error.message, /retry after 86400 s.*deadline of 30000 ms/);
      },
    );

    it(
      'reads Retry-After as an HTTP date too, and measures it against deadlineMs',
      { timeout: 5000 },
      async () => {
        let attempts = 0;
        server.use(
          http.get(
            `${BASE}/events/:id`,
            () => (
              attempts++,
              new HttpResponse(null, {
                status: 429,
                headers: { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() },
              })
            ),
          ),
        );
        const error = await rejects(adapter.getEvent('portfolio-circle'), ServerError);
        assert.equal(attempts, 1);
        assert.ok(error.retryAfterMs! > 3_500_000 && error.retryAfterMs! <= 3_600_000);
        const short = createHttpAdapter({ baseUrl: BASE, retry: fast, deadlineMs: 500 });
        server.use(
          http.get(
            `${BASE}/events/:id`,
            () => (
              attempts++,
              new HttpResponse(null, { status: 503, headers: { 'retry-after': '1' } })
            ),
          ),
        );
        const started = Date.now();
        await rejects(short.getEvent('portfolio-circle'), ServerError);
        assert.equal(attempts, 2, 'one second does not fit in a 500 ms deadline: one attempt');
        assert.ok(Date.now() - started < 900, 'not the second the server asked for');
      },
    );
  });

  describe('304 Not Modified', () => {
    it('is a ContractError when nothing was asked for conditionally, never undefined', async () => {
      server.use(http.get(`${BASE}/providers/:id`, () => new HttpResponse(null, { status: 304 })));
      const error = await rejects(adapter.getProvider('sam'), ContractError);
      assert.equal(error.status, 304);
      assert.match(error.message, /304/);
    });

    it('is a ContractError for availability with nothing cached', async () => {
      server.use(
        http.get(
          `${BASE}/providers/:id/availability`,
          () => new HttpResponse(null, { status: 304 }),
        ),
      );
      const fresh = createHttpAdapter({ baseUrl: BASE, retry: fast });
      const range = { from: '2026-11-30T00:00:00Z', to: '2026-12-05T00:00:00Z' };
      const error = await rejects(fresh.getAvailability('sam', range), ContractError);
      assert.equal(error.status, 304);
    });
  });

  describe('ids are one path segment', () => {
    it('refuses ".", ".." and empty ids before sending, naming the argument', async () => {
      let requests = 0;
      server.events.on('request:start', () => requests++);
      const cases: [Promise<unknown>, string][] = [
        [adapter.getEvent('..'), 'eventId'],
        [adapter.getEvent('.'), 'eventId'],
        [adapter.getProvider(''), 'providerId'],
        [
          adapter.getAvailability('..', {
            from: '2026-11-30T00:00:00Z',
            to: '2026-12-05T00:00:00Z',
          }),
          'providerId',
        ],
        [adapter.cancelBooking('..', 'a-manage-token-0123456789'), 'bookingId'],
        [adapter.getBooking('.', 'a-manage-token-0123456789'), 'bookingId'],
        [
          createHttpAdapter({ baseUrl: BASE, token: 'demo-sam-token' }).confirmBooking('..'),
          'bookingId',
        ],
      ];
      for (const [call, argument] of cases) {
        const error = await rejects(call, BookingInputError);
        assert.deepEqual(error.path, [argument]);
      }
      server.events.removeAllListeners();
      assert.equal(requests, 0, 'nothing was sent');
    });

    it('sends an id with a slash or a dot inside as one encoded segment', async () => {
      const paths: string[] = [];
      server.use(
        http.get(`${BASE}/events/:id`, ({ request }) => {
          paths.push(new URL(request.url).pathname);
          return HttpResponse.json(
            { code: 'event_not_found', title: 'No', status: 404 },
            { status: 404 },
          );
        }),
      );
      await rejects(adapter.getEvent('a/..'), NotFoundError);
      await rejects(adapter.getEvent('...'), NotFoundError);
      assert.deepEqual(paths, ['/api/events/a%2F..', '/api/events/...']);
    });
  });

  describe('problem details, read leniently', () => {
    it('a 422 without type keeps its field errors', async () => {
      server.use(
        http.post(`${BASE}/bookings`, () =>
          HttpResponse.json(
            {
              title: 'Some fields need fixing',
              status: 422,
              code: 'validation_failed',
              errors: [{ field: 'client.email', code: 'invalid_email', message: 'Check it.' }],
            },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const request = await bookingRequest();
      const error = await rejects(
        adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() }),
        ValidationError,
      );
      assert.equal(error.code, 'validation_failed');
      assert.equal(error.problem?.type, 'about:blank');
      assert.deepEqual(
        error.fieldErrors.map((e) => e.field),
        ['client.email'],
      );
      assert.equal(error.message, 'Some fields need fixing');
    });

    it('a 409 whose extra member is malformed keeps its code and the rest', async () => {
      server.use(
        http.post(`${BASE}/bookings`, () =>
          HttpResponse.json(
            {
              type: 'https://booking.dev/problems/slot_unavailable',
              title: 'That time is no longer available',
              status: 409,
              code: 'slot_unavailable',
              detail: 'Someone booked it first.',
              reason: 'taken',
              alternatives: [{ start: 'tomorrow-ish' }],
              quote: 'free',
            },
            { status: 409 },
          ),
        ),
      );
      const request = await bookingRequest();
      const error = await rejects(
        adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() }),
        ConflictError,
      );
      assert.equal(error.code, 'slot_unavailable');
      assert.equal(error.message, 'Someone booked it first.');
      assert.deepEqual(error.alternatives, []);
      assert.equal(error.quote, undefined);
      assert.equal(error.problem?.reason, 'taken');
      assert.equal('quote' in error.problem!, false, 'the malformed member is dropped');
    });

    it('a problem with neither type, title nor code gets the defaults of its status', async () => {
      server.use(
        http.get(`${BASE}/providers/:id`, () =>
          HttpResponse.json({ detail: 'Nobody by that name.' }, { status: 404 }),
        ),
      );
      const error = await rejects(adapter.getProvider('zed'), NotFoundError);
      assert.equal(error.code, 'not_found');
      assert.equal(error.message, 'Nobody by that name.');
      assert.deepEqual(
        [error.problem?.type, error.problem?.status, error.problem?.title],
        ['about:blank', 404, 'Not Found'],
      );
    });
  });

  describe('pages', () => {
    it('refuses a page longer than 100 items as a ContractError, events and providers', async () => {
      const events = (await adapter.listEvents({ providerId: 'mia' })).items;
      const providers = (await adapter.listProviders()).items;
      const many = <T>(items: T[]) =>
        Array.from({ length: 101 }, (_, i) => items[i % items.length]);
      server.use(
        http.get(`${BASE}/events`, () =>
          HttpResponse.json({ items: many(events), nextCursor: null }),
        ),
        http.get(`${BASE}/providers`, () =>
          HttpResponse.json({ items: many(providers), nextCursor: null }),
        ),
      );
      const error = await rejects(adapter.listEvents(), ContractError);
      assert.equal(error.field, 'items');
      assert.match(error.message, /at most 100 items.*101/);
      assert.equal((await rejects(adapter.listProviders(), ContractError)).field, 'items');
    });
  });
});
