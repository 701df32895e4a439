// Public time helpers for user interfaces: the viewer's zone, zone-picker options, local readings
// of instants and instants of local readings, and locale-aware formatting of times.
import { DateTime } from 'luxon';
import { BookingInputError } from '../errors.js';
import {
  DAY,
  MINUTE,
  formatInstant,
  formatLocalDate,
  formatOffset,
  formatWallTime,
  parseInstant,
  parseLocalDate,
  tryParseWallTime,
} from './civil.js';
import { currentZoneName, offsetOnce, supportedTimeZones, zoneRules } from './zone.js';

/**
 * The zone of the runtime (the browser's, for a viewer), or `"UTC"` when it cannot be read.
 *
 * @example
 * browserTimeZone(); // 'Europe/Berlin' in a browser in Berlin
 */
export function browserTimeZone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}

/** A local reading of an instant in a zone. */
export interface LocalDateTime {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local wall time, `HH:mm`. */
  time: string;
  /** Offset from UTC in force, `+05:45`. */
  offset: string;
  /** The same offset in minutes (east positive). */
  offsetMinutes: number;
}

/**
 * The local date, wall time and offset of an instant in a zone.
 *
 * @example
 * toLocal('2026-03-08T07:30:00Z', 'America/New_York');
 * // { date: '2026-03-08', time: '03:30', offset: '-04:00', offsetMinutes: -240 }
 */
export function toLocal(instant: string, timeZone: string): LocalDateTime {
  const ms = parseInstant(instant, ['instant']);
  const rules = zoneRules(timeZone, ['timeZone']);
  const offset = rules.offsetAt(ms);
  const wall = ms + offset;
  const day = Math.floor(wall / DAY);
  return {
    date: formatLocalDate(day),
    time: formatWallTime(Math.floor((wall - day * DAY) / MINUTE)),
    offset: formatOffset(offset),
    offsetMinutes: Math.round(offset / MINUTE),
  };
}

/**
 * The instant of a local date and wall time in a zone, as an ISO string in UTC. A time in a
 * spring-forward gap moves forward by the gap; an ambiguous fall-back time is the earlier instant.
 *
 * @example
 * fromLocal('2026-03-08', '02:30', 'America/New_York'); // '2026-03-08T07:30:00Z' (03:30 EDT)
 * fromLocal('2026-11-01', '01:30', 'America/New_York'); // '2026-11-01T05:30:00Z' (01:30 EDT)
 */
export function fromLocal(date: string, time: string, timeZone: string): string {
  const day = parseLocalDate(date, ['date']);
  const minutes = tryParseWallTime(time);
  if (minutes === undefined) {
    throw new BookingInputError(
      'invalid_wall_time',
      `${JSON.stringify(time)} is not a wall time. Write it as HH:mm from "00:00" to "24:00".`,
      ['time'],
    );
  }
  return formatInstant(zoneRules(timeZone, ['timeZone']).instantOf(day * DAY + minutes * MINUTE));
}

/** Options of {@link formatLocalTime}. */
export interface FormatTimeOptions {
  timeZone: string;
  /** A BCP 47 locale; the runtime's default when omitted. */
  locale?: string;
  /** `h12` (2:30 PM) or `h23` (14:30); the locale's custom when omitted. */
  hourCycle?: 'h12' | 'h23';
}

/**
 * A time of day for display in a locale and hour cycle.
 *
 * @example
 * formatLocalTime('2026-03-09T13:30:00Z', { timeZone: 'America/New_York', locale: 'en-US' }); // '9:30 AM'
 * formatLocalTime('2026-03-09T13:30:00Z', { timeZone: 'Europe/Paris', locale: 'fr', hourCycle: 'h23' }); // '14:30'
 */
export function formatLocalTime(instant: string, options: FormatTimeOptions): string {
  const ms = parseInstant(instant, ['instant']);
  const zone = zoneRules(options.timeZone, ['timeZone']).id;
  const dt = DateTime.fromMillis(ms, { zone, locale: options.locale });
  return dt.toLocaleString({
    hour: 'numeric',
    minute: '2-digit',
    ...(options.hourCycle ? { hourCycle: options.hourCycle } : {}),
  });
}

/** One entry of a time-zone picker. */
export interface TimeZoneOption {
  /** IANA id, `Asia/Kathmandu`. */
  id: string;
  /** A readable place name from the id, `Kathmandu`; `Argentina / Buenos Aires` for nested ids. */
  name: string;
  /** Offset in force at the given instant, minutes east of UTC. */
  offsetMinutes: number;
  /** `UTC+05:45`. */
  offset: string;
}

/**
 * Every zone of the runtime with its offset at `now`, sorted west to east and then by id: the
 * option list of a time-zone picker.
 *
 * @example
 * timeZoneOptions({ now: '2026-07-01T00:00:00Z' }).find((o) => o.id === 'Asia/Kathmandu');
 * // { id: 'Asia/Kathmandu', name: 'Kathmandu', offsetMinutes: 345, offset: 'UTC+05:45' }
 */
export function timeZoneOptions(context: { now: string }): TimeZoneOption[] {
  const ms = parseInstant(context.now, ['now']);
  return supportedTimeZones()
    .map((id) => {
      const offset = offsetOnce(id, ms);
      const parts = id.split('/');
      const name = (parts.length > 1 ? parts.slice(1) : parts).join(' / ').replace(/_/g, ' ');
      return {
        id,
        name,
        offsetMinutes: Math.round(offset / MINUTE),
        offset: `UTC${formatOffset(offset)}`,
      };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.id.localeCompare(b.id));
}
