// Reading an ICS feed (a calendar's secret address) as busy time, by the rules of docs/design.md,
// "Calendar feeds": which events are busy, how TZID, UTC and floating times are read, what a
// missing DTEND means, how all-day events block the provider's local dates, and how recurrences
// (RRULE, RDATE, EXDATE, RECURRENCE-ID) keep their wall-clock time across DST.
//
// ical.js parses the text and iterates recurrence rules, always on floating wall-clock times: its
// own zone arithmetic applies a VTIMEZONE's transitions an hour late and reads a wall time in a
// spring-forward gap with the later offset, so every wall time is turned into an instant here,
// as RFC 5545 §3.3.5 (and this project's time model) says: a time in a gap with the offset before
// it, an ambiguous time as its first occurrence.
import ICAL from 'ical.js';
import { fromLocal, isValidTimeZone, toLocal, type BusyInterval } from '@booking/core';
import { WINDOWS_ZONES } from './windows-zones.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 86_400_000;

/** A feed that cannot be read at all (not iCalendar, broken lines). */
export class FeedError extends Error {
  override readonly name = 'FeedError';
}

/** Options of {@link readFeed}. */
export interface ReadOptions {
  /** The provider's zone: floating times and all-day dates are read in it. */
  timeZone: string;
  /** The window of busy time to keep, epoch ms: what ends before `from` or starts at `to` or later is left out. */
  from: number;
  to: number;
  /** Occurrences one recurring event may give (default 20,000); more are left out with a warning. */
  maxOccurrences?: number;
}

/** What a feed says. */
export interface FeedReading {
  /** Busy intervals in the window, by start, without duplicates. */
  busy: BusyInterval[];
  /** Things read in a way the feed may not have meant (an unknown TZID, a cut-off series). */
  warnings: string[];
}

/** How wall-clock times of one zone become instants and back. */
interface Zone {
  /** The instant of a wall time (epoch ms of the wall reading as if UTC). */
  instant(wall: number): number;
  /** The wall time of an instant. */
  wall(instant: number): number;
}

const UTC: Zone = { instant: (wall) => wall, wall: (instant) => instant };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (wall: number) => {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** An IANA zone, through core's resolution (the time model of docs/design.md). */
function ianaZone(id: string): Zone {
  return {
    instant(wall) {
      const d = new Date(wall);
      const seconds = d.getUTCSeconds() * SECOND + d.getUTCMilliseconds();
      const at = fromLocal(dateOf(wall), `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, id);
      return Date.parse(at) + seconds;
    },
    wall(instant) {
      return instant + toLocal(new Date(instant).toISOString(), id).offsetMinutes * MINUTE;
    },
  };
}

/** The offset in force at an instant, from a list of transitions. */
function offsetFunction(transitions: { at: number; offset: number }[], initial: number) {
  return (instant: number) => {
    let lo = 0;
    let hi = transitions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (transitions[mid]!.at <= instant) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? initial : transitions[found]!.offset;
  };
}

/** A zone from its offset function: a gap is read with the offset before it, an overlap's first. */
function zoneFromOffsets(offsetAt: (instant: number) => number): Zone {
  return {
    instant(wall) {
      const before = offsetAt(wall - DAY);
      const after = offsetAt(wall + DAY);
      const valid = [...new Set([before, after])]
        .map((offset) => wall - offset)
        .filter((instant) => offsetAt(instant) === wall - instant);
      return valid.length ? Math.min(...valid) : wall - before;
    },
    wall: (instant) => instant + offsetAt(instant),
  };
}

const wallOf = (t: ICAL.Time) =>
  Date.UTC(
    t.year,
    t.month - 1,
    t.day,
    t.isDate ? 0 : t.hour,
    t.isDate ? 0 : t.minute,
    t.isDate ? 0 : t.second,
  );

const floating = (wall: number, isDate = false) => {
  const d = new Date(wall);
  return new ICAL.Time(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate,
    },
    ICAL.Timezone.localTimezone,
  );
};

/** A VTIMEZONE's own rules: every transition of its STANDARD and DAYLIGHT parts, up to `untilYear`. */
function vtimezoneZone(component: ICAL.Component, untilYear: number): Zone {
  const transitions: { at: number; offset: number; from: number }[] = [];
  for (const part of component.getAllSubcomponents()) {
    const start = part.getFirstPropertyValue('dtstart') as ICAL.Time | null;
    const from = part.getFirstPropertyValue('tzoffsetfrom') as ICAL.UtcOffset | null;
    const to = part.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset | null;
    if (!start || !from || !to) continue;
    const fromMs = from.toSeconds() * SECOND;
    const toMs = to.toSeconds() * SECOND;
    const walls = [wallOf(start)];
    const rule = part.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    if (rule) {
      const iterator = rule.iterator(floating(wallOf(start)));
      for (let next = iterator.next(), n = 0; next && next.year <= untilYear && n < 2000; n++) {
        walls.push(wallOf(next));
        next = iterator.next();
      }
    }
    for (const rdate of part.getAllProperties('rdate'))
      for (const value of rdate.getValues())
        if (value instanceof ICAL.Time) walls.push(wallOf(value));
    for (const wall of new Set(walls))
      transitions.push({ at: wall - fromMs, offset: toMs, from: fromMs });
  }
  transitions.sort((a, b) => a.at - b.at);
  return zoneFromOffsets(offsetFunction(transitions, transitions[0]?.from ?? 0));
}

/** Reads a feed's text as busy time (see the module comment for the rules). */
export function readFeed(text: string, options: ReadOptions): FeedReading {
  if (!/BEGIN:VCALENDAR/i.test(text))
    throw new FeedError(
      'The address did not answer with a calendar (no BEGIN:VCALENDAR). Copy the secret address in iCal format from the calendar’s settings.',
    );
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(text) as unknown[];
    // Several calendars in one text come as a list; their events count alike.
    root = new ICAL.Component(
      Array.isArray(parsed[0])
        ? ['vcalendar', [], (parsed as unknown[][]).flatMap((c) => c[2] as unknown[])]
        : (parsed as never),
    );
  } catch (error) {
    throw new FeedError(`The calendar cannot be read: ${(error as Error).message}.`);
  }
  const warnings: string[] = [];
  const maxOccurrences = options.maxOccurrences ?? 20_000;
  const provider = ianaZone(options.timeZone);
  const untilYear = new Date(options.to).getUTCFullYear() + 1;
  const vtimezones = new Map<string, ICAL.Component>();
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const id = tz.getFirstPropertyValue('tzid');
    if (typeof id === 'string') vtimezones.set(id, tz);
  }
  const zones = new Map<string, Zone>();

  /** The zone a TZID names: an IANA id, a Windows name (CLDR), the feed's VTIMEZONE. */
  function named(tzid: string): Zone {
    const cached = zones.get(tzid);
    if (cached) return cached;
    const id = tzid.replace(/^"|"$/g, '').trim();
    let zone: Zone | undefined;
    if (isValidTimeZone(id)) zone = ianaZone(id);
    // `/mozilla.org/20050126_1/Europe/Berlin` and other prefixed ids: the IANA id at the end.
    const parts = id.split('/');
    for (let i = 1; !zone && i < parts.length - 1; i++) {
      const tail = parts.slice(i).join('/');
      if (isValidTimeZone(tail) && tail.includes('/')) zone = ianaZone(tail);
    }
    if (!zone && WINDOWS_ZONES[id]) zone = ianaZone(WINDOWS_ZONES[id]);
    if (!zone && vtimezones.has(tzid)) zone = vtimezoneZone(vtimezones.get(tzid)!, untilYear);
    if (!zone) {
      warnings.push(
        `TZID "${id}" is neither an IANA zone, a Windows zone nor defined in the feed: its times were read in ${options.timeZone}.`,
      );
      zone = provider;
    }
    zones.set(tzid, zone);
    return zone;
  }

  /** The zone of a date-time property: its TZID, UTC for `Z`, else floating (the provider's). */
  function zoneOf(property: ICAL.Property, value: ICAL.Time): Zone {
    const tzid = property.getParameter('tzid');
    if (typeof tzid === 'string' && tzid) return named(tzid);
    if (value.zone?.tzid === 'UTC') return UTC;
    return provider;
  }

  /** A date-time value as a wall time of `zone` (a value in another zone is converted). */
  function wallIn(zone: Zone, property: ICAL.Property, value: ICAL.Time): number {
    if (value.isDate) return wallOf(value);
    const own = zoneOf(property, value);
    return own === zone ? wallOf(value) : zone.wall(own.instant(wallOf(value)));
  }

  const busy = new Map<string, BusyInterval>();
  const add = (start: number, end: number) => {
    if (!(end > start) || end <= options.from || start >= options.to) return;
    const interval = { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    busy.set(`${interval.start}/${interval.end}`, interval);
  };

  const isBusy = (event: ICAL.Component) =>
    String(event.getFirstPropertyValue('transp') ?? 'OPAQUE').toUpperCase() !== 'TRANSPARENT' &&
    String(event.getFirstPropertyValue('status') ?? '').toUpperCase() !== 'CANCELLED';

  /** How one event's occurrences are laid out: its start, zone and length. */
  function shape(event: ICAL.Component) {
    const startProperty = event.getFirstProperty('dtstart');
    const start = startProperty?.getFirstValue() as ICAL.Time | undefined;
    if (!startProperty || !(start instanceof ICAL.Time)) return undefined;
    const endProperty = event.getFirstProperty('dtend');
    const end = endProperty?.getFirstValue() as ICAL.Time | undefined;
    const duration = event.getFirstPropertyValue('duration') as ICAL.Duration | null;
    if (start.isDate) {
      // An all-day event: whole local dates of the provider; no DTEND is one day.
      let days = 1;
      if (end instanceof ICAL.Time) days = Math.round((wallOf(end) - wallOf(start)) / DAY);
      else if (duration) days = Math.round(duration.toSeconds() / 86_400);
      return { allDay: true as const, zone: provider, startWall: wallOf(start), days };
    }
    const zone = zoneOf(startProperty, start);
    const startWall = wallOf(start);
    if (end instanceof ICAL.Time) {
      // The same exact length for every occurrence (RFC 5545 §3.8.5.3).
      const exact = wallIn(UTC, endProperty!, end) - zone.instant(startWall);
      return { allDay: false as const, zone, startWall, exact };
    }
    if (duration) {
      // A nominal length: days of wall-clock time, then the rest as elapsed time.
      const sign = duration.isNegative ? -1 : 1;
      const days = sign * (duration.weeks * 7 + duration.days);
      const rest =
        sign * ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * SECOND;
      return { allDay: false as const, zone, startWall, days, rest };
    }
    // No DTEND and no DURATION: a timed event takes no time, so it is not busy.
    return undefined;
  }

  type Shape = NonNullable<ReturnType<typeof shape>>;

  /** Adds the occurrence of `event` that starts at wall time `wall`. */
  function occurrence(s: Shape, wall: number) {
    if (s.allDay) {
      if (s.days <= 0) return;
      const from = Date.parse(fromLocal(dateOf(wall), '00:00', options.timeZone));
      const to = Date.parse(fromLocal(dateOf(wall + s.days * DAY), '00:00', options.timeZone));
      add(from, to);
      return;
    }
    const start = s.zone.instant(wall);
    if ('exact' in s) add(start, start + s.exact!);
    else add(start, s.zone.instant(wall + s.days! * DAY) + s.rest!);
  }

  // Events by UID: the series (no RECURRENCE-ID) and the occurrences it moved or cancelled.
  const series = new Map<string, { master?: ICAL.Component; changed: ICAL.Component[] }>();
  let anonymous = 0;
  for (const event of root.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid') ?? `#${anonymous++}`);
    const entry = series.get(uid) ?? { changed: [] };
    if (event.hasProperty('recurrence-id')) entry.changed.push(event);
    else entry.master = event;
    series.set(uid, entry);
  }

  for (const [uid, { master, changed }] of series) {
    // A moved or cancelled occurrence stands for itself; its original time leaves the series.
    for (const event of changed) {
      if (!isBusy(event)) continue;
      const s = shape(event);
      if (s) occurrence(s, s.startWall);
    }
    if (!master || !isBusy(master)) continue;
    const s = shape(master);
    if (!s) continue;
    const keyOf = (property: ICAL.Property, value: ICAL.Time) =>
      s.allDay ? wallOf(value) : wallIn(s.zone, property, value);
    const skip = new Set<number>();
    for (const event of changed) {
      const property = event.getFirstProperty('recurrence-id')!;
      skip.add(keyOf(property, property.getFirstValue() as ICAL.Time));
    }
    for (const property of master.getAllProperties('exdate'))
      for (const value of property.getValues())
        if (value instanceof ICAL.Time) skip.add(keyOf(property, value));
    const starts = new Set<number>([s.startWall]);
    for (const property of master.getAllProperties('rdate'))
      for (const value of property.getValues())
        if (value instanceof ICAL.Time) starts.add(keyOf(property, value));
        else if (value instanceof ICAL.Period) starts.add(keyOf(property, value.start));

    const rule = master.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    if (rule) {
      // The rule runs on wall-clock time of the event's zone: UNTIL in UTC becomes that zone's.
      if (rule.until && !rule.until.isDate && rule.until.zone?.tzid === 'UTC' && !s.allDay)
        rule.until = floating(s.zone.wall(wallOf(rule.until)));
      const iterator = rule.iterator(floating(s.startWall, s.allDay));
      const stop = options.to + 2 * DAY;
      let n = 0;
      for (let next = iterator.next(); next; next = iterator.next()) {
        const wall = wallOf(next);
        if (wall > stop) break;
        if (++n > maxOccurrences) {
          warnings.push(
            `Event "${uid}" repeats more than ${maxOccurrences} times before the window ends: later occurrences were left out.`,
          );
          break;
        }
        starts.add(wall);
      }
    }
    for (const wall of starts) if (!skip.has(wall)) occurrence(s, wall);
  }

  return {
    busy: [...busy.values()].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end),
    ),
    warnings,
  };
}
