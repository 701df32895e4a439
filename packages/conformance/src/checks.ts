// The checks of the contract, in the order they run. Each one is black-box: plain HTTP in, the
// status, headers and body out, judged by core's schemas and the documented semantics.
import {
  computeSlots,
  defaultDuration,
  groupSlotsByDay,
  quote,
  validate,
  type Provider,
  type Service,
  type Slot,
} from '@booking/core';
import {
  AvailabilityResponseSchema,
  BookingSchema,
  CreatedBookingSchema,
  GroupEventPageSchema,
  GroupEventSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  ProviderSchema,
  SlotSchema,
  WaitlistedSchema,
  type ScheduleInput,
  type CreateBookingRequest,
} from '@booking/core/schemas';
import type { Client } from './client.js';
import { Failure, expect, expectProblem, expectStatus, type Exchange } from './client.js';

/** Who and where to test. */
export interface Target {
  client: Client;
  /** The provider the suite writes to (its availability is replaced, then restored). */
  providerId: string;
  providerToken: string;
  /** A token of another provider, for the 403 checks (skipped without one). */
  otherProviderToken?: string | undefined;
  /** The clock of the run (the server's should agree within a minute). */
  now: () => number;
}

/** What the checks share: the provider under test and fresh slots to book. */
export interface Context extends Target {
  provider: Provider;
  service: Service;
  durationMinutes: number;
  original: ScheduleInput;
  /** One free slot per day of the provider, used up as checks book them. */
  slots: Slot[];
  /** Bookings the suite made, with their manage tokens. */
  made: { id: string; manageToken: string; start: string }[];
}

export interface Check {
  id: string;
  title: string;
  run(context: Context): Promise<void>;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const everyDay = (start: string, end: string) =>
  Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
      d,
      [{ start, end }],
    ]),
  );

function body<T>(x: Exchange, schema: Parameters<typeof validate>[0], what: string): T {
  const parsed = validate(schema, x.body);
  if (!parsed.ok) {
    const e = parsed.errors[0]!;
    throw new Failure(`${what} breaks the contract at ${e.field || 'the body'}: ${e.message}`);
  }
  return parsed.value as T;
}

/** Finds the provider the token belongs to: the one whose bookings list it may read. */
export async function discoverProvider(client: Client, token: string): Promise<string> {
  let cursor: string | null = null;
  do {
    const page: Exchange = await client.send(
      'GET',
      `/providers?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expectStatus(page, 200);
    const list = body<{ items: Provider[]; nextCursor: string | null }>(
      page,
      ProviderPageSchema,
      'GET /providers',
    );
    for (const p of list.items) {
      const probe = await client.send(
        'GET',
        `/providers/${encodeURIComponent(p.id)}/bookings?limit=1`,
        { token },
      );
      if (probe.status === 200) return p.id;
    }
    cursor = list.nextCursor;
  } while (cursor);
  throw new Failure(
    'No provider accepts this token on GET /providers/{id}/bookings. Pass --provider-id, and check the token.',
  );
}

/** Reads the provider, opens its whole week, and lists a free slot per day. */
export async function prepare(target: Target): Promise<Context> {
  const { client, providerId, providerToken } = target;
  const id = encodeURIComponent(providerId);
  const got = await client.send('GET', `/providers/${id}`);
  expectStatus(got, 200);
  const provider = body<Provider>(got, ProviderSchema, 'GET /providers/{id}');
  const service = provider.services[0];
  if (!service)
    throw new Failure(
      `Provider "${providerId}" offers no one-to-one service; the suite needs one.`,
    );
  const now = target.now();
  const window = `from=${encodeURIComponent(iso(now))}&to=${encodeURIComponent(iso(now + 60 * DAY))}`;
  const before = await client.send('GET', `/providers/${id}/availability?${window}`);
  expectStatus(before, 200);
  const current = body<ScheduleInput>(
    before,
    AvailabilityResponseSchema,
    'GET /providers/{id}/availability',
  );
  const open = await client.send('PUT', `/providers/${id}/schedule`, {
    token: providerToken,
    body: { weekly: everyDay('06:00', '22:00'), overrides: [] },
  });
  expectStatus(open, 200);
  const context: Context = {
    ...target,
    provider,
    service,
    durationMinutes: defaultDuration(service),
    original: {
      weekly: current.weekly,
      ...(current.overrides ? { overrides: current.overrides } : {}),
    },
    slots: [],
    made: [],
  };
  context.slots = await freeSlots(context);
  if (context.slots.length < 8)
    throw new Failure(
      `Only ${context.slots.length} days have a free slot; the suite needs 8 (check the provider's horizon and notice).`,
    );
  return context;
}

/** One free slot per provider-local day, from tomorrow on, as the server's data says now. */
async function freeSlots(context: Context): Promise<Slot[]> {
  const now = context.now();
  const horizon = Math.min(context.provider.policy.horizonDays ?? 30, 45);
  const from = iso(now + DAY);
  const to = iso(now + Math.max(horizon, 2) * DAY);
  const x = await context.client.send(
    'GET',
    `/providers/${encodeURIComponent(context.providerId)}/availability?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  );
  expectStatus(x, 200);
  const availability = body<{ timeZone: string; weekly: ScheduleInput['weekly']; busy: [] }>(
    x,
    AvailabilityResponseSchema,
    'availability',
  );
  const slots = computeSlots({
    ...availability,
    policy: { ...context.provider.policy, durationMinutes: context.durationMinutes },
    from,
    to,
    now: iso(now),
  });
  return groupSlotsByDay(slots, context.provider.timeZone).map((d) => ({
    start: d.slots[0]!.start,
    end: d.slots[0]!.end,
  }));
}

function take(context: Context): Slot {
  const slot = context.slots.shift();
  if (!slot) throw new Failure('The suite ran out of free days to book on.');
  return slot;
}

function bookingRequest(
  context: Context,
  slot: Slot,
  over: Partial<CreateBookingRequest> = {},
): CreateBookingRequest {
  return {
    providerId: context.providerId,
    serviceId: context.service.id,
    start: slot.start,
    durationMinutes: context.durationMinutes,
    client: { name: 'Conformance Suite', email: 'conformance@example.com' },
    ...(context.service.questions?.length ? { answers: answersFor(context.service) } : {}),
    quote: quote({
      kind: 'one_to_one',
      service: context.service,
      durationMinutes: context.durationMinutes,
      start: slot.start,
      now: iso(context.now()),
    }),
    ...over,
  };
}

function answersFor(service: Service): Record<string, string | boolean> {
  const answers: Record<string, string | boolean> = {};
  for (const q of service.questions ?? []) {
    if (q.kind === 'checkbox') answers[q.id] = true;
    else if (q.kind === 'select') answers[q.id] = q.options?.[0] ?? '';
    else answers[q.id] = 'Answered by the conformance suite';
  }
  return answers;
}

const key = () => globalThis.crypto.randomUUID();

async function book(context: Context, slot = take(context)) {
  const x = await context.client.send('POST', '/bookings', {
    body: bookingRequest(context, slot),
    key: key(),
  });
  expectStatus(x, 201);
  const created = body<{
    booking: { id: string; start: string; status: string };
    manageToken: string;
  }>(x, CreatedBookingSchema, 'POST /bookings');
  context.made.push({
    id: created.booking.id,
    manageToken: created.manageToken,
    start: created.booking.start,
  });
  return { created, slot, exchange: x };
}

async function countBookings(context: Context): Promise<number> {
  const x = await context.client.send(
    'GET',
    `/providers/${encodeURIComponent(context.providerId)}/bookings?limit=1`,
    { token: context.providerToken },
  );
  expectStatus(x, 200);
  const page = body<{ counts: Record<string, number> }>(
    x,
    ProviderBookingsPageSchema,
    'GET /providers/{id}/bookings',
  );
  return Object.values(page.counts).reduce((s, n) => s + n, 0);
}

/** Puts the provider's availability back as it was. */
export async function restore(context: Context): Promise<void> {
  await context.client.send(
    'PUT',
    `/providers/${encodeURIComponent(context.providerId)}/schedule`,
    {
      token: context.providerToken,
      body: context.original,
    },
  );
}

export const checks: Check[] = [
  {
    id: 'providers.list',
    title: 'GET /providers pages through every provider with cursors, without repeats',
    async run({ client, providerId }) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const x: Exchange = await client.send(
          'GET',
          `/providers?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expectStatus(x, 200);
        const page = body<{ items: Provider[]; nextCursor: string | null }>(
          x,
          ProviderPageSchema,
          'GET /providers',
        );
        expect(page.items.length <= 2, `limit=2 answered ${page.items.length} items`);
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
        expect(++pages < 1000, 'the cursors never end');
      } while (cursor);
      expect(
        new Set(seen).size === seen.length,
        `a provider came twice while paging: ${seen.join(', ')}`,
      );
      expect(seen.includes(providerId), `"${providerId}" was not listed`);
    },
  },
  {
    id: 'providers.search',
    title: 'GET /providers?q= finds a provider by a word of its name',
    async run({ client, provider }) {
      const word = provider.name.split(/\s+/).find((w) => w.length > 2) ?? provider.name;
      const x = await client.send(
        'GET',
        `/providers?q=${encodeURIComponent(word.toLowerCase())}&limit=100`,
      );
      expectStatus(x, 200);
      const page = body<{ items: Provider[] }>(x, ProviderPageSchema, 'GET /providers?q=');
      expect(
        page.items.some((p) => p.id === provider.id),
        `searching "${word}" did not find "${provider.id}"`,
      );
      const none = await client.send(
        'GET',
        `/providers?q=${encodeURIComponent('zz-no-such-provider-zz')}`,
      );
      expectStatus(none, 200);
      expect(
        body<{ items: Provider[] }>(none, ProviderPageSchema, 'search').items.length === 0,
        'a search for nonsense found providers',
      );
    },
  },
  {
    id: 'providers.bad-cursor',
    title: 'A cursor the server never gave out is refused with problem details',
    async run({ client }) {
      expectProblem(await client.send('GET', '/providers?cursor=not-a-cursor'), [400, 422]);
    },
  },
  {
    id: 'providers.get',
    title: 'GET /providers/{id} returns the profile; an unknown id is 404 provider_not_found',
    async run({ client }) {
      expectProblem(await client.send('GET', `/providers/${key()}`), [404], 'provider_not_found');
    },
  },
  {
    id: 'availability.etag',
    title: 'Availability carries an ETag; If-None-Match answers 304 until something changes',
    async run(context) {
      const { client, providerId } = context;
      const path = `/providers/${encodeURIComponent(providerId)}/availability?from=${encodeURIComponent(iso(context.now()))}&to=${encodeURIComponent(iso(context.now() + 14 * DAY))}`;
      const first = await client.send('GET', path);
      expectStatus(first, 200);
      body(first, AvailabilityResponseSchema, 'GET /providers/{id}/availability');
      const etag = first.headers.get('etag');
      expect(etag, 'GET /providers/{id}/availability has no ETag header');
      const again = await client.send('GET', path, { headers: { 'if-none-match': etag } });
      expectStatus(again, 304);
      await book(
        context,
        context.slots.find((s) => Date.parse(s.start) < context.now() + 14 * DAY) ?? take(context),
      );
      context.slots = context.slots.filter((s) => !context.made.some((m) => m.start === s.start));
      const changed = await client.send('GET', path, { headers: { 'if-none-match': etag } });
      expectStatus(changed, 200);
      expect(
        changed.headers.get('etag') !== etag,
        'the ETag stayed the same after a booking changed the busy time',
      );
    },
  },
  {
    id: 'availability.query',
    title: 'Availability without from/to, or of an unknown provider, is refused',
    async run({ client, providerId }) {
      expectProblem(
        await client.send('GET', `/providers/${encodeURIComponent(providerId)}/availability`),
        [400, 422],
      );
      expectProblem(
        await client.send(
          'GET',
          `/providers/${key()}/availability?from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z`,
        ),
        [404],
      );
    },
  },
  {
    id: 'schedule.replace',
    title:
      'PUT schedule needs the provider’s token (401 / 403) and a valid body (422 naming the field)',
    async run({ client, providerId, providerToken, otherProviderToken }) {
      const path = `/providers/${encodeURIComponent(providerId)}/schedule`;
      const good = { weekly: everyDay('06:00', '22:00'), overrides: [] };
      expectProblem(await client.send('PUT', path, { body: good }), [401], 'unauthorized');
      expectProblem(await client.send('PUT', path, { body: good, token: `x${key()}` }), [401]);
      if (otherProviderToken)
        expectProblem(
          await client.send('PUT', path, { body: good, token: otherProviderToken }),
          [403],
          'forbidden',
        );
      const bad = await client.send('PUT', path, {
        token: providerToken,
        body: { weekly: { funday: [{ start: '09:00', end: '10:00' }] } },
      });
      expectProblem(bad, [422], 'validation_failed');
      const fields = ((bad.body as { errors?: { field: string }[] }).errors ?? []).map(
        (e) => e.field,
      );
      expect(
        fields.some((f) => f.includes('funday')),
        `the 422 does not name weekly.funday (it names ${fields.join(', ') || 'nothing'})`,
      );
    },
  },
  {
    id: 'bookings.create',
    title:
      'POST /bookings creates a booking (201) with a manage token, in the provider’s first status',
    async run(context) {
      const missing = await context.client.send('POST', '/bookings', {
        body: bookingRequest(context, context.slots[0]!),
      });
      expectProblem(missing, [400, 422], 'idempotency_key_required');
      const { created, slot } = await book(context);
      expect(
        Date.parse(created.booking.start) === Date.parse(slot.start),
        `the booking starts at ${created.booking.start}, not ${slot.start}`,
      );
      const status = context.provider.policy.requiresApproval ? 'pending' : 'confirmed';
      expect(
        created.booking.status === status,
        `a new booking is "${created.booking.status}"; this provider's start "${status}"`,
      );
      const read = await context.client.send(
        'GET',
        `/bookings/${encodeURIComponent(created.booking.id)}`,
        { token: created.manageToken },
      );
      expectStatus(read, 200);
      const booking = body<{ quote: { total: number } }>(read, BookingSchema, 'GET /bookings/{id}');
      const expected = bookingRequest(context, slot).quote.total;
      expect(
        booking.quote.total === expected,
        `the booking's quote total is ${booking.quote.total}; core's quote() says ${expected}`,
      );
    },
  },
  {
    id: 'bookings.validation',
    title: 'A booking with bad fields is 422 with an error naming each field',
    async run(context) {
      const slot = context.slots[0]!;
      const x = await context.client.send('POST', '/bookings', {
        key: key(),
        body: bookingRequest(context, slot, { client: { name: '   ', email: 'not-an-email' } }),
      });
      expectProblem(x, [422], 'validation_failed');
      const fields = ((x.body as { errors?: { field: string }[] }).errors ?? []).map(
        (e) => e.field,
      );
      for (const field of ['client.name', 'client.email'])
        expect(
          fields.includes(field),
          `the 422 does not name ${field} (it names ${fields.join(', ') || 'nothing'})`,
        );
    },
  },
  {
    id: 'bookings.slot-unavailable',
    title: 'Booking a taken slot is 409 slot_unavailable with alternatives',
    async run(context) {
      const { slot } = await book(context);
      const x = await context.client.send('POST', '/bookings', {
        key: key(),
        body: bookingRequest(context, slot),
      });
      expectProblem(x, [409], 'slot_unavailable');
      const alternatives = (x.body as { alternatives?: unknown[] }).alternatives;
      expect(
        Array.isArray(alternatives) && alternatives.length > 0,
        'the 409 offers no alternatives',
      );
      for (const a of alternatives) body({ body: a } as Exchange, SlotSchema, 'an alternative');
    },
  },
  {
    id: 'bookings.price-changed',
    title: 'A stale quote is 409 price_changed with the fresh quote',
    async run(context) {
      const slot = context.slots[0]!;
      const request = bookingRequest(context, slot);
      const stale = {
        ...request,
        quote: {
          ...request.quote,
          subtotal: request.quote.subtotal + 100,
          total: request.quote.total + 100,
        },
      };
      const x = await context.client.send('POST', '/bookings', { key: key(), body: stale });
      expectProblem(x, [409], 'price_changed');
      const fresh = (x.body as { quote?: { total?: number } }).quote;
      expect(
        fresh?.total === request.quote.total,
        `the fresh quote's total is ${fresh?.total}; expected ${request.quote.total}`,
      );
    },
  },
  {
    id: 'bookings.idempotency',
    title: 'The same create sent again with its key (also concurrently) makes one booking',
    async run(context) {
      const before = await countBookings(context);
      const request = bookingRequest(context, take(context));
      const k = key();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          context.client.send('POST', '/bookings', { key: k, body: request }),
        ),
      );
      const later = await context.client.send('POST', '/bookings', { key: k, body: request });
      const ids = new Set<string>();
      for (const x of [...answers, later]) {
        expectStatus(x, 200, 201);
        ids.add(
          body<{ booking: { id: string } }>(x, CreatedBookingSchema, 'a replayed create').booking
            .id,
        );
      }
      expect(ids.size === 1, `one key made ${ids.size} different bookings`);
      const after = await countBookings(context);
      expect(
        after === before + 1,
        `the provider has ${after - before} new bookings; one key must make one`,
      );
    },
  },
  {
    id: 'bookings.idempotency-conflict',
    title: 'A key reused for a different request is refused (idempotency_conflict)',
    async run(context) {
      const k = key();
      const slot = take(context);
      expectStatus(
        await context.client.send('POST', '/bookings', {
          key: k,
          body: bookingRequest(context, slot),
        }),
        201,
      );
      const other = bookingRequest(context, slot, {
        client: { name: 'Someone Else', email: 'else@example.com' },
      });
      expectProblem(
        await context.client.send('POST', '/bookings', { key: k, body: other }),
        [409, 422],
        'idempotency_conflict',
      );
    },
  },
  {
    id: 'bookings.concurrency',
    title: '20 simultaneous creates of one slot: exactly one 201, the rest 409 slot_unavailable',
    async run(context) {
      const request = bookingRequest(context, take(context));
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          context.client.send('POST', '/bookings', {
            key: key(),
            body: {
              ...request,
              client: { name: `Racer ${i + 1}`, email: `racer${i + 1}@example.com` },
            },
          }),
        ),
      );
      const created = answers.filter((x) => x.status === 201);
      expect(
        created.length === 1,
        `${created.length} of 20 simultaneous creates of one slot succeeded`,
      );
      for (const x of answers) if (x.status !== 201) expectProblem(x, [409], 'slot_unavailable');
    },
  },
  {
    id: 'bookings.manage',
    title:
      'A client reads, reschedules and cancels with the manage token; no token is 401, another booking’s token or an unknown one is 404 like an unknown id (ids cannot be probed)',
    async run(context) {
      const { client } = context;
      const first = await book(context);
      const second = await book(context);
      const id = encodeURIComponent(first.created.booking.id);
      const token = first.created.manageToken;
      expectProblem(await client.send('GET', `/bookings/${id}`), [401], 'unauthorized');
      const probe = await client.send('GET', `/bookings/${id}`, {
        token: second.created.manageToken,
      });
      expectProblem(probe, [404], 'booking_not_found');
      const unknown = await client.send('GET', `/bookings/${key()}`, { token });
      expectProblem(unknown, [404], 'booking_not_found');
      expectProblem(
        await client.send('GET', `/bookings/${id}`, { token: `x${key()}` }),
        [404],
        'booking_not_found',
      );
      expect(
        (probe.body as { detail?: string }).detail?.replace(/"[^"]*"/, '') ===
          (unknown.body as { detail?: string }).detail?.replace(/"[^"]*"/, ''),
        'a wrong token and an unknown id must read alike, so ids cannot be probed',
      );
      const target = take(context);
      const moved = await client.send('POST', `/bookings/${id}/reschedule`, {
        token,
        body: { start: target.start },
      });
      expectStatus(moved, 200);
      const after = body<{ id: string; start: string; quote: { total: number } }>(
        moved,
        BookingSchema,
        'reschedule',
      );
      expect(after.id === first.created.booking.id, 'a reschedule changed the booking id');
      expect(
        Date.parse(after.start) === Date.parse(target.start),
        `the rescheduled start is ${after.start}, not ${target.start}`,
      );
      expectProblem(
        await client.send('POST', `/bookings/${id}/reschedule`, {
          token,
          body: { start: second.created.booking.start },
        }),
        [409],
        'slot_unavailable',
      );
      const cancelled = await client.send('POST', `/bookings/${id}/cancel`, {
        token,
        body: { reason: 'Conformance check' },
      });
      expectStatus(cancelled, 200);
      expect(
        body<{ status: string }>(cancelled, BookingSchema, 'cancel').status === 'cancelled',
        'a cancelled booking is not "cancelled"',
      );
      expectProblem(
        await client.send('POST', `/bookings/${id}/cancel`, { token, body: {} }),
        [409],
        'transition_refused',
      );
    },
  },
  {
    id: 'bookings.provider-actions',
    title: 'Provider steps need the provider’s token and follow the lifecycle',
    async run(context) {
      const { client, providerToken, otherProviderToken } = context;
      const { created } = await book(context);
      const id = encodeURIComponent(created.booking.id);
      expectProblem(
        await client.send('POST', `/bookings/${id}/confirm`, {
          token: created.manageToken,
          body: {},
        }),
        [403],
        'forbidden',
      );
      if (otherProviderToken)
        expectProblem(
          await client.send('POST', `/bookings/${id}/confirm`, {
            token: otherProviderToken,
            body: {},
          }),
          [403],
          'forbidden',
        );
      expectProblem(
        await client.send('POST', `/bookings/${id}/no-show`, { token: providerToken, body: {} }),
        [409],
        'transition_refused',
      );
      expectProblem(
        await client.send('POST', `/bookings/${id}/start`, { token: providerToken, body: {} }),
        [409],
        'transition_refused',
      );
      if (created.booking.status === 'pending') {
        const confirmed = await client.send('POST', `/bookings/${id}/confirm`, {
          token: providerToken,
          body: {},
        });
        expectStatus(confirmed, 200);
        expect(
          body<{ status: string }>(confirmed, BookingSchema, 'confirm').status === 'confirmed',
          'confirm did not confirm',
        );
      }
      expectProblem(
        await client.send('POST', `/bookings/${id}/decline`, {
          token: providerToken,
          body: { reason: 'x' },
        }),
        [409],
        'transition_refused',
      );
      const read = await client.send('GET', `/bookings/${id}`, { token: providerToken });
      expectStatus(read, 200);
    },
  },
  {
    id: 'provider.bookings',
    title:
      'GET /providers/{id}/bookings filters by status and counts per status, for its owner only',
    async run(context) {
      const { client, providerId, providerToken, otherProviderToken } = context;
      const path = `/providers/${encodeURIComponent(providerId)}/bookings`;
      expectProblem(await client.send('GET', path), [401], 'unauthorized');
      if (otherProviderToken)
        expectProblem(
          await client.send('GET', path, { token: otherProviderToken }),
          [403],
          'forbidden',
        );
      const all = await client.send('GET', `${path}?limit=100`, { token: providerToken });
      expectStatus(all, 200);
      const page = body<{ items: { status: string }[]; counts: Record<string, number> }>(
        all,
        ProviderBookingsPageSchema,
        'GET /providers/{id}/bookings',
      );
      expect(
        page.counts.cancelled! >= 1,
        'the counts show no cancelled booking, but the suite cancelled one',
      );
      const cancelled = await client.send('GET', `${path}?status=cancelled&limit=100`, {
        token: providerToken,
      });
      expectStatus(cancelled, 200);
      const filtered = body<{ items: { status: string }[] }>(
        cancelled,
        ProviderBookingsPageSchema,
        'status filter',
      );
      expect(
        filtered.items.length > 0 && filtered.items.every((b) => b.status === 'cancelled'),
        'status=cancelled returned other statuses (or none)',
      );
      expectProblem(
        await client.send('GET', `${path}?status=lost`, { token: providerToken }),
        [400, 422],
      );
    },
  },
  {
    id: 'events.lifecycle',
    title:
      'Group events: create, list, register, full (409 event_full with a waitlist offer), waitlist (202), update, cancel',
    async run(context) {
      const { client, providerId, providerToken, provider } = context;
      const start = take(context).start;
      const input = {
        title: 'Conformance circle',
        tags: ['conformance'],
        start,
        durationMinutes: 60,
        capacity: 2,
        pricing: provider.groupPricing ?? {
          currency: context.service.currency,
          pricePerPerson: 1000,
        },
        waitlist: true,
      };
      const path = `/providers/${encodeURIComponent(providerId)}/events`;
      expectProblem(
        await client.send('POST', path, { body: input, key: key() }),
        [401],
        'unauthorized',
      );
      const k = key();
      const made = await client.send('POST', path, { body: input, key: k, token: providerToken });
      expectStatus(made, 201);
      const event = body<{ id: string; capacity: number; seatsTaken: number }>(
        made,
        GroupEventSchema,
        'POST /providers/{id}/events',
      );
      const replay = await client.send('POST', path, { body: input, key: k, token: providerToken });
      expect(
        body<{ id: string }>(replay, GroupEventSchema, 'replayed event create').id === event.id,
        'one key made two events',
      );
      const id = encodeURIComponent(event.id);
      const listed = await client.send(
        'GET',
        `/events?providerId=${encodeURIComponent(providerId)}&tag=conformance&limit=100`,
      );
      expectStatus(listed, 200);
      expect(
        body<{ items: { id: string }[] }>(listed, GroupEventPageSchema, 'GET /events').items.some(
          (e) => e.id === event.id,
        ),
        'GET /events does not list the new event',
      );
      expectProblem(await client.send('GET', `/events/${key()}`), [404], 'event_not_found');
      const participant = { name: 'Group Member', email: 'member@example.com' };
      const registered = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 2, client: participant },
      });
      expectStatus(registered, 201);
      const registration = body<{ booking: { id: string; seats: number }; manageToken: string }>(
        registered,
        CreatedBookingSchema,
        'registration',
      );
      expect(registration.booking.seats === 2, 'the registration does not hold 2 seats');
      const seats = body<{ seatsTaken: number }>(
        await client.send('GET', `/events/${id}`),
        GroupEventSchema,
        'GET /events/{id}',
      );
      expect(seats.seatsTaken === 2, `seatsTaken is ${seats.seatsTaken} after 2 seats were booked`);
      const full = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 1, client: participant },
      });
      expectProblem(full, [409], 'event_full');
      expect(
        (full.body as { waitlist?: { available?: boolean } }).waitlist?.available === true,
        'event_full does not offer the waitlist',
      );
      const waiting = await client.send('POST', `/events/${id}/registrations`, {
        key: key(),
        body: { seats: 1, client: participant, waitlist: true },
      });
      expectStatus(waiting, 202);
      body(waiting, WaitlistedSchema, 'a waitlisted registration');
      expectProblem(
        await client.send('POST', `/events/${id}/registrations`, {
          key: key(),
          body: { seats: 3, client: participant },
        }),
        [409, 422],
      );
      const renamed = await client.send('PATCH', `/events/${id}`, {
        token: providerToken,
        body: { title: 'Conformance circle (renamed)' },
      });
      expectStatus(renamed, 200);
      expect(
        body<{ title: string }>(renamed, GroupEventSchema, 'PATCH /events/{id}').title ===
          'Conformance circle (renamed)',
        'PATCH did not change the title',
      );
      const cancelled = await client.send('POST', `/events/${id}/cancel`, {
        token: providerToken,
        body: {},
      });
      expectStatus(cancelled, 200);
      expect(
        body<{ status: string }>(cancelled, GroupEventSchema, 'cancel event').status ===
          'cancelled',
        'the event is not cancelled',
      );
      const after = await client.send(
        'GET',
        `/bookings/${encodeURIComponent(registration.booking.id)}`,
        { token: registration.manageToken },
      );
      expect(
        body<{ status: string }>(after, BookingSchema, 'a registration of a cancelled event')
          .status === 'cancelled',
        'cancelling the event left a registration active',
      );
      expectProblem(
        await client.send('POST', `/events/${id}/registrations`, {
          key: key(),
          body: { seats: 1, client: participant },
        }),
        [409],
      );
    },
  },
  {
    id: 'errors.problem-details',
    title: 'Every error answer of the run was problem details with a code and its own status',
    async run({ client }) {
      const bad = client.errors.filter((x) => {
        try {
          expectProblem(x, [x.status]);
          return false;
        } catch {
          return true;
        }
      });
      expect(
        bad.length === 0,
        `${bad.length} error answers were not problem details, e.g. ${bad[0]?.method} ${bad[0]?.path} (${bad[0]?.status}, ${bad[0]?.contentType || 'no content type'})`,
      );
    },
  },
];
