// @booking/core in Node, no browser and no backend: a coach's next week of slots for viewers in
// two zones, the price of a session with its discounts, and a booking request checked the way a
// backend checks it. Run it with `npm run example:headless`.
import {
  checkBookingRequest,
  computeSlots,
  formatMoney,
  groupSlotsByDay,
  quote,
  type Provider,
  type WeeklyAvailability,
} from '@booking/core';

const now = '2026-11-23T09:00:00Z';
const coach: Provider = {
  id: 'sam',
  name: 'Sam Okafor',
  timeZone: 'America/New_York',
  services: [
    {
      id: 'coaching',
      name: 'Coaching session',
      currency: 'USD',
      durations: [
        { minutes: 30, price: 5000 },
        { minutes: 60, price: 9000 },
      ],
      earlyBooking: [{ daysAhead: 7, percentOff: 10 }],
    },
  ],
  policy: { stepMinutes: 60, bufferAfterMinutes: 15, minimumNoticeMinutes: 120, horizonDays: 30 },
};
const weekly: WeeklyAvailability = {
  monday: [{ start: '09:00', end: '12:00' }],
  wednesday: [{ start: '13:00', end: '17:00' }],
  friday: [{ start: '08:00', end: '10:00' }],
};
const busy = [
  { start: '2026-11-25T18:00:00Z', end: '2026-11-25T19:00:00Z', kind: 'booking' as const },
];

// 1. The week's slots: the same instants for everyone, grouped by each viewer's own days.
const slots = computeSlots({
  timeZone: coach.timeZone,
  weekly,
  busy,
  policy: { ...coach.policy, durationMinutes: 60 },
  from: now,
  to: '2026-11-30T09:00:00Z',
  now,
});
for (const viewer of ['Europe/London', 'Asia/Tokyo']) {
  console.log(`\nSam's week as seen from ${viewer}`);
  for (const day of groupSlotsByDay(slots, viewer))
    console.log(`  ${day.date}  ${day.slots.map((s) => s.localTime).join('  ')}`);
}

// 2. A price with its breakdown: booked more than 7 days ahead, 10 % off.
const service = coach.services[0]!;
const start = '2026-12-02T18:00:00Z';
const priced = quote({ kind: 'one_to_one', service, durationMinutes: 60, start, now });
console.log('\nQuote for 60 minutes on 2 December');
for (const line of priced.lines)
  console.log(
    `  ${line.kind.padEnd(14)} ${formatMoney({ amount: line.amount, currency: priced.currency }, 'en-US').padStart(10)}`,
  );
console.log(
  `  ${'total'.padEnd(14)} ${formatMoney({ amount: priced.total, currency: priced.currency }, 'en-US').padStart(10)}`,
);

// 3. A booking request checked as a backend would: taken slot, bad email, then a good one.
const context = { provider: coach, availability: { weekly }, busy, now };
const request = {
  providerId: 'sam',
  serviceId: 'coaching',
  durationMinutes: 60,
  client: { name: 'Jo Park', email: 'jo@example.com' },
};
const checks = [
  { label: 'a taken slot', start: '2026-11-25T18:00:00Z', email: 'jo@example.com' },
  { label: 'a bad email', start, email: 'jo@example' },
  { label: 'a good request', start, email: 'jo@example.com' },
];
console.log('\nBooking requests');
for (const c of checks) {
  const result = checkBookingRequest(
    {
      ...request,
      start: c.start,
      client: { ...request.client, email: c.email },
      quote: quote({ kind: 'one_to_one', service, durationMinutes: 60, start: c.start, now }),
    },
    { ...context, id: `check-${c.email}` },
  );
  const outcome = result.ok
    ? `ok: ${result.booking.status}, ${formatMoney({ amount: result.booking.quote.total, currency: 'USD' }, 'en-US')}`
    : result.code === 'validation_failed'
      ? `422 ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`
      : result.code === 'slot_unavailable'
        ? `409 ${result.reason}; try ${result.alternatives.map((a) => a.start).join(', ')}`
        : `409 price changed`;
  console.log(`  ${c.label.padEnd(16)} ${outcome}`);
}
