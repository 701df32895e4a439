// Fast, hand-written validation of a slot query into plain numbers. Mirrors schemas/availability.ts
// rule for rule and message for message (a test keeps them in step), at a fraction of the cost.
import { BookingInputError } from '../errors.js';
import { messages } from '../messages.js';
import { LIMITS } from '../schemas/fields.js';
import {
  MINUTE,
  parseInstant,
  parseLocalDate,
  tryParseInstant,
  tryParseWallTime,
} from '../time/civil.js';
import { zoneRules, type ZoneRules } from '../time/zone.js';
import {
  WEEKDAYS,
  type BusyInterval,
  type SlotPolicy,
  type TimeWindow,
  type WeeklyAvailability,
  type DateOverride,
} from '../schemas/availability.js';

/** A window as minutes after the start of its local date; `end` > `start`, up to 2880. */
export type MinuteWindow = readonly [start: number, end: number];

export interface Schedule {
  readonly rules: ZoneRules;
  /** Windows per ISO weekday, index 1 (Monday) … 7 (Sunday). */
  readonly weekly: readonly (readonly MinuteWindow[])[];
  /** Replacement windows per local day number. */
  readonly overrides: ReadonlyMap<number, readonly MinuteWindow[]>;
}

export interface Policy {
  readonly duration: number;
  readonly step: number;
  readonly before: number;
  readonly after: number;
  readonly notice: number;
  readonly horizonDays: number | undefined;
  readonly maxPerDay: number | undefined;
}

export interface Busy {
  readonly start: number;
  readonly end: number;
  readonly before: number;
  readonly after: number;
  readonly booking: boolean;
}

type Path = (string | number)[];

function fail(
  code: ConstructorParameters<typeof BookingInputError>[0],
  message: string,
  path: Path,
): never {
  throw new BookingInputError(code, message, path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function window(value: unknown, path: Path): MinuteWindow {
  if (!isRecord(value))
    fail(
      'invalid_window',
      'A window is an object like { "start": "09:00", "end": "17:00" }.',
      path,
    );
  const start = typeof value.start === 'string' ? tryParseWallTime(value.start) : undefined;
  if (start === undefined)
    fail('invalid_wall_time', messages.wallTime(value.start), [...path, 'start']);
  const end = typeof value.end === 'string' ? tryParseWallTime(value.end) : undefined;
  if (end === undefined) fail('invalid_wall_time', messages.wallTime(value.end), [...path, 'end']);
  if (start === 1440)
    fail('invalid_window', messages.windowStartsAtMidnightEnd(), [...path, 'start']);
  if (start === end)
    fail('invalid_window', messages.windowEmpty(value.start as string), [...path, 'end']);
  return [start, end < start ? end + 1440 : end];
}

function windows(value: unknown, path: Path): MinuteWindow[] {
  if (value == null) return [];
  if (!Array.isArray(value))
    fail('invalid_window', 'Windows are a list like [{ "start": "09:00", "end": "17:00" }].', path);
  return value.map((w, i) => window(w, [...path, i]));
}

/**
 * Validates a zone, weekly windows and overrides.
 */
export function normalizeSchedule(
  timeZone: unknown,
  weekly: WeeklyAvailability | unknown,
  overrides: readonly DateOverride[] | unknown,
): Schedule {
  const rules = zoneRules(typeof timeZone === 'string' ? timeZone : String(timeZone), ['timeZone']);
  if (!isRecord(weekly))
    fail(
      'invalid_input',
      'weekly is an object of windows per weekday, like { "monday": [{ "start": "09:00", "end": "17:00" }] }.',
      ['weekly'],
    );
  for (const key of Object.keys(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(key))
      fail('invalid_input', messages.weekday(key), ['weekly', key]);
  }
  const byDay: MinuteWindow[][] = [[]];
  for (const day of WEEKDAYS)
    byDay.push(windows((weekly as Record<string, TimeWindow[] | undefined>)[day], ['weekly', day]));
  const map = new Map<number, MinuteWindow[]>();
  if (overrides != null) {
    if (!Array.isArray(overrides))
      fail('invalid_input', 'overrides is a list like [{ "date": "2026-12-24", "windows": [] }].', [
        'overrides',
      ]);
    overrides.forEach((o: unknown, i) => {
      if (!isRecord(o))
        fail(
          'invalid_input',
          'An override is an object like { "date": "2026-12-24", "windows": [] }.',
          ['overrides', i],
        );
      const day = parseLocalDate(o.date, ['overrides', i, 'date']);
      if (map.has(day))
        fail('duplicate_override', messages.duplicateOverride(o.date as string), [
          'overrides',
          i,
          'date',
        ]);
      if (!Array.isArray(o.windows))
        fail('invalid_window', 'windows is a list; an empty list closes the date.', [
          'overrides',
          i,
          'windows',
        ]);
      map.set(day, windows(o.windows, ['overrides', i, 'windows']));
    });
  }
  return { rules, weekly: byDay, overrides: map };
}

function minutes(
  value: unknown,
  name: string,
  min: number,
  path: Path,
  fallback?: number,
  code: 'invalid_policy' | 'invalid_interval' = 'invalid_policy',
  max: number = LIMITS.sessionMinutes,
): number {
  if (value == null && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(code, messages.wholeMinutes(name, value, min, max), [...path, name]);
  }
  return value;
}

function count(
  value: unknown,
  name: string,
  min: number,
  max: number,
  path: Path,
): number | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('invalid_policy', messages.wholeNumber(name, value, min, max), [...path, name]);
  }
  return value;
}

/** Validates a slot policy into milliseconds, overriding the duration when asked. */
export function normalizePolicy(policy: SlotPolicy | unknown, durationMinutes?: unknown): Policy {
  const path = ['policy'];
  if (!isRecord(policy))
    fail('invalid_policy', 'policy is an object like { "durationMinutes": 60 }.', path);
  const duration =
    durationMinutes == null
      ? minutes(policy.durationMinutes, 'durationMinutes', 1, path)
      : minutes(durationMinutes, 'durationMinutes', 1, []);
  return {
    duration: duration * MINUTE,
    step: minutes(policy.stepMinutes, 'stepMinutes', 1, path, duration) * MINUTE,
    before: minutes(policy.bufferBeforeMinutes, 'bufferBeforeMinutes', 0, path, 0) * MINUTE,
    after: minutes(policy.bufferAfterMinutes, 'bufferAfterMinutes', 0, path, 0) * MINUTE,
    notice:
      minutes(
        policy.minimumNoticeMinutes,
        'minimumNoticeMinutes',
        0,
        path,
        0,
        'invalid_policy',
        LIMITS.noticeMinutes,
      ) * MINUTE,
    horizonDays: count(policy.horizonDays, 'horizonDays', 0, LIMITS.days, path),
    maxPerDay: count(policy.maxPerDay, 'maxPerDay', 1, 1440, path),
  };
}

/** Validates busy intervals into numbers. */
export function normalizeBusy(busy: readonly BusyInterval[] | unknown): Busy[] {
  if (busy == null) return [];
  if (!Array.isArray(busy))
    fail('invalid_interval', 'busy is a list of { start, end, kind } intervals.', ['busy']);
  const out: Busy[] = new Array(busy.length);
  // The common, valid case allocates nothing but the result; paths are built only to fail.
  for (let i = 0; i < busy.length; i++) {
    const b: unknown = busy[i];
    if (!isRecord(b))
      fail(
        'invalid_interval',
        'A busy interval is an object like { "start": "…", "end": "…", "kind": "booking" }.',
        ['busy', i],
      );
    const start =
      (typeof b.start === 'string' ? tryParseInstant(b.start) : undefined) ??
      parseInstant(b.start, ['busy', i, 'start']);
    const end =
      (typeof b.end === 'string' ? tryParseInstant(b.end) : undefined) ??
      parseInstant(b.end, ['busy', i, 'end']);
    if (end <= start) fail('invalid_interval', messages.intervalOrder(), ['busy', i, 'end']);
    if (b.kind != null && b.kind !== 'booking' && b.kind !== 'external')
      fail('invalid_interval', messages.busyKind(b.kind), ['busy', i, 'kind']);
    const booking = b.kind === 'booking';
    let before = 0;
    let after = 0;
    if (b.bufferBeforeMinutes != null || b.bufferAfterMinutes != null) {
      before = minutes(
        b.bufferBeforeMinutes,
        'bufferBeforeMinutes',
        0,
        ['busy', i],
        0,
        'invalid_interval',
      );
      after = minutes(
        b.bufferAfterMinutes,
        'bufferAfterMinutes',
        0,
        ['busy', i],
        0,
        'invalid_interval',
      );
    }
    out[i] = { start, end, before: before * MINUTE, after: after * MINUTE, booking };
  }
  return out;
}
