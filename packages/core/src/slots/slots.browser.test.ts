// Core runs the same in a browser: the DST and viewer-zone behaviour checked in Chromium.
import { expect } from '@open-wc/testing';
import { browserTimeZone, computeSlots, groupSlotsByDay } from '@booking/core';

describe('@booking/core in the browser', () => {
  it('computes New York’s fall-back night with the repeated hour twice', () => {
    const slots = computeSlots({
      timeZone: 'America/New_York',
      weekly: { sunday: [{ start: '00:00', end: '04:00' }] },
      from: '2026-11-01T04:00:00Z',
      to: '2026-11-02T00:00:00Z',
      now: '2026-10-01T00:00:00Z',
      policy: { durationMinutes: 60 },
    });
    const local = groupSlotsByDay(slots, 'America/New_York')[0]!.slots.map((s) => s.localTime);
    expect(local).to.deep.equal(['00:00', '01:00', '01:00', '02:00', '03:00']);
  });

  it('reads the browser’s zone', () => {
    expect(browserTimeZone()).to.be.a('string').and.not.equal('');
  });
});
