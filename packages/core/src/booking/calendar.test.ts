// A booking's calendar identity (one UID for its life, a SEQUENCE that rises with each change) and
// the text of its .ics file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBooking, quote, transition } from '@booking/core';
import { calendarIdentity, icsEvent } from '@booking/core/calendar';

const NOW = '2026-11-22T12:00:00Z';
const lesson = { id: 'lesson', currency: 'EUR', durations: [{ minutes: 60, price: 4500 }] };
const start = '2026-12-01T10:00:00Z';
const requested = openBooking(
  {
    id: 'bkg_7Hq2',
    providerId: 'ana',
    timeZone: 'Europe/Lisbon',
    serviceId: 'lesson',
    start,
    durationMinutes: 60,
    client: { name: 'Jo Park', email: 'jo@example.com' },
    quote: quote({ kind: 'one_to_one', service: lesson, start, now: NOW }),
    requiresApproval: true,
  },
  { now: NOW },
);
const step = (booking: typeof requested, action: Parameters<typeof transition>[1]) => {
  const result = transition(booking, action, { actor: 'provider', now: NOW });
  assert.ok(result.ok, JSON.stringify(result));
  return result.booking;
};

describe('calendar files', () => {
  it('keep one UID for a booking and raise SEQUENCE with each change', () => {
    const confirmed = step(requested, { type: 'confirm' });
    const moved = step(confirmed, { type: 'reschedule', start: '2026-12-02T10:00:00Z' });
    const cancelled = step(moved, { type: 'cancel' });
    const identities = [requested, confirmed, moved, cancelled].map(calendarIdentity);
    assert.deepEqual(new Set(identities.map((i) => i.uid)), new Set(['bkg_7Hq2@booking.dev']));
    assert.deepEqual(
      identities.map((i) => i.sequence),
      [0, 1, 2, 3],
    );
  });

  it('write RFC 5545 text: UTC times, escaped text, folded lines, CRLF, and the invitation parts', () => {
    const text = icsEvent({
      ...calendarIdentity(requested),
      method: 'REQUEST',
      product: 'booking-server',
      start: requested.start,
      end: requested.end,
      now: '2026-11-22T12:00:00.000+00:00',
      title: 'Lesson; guitar, with Ana',
      description: `Line one\nLine two: ${'é'.repeat(60)}`,
      status: 'TENTATIVE',
      organizer: { name: 'Ana "Lessons" Lima', email: 'ana@example.com' },
      attendee: { name: 'Jo Park', email: 'jo@example.com' },
    });
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
    const lines = text.split('\r\n');
    for (const line of lines) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    const unfolded = text.replace(/\r\n /g, '').split('\r\n');
    assert.ok(unfolded.includes('METHOD:REQUEST'));
    assert.ok(unfolded.includes('UID:bkg_7Hq2@booking.dev'));
    assert.ok(unfolded.includes('SEQUENCE:0'));
    assert.ok(unfolded.includes('DTSTAMP:20261122T120000Z'));
    assert.ok(unfolded.includes('DTSTART:20261201T100000Z'));
    assert.ok(unfolded.includes('DTEND:20261201T110000Z'));
    assert.ok(unfolded.includes('SUMMARY:Lesson\\; guitar\\, with Ana'));
    assert.ok(unfolded.includes(`DESCRIPTION:Line one\\nLine two: ${'é'.repeat(60)}`));
    assert.ok(unfolded.includes('STATUS:TENTATIVE'));
    assert.ok(unfolded.includes('ORGANIZER;CN="Ana Lessons Lima":mailto:ana@example.com'));
    assert.ok(
      unfolded.some(
        (l) => l.startsWith('ATTENDEE;CN="Jo Park";') && l.endsWith(':mailto:jo@example.com'),
      ),
    );
    assert.ok(unfolded.includes('PRODID:-//Booking SDK//booking-server//EN'));
  });

  it('leave out what an import file does not have', () => {
    const text = icsEvent({
      ...calendarIdentity(requested),
      method: 'PUBLISH',
      product: 'booking-elements',
      start: requested.start,
      end: requested.end,
      now: NOW,
      title: 'Lesson',
      description: null,
      status: 'CONFIRMED',
    });
    assert.doesNotMatch(text, /DESCRIPTION|LOCATION|URL|ORGANIZER|ATTENDEE/);
    assert.match(text, /METHOD:PUBLISH\r\n/);
  });
});
