// A provider's bookings as busy time, double-booking detection, and a client's summary.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  blockedRange,
  busyTime,
  computeSlots,
  findConflicts,
  openBooking,
  quote,
  summarizeClient,
  transition,
  type Booking,
} from '@booking/core';

const NOW = '2026-11-22T12:00:00Z';
const client = { name: 'Priya Nair', email: 'priya@example.com' };
const chat = { id: 'chat', currency: 'INR', durations: [{ minutes: 30, price: 2000 }] };
const book = (
  id: string,
  start: string,
  over: Partial<Parameters<typeof openBooking>[0]> = {},
): Booking =>
  openBooking(
    {
      id,
      providerId: 'megha',
      timeZone: 'Asia/Kolkata',
      serviceId: 'chat',
      start,
      durationMinutes: 30,
      bufferAfterMinutes: 15,
      client,
      quote: quote({ kind: 'one_to_one', service: chat, start, now: NOW }),
      ...over,
    },
    { now: NOW },
  );
const cancelled = (b: Booking) => {
  const r = transition(b, { type: 'cancel' }, { actor: 'client', now: NOW });
  assert.ok(r.ok);
  return r.booking;
};

describe('conflicts', () => {
  const bookings = [
    book('a', '2026-12-01T07:00:00Z'),
    cancelled(book('b', '2026-12-01T09:00:00Z')),
  ];
  const session = (start: string, over: { bufferBeforeMinutes?: number } = {}) => ({
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    ...over,
  });

  it('turns active one-to-one bookings into busy time with their buffers and ids', () => {
    assert.deepEqual(busyTime({ bookings }), [
      {
        id: 'a',
        start: '2026-12-01T07:00:00Z',
        end: '2026-12-01T07:30:00Z',
        kind: 'booking',
        bufferAfterMinutes: 15,
      },
    ]);
    assert.deepEqual(busyTime({ bookings, exceptId: 'a' }), []);
  });

  it('finds a double booking, buffers on both sides included', () => {
    const busy = busyTime({ bookings });
    const at = (start: string, before = 0) =>
      findConflicts(busy, session(start, { bufferBeforeMinutes: before })).map((b) => b.id);
    assert.deepEqual(at('2026-12-01T07:15:00Z'), ['a']);
    assert.deepEqual(at('2026-12-01T07:40:00Z'), ['a'], 'inside the 15 minutes after');
    assert.deepEqual(at('2026-12-01T07:45:00Z'), []);
    assert.deepEqual(at('2026-12-01T07:50:00Z', 15), ['a'], 'its own buffer before reaches');
    assert.deepEqual(at('2026-12-01T06:30:00Z'), []);
    assert.deepEqual(at('2026-12-01T09:00:00Z'), [], 'a cancelled booking frees its time');
    assert.deepEqual(
      findConflicts(busyTime({ bookings, exceptId: 'a' }), session('2026-12-01T07:15:00Z')),
      [],
      'a booking never conflicts with itself when it moves',
    );
  });

  it('sees group events and external blocks too, and pads by their own buffers', () => {
    const event = {
      id: 'e1',
      providerId: 'megha',
      title: 'Live Q&A',
      start: '2026-12-01T08:00:00Z',
      durationMinutes: 45,
      timeZone: 'Asia/Kolkata',
      capacity: 20,
      seatsTaken: 0,
      pricing: { currency: 'INR', pricePerPerson: 500 },
      status: 'scheduled' as const,
    };
    const external = [
      { start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', bufferAfterMinutes: 30 },
    ];
    const busy = busyTime({ bookings, events: [event], external });
    assert.deepEqual(
      findConflicts(busy, session('2026-12-01T08:30:00Z')).map((b) => b.id),
      ['e1'],
    );
    assert.deepEqual(
      findConflicts(busy, session('2026-12-01T11:15:00Z')).map((b) => b.kind),
      ['external'],
      'the external block keeps its 30 minutes after',
    );
    assert.deepEqual(findConflicts(busy, session('2026-12-01T11:30:00Z')), []);
  });

  it('gives the blocked range a database constraint compares', () => {
    const range = blockedRange({
      start: '2026-12-01T07:00:00Z',
      end: '2026-12-01T07:30:00Z',
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 15,
    });
    assert.equal(Date.parse(range.start), Date.parse('2026-12-01T06:55:00Z'));
    assert.equal(Date.parse(range.end), Date.parse('2026-12-01T07:45:00Z'));
  });

  it('agrees with the slot engine: a listed slot has no conflict', () => {
    const busy = busyTime({ bookings });
    const slots = computeSlots({
      timeZone: 'Asia/Kolkata',
      weekly: { tuesday: [{ start: '12:00', end: '14:00' }] },
      busy,
      policy: { durationMinutes: 30, stepMinutes: 15, bufferAfterMinutes: 15 },
      from: '2026-12-01T00:00:00Z',
      to: '2026-12-02T00:00:00Z',
      now: NOW,
    });
    // 12:00-14:00 in Kolkata is 06:30-08:30Z; 06:30 is off the list: its buffer after reaches 07:00.
    assert.deepEqual(
      slots.map((s) => s.start.slice(11, 16)),
      ['07:45', '08:00'],
    );
    const padded = (start: string) => ({ ...session(start), bufferAfterMinutes: 15 });
    assert.deepEqual(
      findConflicts(busy, padded('2026-12-01T06:30:00Z')).map((b) => b.id),
      ['a'],
    );
    for (const s of slots) assert.deepEqual(findConflicts(busy, padded(s.start)), []);
  });

  it('makes busy time of scheduled group events only', () => {
    const event = {
      id: 'e1',
      providerId: 'megha',
      title: 'Live Q&A',
      start: '2026-12-02T12:30:00Z',
      durationMinutes: 45,
      timeZone: 'Asia/Kolkata',
      capacity: 20,
      seatsTaken: 0,
      pricing: { currency: 'INR', pricePerPerson: 500 },
      status: 'scheduled' as const,
    };
    assert.deepEqual(busyTime({ events: [event, { ...event, id: 'e2', status: 'cancelled' }] }), [
      { id: 'e1', start: '2026-12-02T12:30:00Z', end: '2026-12-02T13:15:00Z', kind: 'booking' },
    ]);
  });
});

describe('client summary', () => {
  it('counts every booking but cancelled and declined ones, with totals per currency', () => {
    const declined = transition(
      book('d', '2026-12-05T10:00:00Z', { requiresApproval: true }),
      { type: 'decline' },
      { actor: 'provider', now: NOW },
    );
    assert.ok(declined.ok);
    const bookings = [
      book('past', '2026-11-20T10:00:00Z'),
      book('soon', '2026-11-23T10:00:00Z'),
      book('later', '2026-12-10T10:00:00Z'),
      cancelled(book('c', '2026-12-01T10:00:00Z')),
      declined.booking,
      openBooking(
        {
          id: 'usd',
          providerId: 'coach',
          timeZone: 'America/Chicago',
          serviceId: 'c',
          start: '2026-12-04T15:00:00Z',
          durationMinutes: 60,
          client,
          quote: quote({
            kind: 'one_to_one',
            service: { currency: 'USD', durations: [{ minutes: 60, price: 9000 }] },
            start: '2026-12-04T15:00:00Z',
            now: NOW,
          }),
        },
        { now: NOW },
      ),
    ];
    const summary = summarizeClient(bookings, { now: NOW });
    assert.equal(summary.totalSessions, 4);
    assert.deepEqual(summary.spent, {
      INR: { amount: 6000, currency: 'INR' },
      USD: { amount: 9000, currency: 'USD' },
    });
    assert.deepEqual(
      summary.upcoming.map((b) => b.id),
      ['soon', 'usd', 'later'],
    );
    assert.deepEqual(
      summary.past.map((b) => b.id),
      ['d', 'c', 'past'],
    );
  });

  it('is empty for a client without bookings', () => {
    assert.deepEqual(summarizeClient([], { now: NOW }), {
      totalSessions: 0,
      spent: {},
      upcoming: [],
      past: [],
    });
  });
});
