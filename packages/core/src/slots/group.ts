// Stage 3: slots under the viewer's local dates, for the calendar and the slot list.
import {
  DAY,
  MINUTE,
  formatLocalDate,
  formatOffset,
  formatWallTime,
  parseInstant,
} from '../time/civil.js';
import { zoneRules } from '../time/zone.js';
import type { Slot } from '../schemas/availability.js';

/** A slot as a viewer sees it. */
export interface LocalSlot extends Slot {
  /** Wall time of the start in the viewer's zone, `HH:mm`. */
  localTime: string;
  /** Offset in force at the start in the viewer's zone, `+09:00`. */
  offset: string;
}

/** The slots that start on one of the viewer's local dates. */
export interface SlotDay {
  /** `YYYY-MM-DD` in the viewer's zone. */
  date: string;
  slots: LocalSlot[];
}

/**
 * Groups slots by the viewer's local date, in order, with each start's local wall time and offset.
 * A provider's 23:30 in London is the next morning in Tokyo, and is listed there.
 *
 * @example
 * groupSlotsByDay([{ start: '2026-06-01T22:30:00Z', end: '2026-06-01T23:30:00Z' }], 'Asia/Tokyo');
 * // [{ date: '2026-06-02', slots: [{ start: …, end: …, localTime: '07:30', offset: '+09:00' }] }]
 */
export function groupSlotsByDay(slots: readonly Slot[], viewerZone: string): SlotDay[] {
  const rules = zoneRules(viewerZone, ['viewerZone']);
  const days: SlotDay[] = [];
  const byDay = new Map<number, SlotDay>();
  let lastOffset = NaN;
  let offsetText = '';
  slots.forEach((slot, i) => {
    const ms = parseInstant(slot.start, [i, 'start']);
    const offset = rules.offsetAt(ms);
    if (offset !== lastOffset) {
      lastOffset = offset;
      offsetText = formatOffset(offset);
    }
    const wall = ms + offset;
    const day = Math.floor(wall / DAY);
    let group = byDay.get(day);
    if (!group) {
      group = { date: formatLocalDate(day), slots: [] };
      byDay.set(day, group);
      days.push(group);
    }
    group.slots.push({
      start: slot.start,
      end: slot.end,
      localTime: formatWallTime(Math.floor((wall - day * DAY) / MINUTE)),
      offset: offsetText,
    });
  });
  if (days.length > 1) days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return days;
}
