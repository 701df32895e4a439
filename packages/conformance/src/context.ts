// What every check shares: who and where to test, the setup that opens the provider's week and
// finds free slots, the helpers that book them, and the teardown that puts the provider back.
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
  CreatedBookingSchema,
  GroupEventSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  ProviderSchema,
  ScheduleSchema,
  type CreateBookingRequest,
  type GroupEventInput,
  type Schedule,
  type ScheduleInput,
} from '@booking/core/schemas';
import { Failure, expect, expectStatus, show, type Client, type Exchange } from './client.js';

/** Who and where to test. */
export interface Target {
  client: Client;
  /** A second instance of the same deployment (same database), for the race across instances. */
  also?: Client | undefined;
  /** The provider the suite writes to (its availability is replaced, then restored). */
  providerId: string;
  providerToken: string;
  /** A token of another provider, for the 403 and key-scope checks (skipped without one). */
  otherProviderToken?: string | undefined;
  /** The Origin the CORS checks send. */
  origin: string;
  /** The clock of the run (the server's should agree within a minute). */
  now: () => number;
}

/** What the checks share: the provider under test and fresh slots to book. */
export interface Context extends Target {
  provider: Provider;
  service: Service;
  durationMinutes: number;
  /** The provider's schedule before the run, put back at the end. */
  original: ScheduleInput;
  /** Free slots, at most two a day, the earliest day's first; used up as checks book them. */
  slots: Slot[];
  /** Bookings the suite made, with their manage tokens. */
  made: { id: string; manageToken: string; start: string }[];
}

export interface Check {
  id: string;
  title: string;
  run(context: Context): Promise<void>;
}

/** Slots the checks book at most in one run. */
const SLOTS_NEEDED = 20;

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const key = () => globalThis.crypto.randomUUID();
export const enc = encodeURIComponent;

const everyDay = (start: string, end: string) =>
  Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
      d,
      [{ start, end }],
    ]),
  );

/** The schedule the suite gives the provider for the run: every day 06:00 to 22:00. */
export const OPEN_WEEK = { weekly: everyDay('06:00', '22:00'), overrides: [] };

/** The body of an answer, checked against a schema of the contract. */
export function body<T>(x: Exchange, schema: Parameters<typeof validate>[0], what: string): T {
  const parsed = validate(schema, x.body);
  if (!parsed.ok) {
    const e = parsed.errors[0]!;
    throw new Failure(
      `${what} breaks the contract at ${e.field || 'the body'}: ${e.message} (${show(x)})`,
    );
  }
  return parsed.value as T;
}

/** Finds the provider a token belongs to: the one whose bookings list it may read. */
export async function discoverProvider(client: Client, token: string): Promise<string> {
  let cursor: string | null = null;
  do {
    const page: Exchange = await client.send(
      'GET',
      `/providers?limit=100${cursor ? `&cursor=${enc(cursor)}` : ''}`,
    );
    expectStatus(page, 200);
    const list = body<{ items: Provider[]; nextCursor: string | null }>(
      page,
      ProviderPageSchema,
      'GET /providers',
    );
    for (const p of list.items) {
      const probe = await client.send('GET', `/providers/${enc(p.id)}/bookings?limit=1`, {
        token,
      });
      if (probe.status === 200) return p.id;
    }
    cursor = list.nextCursor;
  } while (cursor);
  throw new Failure(
    'No provider accepts this token on GET /providers/{id}/bookings. Pass --provider-id, and check the token.',
  );
}

/** The provider's schedule as it is: from GET schedule, else from the profile and availability. */
async function currentSchedule(target: Target, provider: Provider): Promise<ScheduleInput> {
  const { client, providerId, providerToken } = target;
  const id = enc(providerId);
  const own = await client.send('GET', `/providers/${id}/schedule`, { token: providerToken });
  if (own.status === 200 && validate(ScheduleSchema, own.body).ok) {
    const s = own.body as Schedule;
    return { timeZone: s.timeZone, weekly: s.weekly, overrides: s.overrides, policy: s.policy };
  }
  // The schedule.read check reports a server without it; the run still needs what to restore.
  const now = target.now();
  const window = `from=${enc(iso(now))}&to=${enc(iso(now + 366 * DAY))}`;
  const x = await client.send('GET', `/providers/${id}/availability?${window}`);
  expectStatus(x, 200);
  const a = body<ScheduleInput>(x, AvailabilityResponseSchema, 'GET /providers/{id}/availability');
  return {
    timeZone: provider.timeZone,
    weekly: a.weekly,
    overrides: a.overrides ?? [],
    policy: provider.policy,
  };
}

/** Reads the provider, opens its whole week, and lists free slots. */
export async function prepare(target: Target): Promise<Context> {
  const { client, providerId, providerToken } = target;
  const id = enc(providerId);
  const got = await client.send('GET', `/providers/${id}`);
  expectStatus(got, 200);
  const provider = body<Provider>(got, ProviderSchema, 'GET /providers/{id}');
  const service = provider.services[0];
  if (!service)
    throw new Failure(
      `Provider "${providerId}" offers no one-to-one service; the suite needs one.`,
    );
  if (target.also) {
    const there = await target.also.send('GET', `/providers/${id}`);
    expect(
      there.status === 200,
      `The second instance (${target.also.baseUrl}) does not know provider "${providerId}": ${show(there)}`,
    );
  }
  const original = await currentSchedule(target, provider);
  const open = await client.send('PUT', `/providers/${id}/schedule`, {
    token: providerToken,
    body: OPEN_WEEK,
  });
  expectStatus(open, 200);
  const context: Context = {
    ...target,
    provider,
    service,
    durationMinutes: defaultDuration(service),
    original,
    slots: [],
    made: [],
  };
  context.slots = await freeSlots(context);
  if (context.slots.length < SLOTS_NEEDED)
    throw new Failure(
      `Only ${context.slots.length} free slots were found; the suite books up to ${SLOTS_NEEDED} (check the provider's horizon, notice and per-day cap).`,
    );
  return context;
}

/**
 * Free slots from tomorrow on, as the server's data says now: the first slot of each
 * provider-local day, then (when the per-day cap allows two) the last slot of each day.
 */
async function freeSlots(context: Context): Promise<Slot[]> {
  const now = context.now();
  const horizon = Math.min(context.provider.policy.horizonDays ?? 30, 45);
  const from = iso(now + DAY);
  const to = iso(now + Math.max(horizon, 2) * DAY);
  const x = await context.client.send(
    'GET',
    `/providers/${enc(context.providerId)}/availability?from=${enc(from)}&to=${enc(to)}`,
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
  const days = groupSlotsByDay(slots, context.provider.timeZone);
  const first = days.map((d) => d.slots[0]!);
  const cap = context.provider.policy.maxPerDay;
  // A second slot a day, well clear of the first (buffers included), when the cap allows two.
  const last =
    cap == null || cap >= 2
      ? days.flatMap((d) => {
          const a = d.slots[0]!;
          const b = d.slots[d.slots.length - 1]!;
          return Date.parse(b.start) >= Date.parse(a.end) + 2 * 3_600_000 ? [b] : [];
        })
      : [];
  return [...first, ...last].map((s) => ({ start: s.start, end: s.end }));
}

/** The next free slot, taken out of the list. */
export function take(context: Context): Slot {
  const slot = context.slots.shift();
  if (!slot) throw new Failure('The suite ran out of free slots to book.');
  return slot;
}

export function bookingRequest(
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

/** A created booking as POST /bookings answers it. */
export interface Created {
  booking: { id: string; start: string; status: string; eventId?: string; seats: number };
  manageToken: string;
}

/** Books a slot (the next free one by default) and expects 201. */
export async function book(context: Context, slot = take(context)) {
  const x = await context.client.send('POST', '/bookings', {
    body: bookingRequest(context, slot),
    key: key(),
  });
  expectStatus(x, 201);
  const created = body<Created>(x, CreatedBookingSchema, 'POST /bookings');
  context.made.push({
    id: created.booking.id,
    manageToken: created.manageToken,
    start: created.booking.start,
  });
  return { created, slot, exchange: x };
}

export async function countBookings(context: Context): Promise<number> {
  const x = await context.client.send(
    'GET',
    `/providers/${enc(context.providerId)}/bookings?limit=1`,
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

/** A group event of the provider under test; unlisted unless `over` says otherwise. */
export function eventInput(
  context: Context,
  start: string,
  over: Partial<GroupEventInput> = {},
): GroupEventInput {
  return {
    title: 'Conformance event',
    tags: ['conformance'],
    visibility: 'unlisted',
    start,
    durationMinutes: 60,
    capacity: 2,
    pricing: context.provider.groupPricing ?? {
      currency: context.service.currency,
      pricePerPerson: 1000,
    },
    waitlist: true,
    ...over,
  };
}

/** Creates an event as the provider (or as `token`'s provider at `providerId`); expects 201. */
export async function createEvent(
  context: Context,
  input: GroupEventInput,
  as: { providerId: string; token: string; key?: string } = {
    providerId: context.providerId,
    token: context.providerToken,
  },
) {
  const x = await context.client.send('POST', `/providers/${enc(as.providerId)}/events`, {
    body: input,
    key: as.key ?? key(),
    token: as.token,
  });
  expectStatus(x, 201);
  return {
    event: body<{ id: string; providerId: string; start: string }>(
      x,
      GroupEventSchema,
      'POST /providers/{id}/events',
    ),
    exchange: x,
  };
}

/** Cancels an event the suite made (teardown: the answer is not judged). */
export async function dropEvent(context: Context, id: string, token = context.providerToken) {
  await context.client.send('POST', `/events/${enc(id)}/cancel`, { token, body: {} });
}

/**
 * The server's clock minus ours, from an answer's `Date` header (whole seconds, so differences
 * under two seconds count as none).
 */
export function clockSkew(x: Exchange, ourNow: number): number {
  const date = Date.parse(x.headers.get('date') ?? '');
  if (Number.isNaN(date)) return 0;
  const skew = date + 500 - ourNow;
  return Math.abs(skew) < 2000 ? 0 : skew;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Puts the provider's schedule (and zone and policy) back as it was. */
export async function restore(context: Context): Promise<void> {
  await context.client.send('PUT', `/providers/${enc(context.providerId)}/schedule`, {
    token: context.providerToken,
    body: context.original,
  });
}
