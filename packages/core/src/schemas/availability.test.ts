// The zod schemas (the published contract) and the engine's fast validators must accept and refuse
// the same input with the same messages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BookingInputError, computeSlots, type SlotQuery } from '@booking/core';
import { SlotQuerySchema } from '@booking/core/schemas';

const valid: SlotQuery = {
  timeZone: 'Europe/Lisbon',
  weekly: {
    monday: [{ start: '09:00', end: '24:00' }],
    friday: [{ start: '22:00', end: '02:00' }],
  },
  overrides: [{ date: '2026-12-24', windows: [] }],
  busy: [
    {
      start: '2026-03-02T10:00:00+00:00',
      end: '2026-03-02T11:00:00Z',
      kind: 'booking',
      bufferAfterMinutes: 10,
    },
  ],
  policy: {
    durationMinutes: 60,
    stepMinutes: 30,
    minimumNoticeMinutes: 0,
    horizonDays: 30,
    maxPerDay: 4,
  },
  from: '2026-03-02T00:00:00Z',
  to: '2026-03-09T00:00:00Z',
  now: '2026-03-01T00:00:00Z',
};

const broken: [string, (q: SlotQuery) => unknown][] = [
  ['wall time 25:00', (q) => ({ ...q, weekly: { monday: [{ start: '25:00', end: '26:00' }] } })],
  ['empty window', (q) => ({ ...q, weekly: { monday: [{ start: '10:00', end: '10:00' }] } })],
  [
    'window starting at 24:00',
    (q) => ({ ...q, weekly: { monday: [{ start: '24:00', end: '01:00' }] } }),
  ],
  ['unknown weekday', (q) => ({ ...q, weekly: { funday: [] } })],
  ['unknown zone', (q) => ({ ...q, timeZone: 'Europe/Lisbonn' })],
  ['negative duration', (q) => ({ ...q, policy: { durationMinutes: -5 } })],
  ['fractional step', (q) => ({ ...q, policy: { durationMinutes: 30, stepMinutes: 7.5 } })],
  [
    'busy ending before it starts',
    (q) => ({
      ...q,
      busy: [{ start: '2026-03-02T11:00:00Z', end: '2026-03-02T10:00:00Z', kind: 'external' }],
    }),
  ],
  [
    'busy of an unknown kind',
    (q) => ({
      ...q,
      busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', kind: 'holiday' }],
    }),
  ],
  ['instant without offset', (q) => ({ ...q, now: '2026-03-01T00:00:00' })],
  ['impossible date', (q) => ({ ...q, overrides: [{ date: '2026-02-29', windows: [] }] })],
];

describe('schemas and the engine agree', () => {
  it('both accept a valid query', () => {
    assert.equal(SlotQuerySchema.safeParse(valid).success, true);
    assert.doesNotThrow(() => computeSlots(valid));
  });
  for (const [name, breakIt] of broken) {
    it(`both refuse ${name}, with the same message`, () => {
      const q = breakIt(valid);
      const parsed = SlotQuerySchema.safeParse(q);
      assert.equal(parsed.success, false);
      let thrown: unknown;
      try {
        computeSlots(q as SlotQuery);
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown instanceof BookingInputError, 'the engine throws a BookingInputError');
      const schemaMessages = parsed.error!.issues.map((i) => i.message);
      assert.ok(
        schemaMessages.some((m) => thrown.message.endsWith(m)),
        `engine: ${thrown.message}\nschema: ${schemaMessages.join(' | ')}`,
      );
    });
  }
});
