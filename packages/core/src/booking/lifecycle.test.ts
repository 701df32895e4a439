// The lifecycle (docs/design.md, Lifecycle): every action × actor × status, the time limits at their edges,
// reschedule, payment, refunds and approval.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedActions,
  openBooking,
  quote,
  refundFor,
  transition,
  type Actor,
  type Booking,
  type BookingAction,
  type BookingStatus,
  type LifecyclePolicy,
} from '@booking/core';
import { BOOKING_STATUSES } from '@booking/core/schemas';

const START = '2026-12-01T10:00:00Z'; // a 60-minute session, ends 11:00Z
const at = (offsetMinutes: number) =>
  new Date(Date.parse(START) + offsetMinutes * 60_000).toISOString().replace('.000Z', 'Z');
const service = { id: 'coaching', currency: 'USD', durations: [{ minutes: 60, price: 9000 }] };
const booked = openBooking(
  {
    id: 'b1',
    providerId: 'ana',
    timeZone: 'Europe/Lisbon',
    serviceId: 'coaching',
    start: START,
    durationMinutes: 60,
    client: { name: 'Sam Lee', email: 'sam@example.com' },
    quote: quote({ kind: 'one_to_one', service, start: START, now: '2026-11-22T12:00:00Z' }),
  },
  { now: '2026-11-22T12:00:00Z' },
);
const make = (over: Partial<Booking> = {}): Booking => ({ ...booked, ...over });
const policy = { cancellation: { cutoffHours: 24, refundPercent: 50 } };

const ACTORS: Actor[] = ['client', 'provider', 'system'];
const ACTIONS: BookingAction[] = [
  { type: 'confirm' },
  { type: 'decline', reason: 'Fully booked' },
  { type: 'cancel', reason: 'Ill' },
  { type: 'start' },
  { type: 'complete' },
  { type: 'no_show' },
  { type: 'reschedule', start: at(48 * 60) },
  { type: 'mark_paid' },
  { type: 'payment_failed' },
];

// Written from docs/design.md (Lifecycle), independently of the implementation's table.
const ALLOWED: Record<
  BookingAction['type'],
  { actors: Actor[]; from: BookingStatus[]; to?: BookingStatus }
> = {
  confirm: { actors: ['provider', 'system'], from: ['pending'], to: 'confirmed' },
  decline: { actors: ['provider'], from: ['pending'], to: 'declined' },
  cancel: {
    actors: ['client', 'provider', 'system'],
    from: ['pending', 'confirmed'],
    to: 'cancelled',
  },
  start: { actors: ['provider', 'system'], from: ['confirmed'], to: 'in_progress' },
  complete: { actors: ['provider', 'system'], from: ['confirmed', 'in_progress'], to: 'completed' },
  no_show: { actors: ['provider', 'system'], from: ['confirmed', 'in_progress'], to: 'no_show' },
  reschedule: { actors: ['client', 'provider'], from: ['pending', 'confirmed'] },
  mark_paid: {
    actors: ['provider', 'system'],
    from: ['pending', 'confirmed', 'in_progress', 'completed', 'no_show'],
  },
  payment_failed: { actors: ['system'], from: ['pending', 'confirmed'] },
};
// A moment at which the action is on time: before the start, or just after it.
const onTime = (type: BookingAction['type']) =>
  ['start', 'complete', 'no_show'].includes(type) ? at(5) : at(-48 * 60);

describe('who may do what from which status', () => {
  for (const action of ACTIONS) {
    const rule = ALLOWED[action.type];
    it(`${action.type}: allowed for ${rule.actors.join('/')} from ${rule.from.join('/')}, refused otherwise`, () => {
      let allowed = 0;
      let refused = 0;
      for (const status of BOOKING_STATUSES) {
        for (const actor of ACTORS) {
          const result = transition(make({ status }), action, {
            actor,
            now: onTime(action.type),
            policy,
          });
          const label = `${actor} ${action.type} from ${status}`;
          if (!rule.actors.includes(actor)) {
            assert.equal(result.ok ? 'ok' : result.code, 'wrong_actor', label);
            refused++;
          } else if (!rule.from.includes(status)) {
            assert.equal(result.ok ? 'ok' : result.code, 'wrong_state', label);
            refused++;
          } else {
            assert.ok(result.ok, `${label}: ${result.ok ? '' : result.message}`);
            assert.equal(result.booking.status, rule.to ?? status, label);
            const last = result.booking.history.at(-1)!;
            assert.deepEqual(
              [last.actor, last.action, last.status],
              [actor, action.type, result.booking.status],
            );
            allowed++;
          }
        }
      }
      assert.equal(allowed + refused, BOOKING_STATUSES.length * ACTORS.length);
    });
  }

  it('explains a refusal in words', () => {
    const wrongActor = transition(
      make({ status: 'pending' }),
      { type: 'decline' },
      { actor: 'client', now: at(-60) },
    );
    assert.equal(
      !wrongActor.ok && wrongActor.message,
      'A client cannot decline a booking; only provider can.',
    );
    const wrongState = transition(
      make({ status: 'completed' }),
      { type: 'cancel' },
      { actor: 'client', now: at(-60) },
    );
    assert.equal(
      !wrongState.ok && wrongState.message,
      'A completed booking cannot be cancelled; only pending or confirmed ones can.',
    );
  });

  it('lists the allowed actions for a dashboard', () => {
    assert.deepEqual(
      allowedActions(make({ status: 'pending' }), { actor: 'provider', now: at(-60), policy }),
      ['confirm', 'decline', 'cancel', 'reschedule', 'mark_paid'],
    );
    assert.deepEqual(allowedActions(make(), { actor: 'client', now: at(-60), policy }), ['cancel']);
    assert.deepEqual(allowedActions(make(), { actor: 'client', now: at(-48 * 60), policy }), [
      'cancel',
      'reschedule',
    ]);
  });

  it('never changes the booking it was given', () => {
    const before = structuredClone(booked);
    transition(booked, { type: 'cancel' }, { actor: 'client', now: at(-60), policy });
    assert.deepEqual(booked, before);
  });
});

describe('when', () => {
  const code = (r: ReturnType<typeof transition>) => (r.ok ? 'ok' : r.code);
  it('start opens 10 minutes before the start and closes at the scheduled end', () => {
    assert.equal(
      code(transition(make(), { type: 'start' }, { actor: 'provider', now: at(-10) })),
      'ok',
    );
    assert.equal(
      code(
        transition(
          make(),
          { type: 'start' },
          { actor: 'provider', now: '2026-12-01T09:49:59.999Z' },
        ),
      ),
      'too_early',
    );
    assert.equal(
      code(
        transition(
          make(),
          { type: 'start' },
          { actor: 'provider', now: '2026-12-01T10:59:59.999Z' },
        ),
      ),
      'ok',
    );
    assert.equal(
      code(transition(make(), { type: 'start' }, { actor: 'provider', now: at(60) })),
      'too_late',
    );
  });

  it('complete opens 10 minutes before the start and stays open', () => {
    assert.equal(
      code(transition(make(), { type: 'complete' }, { actor: 'provider', now: at(-11) })),
      'too_early',
    );
    assert.equal(
      code(transition(make(), { type: 'complete' }, { actor: 'provider', now: at(-10) })),
      'ok',
    );
    assert.equal(
      code(transition(make(), { type: 'complete' }, { actor: 'system', now: at(7 * 24 * 60) })),
      'ok',
    );
  });

  it('no-show opens at the start, from confirmed or in progress', () => {
    assert.equal(
      code(transition(make(), { type: 'no_show' }, { actor: 'provider', now: at(-1) })),
      'too_early',
    );
    assert.equal(
      code(transition(make(), { type: 'no_show' }, { actor: 'provider', now: at(0) })),
      'ok',
    );
    assert.equal(
      code(
        transition(
          make({ status: 'in_progress' }),
          { type: 'no_show' },
          { actor: 'system', now: at(20) },
        ),
      ),
      'ok',
    );
  });

  it('confirm, cancel and reschedule close at the start', () => {
    const pending = make({ status: 'pending' });
    for (const [booking, action] of [
      [pending, { type: 'confirm' }],
      [make(), { type: 'cancel' }],
      [make(), { type: 'reschedule', start: at(24 * 60) }],
    ] as const) {
      assert.equal(
        code(transition(booking, action, { actor: 'provider', now: at(-1) })),
        'ok',
        action.type,
      );
      assert.equal(
        code(transition(booking, action, { actor: 'provider', now: at(0) })),
        'too_late',
        action.type,
      );
    }
    const late = transition(make(), { type: 'cancel' }, { actor: 'client', now: at(0) });
    assert.equal(
      !late.ok && late.message,
      'It is too late to cancel this booking: the session has started.',
    );
  });
});

describe('reschedule', () => {
  it('keeps id, status, duration and price, and records the old start', () => {
    const result = transition(
      make(),
      { type: 'reschedule', start: '2026-12-03T15:30:00+01:00' },
      { actor: 'client', now: '2026-11-25T09:00:00Z', policy },
    );
    assert.ok(result.ok);
    const b = result.booking;
    assert.deepEqual(
      [b.id, b.status, b.durationMinutes, b.quote, b.start, b.end],
      ['b1', 'confirmed', 60, booked.quote, '2026-12-03T14:30:00Z', '2026-12-03T15:30:00Z'],
    );
    assert.deepEqual(b.history.at(-1), {
      at: '2026-11-25T09:00:00Z',
      actor: 'client',
      action: 'reschedule',
      status: 'confirmed',
      paymentStatus: 'pending',
      previousStart: START,
    });
  });

  it('refuses a client inside the cutoff, lets the provider until the start', () => {
    const inside = at(-24 * 60 + 1);
    const client = transition(
      make(),
      { type: 'reschedule', start: at(3 * 24 * 60) },
      { actor: 'client', now: inside, policy },
    );
    assert.equal(!client.ok && client.code, 'cancellation_cutoff');
    assert.match(!client.ok ? client.message : '', /up to 24 hours before the start/);
    assert.ok(
      transition(
        make(),
        { type: 'reschedule', start: at(3 * 24 * 60) },
        { actor: 'client', now: at(-24 * 60), policy },
      ).ok,
    );
    assert.ok(
      transition(
        make(),
        { type: 'reschedule', start: at(3 * 24 * 60) },
        { actor: 'provider', now: at(-1), policy },
      ).ok,
    );
  });

  it('refuses a new start in the past or equal to the current one', () => {
    for (const start of [at(-3 * 24 * 60), START]) {
      const r = transition(
        make(),
        { type: 'reschedule', start },
        { actor: 'provider', now: at(-2 * 24 * 60) },
      );
      assert.equal(!r.ok && r.code, 'invalid_time');
    }
  });
});

describe('payment', () => {
  it('is marked paid from pending or failed, failed only from pending', () => {
    for (const [from, action, actor, expected] of [
      ['pending', 'mark_paid', 'system', 'paid'],
      ['failed', 'mark_paid', 'provider', 'paid'],
      ['paid', 'mark_paid', 'system', 'wrong_state'],
      ['refunded', 'mark_paid', 'system', 'wrong_state'],
      ['pending', 'payment_failed', 'system', 'failed'],
      ['paid', 'payment_failed', 'system', 'wrong_state'],
    ] as const) {
      const r = transition(
        make({ paymentStatus: from }),
        { type: action },
        { actor, now: at(-60) },
      );
      assert.equal(r.ok ? r.booking.paymentStatus : r.code, expected, `${action} from ${from}`);
    }
  });
});

describe('refunds', () => {
  const paid = make({ paymentStatus: 'paid' });
  const refund = (
    b: Booking,
    action: 'cancel' | 'decline',
    actor: Actor,
    now: string,
    p: LifecyclePolicy = policy,
  ) => refundFor(b, action, { actor, now, policy: p }).amount;

  it('gives a client everything back at least the cutoff before the start, the percent later', () => {
    assert.equal(refund(paid, 'cancel', 'client', at(-24 * 60)), 9000);
    assert.equal(refund(paid, 'cancel', 'client', at(-24 * 60 + 1)), 4500);
    assert.equal(
      refund(paid, 'cancel', 'client', at(-1), {
        cancellation: { cutoffHours: 48, refundPercent: 33.33 },
      }),
      3000,
    );
    assert.equal(
      refund(paid, 'cancel', 'client', at(-1), {
        cancellation: { cutoffHours: 48, refundPercent: 0 },
      }),
      0,
    );
  });

  it('refunds in full when the provider or system cancels, on a decline, and for a withdrawn request', () => {
    assert.equal(refund(paid, 'cancel', 'provider', at(-1)), 9000);
    assert.equal(refund(paid, 'cancel', 'system', at(-1)), 9000);
    assert.equal(
      refund(make({ status: 'pending', paymentStatus: 'paid' }), 'decline', 'provider', at(-1)),
      9000,
    );
    assert.equal(
      refund(make({ status: 'pending', paymentStatus: 'paid' }), 'cancel', 'client', at(-1)),
      9000,
    );
    assert.equal(refund(paid, 'cancel', 'client', at(-1), {}), 9000);
  });

  it('refunds nothing that was not paid', () => {
    for (const paymentStatus of ['pending', 'failed', 'refunded'] as const)
      assert.equal(refund(make({ paymentStatus }), 'cancel', 'provider', at(-60)), 0);
  });

  it('records the refund on the booking and in the payment status', () => {
    const late = transition(
      paid,
      { type: 'cancel', reason: 'Ill' },
      { actor: 'client', now: at(-60), policy },
    );
    assert.ok(late.ok);
    assert.deepEqual(late.refund, { amount: 4500, currency: 'USD' });
    assert.deepEqual(
      [
        late.booking.status,
        late.booking.paymentStatus,
        late.booking.refundedAmount,
        late.booking.history.at(-1)!.reason,
      ],
      ['cancelled', 'refunded', 4500, 'Ill'],
    );
    const unpaid = transition(
      make(),
      { type: 'cancel' },
      { actor: 'client', now: at(-60), policy },
    );
    assert.ok(unpaid.ok);
    assert.deepEqual([unpaid.booking.paymentStatus, unpaid.refund.amount], ['pending', 0]);
  });
});

describe('creation', () => {
  it('creates pending bookings for providers that approve, confirmed ones otherwise', () => {
    assert.equal(booked.status, 'confirmed');
    const input = { ...booked, requiresApproval: true };
    const pending = openBooking(input, { now: '2026-11-22T12:00:00Z' });
    assert.equal(pending.status, 'pending');
    assert.equal(pending.end, '2026-12-01T11:00:00Z');
    assert.deepEqual(pending.history, [
      {
        at: '2026-11-22T12:00:00Z',
        actor: 'client',
        action: 'create',
        status: 'pending',
        paymentStatus: 'pending',
      },
    ]);
  });

  it('keeps the quote it was made with when the provider changes prices later', () => {
    const later = quote({
      kind: 'one_to_one',
      service: { ...service, durations: [{ minutes: 60, price: 12000 }] },
      start: START,
      now: '2026-11-23T00:00:00Z',
    });
    assert.equal(later.total, 12000);
    const moved = transition(
      booked,
      { type: 'reschedule', start: at(24 * 60) },
      { actor: 'provider', now: '2026-11-23T00:00:00Z' },
    );
    assert.ok(moved.ok);
    assert.equal(moved.booking.quote.total, 9000);
    assert.equal(
      refundFor({ ...moved.booking, paymentStatus: 'paid' }, 'cancel', {
        actor: 'provider',
        now: at(-60),
      }).amount,
      9000,
    );
  });
});
