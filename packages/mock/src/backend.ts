// The mock backend: the whole HTTP contract over an in-memory store, with core doing the slot
// checks, pricing, validation and the lifecycle, so it refuses exactly what a real backend must.
// One definition serves the browser (MSW's service worker), Node (msw/node) and a real HTTP
// server (see server.ts): everything goes through `handle(request)`.
import {
  BookingInputError,
  answerSeatOffer,
  busyTime,
  cancelGroupEvent,
  cancelRegistration,
  checkBookingRequest,
  checkReschedule,
  computeSlots,
  durationPrices,
  groupSeatPrice,
  nearestAlternatives,
  registerSeats,
  seatState,
  transition,
  updateGroupEvent,
  validate,
  waitlistPosition,
  type Actor,
  type Booking,
  type BookingAction,
  type BookingStatus,
  type BusyInterval,
  type FieldError,
  type GroupEvent,
  type SlotQuery,
  type WaitlistEntry,
} from '@booking/core';
import {
  ActionRequestSchema,
  AvailabilityInputSchema,
  CancelBookingRequestSchema,
  GroupEventInputSchema,
  RescheduleBookingRequestSchema,
  BOOKING_STATUSES,
} from '@booking/core/schemas';
import { demoData, localInstant, type MockData, type MockProvider } from './data.js';
import {
  Routes,
  etagOf,
  invalid,
  json,
  problem,
  toResponse,
  type Reply,
  type RouteContext,
} from './http.js';

/** Knobs that make the mock misbehave on purpose, for demos and tests. Change them at any time. */
export interface MockFaults {
  /** Wait this long before answering, in ms. */
  latencyMs: number;
  /** Share of requests (0 to 1) answered 503. */
  errorRate: number;
  /** Answer every request with a network error, as if the connection were down. */
  offline: boolean;
  /** The next `POST /bookings` answers 409 `slot_unavailable`, as if someone booked first. */
  conflictNextCreate: boolean;
}

/** Options of {@link createMockBackend}. */
export interface MockOptions {
  /** Where the API lives: a path (`/api`) or an absolute URL; default `/api`. */
  baseUrl?: string;
  /** The data to start from; default {@link demoData} at the clock's now. */
  data?: MockData;
  /** The clock, in epoch ms (pin it in tests); default `Date.now`. */
  now?: () => number;
  /** Initial faults (all off by default). */
  faults?: Partial<MockFaults>;
  /** Random numbers for ids, tokens and the error rate; default `Math.random`. */
  random?: () => number;
  /** The page where clients manage a booking; `{id}` and `{token}` are filled in. */
  manageUrl?: string;
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
  bookings(): Booking[];
  /** Back to the initial data. */
  reset(): void;
}

interface State {
  providers: Map<string, MockProvider>;
  bookings: Map<string, Booking>;
  events: Map<string, GroupEvent>;
  waitlist: WaitlistEntry[];
  /** Manage token → what it manages. */
  manageTokens: Map<string, { kind: 'booking' | 'waitlist'; id: string }>;
  /** Provider token → provider id. */
  providerTokens: Map<string, string>;
  idempotency: Map<string, { fingerprint: string; reply: Reply }>;
  counter: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function basePathOf(baseUrl: string): string {
  const path = /^[a-z]+:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl;
  return `/${path.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
}

/** Stable JSON for comparing request bodies (keys sorted). */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * A mock backend implementing the whole contract in memory.
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
  let state = initialState();

  function initialState(): State {
    const data = structuredClone(options.data ?? demoData(clock()));
    const s: State = {
      providers: new Map(data.providers.map((p) => [p.provider.id, p])),
      bookings: new Map(),
      events: new Map(),
      waitlist: [],
      manageTokens: new Map(),
      providerTokens: new Map(data.providers.map((p) => [p.token, p.provider.id])),
      idempotency: new Map(),
      counter: 0,
    };
    const now = iso(clock());
    for (const seed of data.events) {
      const { day, time, registrations = [], ...input } = seed;
      const provider = s.providers.get(seed.providerId)!.provider;
      const event: GroupEvent = {
        ...input,
        start: localInstant(clock(), provider.timeZone, day, time),
        timeZone: provider.timeZone,
        seatsTaken: 0,
        status: 'scheduled',
      };
      s.events.set(event.id, event);
      registrations.forEach((seats, i) => {
        const outcome = registerSeats(
          event,
          {
            seats,
            client: { name: `Demo participant ${i + 1}`, email: `participant${i + 1}@example.com` },
          },
          {
            registrations: [...s.bookings.values()],
            now,
            id: `${event.id}-r${i + 1}`,
          },
        );
        if (outcome.ok && outcome.status === 'registered')
          s.bookings.set(outcome.booking.id, outcome.booking);
      });
    }
    return s;
  }

  const nextId = (prefix: string) =>
    `${prefix}_${(++state.counter).toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
  const newToken = () =>
    Array.from({ length: 4 }, () =>
      Math.floor(random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');

  // --- reading the store ---------------------------------------------------------------

  const registrationsOf = (eventId: string) =>
    [...state.bookings.values()].filter((b) => b.eventId === eventId);

  function eventView(event: GroupEvent): GroupEvent {
    const seats = seatState(event, seatContext(event.id));
    return { ...event, seatsTaken: Math.min(event.capacity, seats.taken + seats.held) };
  }

  function seatContext(eventId: string) {
    return { registrations: registrationsOf(eventId), waitlist: state.waitlist, now: iso(clock()) };
  }

  function busyOf(providerId: string, exceptId?: string): BusyInterval[] {
    const record = state.providers.get(providerId)!;
    return busyTime({
      bookings: [...state.bookings.values()].filter((b) => b.providerId === providerId),
      events: [...state.events.values()].filter((e) => e.providerId === providerId),
      external: record.external,
      exceptId: exceptId ?? null,
    });
  }

  function slotQuery(
    record: MockProvider,
    durationMinutes: number,
    exceptId?: string,
  ): Omit<SlotQuery, 'from' | 'to'> {
    return {
      timeZone: record.provider.timeZone,
      weekly: record.weekly,
      overrides: record.overrides,
      busy: busyOf(record.provider.id, exceptId),
      policy: { ...record.provider.policy, durationMinutes },
      now: iso(clock()),
    };
  }

  // --- auth ------------------------------------------------------------------------------

  type Auth = { actor: Actor; providerId?: string } | Reply;
  const unauthorized = (what: string) =>
    problem(401, 'unauthorized', `${what} needs a token: send "Authorization: Bearer <token>".`);

  function providerAuth(token: string | undefined, providerId: string): Auth {
    if (!token) return unauthorized('This provider endpoint');
    const owner = state.providerTokens.get(token);
    if (owner === undefined)
      return state.manageTokens.has(token)
        ? problem(
            403,
            'forbidden',
            'A manage token cannot change provider data; use the provider token.',
          )
        : problem(401, 'unauthorized', 'The token is not known. Check it, or sign in again.');
    if (owner !== providerId)
      return problem(
        403,
        'forbidden',
        `This token belongs to another provider and cannot touch "${providerId}".`,
      );
    return { actor: 'provider', providerId };
  }

  function bookingAuth(token: string | undefined, booking: Booking): Auth {
    if (!token) return unauthorized('Managing a booking');
    const managed = state.manageTokens.get(token);
    if (managed) {
      return managed.kind === 'booking' && managed.id === booking.id
        ? { actor: 'client' }
        : problem(403, 'forbidden', 'This manage token is for another booking.');
    }
    const owner = state.providerTokens.get(token);
    if (owner === undefined)
      return problem(
        401,
        'unauthorized',
        'The token is not known. Use the manage token from the booking confirmation.',
      );
    return owner === booking.providerId
      ? { actor: 'provider', providerId: owner }
      : problem(403, 'forbidden', 'This token belongs to another provider.');
  }

  const isReply = (a: Auth): a is Reply => 'status' in a;

  /** A reply rather than a record (records have a text `status`, replies a number). */
  const isProblem = (x: object): x is Reply => typeof (x as Reply).status === 'number';

  /** The booking of a manage route, once a token is there (401 first, then 404). */
  function findBooking(id: string, token: string | undefined, what: string): Booking | Reply {
    if (!token) return unauthorized(what);
    return (
      state.bookings.get(id) ?? problem(404, 'booking_not_found', `There is no booking "${id}".`)
    );
  }

  /** A waitlist entry its own manage token may read or answer (401, 404, 403). */
  function managedEntry(
    id: string,
    token: string | undefined,
    what: string,
  ): WaitlistEntry | Reply {
    if (!token) return unauthorized(what);
    const entry = state.waitlist.find((w) => w.id === id);
    if (!entry)
      return problem(404, 'waitlist_entry_not_found', `There is no waitlist entry "${id}".`);
    const managed = state.manageTokens.get(token);
    if (!managed || managed.id !== entry.id)
      return problem(403, 'forbidden', 'This token is for another waitlist entry.');
    return entry;
  }

  // --- helpers ---------------------------------------------------------------------------

  function page<T>(
    items: T[],
    query: URLSearchParams,
  ): Reply | { items: T[]; nextCursor: string | null } {
    const errors: FieldError[] = [];
    const limitText = query.get('limit');
    const limit = limitText === null ? 20 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      errors.push({
        field: 'limit',
        code: 'invalid_value',
        message: 'limit is a whole number from 1 to 100.',
      });
    const cursor = query.get('cursor');
    let offset = 0;
    if (cursor) {
      const match = /^o(\d+)$/.exec(safeAtob(cursor));
      if (!match)
        errors.push({
          field: 'cursor',
          code: 'invalid_cursor',
          message: 'The cursor is not one this server gave out. Start again without it.',
        });
      else offset = Number(match[1]);
    }
    if (errors.length) return invalid(errors);
    const slice = items.slice(offset, offset + limit);
    const next =
      offset + limit < items.length ? btoa(`o${offset + limit}`).replace(/=+$/, '') : null;
    return { items: slice, nextCursor: next };
  }

  function safeAtob(text: string): string {
    try {
      return atob(text);
    } catch {
      return '';
    }
  }

  /** Reads a price range: both bounds in minor units of `currency`, which is then required. */
  function priceRange(
    query: URLSearchParams,
  ): Reply | { currency?: string; min: number; max: number } {
    const min = query.get('minPrice');
    const max = query.get('maxPrice');
    const currency = query.get('currency') ?? undefined;
    const errors: FieldError[] = [];
    const read = (name: string, text: string | null, fallback: number) => {
      if (text === null || text === '') return fallback;
      const n = Number(text);
      if (!Number.isSafeInteger(n) || n < 0) {
        errors.push({
          field: name,
          code: 'invalid_price',
          message: `${name} is a whole number of minor units, 0 or more.`,
        });
      }
      return n;
    };
    const range = { min: read('minPrice', min, 0), max: read('maxPrice', max, Infinity) };
    if ((min !== null || max !== null) && !currency)
      errors.push({
        field: 'currency',
        code: 'required',
        message: 'A price range needs the currency it is in, such as currency=USD.',
      });
    if (errors.length) return invalid(errors);
    return { ...(currency ? { currency } : {}), ...range };
  }

  function instantParam(
    query: URLSearchParams,
    name: string,
    errors: FieldError[],
  ): number | undefined {
    const text = query.get(name);
    if (text === null || text === '') return undefined;
    const ms = Date.parse(text);
    if (Number.isNaN(ms) || !/[zZ]|[+-]\d\d:?\d\d$/.test(text)) {
      errors.push({
        field: name,
        code: 'invalid_instant',
        message: `${name} is an ISO-8601 instant such as 2026-12-01T00:00:00Z.`,
      });
      return undefined;
    }
    return ms;
  }

  /** Runs a create once per idempotency key: a retry replays the first answer. */
  function once(context: RouteContext, scope: string, create: () => Reply): Reply {
    const key = context.request.headers.get('idempotency-key');
    if (!key)
      return problem(
        400,
        'idempotency_key_required',
        'Send an Idempotency-Key header (a fresh UUID per booking attempt; the same one when retrying).',
      );
    const id = `${scope} ${key}`;
    const print = fingerprint(context.body);
    const seen = state.idempotency.get(id);
    if (seen) {
      if (seen.fingerprint !== print)
        return problem(
          422,
          'idempotency_conflict',
          'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        );
      return { ...seen.reply, headers: { ...seen.reply.headers, 'idempotent-replayed': 'true' } };
    }
    const reply = create();
    // Failed validation is not remembered, so the client can fix the request and retry with the key.
    if (reply.status < 500 && reply.status !== 422)
      state.idempotency.set(id, { fingerprint: print, reply });
    return reply;
  }

  function refused(result: { code: string; message: string }): Reply {
    return problem(409, 'transition_refused', result.message, { reason: result.code });
  }

  function store(booking: Booking): void {
    state.bookings.set(booking.id, booking);
  }

  function manageUrl(id: string, token: string): { manageUrl?: string } {
    return options.manageUrl
      ? {
          manageUrl: options.manageUrl
            .replace('{id}', encodeURIComponent(id))
            .replace('{token}', token),
        }
      : {};
  }

  // --- routes ----------------------------------------------------------------------------

  const routes = new Routes()
    .add('GET', '/providers', ({ query }) => {
      const range = priceRange(query);
      if ('status' in range) return range;
      const q = query.get('q')?.toLowerCase();
      const has = (list: string[] | null | undefined, name: string) => {
        const wanted = query.get(name)?.toLowerCase();
        return !wanted || (list ?? []).some((x) => x.toLowerCase() === wanted);
      };
      const jobTitle = query.get('jobTitle')?.toLowerCase();
      const kind = query.get('kind');
      const items = [...state.providers.values()]
        .map((r) => r.provider)
        .filter((p) => !q || [p.name, p.headline, p.bio].some((t) => t?.toLowerCase().includes(q)))
        .filter((p) => has(p.specializations, 'specialization') && has(p.subjects, 'subject'))
        .filter((p) => !jobTitle || p.headline?.toLowerCase().includes(jobTitle))
        .filter((p) => kind !== 'one_to_one' || p.services.length > 0)
        .filter(
          (p) =>
            kind !== 'group' ||
            p.groupPricing !== undefined ||
            [...state.events.values()].some((e) => e.providerId === p.id),
        )
        .filter((p) => {
          if (!range.currency) return true;
          const prices = [
            ...p.services
              .filter((s) => s.currency === range.currency)
              .flatMap((s) => durationPrices(s).map((d) => d.price.amount)),
            ...(p.groupPricing?.currency === range.currency
              ? [groupSeatPrice(p.groupPricing, 60).price.amount]
              : []),
          ];
          return prices.some((a) => a >= range.min && a <= range.max);
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const result = page(items, query);
      return 'status' in result ? result : json(200, result);
    })

    .add('GET', '/providers/:id', ({ params }) => {
      const record = state.providers.get(params.id!);
      return record
        ? json(200, record.provider)
        : problem(404, 'provider_not_found', `There is no provider "${params.id}".`);
    })

    .add('GET', '/providers/:id/availability', ({ params, query, request }) => {
      const record = state.providers.get(params.id!);
      if (!record)
        return problem(404, 'provider_not_found', `There is no provider "${params.id}".`);
      const errors: FieldError[] = [];
      const from = instantParam(query, 'from', errors);
      const to = instantParam(query, 'to', errors);
      if (from === undefined && !errors.some((e) => e.field === 'from'))
        errors.push({
          field: 'from',
          code: 'required',
          message: 'from is required: the first instant of the window.',
        });
      if (to === undefined && !errors.some((e) => e.field === 'to'))
        errors.push({
          field: 'to',
          code: 'required',
          message: 'to is required: the end of the window.',
        });
      if (from !== undefined && to !== undefined && (to <= from || to - from > 366 * 86_400_000))
        errors.push({
          field: 'to',
          code: 'invalid_range',
          message: 'to must be after from, at most 366 days later.',
        });
      if (errors.length) return invalid(errors);
      const day = 86_400_000;
      const lo = from! - 2 * day;
      const hi = to! + 2 * day;
      const body = {
        providerId: record.provider.id,
        timeZone: record.provider.timeZone,
        weekly: record.weekly,
        overrides: record.overrides.filter((o) => {
          const t = Date.parse(`${o.date}T12:00:00Z`);
          return t >= lo && t <= hi;
        }),
        busy: busyOf(record.provider.id).filter(
          (b) => Date.parse(b.end) > lo && Date.parse(b.start) < hi,
        ),
        from: iso(from!),
        to: iso(to!),
      };
      const etag = etagOf(body);
      const headers = { etag, 'cache-control': 'no-cache' };
      const match = request.headers.get('if-none-match');
      if (match && match.split(',').some((t) => t.trim() === etag)) return { status: 304, headers };
      return json(200, body, headers);
    })

    .add('PUT', '/providers/:id/availability', ({ params, token, body }) => {
      const record = state.providers.get(params.id!);
      if (!record)
        return problem(404, 'provider_not_found', `There is no provider "${params.id}".`);
      const auth = providerAuth(token, record.provider.id);
      if (isReply(auth)) return auth;
      const parsed = validate(AvailabilityInputSchema, body);
      if (!parsed.ok) return invalid(parsed.errors);
      try {
        // The slot engine's own checks (duplicate overrides and the like) with its messages.
        computeSlots({
          ...slotQuery(record, 60),
          ...parsed.value,
          from: iso(clock()),
          to: iso(clock()),
        });
      } catch (error) {
        if (!(error instanceof BookingInputError)) throw error;
        return invalid([
          {
            field: error.path.join('.'),
            code: error.code,
            message: error.message.replace(/^[^:]*: /, ''),
          },
        ]);
      }
      record.weekly = parsed.value.weekly;
      record.overrides = parsed.value.overrides ?? [];
      return json(200, { weekly: record.weekly, overrides: record.overrides });
    })

    .add('GET', '/providers/:id/bookings', ({ params, token, query }) => {
      const record = state.providers.get(params.id!);
      if (!record)
        return problem(404, 'provider_not_found', `There is no provider "${params.id}".`);
      const auth = providerAuth(token, record.provider.id);
      if (isReply(auth)) return auth;
      const errors: FieldError[] = [];
      const from = instantParam(query, 'from', errors);
      const to = instantParam(query, 'to', errors);
      const statuses = (query.get('status') ?? '').split(',').filter(Boolean);
      const unknown = statuses.filter((s) => !(BOOKING_STATUSES as readonly string[]).includes(s));
      if (unknown.length)
        errors.push({
          field: 'status',
          code: 'invalid_choice',
          message: `Unknown status ${unknown.join(', ')}. Use ${BOOKING_STATUSES.join(', ')}.`,
        });
      if (errors.length) return invalid(errors);
      const client = query.get('client')?.toLowerCase();
      const matching = [...state.bookings.values()]
        .filter((b) => b.providerId === record.provider.id)
        .filter(
          (b) =>
            (from === undefined || Date.parse(b.start) >= from) &&
            (to === undefined || Date.parse(b.start) < to),
        )
        .filter(
          (b) => !client || `${b.client.name} ${b.client.email}`.toLowerCase().includes(client),
        )
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
      const counts = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<
        BookingStatus,
        number
      >;
      for (const b of matching) counts[b.status]++;
      const result = page(
        statuses.length ? matching.filter((b) => statuses.includes(b.status)) : matching,
        query,
      );
      return 'status' in result ? result : json(200, { ...result, counts });
    })

    .add('POST', '/providers/:id/events', (context) => {
      const record = state.providers.get(context.params.id!);
      if (!record)
        return problem(404, 'provider_not_found', `There is no provider "${context.params.id}".`);
      const auth = providerAuth(context.token, record.provider.id);
      if (isReply(auth)) return auth;
      return once(context, `events:${record.provider.id}`, () => {
        const parsed = validate(GroupEventInputSchema, context.body);
        if (!parsed.ok) return invalid(parsed.errors);
        if (Date.parse(parsed.value.start) <= clock())
          return invalid([
            { field: 'start', code: 'too_soon', message: 'An event starts in the future.' },
          ]);
        const event: GroupEvent = {
          ...parsed.value,
          id: nextId('evt'),
          providerId: record.provider.id,
          timeZone: record.provider.timeZone,
          seatsTaken: 0,
          status: 'scheduled',
        };
        state.events.set(event.id, event);
        return json(201, eventView(event), { location: `${basePath}/events/${event.id}` });
      });
    })

    .add('GET', '/events', ({ query }) => {
      const range = priceRange(query);
      if ('status' in range) return range;
      const errors: FieldError[] = [];
      const from = instantParam(query, 'from', errors) ?? clock();
      const to = instantParam(query, 'to', errors);
      if (errors.length) return invalid(errors);
      const q = query.get('q')?.toLowerCase();
      const tag = query.get('tag')?.toLowerCase();
      const providerId = query.get('providerId');
      const hasSeats = query.get('hasSeats') === 'true';
      const items = [...state.events.values()]
        .filter((e) => e.status === 'scheduled' && e.visibility !== 'unlisted')
        .filter(
          (e) => Date.parse(e.start) >= from && (to === undefined || Date.parse(e.start) < to),
        )
        .filter((e) => !providerId || e.providerId === providerId)
        .filter((e) => !tag || (e.tags ?? []).some((t) => t.toLowerCase() === tag))
        .filter((e) => !q || [e.title, e.description].some((t) => t?.toLowerCase().includes(q)))
        .filter((e) => {
          if (!range.currency) return true;
          if (e.pricing.currency !== range.currency) return false;
          const price = groupSeatPrice(e.pricing, e.durationMinutes).price.amount;
          return price >= range.min && price <= range.max;
        })
        .map(eventView)
        .filter((e) => !hasSeats || e.seatsTaken < e.capacity)
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
      const result = page(items, query);
      return 'status' in result ? result : json(200, result);
    })

    .add('GET', '/events/:id', ({ params }) => {
      const event = state.events.get(params.id!);
      return event
        ? json(200, eventView(event))
        : problem(404, 'event_not_found', `There is no event "${params.id}".`);
    })

    .add('PATCH', '/events/:id', ({ params, token, body }) => {
      const event = state.events.get(params.id!);
      if (!event) return problem(404, 'event_not_found', `There is no event "${params.id}".`);
      const auth = providerAuth(token, event.providerId);
      if (isReply(auth)) return auth;
      const result = updateGroupEvent(event, body, seatContext(event.id));
      if (!result.ok) {
        if (result.code === 'validation_failed') return invalid(result.errors);
        if (result.code === 'capacity_below_taken')
          return invalid([{ field: 'capacity', code: 'too_small', message: result.message }]);
        return problem(409, 'transition_refused', result.message, { reason: 'wrong_state' });
      }
      state.events.set(event.id, result.event);
      state.waitlist = result.waitlist;
      return json(200, eventView(result.event));
    })

    .add('POST', '/events/:id/cancel', ({ params, token }) => {
      const event = state.events.get(params.id!);
      if (!event) return problem(404, 'event_not_found', `There is no event "${params.id}".`);
      const auth = providerAuth(token, event.providerId);
      if (isReply(auth)) return auth;
      const result = cancelGroupEvent(event, {
        ...seatContext(event.id),
        policy: state.providers.get(event.providerId)!.provider.policy,
      });
      if (!result.ok)
        return problem(409, 'transition_refused', result.message, { reason: 'wrong_state' });
      for (const { booking } of result.cancelled) store(booking);
      state.waitlist = result.waitlist;
      state.events.set(event.id, result.event);
      return json(200, eventView(result.event));
    })

    .add('POST', '/events/:id/registrations', (context) => {
      const event = state.events.get(context.params.id!);
      if (!event)
        return problem(404, 'event_not_found', `There is no event "${context.params.id}".`);
      return once(context, `registrations:${event.id}`, () => {
        const outcome = registerSeats(event, context.body, {
          ...seatContext(event.id),
          id: nextId(
            (context.body as { waitlist?: unknown } | undefined)?.waitlist === true ? 'wl' : 'reg',
          ),
        });
        if (!outcome.ok) {
          switch (outcome.code) {
            case 'validation_failed':
              return invalid(outcome.errors);
            case 'too_many_seats':
            case 'invalid_seats':
              return invalid([{ field: 'seats', code: outcome.code, message: outcome.message }]);
            case 'event_full':
              return problem(409, 'event_full', outcome.message, {
                waitlist: { available: outcome.waitlist, seatsLeft: outcome.left },
              });
            case 'price_changed':
              return problem(409, 'price_changed', outcome.message, { quote: outcome.quote });
            default:
              return problem(409, 'event_closed', outcome.message, { reason: outcome.code });
          }
        }
        const manageToken = newToken();
        if (outcome.status === 'waitlisted') {
          state.waitlist = outcome.waitlist;
          state.manageTokens.set(manageToken, { kind: 'waitlist', id: outcome.entry.id });
          return json(202, { entry: outcome.entry, position: outcome.position, manageToken });
        }
        store(outcome.booking);
        state.manageTokens.set(manageToken, { kind: 'booking', id: outcome.booking.id });
        return json(201, {
          booking: outcome.booking,
          manageToken,
          ...manageUrl(outcome.booking.id, manageToken),
        });
      });
    })

    .add('POST', '/bookings', (context) => {
      const body = context.body as { providerId?: unknown } | undefined;
      const record =
        typeof body?.providerId === 'string' ? state.providers.get(body.providerId) : undefined;
      if (typeof body?.providerId === 'string' && !record)
        return problem(404, 'provider_not_found', `There is no provider "${body.providerId}".`);
      return once(context, 'bookings', () => {
        if (!record)
          return invalid([
            {
              field: 'providerId',
              code: 'required',
              message: 'providerId names the provider to book.',
            },
          ]);
        const durationMinutes = Number(
          (context.body as { durationMinutes?: unknown }).durationMinutes,
        );
        const query = slotQuery(
          record,
          Number.isInteger(durationMinutes) && durationMinutes > 0 ? durationMinutes : 60,
        );
        const check = checkBookingRequest(context.body, {
          provider: record.provider,
          availability: { weekly: record.weekly, overrides: record.overrides },
          busy: query.busy ?? [],
          now: query.now,
          id: nextId('bkg'),
        });
        if (!check.ok && check.code === 'validation_failed') return invalid(check.errors);
        if (!check.ok && check.code === 'slot_unavailable')
          return problem(409, 'slot_unavailable', check.message, {
            reason: check.reason,
            alternatives: check.alternatives,
          });
        if (!check.ok) return problem(409, 'price_changed', check.message, { quote: check.quote });
        const { booking } = check;
        if (faults.conflictNextCreate) {
          faults.conflictNextCreate = false;
          return problem(409, 'slot_unavailable', 'This time was just booked by someone else.', {
            reason: 'conflict',
            alternatives: nearestAlternatives(query, booking.start, { count: 3 }),
          });
        }
        store(booking);
        const manageToken = newToken();
        state.manageTokens.set(manageToken, { kind: 'booking', id: booking.id });
        return json(
          201,
          { booking, manageToken, ...manageUrl(booking.id, manageToken) },
          { location: `${basePath}/bookings/${booking.id}` },
        );
      });
    })

    .add('GET', '/bookings/:id', ({ params, token }) => {
      const booking = findBooking(params.id!, token, 'Reading a booking');
      if (isProblem(booking)) return booking;
      const auth = bookingAuth(token, booking);
      return isReply(auth) ? auth : json(200, booking);
    })

    .add('POST', '/bookings/:id/cancel', ({ params, token, body }) => {
      const booking = findBooking(params.id!, token, 'Cancelling a booking');
      if (isProblem(booking)) return booking;
      const auth = bookingAuth(token, booking);
      if (isReply(auth)) return auth;
      const parsed = validate(CancelBookingRequestSchema, body ?? {});
      if (!parsed.ok) return invalid(parsed.errors);
      const policy = state.providers.get(booking.providerId)!.provider.policy;
      const reason = parsed.value.reason ?? null;
      const now = iso(clock());
      const event = booking.eventId ? state.events.get(booking.eventId) : undefined;
      if (event) {
        const result = cancelRegistration(booking, {
          ...seatContext(event.id),
          event,
          actor: auth.actor,
          policy,
          reason,
        });
        if (!result.ok) return refused(result);
        store(result.booking);
        state.waitlist = result.waitlist;
        return json(200, result.booking);
      }
      const action: BookingAction = { type: 'cancel', ...(reason ? { reason } : {}) };
      const result = transition(booking, action, { actor: auth.actor, now, policy });
      if (!result.ok) return refused(result);
      store(result.booking);
      return json(200, result.booking);
    })

    .add('POST', '/bookings/:id/reschedule', ({ params, token, body }) => {
      const booking = findBooking(params.id!, token, 'Rescheduling a booking');
      if (isProblem(booking)) return booking;
      const auth = bookingAuth(token, booking);
      if (isReply(auth)) return auth;
      const parsed = validate(RescheduleBookingRequestSchema, body);
      if (!parsed.ok) return invalid(parsed.errors);
      const record = state.providers.get(booking.providerId)!;
      const query = slotQuery(record, booking.durationMinutes, booking.id);
      const result = checkReschedule(booking, parsed.value.start, {
        actor: auth.actor === 'client' ? 'client' : 'provider',
        provider: record.provider,
        availability: { weekly: record.weekly, overrides: record.overrides },
        busy: query.busy ?? [],
        now: query.now,
      });
      if (!result.ok && result.code === 'slot_unavailable')
        return problem(409, 'slot_unavailable', result.message, {
          reason: result.reason,
          alternatives: result.alternatives,
        });
      if (!result.ok) return refused(result);
      store(result.booking);
      return json(200, result.booking);
    })

    .add('GET', '/waitlist/:id', ({ params, token }) => {
      const entry = managedEntry(params.id!, token, 'Reading a waitlist entry');
      if (isProblem(entry)) return entry;
      return json(200, {
        entry,
        position: waitlistPosition(state.waitlist, entry.id),
        manageToken: token,
      });
    })

    .add('POST', '/waitlist/:id/:answer', ({ params, token }) => {
      const entry = managedEntry(params.id!, token, 'Answering a waitlist offer');
      if (isProblem(entry)) return entry;
      if (params.answer !== 'accept' && params.answer !== 'decline')
        return problem(404, 'not_found', 'Answer an offer with /accept or /decline.');
      const event = state.events.get(entry.eventId)!;
      const result = answerSeatOffer(entry.id, params.answer === 'accept', {
        ...seatContext(event.id),
        event,
        id: nextId('reg'),
      });
      if (!result.ok)
        return problem(409, 'transition_refused', result.message, { reason: 'wrong_state' });
      state.waitlist = result.waitlist;
      if (!result.booking)
        return json(200, {
          entry: state.waitlist.find((w) => w.id === entry.id),
          position: 0,
          manageToken: token,
        });
      const { booking } = result;
      store(booking);
      // managedEntry answered 401 already when there was no token.
      state.manageTokens.set(token!, { kind: 'booking', id: booking.id });
      return json(201, { booking, manageToken: token!, ...manageUrl(booking.id, token!) });
    })

    .add('POST', '/bookings/:id/:action', ({ params, token, body }) => {
      const actions: Record<string, BookingAction['type']> = {
        confirm: 'confirm',
        decline: 'decline',
        start: 'start',
        complete: 'complete',
        'no-show': 'no_show',
      };
      const type = actions[params.action!];
      if (!type)
        return problem(
          404,
          'not_found',
          `There is no booking action "${params.action}". Use confirm, decline, start, complete or no-show.`,
        );
      const booking = findBooking(params.id!, token, 'This provider endpoint');
      if (isProblem(booking)) return booking;
      const auth = providerAuth(token, booking.providerId);
      if (isReply(auth)) return auth;
      const parsed = validate(ActionRequestSchema, body ?? {});
      if (!parsed.ok) return invalid(parsed.errors);
      const action = (
        type === 'decline' && parsed.value.reason ? { type, reason: parsed.value.reason } : { type }
      ) as BookingAction;
      const policy = state.providers.get(booking.providerId)!.provider.policy;
      const result = transition(booking, action, { actor: 'provider', now: iso(clock()), policy });
      if (!result.ok) return refused(result);
      store(result.booking);
      return json(200, result.booking);
    });

  async function handle(request: Request): Promise<Response> {
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (faults.offline) return Response.error();
    if (faults.errorRate > 0 && random() < faults.errorRate)
      return toResponse(problem(503, 'server_error', 'The mock failed on purpose (errorRate).'));
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`) && url.pathname !== basePath)
      return toResponse(
        problem(404, 'not_found', `${url.pathname} is outside the API (${basePath || '/'}).`),
      );
    const path = url.pathname.slice(basePath.length) || '/';
    const route = routes.match(request.method, path);
    if (route === undefined)
      return toResponse(
        problem(404, 'not_found', `There is no endpoint ${request.method} ${path}.`),
      );
    if (route === 'method')
      return toResponse(problem(404, 'not_found', `${path} does not take ${request.method}.`));
    let body: unknown;
    const text = request.method === 'GET' ? '' : await request.text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        return toResponse(
          problem(
            400,
            'bad_request',
            'The body is not JSON. Send Content-Type: application/json with a JSON object.',
          ),
        );
      }
    }
    const authorization = request.headers.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    try {
      // Route handlers are synchronous once the body is read: a check and the write it guards
      // can never interleave with another request.
      return toResponse(
        await route.handler({
          request,
          params: route.params,
          query: url.searchParams,
          body,
          token,
        }),
      );
    } catch (error) {
      console.error(error);
      return toResponse(
        problem(500, 'server_error', 'The mock failed unexpectedly; see the console.'),
      );
    }
  }

  return {
    handle,
    baseUrl: options.baseUrl ?? '/api',
    basePath,
    faults,
    bookings: () => [...state.bookings.values()],
    reset: () => {
      state = initialState();
    },
  };
}
