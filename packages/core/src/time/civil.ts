// Calendar arithmetic on plain numbers: local dates as day numbers (days since 1970-01-01),
// wall times as minutes since midnight, instants as epoch milliseconds. No Date, no Intl, no luxon:
// these run in the hot loops.
import { BookingInputError } from '../errors.js';
import { messages } from '../messages.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const pad4 = (n: number) => (n < 1000 ? ('000' + n).slice(-4) : String(n));

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` local date, or undefined when it is not a real calendar date. */
export function tryParseLocalDate(text: string): number | undefined {
  const m = LOCAL_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Day number of a `YYYY-MM-DD` local date; throws a BookingInputError naming `path` otherwise. */
export function parseLocalDate(text: unknown, path: (string | number)[] = []): number {
  const days = typeof text === 'string' ? tryParseLocalDate(text) : undefined;
  if (days === undefined) {
    throw new BookingInputError('invalid_local_date', messages.localDate(text), path);
  }
  return days;
}

/** `YYYY-MM-DD` of a day number. */
export function formatLocalDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

const WALL_TIME = /^(\d{2}):(\d{2})$/;

/** Minutes since midnight of an `HH:mm` wall time (`24:00` allowed), or undefined. */
export function tryParseWallTime(text: string): number | undefined {
  const m = WALL_TIME.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/** `HH:mm` of minutes since midnight (0 ≤ minutes < 1440). */
export function formatWallTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** `+05:45` / `-03:00` / `+00:00` of an offset in milliseconds. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / MINUTE);
  return `${sign}${pad2(Math.floor(total / 60))}:${pad2(total % 60)}`;
}

/**
 * Epoch ms of an ISO-8601 instant with an offset (`2026-03-08T09:30:00-05:00`, `…Z`; seconds and
 * fractions optional), or undefined. Hand-written because it runs once per busy interval and is
 * about ten times faster than `Date.parse`; it also refuses strings without an offset, which
 * `Date.parse` would silently read in the host's zone.
 */
export function tryParseInstant(text: string): number | undefined {
  const n = text.length;
  if (n < 17) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const t = text.charCodeAt(10);
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (t !== 84 && t !== 116) ||
    text.charCodeAt(13) !== 58
  )
    return undefined;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let i = 16;
  let ms = 0;
  if (text.charCodeAt(i) === 58 /* : */) {
    const second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    ms = second * 1000;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      let fraction = 0;
      let scale = 100;
      for (let c = text.charCodeAt(j) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++j) - 48) {
        fraction += c * scale;
        scale /= 10;
      }
      if (j === i + 1) return undefined;
      ms += Math.floor(fraction);
      i = j;
    }
  }
  let offset: number;
  const sign = text.charCodeAt(i);
  if ((sign === 90 || sign === 122) /* Z z */ && i + 1 === n) offset = 0;
  else if ((sign === 43 || sign === 45) /* + - */ && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * HOUR + om * MINUTE);
  } else return undefined;
  return daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * MINUTE + ms - offset;
}

/** The number written with `length` decimal digits at `at`, or -1. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** Epoch ms of an ISO instant; throws a BookingInputError naming `path` otherwise. */
export function parseInstant(text: unknown, path: (string | number)[] = []): number {
  const ms = typeof text === 'string' ? tryParseInstant(text) : undefined;
  if (ms === undefined) {
    throw new BookingInputError('invalid_instant', messages.instant(text), path);
  }
  return ms;
}

/** `2026-03-08T14:30:00Z` of epoch ms (whole seconds; milliseconds only when present). */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const [y, m, d] = civilFromDays(days);
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const min = Math.floor(rest / MINUTE);
  rest -= min * MINUTE;
  const s = Math.floor(rest / 1000);
  const frac = rest - s * 1000;
  const tail = frac ? `.${('00' + frac).slice(-3)}Z` : 'Z';
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(min)}:${pad2(s)}${tail}`;
}

/** `HH:mm:00Z` per minute of the day, filled as minutes are first formatted. */
const minuteTexts: (string | undefined)[] = new Array(1440);

/**
 * Formats many ascending instants quickly: the date part is built once per UTC day and whole
 * minutes come from a table. Same output as {@link formatInstant}.
 */
export function instantFormatter(): (ms: number) => string {
  let day = NaN;
  let prefix = '';
  return (ms) => {
    const d = Math.floor(ms / DAY);
    const rest = ms - d * DAY;
    if (rest % MINUTE !== 0) return formatInstant(ms);
    if (d !== day) {
      day = d;
      prefix = `${formatLocalDate(d)}T`;
    }
    const minute = rest / MINUTE;
    return prefix + (minuteTexts[minute] ??= `${formatWallTime(minute)}:00Z`);
  };
}
