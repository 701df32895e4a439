// Seats and waitlists of group events (docs/design.md, "Lifecycle"), through the one-call
// functions a backend uses: registerSeats, cancelRegistration, answerSeatOffer, updateGroupEvent,
// cancelGroupEvent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerSeatOffer,
  cancelGroupEvent,
  cancelRegistration,
  checkSeats,
  lapseSeatOffers,
  quote,
  registerSeats,
  seatState,
  updateGroupEvent,
  waitlistPosition,
  type Booking,
  type GroupEvent,
  type WaitlistEntry,
} from '@booking/core';

const NOW = '2026-11-22T12:00:00Z';
const event: GroupEvent = {
  id: 'e1',
  providerId: 'mia',
  title: 'Portfolio review circle',
  start: '2026-12-10T17:00:00Z',
  durationMinutes: 90,
  timeZone: 'America/New_York',
  capacity: 6,
  seatsTaken: 0,
  maxSeatsPerRegistration: 4,
  pricing: { currency: 'USD', pricePerPerson: 2500 },
  status: 'scheduled',
};
const client = (n: number) => ({ name: `Client ${n}`, email: `c${n}@example.com` });

/** Registers `seats` and returns the booking (the registration must succeed). */
function register(
  id: string,
  seats: number,
  registrations: readonly Booking[] = [],
  now = NOW,
): Booking {
  const outcome = registerSeats(
    event,
    { seats, client: client(seats) },
    { registrations, now, id },
  );
  assert.ok(outcome.ok && outcome.status === 'registered', JSON.stringify(outcome));
  return outcome.booking;
}

describe('seats', () => {
  const r1 = register('r1', 4);
  const r2 = register('r2', 2, [r1]);
  const full = [r1, r2];

  it('registers with the quote of the seats and counts active registrations only', () => {
    assert.equal(r1.kind, 'group');
    assert.equal(r1.eventId, 'e1');
    assert.equal(r1.quote.total, 4 * 2500);
    assert.equal(r1.status, 'confirmed');
    assert.deepEqual(seatState(event, { registrations: full, now: NOW }), {
      capacity: 6,
      taken: 6,
      held: 0,
      left: 0,
    });
    const cancelled = cancelRegistration(r2, {
      event,
      registrations: full,
      actor: 'client',
      now: NOW,
    });
    assert.ok(cancelled.ok);
    assert.deepEqual(seatState(event, { registrations: [r1, cancelled.booking], now: NOW }), {
      capacity: 6,
      taken: 4,
      held: 0,
      left: 2,
    });
  });

  it('refuses a full event with a waitlist offer, unless the event keeps no waitlist', () => {
    const context = { registrations: full, now: NOW };
    assert.deepEqual(checkSeats(event, 1, context), {
      ok: false,
      code: 'event_full',
      message: 'The event is full.',
      left: 0,
      waitlist: true,
    });
    const noLine = checkSeats({ ...event, waitlist: false }, 1, context);
    assert.equal(!noLine.ok && noLine.code === 'event_full' && noLine.waitlist, false);
    const partly = { registrations: [r1], now: NOW };
    assert.deepEqual(checkSeats(event, 2, partly), { ok: true, left: 0 });
    assert.deepEqual(checkSeats(event, 3, partly), {
      ok: false,
      code: 'event_full',
      message: 'Only 2 seats are left.',
      left: 2,
      waitlist: true,
    });
  });

  it('refuses more seats than the capacity or the per-registration limit outright', () => {
    const empty = { registrations: [], now: NOW };
    assert.deepEqual(checkSeats(event, 5, empty), {
      ok: false,
      code: 'too_many_seats',
      message: 'At most 4 seats can be booked at once.',
      max: 4,
    });
    const unlimited = checkSeats({ ...event, maxSeatsPerRegistration: null }, 7, empty);
    assert.equal(!unlimited.ok && unlimited.code === 'too_many_seats' && unlimited.max, 6);
  });

  it('refuses zero, negative and fractional seat counts', () => {
    const empty = { registrations: [], now: NOW };
    for (const seats of [0, -1, 1.5, Number.NaN]) {
      const check = checkSeats(event, seats, empty);
      assert.equal(check.ok ? 'ok' : check.code, 'invalid_seats', String(seats));
    }
    const outcome = registerSeats(event, { seats: -1, client: client(1) }, { ...empty, id: 'r9' });
    assert.equal(outcome.ok ? 'ok' : outcome.code, 'validation_failed');
    assert.equal(!outcome.ok && 'errors' in outcome && outcome.errors[0]!.field, 'seats');
  });

  it('refuses a cancelled or started event', () => {
    const empty = { registrations: [], now: NOW };
    const cancelled = checkSeats({ ...event, status: 'cancelled' }, 1, empty);
    assert.equal(cancelled.ok ? 'ok' : cancelled.code, 'event_cancelled');
    const started = checkSeats(event, 1, { registrations: [], now: event.start });
    assert.equal(started.ok ? 'ok' : started.code, 'event_started');
  });

  it('answers price_changed with the fresh quote when the quote the client saw is stale', () => {
    const stale = quote({
      kind: 'group',
      event: { ...event, pricing: { currency: 'USD', pricePerPerson: 2000 } },
      seats: 1,
      now: NOW,
    });
    const outcome = registerSeats(
      event,
      { seats: 1, client: client(1), quote: stale },
      { registrations: [], now: NOW, id: 'r9' },
    );
    assert.equal(outcome.ok ? 'ok' : outcome.code, 'price_changed');
    assert.equal(!outcome.ok && 'quote' in outcome && outcome.quote.total, 2500);
  });

  it('reports every field problem of a registration at once', () => {
    const outcome = registerSeats(
      event,
      { seats: 1, client: { name: '', email: 'nope' } },
      { registrations: [], now: NOW, id: 'r9' },
    );
    assert.ok(!outcome.ok && outcome.code === 'validation_failed');
    assert.deepEqual(
      outcome.errors.map((e) => e.field),
      ['client.name', 'client.email'],
    );
  });
});

describe('waitlist', () => {
  const r1 = register('r1', 4);
  const r2 = register('r2', 2, [r1]);
  const full = [r1, r2];

  /** Joins the full event's waitlist. */
  function join(waitlist: WaitlistEntry[], id: string, seats: number, now = NOW) {
    const outcome = registerSeats(
      event,
      { seats, client: client(10 + seats), waitlist: true },
      { registrations: full, waitlist, now, id },
    );
    assert.ok(outcome.ok && outcome.status === 'waitlisted', JSON.stringify(outcome));
    return outcome;
  }
  const w1 = join([], 'w1', 3);
  const w2 = join(w1.waitlist, 'w2', 1, '2026-11-22T12:01:00Z');
  const w3 = join(w2.waitlist, 'w3', 1, '2026-11-22T12:02:00Z');
  const other: WaitlistEntry = {
    id: 'x1',
    eventId: 'other',
    seats: 1,
    client: client(14),
    joinedAt: NOW,
    status: 'waiting',
  };
  const waitlist = [...w3.waitlist, other];

  it('joins the line when the seats are gone and the request asks for it, in order', () => {
    assert.deepEqual([w1.position, w2.position, w3.position], [1, 2, 3]);
    assert.equal(w3.entry.status, 'waiting');
    assert.equal(Date.parse(w3.entry.joinedAt), Date.parse('2026-11-22T12:02:00Z'));
    assert.deepEqual(
      ['w1', 'w2', 'w3', 'x1'].map((id) => waitlistPosition(waitlist, id)),
      [1, 2, 3, 1],
    );
  });

  it('offers freed seats to the first entry whose count fits; skipped entries keep their place', () => {
    // r2 cancels: 2 seats free. w1 wants 3 (skipped), w2 and w3 want 1 each.
    const result = cancelRegistration(r2, {
      event,
      registrations: full,
      waitlist,
      actor: 'client',
      now: NOW,
      holdMinutes: 60,
    });
    assert.ok(result.ok);
    assert.deepEqual(
      result.offered.map((w) => w.id),
      ['w2', 'w3'],
    );
    assert.deepEqual(
      result.waitlist.map((w) => w.status),
      ['waiting', 'offered', 'offered', 'waiting'],
    );
    assert.equal(
      Date.parse(result.waitlist[1]!.offerExpiresAt!),
      Date.parse('2026-11-22T13:00:00Z'),
    );
    assert.equal(waitlistPosition(result.waitlist, 'w1'), 1);
    // Offers hold their seats: nobody else can take them.
    const context = { registrations: [r1, result.booking], waitlist: result.waitlist, now: NOW };
    assert.deepEqual(seatState(event, context), { capacity: 6, taken: 4, held: 2, left: 0 });
    assert.equal(checkSeats(event, 1, context).ok, false);
  });

  it('moves a declined offer on to the next entry that fits, repeatedly', () => {
    // r1 cancels: 4 seats free for w1 (3) and w2 (1).
    const first = cancelRegistration(r1, {
      event,
      registrations: full,
      waitlist,
      actor: 'provider',
      now: NOW,
    });
    assert.ok(first.ok);
    assert.deepEqual(
      first.offered.map((w) => w.id),
      ['w1', 'w2'],
    );
    const registrations = [first.booking, r2];
    const declined = answerSeatOffer('w1', false, {
      event,
      registrations,
      waitlist: first.waitlist,
      now: NOW,
      id: 'r9',
    });
    assert.ok(declined.ok);
    assert.equal(declined.booking, undefined);
    assert.deepEqual(
      declined.offered.map((w) => w.id),
      ['w3'],
    );
    assert.deepEqual(
      declined.waitlist.map((w) => w.status),
      ['declined', 'offered', 'offered', 'waiting'],
    );
    assert.equal(
      seatState(event, { registrations, waitlist: declined.waitlist, now: NOW }).left,
      2,
    );
  });

  it('turns an accepted offer into a registration of the held seats, once', () => {
    const freed = cancelRegistration(r2, {
      event,
      registrations: full,
      waitlist,
      actor: 'client',
      now: NOW,
    });
    assert.ok(freed.ok);
    const registrations = [r1, freed.booking];
    const context = { event, registrations, waitlist: freed.waitlist, now: NOW, id: 'r3' };
    const accepted = answerSeatOffer('w2', true, context);
    assert.ok(accepted.ok && accepted.booking);
    assert.equal(accepted.waitlist[1]!.status, 'accepted');
    assert.equal(accepted.booking.seats, 1);
    assert.equal(accepted.booking.client.email, 'c11@example.com');
    const after = {
      registrations: [...registrations, accepted.booking],
      waitlist: accepted.waitlist,
      now: NOW,
    };
    assert.deepEqual(seatState(event, after), { capacity: 6, taken: 5, held: 1, left: 0 });
    const again = answerSeatOffer('w2', true, { ...context, ...after });
    assert.equal(again.ok ? 'ok' : again.code, 'no_open_offer');
  });

  it('lets an expired offer lapse and passes its seats on', () => {
    const freed = cancelRegistration(r2, {
      event,
      registrations: full,
      waitlist,
      actor: 'client',
      now: NOW,
      holdMinutes: 30,
    });
    assert.ok(freed.ok);
    const later = '2026-11-22T12:30:00Z';
    const registrations = [r1, freed.booking];
    const context = { event, registrations, waitlist: freed.waitlist, now: later, id: 'r3' };
    const late = answerSeatOffer('w2', true, context);
    assert.equal(late.ok ? 'ok' : late.code, 'no_open_offer');
    assert.equal(seatState(event, context).left, 2);
  });

  it('lapses offers whose time ran out on a schedule, and offers their seats to the next in line', () => {
    const w4 = join(waitlist, 'w4', 1, '2026-11-22T12:03:00Z');
    const freed = cancelRegistration(r2, {
      event,
      registrations: full,
      waitlist: w4.waitlist,
      actor: 'client',
      now: NOW,
      holdMinutes: 30,
    });
    assert.ok(freed.ok);
    assert.deepEqual(
      freed.offered.map((w) => w.id),
      ['w2', 'w3'],
    );
    const registrations = [r1, freed.booking];
    // Before the hold ends, nothing lapses and nothing needs saving.
    const early = lapseSeatOffers(event, {
      registrations,
      waitlist: freed.waitlist,
      now: '2026-11-22T12:29:00Z',
      holdMinutes: 30,
    });
    assert.deepEqual([early.lapsed, early.offered], [[], []]);
    const later = '2026-11-22T12:30:00Z';
    const swept = lapseSeatOffers(event, {
      registrations,
      waitlist: freed.waitlist,
      now: later,
      holdMinutes: 30,
    });
    assert.deepEqual(
      swept.lapsed.map((w) => [w.id, w.status]),
      [
        ['w2', 'expired'],
        ['w3', 'expired'],
      ],
    );
    // w1 wants 3 of the 2 seats and keeps its place; w4 fits and gets an offer until 13:00.
    assert.deepEqual(
      swept.offered.map((w) => [w.id, Date.parse(w.offerExpiresAt!)]),
      [['w4', Date.parse('2026-11-22T13:00:00Z')]],
    );
    assert.ok(swept.waitlist.every((w) => w.eventId === event.id));
    assert.equal(swept.waitlist.find((w) => w.id === 'w1')?.status, 'waiting');
  });

  it('offers new seats when the capacity grows, and refuses one below the seats held', () => {
    const grown = updateGroupEvent(
      event,
      { capacity: 9 },
      { registrations: full, waitlist, now: NOW },
    );
    assert.ok(grown.ok);
    assert.equal(grown.event.capacity, 9);
    assert.deepEqual(
      grown.offered.map((w) => w.id),
      ['w1'],
    );
    const shrunk = updateGroupEvent(event, { capacity: 5 }, { registrations: full, now: NOW });
    assert.equal(shrunk.ok ? 'ok' : shrunk.code, 'capacity_below_taken');
    const bad = updateGroupEvent(event, { capacity: 0 }, { registrations: full, now: NOW });
    assert.equal(bad.ok ? 'ok' : bad.code, 'validation_failed');
  });

  it('cancels an event: every registration refunded in full, every entry withdrawn', () => {
    const paid = full.map((b) => ({ ...b, paymentStatus: 'paid' as const }));
    const result = cancelGroupEvent(event, { registrations: paid, waitlist, now: NOW });
    assert.ok(result.ok);
    assert.equal(result.event.status, 'cancelled');
    assert.deepEqual(
      result.cancelled.map((c) => [c.booking.status, c.refund.amount]),
      [
        ['cancelled', 10000],
        ['cancelled', 5000],
      ],
    );
    assert.deepEqual(
      result.waitlist.map((w) => w.status),
      ['withdrawn', 'withdrawn', 'withdrawn', 'waiting'],
    );
    const again = cancelGroupEvent(result.event, { registrations: [], now: NOW });
    assert.equal(again.ok ? 'ok' : again.code, 'event_cancelled');
  });
});
