// Seats and waitlists of group events (DESIGN §6).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerOffer,
  checkSeats,
  joinWaitlist,
  offerSeats,
  openBooking,
  quote,
  seatState,
  transition,
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
const register = (id: string, seats: number): Booking =>
  openBooking(
    {
      id,
      providerId: 'mia',
      timeZone: event.timeZone,
      eventId: event.id,
      start: event.start,
      durationMinutes: event.durationMinutes,
      seats,
      client: client(seats),
      quote: quote({ kind: 'group', event, seats, now: NOW }),
    },
    NOW,
  );
const cancel = (b: Booking) => {
  const r = transition(b, { type: 'cancel' }, 'client', NOW);
  assert.ok(r.ok);
  return r.booking;
};

describe('seats', () => {
  const full = [register('r1', 4), register('r2', 2)];

  it('counts seats of active registrations only', () => {
    assert.deepEqual(seatState(event, full), { capacity: 6, taken: 6, held: 0, left: 0 });
    assert.deepEqual(seatState(event, [full[0]!, cancel(full[1]!)]), {
      capacity: 6,
      taken: 4,
      held: 0,
      left: 2,
    });
  });

  it('refuses a full event with a waitlist offer, unless the event keeps no waitlist', () => {
    const state = seatState(event, full);
    assert.deepEqual(checkSeats(event, state, 1, NOW), {
      ok: false,
      reason: 'event_full',
      left: 0,
      waitlist: true,
    });
    assert.deepEqual(checkSeats({ ...event, waitlist: false }, state, 1, NOW), {
      ok: false,
      reason: 'event_full',
      left: 0,
      waitlist: false,
    });
    const partly = seatState(event, [full[0]!]);
    assert.deepEqual(checkSeats(event, partly, 2, NOW), { ok: true, left: 0 });
    assert.deepEqual(checkSeats(event, partly, 3, NOW), {
      ok: false,
      reason: 'event_full',
      left: 2,
      waitlist: true,
    });
  });

  it('refuses more seats than the capacity or the per-registration limit outright, without a waitlist', () => {
    const empty = seatState(event, []);
    assert.deepEqual(checkSeats(event, empty, 5, NOW), {
      ok: false,
      reason: 'too_many_seats',
      max: 4,
    });
    assert.deepEqual(checkSeats({ ...event, maxSeatsPerRegistration: undefined }, empty, 7, NOW), {
      ok: false,
      reason: 'too_many_seats',
      max: 6,
    });
  });

  it('refuses a cancelled or started event', () => {
    const empty = seatState(event, []);
    assert.deepEqual(checkSeats({ ...event, status: 'cancelled' }, empty, 1, NOW), {
      ok: false,
      reason: 'event_cancelled',
    });
    assert.deepEqual(checkSeats(event, empty, 1, event.start), {
      ok: false,
      reason: 'event_started',
    });
  });
});

describe('waitlist', () => {
  const base = [register('r1', 4), register('r2', 2)];
  let waitlist: WaitlistEntry[] = [];
  waitlist = joinWaitlist(waitlist, { id: 'w1', eventId: 'e1', seats: 3, client: client(11) }, NOW);
  waitlist = joinWaitlist(
    waitlist,
    { id: 'w2', eventId: 'e1', seats: 1, client: client(12) },
    '2026-11-22T12:01:00Z',
  );
  waitlist = joinWaitlist(
    waitlist,
    { id: 'w3', eventId: 'e1', seats: 1, client: client(13) },
    '2026-11-22T12:02:00Z',
  );
  waitlist = joinWaitlist(
    waitlist,
    { id: 'x1', eventId: 'other', seats: 1, client: client(14) },
    NOW,
  );

  it('keeps the order people joined in', () => {
    assert.deepEqual(
      ['w1', 'w2', 'w3', 'x1'].map((id) => waitlistPosition(waitlist, id)),
      [1, 2, 3, 1],
    );
  });

  it('offers freed seats to the first entry whose count fits; skipped entries keep their place', () => {
    // r2 cancels: 2 seats free. w1 wants 3 (skipped), w2 and w3 want 1 each.
    const registrations = [base[0]!, cancel(base[1]!)];
    const { waitlist: next, offered } = offerSeats(event, registrations, waitlist, NOW, {
      holdMinutes: 60,
    });
    assert.deepEqual(
      offered.map((w) => w.id),
      ['w2', 'w3'],
    );
    assert.deepEqual(
      next.map((w) => w.status),
      ['waiting', 'offered', 'offered', 'waiting'],
    );
    assert.equal(next[1]!.offerExpiresAt, '2026-11-22T13:00:00Z');
    assert.equal(waitlistPosition(next, 'w1'), 1);
    // Offers hold their seats: nobody else can take them.
    const state = seatState(event, registrations, next, NOW);
    assert.deepEqual(state, { capacity: 6, taken: 4, held: 2, left: 0 });
    assert.equal(checkSeats(event, state, 1, NOW).ok, false);
  });

  it('moves a declined offer on to the next entry that fits, repeatedly', () => {
    // r1 cancels too late for anyone but w1 (3 seats): 4 seats free.
    const registrations = [cancel(base[0]!), base[1]!];
    const first = offerSeats(event, registrations, waitlist, NOW);
    assert.deepEqual(
      first.offered.map((w) => w.id),
      ['w1', 'w2'],
    );
    const declined = answerOffer(first.waitlist, 'w1', false, NOW)!;
    assert.equal(declined[0]!.status, 'declined');
    const second = offerSeats(event, registrations, declined, NOW);
    assert.deepEqual(
      second.offered.map((w) => w.id),
      ['w3'],
    );
    assert.deepEqual(
      second.waitlist.map((w) => w.status),
      ['declined', 'offered', 'offered', 'waiting'],
    );
    assert.equal(seatState(event, registrations, second.waitlist, NOW).left, 2);
  });

  it('lets an accepted offer turn into a registration', () => {
    const registrations = [base[0]!, cancel(base[1]!)];
    const { waitlist: offered } = offerSeats(event, registrations, waitlist, NOW);
    const accepted = answerOffer(offered, 'w2', true, NOW)!;
    assert.equal(accepted[1]!.status, 'accepted');
    const withSeat = [...registrations, register('r3', 1)];
    assert.deepEqual(seatState(event, withSeat, accepted, NOW), {
      capacity: 6,
      taken: 5,
      held: 1,
      left: 0,
    });
    assert.equal(answerOffer(accepted, 'w2', true, NOW), null);
  });

  it('lets an expired offer lapse and passes its seats on', () => {
    const registrations = [base[0]!, cancel(base[1]!)];
    const { waitlist: offered } = offerSeats(event, registrations, waitlist, NOW, {
      holdMinutes: 30,
    });
    const later = '2026-11-22T12:30:00Z';
    assert.equal(answerOffer(offered, 'w2', true, later), null);
    assert.equal(seatState(event, registrations, offered, later).left, 2);
    const again = offerSeats(event, registrations, offered, later, { holdMinutes: 30 });
    assert.deepEqual(
      again.waitlist.map((w) => w.status),
      ['waiting', 'expired', 'expired', 'waiting'],
    );
    assert.deepEqual(again.offered, []);
  });
});
