// What a client submits: the details form with questions, and a whole request as a backend
// checks it (seed 002's rules: future, inside availability, positive durations, required fields,
// valid email, trimmed and capped text; stale quotes; taken slots with alternatives).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  busyTime,
  checkBookingRequest,
  checkReschedule,
  openBooking,
  quote,
  validate,
  validateBookingDetails,
  type BookingContext,
  type Provider,
  type Question,
} from '@booking/core';
import {
  BookingSchema,
  GroupEventInputSchema,
  GroupEventSchema,
  ProblemSchema,
  ProviderSchema,
  parse,
} from '@booking/core/schemas';

const NOW = '2026-11-22T12:00:00Z';
const questions: Question[] = [
  { id: 'goal', label: 'What would you like to work on?', kind: 'textarea', required: true },
  { id: 'level', label: 'Level', kind: 'select', options: ['Beginner', 'Advanced'] },
  { id: 'consent', label: 'I agree to the practice policy', kind: 'checkbox', required: true },
  { id: 'ref', label: 'How did you hear of us?', kind: 'text', maxLength: 20 },
];
const provider: Provider = {
  id: 'eleanor',
  name: 'Dr Eleanor Hart',
  headline: 'Sports therapist',
  timeZone: 'Europe/London',
  services: [
    {
      id: 'initial',
      name: 'Initial consultation',
      currency: 'GBP',
      durations: [{ minutes: 60, price: 7500 }, { minutes: 90 }],
      hourlyRate: 7000,
      questions,
    },
  ],
  policy: {
    minimumNoticeMinutes: 120,
    horizonDays: 60,
    bufferAfterMinutes: 15,
    requiresApproval: true,
  },
};
const good = {
  client: { name: '  Tom Baker ', email: ' tom@example.co.uk ', phone: '' },
  notes: '  Left knee  ',
  answers: { goal: ' Running again ', consent: true, level: '' },
};

describe('the details form', () => {
  it('returns cleaned values: trimmed, empty optional answers dropped', () => {
    assert.deepEqual(validateBookingDetails(good, questions), {
      ok: true,
      value: {
        client: { name: 'Tom Baker', email: 'tom@example.co.uk', phone: '' },
        notes: 'Left knee',
        answers: { goal: 'Running again', consent: true },
      },
    });
  });

  it('names every problem by field with a code and a message for the client', () => {
    const result = validateBookingDetails(
      {
        client: { name: '   ', email: 'tom@', phone: 'call me' },
        notes: 'x'.repeat(2001),
        answers: { goal: '  ', level: 'Expert', ref: 'a friend who knows everyone', extra: 'x' },
      },
      questions,
    );
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.field, e.code]),
      [
        ['client.name', 'required'],
        ['client.email', 'invalid_email'],
        ['client.phone', 'invalid_phone'],
        ['notes', 'too_long'],
        ['answers.extra', 'unknown_field'],
        ['answers.goal', 'required'],
        ['answers.level', 'invalid_choice'],
        ['answers.consent', 'must_accept'],
        ['answers.ref', 'too_long'],
      ],
    );
    const message = (field: string) => result.errors.find((e) => e.field === field)!.message;
    assert.equal(message('client.name'), 'Please enter your name.');
    assert.equal(
      message('notes'),
      'Please shorten the notes to at most 2000 characters (it has 2001).',
    );
    assert.equal(message('answers.goal'), 'Please answer “What would you like to work on?”.');
    assert.equal(
      message('answers.level'),
      'Please choose an answer to “Level” from: Beginner, Advanced.',
    );
    assert.equal(
      message('answers.consent'),
      'Please tick “I agree to the practice policy” to continue.',
    );
  });

  it('reports missing and mistyped fields as such', () => {
    const result = validateBookingDetails({ client: { email: 42 }, answers: 'none' });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.field, e.code, e.message]),
      [
        ['client.name', 'required', 'Please enter your name.'],
        ['client.email', 'invalid_type', 'Please enter your email address as text.'],
        ['answers', 'invalid_type', 'Please enter answers as an object.'],
      ],
    );
  });
});

describe('a booking request, as a backend checks it', () => {
  const service = provider.services[0]!;
  const start = '2026-11-24T09:00:00Z'; // a Tuesday, 09:00 in London
  const context = (over: Partial<BookingContext> = {}): BookingContext => ({
    provider,
    availability: { weekly: { tuesday: [{ start: '09:00', end: '12:00' }] } },
    busy: [],
    now: NOW,
    id: 'b1',
    ...over,
  });
  const request = (over: Record<string, unknown> = {}) => ({
    providerId: 'eleanor',
    serviceId: 'initial',
    start,
    durationMinutes: 60,
    ...good,
    quote: quote({ kind: 'one_to_one', service, durationMinutes: 60, start, now: NOW }),
    ...over,
  });

  it('accepts a good request and returns the booking to store, pending (the provider approves)', () => {
    const check = checkBookingRequest(request(), context());
    assert.ok(check.ok);
    const { booking } = check;
    assert.equal(booking.id, 'b1');
    assert.equal(Date.parse(booking.start), Date.parse(start));
    assert.equal(Date.parse(booking.end), Date.parse('2026-11-24T10:00:00Z'));
    assert.equal(booking.status, 'pending');
    assert.equal(booking.quote.total, 7500);
    assert.equal(booking.client.name, 'Tom Baker');
    assert.deepEqual(booking.answers, { goal: 'Running again', consent: true });
    assert.equal(booking.bufferAfterMinutes, 15, "the provider's buffers travel with it");
  });

  it('refuses malformed fields as validation_failed, each named', () => {
    const check = checkBookingRequest(
      request({ durationMinutes: 0, start: 'tomorrow', client: { name: 'Tom', email: 'x' } }),
      context(),
    );
    assert.ok(!check.ok && check.code === 'validation_failed');
    assert.deepEqual(
      check.errors.map((e) => e.field),
      ['start', 'durationMinutes', 'client.email'],
    );
  });

  it('refuses an unknown service, a length not offered and unanswered questions', () => {
    const unknown = checkBookingRequest(request({ serviceId: 'massage' }), context());
    assert.ok(!unknown.ok && unknown.code === 'validation_failed');
    assert.deepEqual(
      unknown.errors.map((e) => e.code),
      ['unknown_service'],
    );
    const odd = checkBookingRequest(request({ durationMinutes: 45, answers: {} }), context());
    assert.ok(!odd.ok && odd.code === 'validation_failed');
    assert.deepEqual(
      odd.errors.map((e) => [e.field, e.code]),
      [
        ['durationMinutes', 'invalid_duration'],
        ['answers.goal', 'required'],
        ['answers.consent', 'must_accept'],
      ],
    );
    assert.match(odd.errors[0]!.message, /^45 minutes is not a length this service offers/);
  });

  it('refuses a start that is not bookable with the reason and the nearest alternatives', () => {
    const taken = openBooking(
      {
        id: 'b0',
        providerId: 'eleanor',
        timeZone: 'Europe/London',
        serviceId: 'initial',
        start,
        durationMinutes: 60,
        bufferAfterMinutes: 15,
        client: good.client,
        quote: request().quote,
      },
      { now: NOW },
    );
    const check = checkBookingRequest(
      request(),
      context({ busy: busyTime({ bookings: [taken] }) }),
    );
    assert.ok(!check.ok && check.code === 'slot_unavailable');
    assert.equal(check.reason, 'conflict');
    assert.deepEqual(
      check.alternatives.map((s) => s.start),
      ['2026-11-24T11:00:00Z', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z'],
    );
    const past = checkBookingRequest(request({ start: '2026-11-17T09:00:00Z' }), context());
    assert.ok(!past.ok && past.code === 'slot_unavailable' && past.reason === 'too_soon');
    const outside = checkBookingRequest(request({ start: '2026-11-24T15:00:00Z' }), context());
    assert.ok(
      !outside.ok &&
        outside.code === 'slot_unavailable' &&
        outside.reason === 'outside_availability',
    );
  });

  it('moves a booking with checkReschedule: lifecycle first, then the slot without its own time', () => {
    const check = checkBookingRequest(request(), context());
    assert.ok(check.ok);
    const booking = check.booking;
    const busy = busyTime({ bookings: [booking] });
    const situation = { ...context(), busy, actor: 'client' as const };
    // Half an hour later overlaps only the booking itself: allowed.
    const moved = checkReschedule(booking, '2026-11-24T09:30:00Z', {
      ...situation,
      provider: { ...provider, policy: { ...provider.policy, stepMinutes: 30 } },
    });
    assert.ok(moved.ok, JSON.stringify(moved));
    assert.equal(moved.booking.id, booking.id);
    assert.equal(Date.parse(moved.booking.start), Date.parse('2026-11-24T09:30:00Z'));
    assert.equal(moved.booking.history.at(-1)!.action, 'reschedule');
    const outside = checkReschedule(booking, '2026-11-24T15:00:00Z', situation);
    assert.ok(!outside.ok && outside.code === 'slot_unavailable');
    assert.equal(outside.reason, 'outside_availability');
    const late = checkReschedule(booking, '2026-12-01T09:00:00Z', {
      ...situation,
      provider: {
        ...provider,
        policy: { ...provider.policy, cancellation: { cutoffHours: 24, refundPercent: 50 } },
      },
      now: '2026-11-24T08:00:00Z',
    });
    assert.equal(late.ok ? 'ok' : late.code, 'cancellation_cutoff');
  });

  it('answers price_changed with the fresh quote when the client saw an old price', () => {
    const raised: Provider = {
      ...provider,
      services: [{ ...service, durations: [{ minutes: 60, price: 8000 }, { minutes: 90 }] }],
    };
    const check = checkBookingRequest(request(), context({ provider: raised }));
    assert.ok(!check.ok && check.code === 'price_changed');
    assert.equal(check.quote.total, 8000);
  });
});

describe('entity schemas', () => {
  it('read null as absent, so rows from a database parse as they are', () => {
    const row = {
      ...provider,
      headline: null,
      bio: null,
      groupPricing: null,
      policy: { ...provider.policy, horizonDays: null, maxPerDay: null, cancellation: null },
    };
    const result = validate(ProviderSchema, row);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });

  it('bound every number so that products of them stay safe integers', () => {
    const event = {
      title: 'Retreat',
      start: '2026-12-10T17:00:00Z',
      durationMinutes: 1e21,
      capacity: 10,
      pricing: { currency: 'USD', pricePerPerson: 2 ** 53 - 1 },
    };
    const result = validate(GroupEventInputSchema, event);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.field, e.code]),
      [
        ['durationMinutes', 'invalid_minutes'],
        ['pricing.pricePerPerson', 'price_too_large'],
      ],
    );
    assert.match(result.errors[0]!.message, /at most 10080/);
  });

  it('parse a provider and say clearly what is wrong with a broken one', () => {
    assert.equal(parse(ProviderSchema, provider, 'provider').name, 'Dr Eleanor Hart');
    assert.throws(
      () => parse(ProviderSchema, { ...provider, timeZone: 'Europe/Londn' }, 'provider'),
      /^BookingInputError: provider\.timeZone: "Europe\/Londn" is not a known IANA time zone\. Did you mean "Europe\/London"\?$/,
    );
    const result = validate(ProviderSchema, {
      ...provider,
      services: [{ ...provider.services[0], currency: 'GPB' }],
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => e.field),
      ['services[0].currency'],
    );
  });

  it('keep a booking whole through a round trip', () => {
    const b = openBooking(
      {
        id: 'b1',
        providerId: 'eleanor',
        timeZone: 'Europe/London',
        serviceId: 'initial',
        start: '2026-11-24T09:00:00Z',
        durationMinutes: 60,
        client: { name: 'Tom Baker', email: 'tom@example.co.uk' },
        quote: quote({
          kind: 'one_to_one',
          service: provider.services[0]!,
          durationMinutes: 60,
          start: '2026-11-24T09:00:00Z',
          now: NOW,
        }),
      },
      { now: NOW },
    );
    assert.deepEqual(parse(BookingSchema, JSON.parse(JSON.stringify(b))), b);
  });

  it('refuse a group event with more seats taken than it has', () => {
    const result = validate(GroupEventSchema, {
      id: 'e1',
      providerId: 'mia',
      title: 'Circle',
      start: '2026-12-10T17:00:00Z',
      durationMinutes: 60,
      timeZone: 'America/New_York',
      capacity: 5,
      seatsTaken: 6,
      pricing: { currency: 'USD', pricePerPerson: 0 },
      status: 'scheduled',
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.field, e.message]),
      [['seatsTaken', 'seatsTaken (6) is more than the capacity (5).']],
    );
  });

  it('read a problem document with its extensions', () => {
    const problem = parse(ProblemSchema, {
      type: 'https://booking.dev/problems/slot_unavailable',
      title: 'That time is no longer available',
      status: 409,
      code: 'slot_unavailable',
      alternatives: [{ start: '2026-11-24T10:15:00Z', end: '2026-11-24T11:15:00Z' }],
      traceId: 'abc',
    });
    assert.equal(problem.alternatives?.length, 1);
  });
});
