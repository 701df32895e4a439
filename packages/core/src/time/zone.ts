// Time-zone rules: the offset in force at an instant, and the instant of a wall-clock time under
// the decided disambiguation. Offsets are read once per zone and period and cached, so the slot
// engine's loops only do binary searches on numbers. Where the runtime has Temporal (Chromium,
// Firefox) the transitions come from it directly; elsewhere they are probed with an Intl formatter.
// Temporal matters for a visitor's first call: the first Intl.DateTimeFormat of a process builds
// the engine's locale tables, which costs tens of milliseconds, and Temporal needs none of that.
import { BookingInputError } from '../errors.js';
import { messages } from '../messages.js';
import { DAY, HOUR, MINUTE } from './civil.js';

/**
 * Transitions are read per period and cached. Temporal lists a period's transitions in a few calls,
 * so its periods are long (2^35 ms, about 398 days). Intl is probed every SAMPLE, so its periods
 * are short (2^28 ms, about 3 days) and only the days a query touches get probed.
 */
const TEMPORAL_PERIOD = 2 ** 35;
const INTL_PERIOD = 2 ** 28;
/** Intl probes: two transitions of a zone are never closer than this. */
const SAMPLE = DAY / 2;
/** Transitions fall on whole quarter hours of UTC almost always; bisection tries those first. */
const QUARTER = 15 * MINUTE;

interface Period {
  /** Instants at which the offset changes, ascending. */
  readonly at: number[];
  /** `offsets[i]` is in force from `at[i - 1]` (or the period's start) until `at[i]`. */
  readonly offsets: number[];
}

/** The part of Temporal that zone rules use (TypeScript's lib does not describe Temporal yet). */
interface TemporalZoned {
  readonly timeZoneId: string;
  readonly epochMilliseconds: number;
  readonly offsetNanoseconds: number;
  getTimeZoneTransition(direction: 'next'): TemporalZoned | null;
}
interface TemporalApi {
  Instant: {
    fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): TemporalZoned };
  };
}

/** The runtime's Temporal when it has the calls zone rules need, read at each use. */
function temporal(): TemporalApi | undefined {
  const api = (globalThis as { Temporal?: Partial<TemporalApi> }).Temporal;
  return typeof api?.Instant?.fromEpochMilliseconds === 'function'
    ? (api as TemporalApi)
    : undefined;
}

/**
 * The rules of one IANA zone. Obtain with {@link zoneRules}; instances are shared and immutable
 * from the outside (they only fill their own cache).
 */
export class ZoneRules {
  readonly id: string;
  readonly #temporal: TemporalApi | undefined;
  readonly #period: number;
  #format: Intl.DateTimeFormat | undefined;
  readonly #periods = new Map<number, Period>();

  /** @internal use zoneRules(id) */
  constructor(id: string) {
    this.id = id;
    this.#temporal = temporalKnows(id) ? temporal() : undefined;
    this.#period = this.#temporal ? TEMPORAL_PERIOD : INTL_PERIOD;
  }

  /** Offset (ms, east positive) in force at the instant `ms`. */
  offsetAt(ms: number): number {
    const key = Math.floor(ms / this.#period);
    let period = this.#periods.get(key);
    if (!period) {
      const start = key * this.#period;
      period = this.#temporal ? this.#readPeriod(this.#temporal, start) : this.#probePeriod(start);
      this.#periods.set(key, period);
    }
    const { at, offsets } = period;
    let i = 0;
    while (i < at.length && ms >= at[i]!) i++;
    return offsets[i]!;
  }

  /**
   * The instant of the wall-clock reading `wall` (ms since 1970-01-01T00:00 on the local calendar).
   * An ambiguous reading (a fall-back overlap) is the earlier instant; a reading that does not
   * exist (a spring-forward gap) is read with the offset in force before the transition, so it
   * lands after the gap, moved forward by the gap's length.
   */
  instantOf(wall: number): number {
    const before = this.offsetAt(wall - DAY);
    const after = this.offsetAt(wall + DAY);
    if (before === after) return wall - before;
    const viaBefore = wall - before;
    const viaAfter = wall - after;
    const beforeValid = this.offsetAt(viaBefore) === before;
    const afterValid = this.offsetAt(viaAfter) === after;
    if (beforeValid && afterValid) return Math.min(viaBefore, viaAfter);
    if (beforeValid) return viaBefore;
    if (afterValid) return viaAfter;
    return viaBefore;
  }

  /** The local day number of an instant. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY);
  }

  /** The first instant of a local day (its 00:00, or the first moment after a gap at midnight). */
  dayStart(day: number): number {
    return this.instantOf(day * DAY);
  }

  /** The transitions of the period from `start`, as Temporal lists them. */
  #readPeriod(api: TemporalApi, start: number): Period {
    const end = start + this.#period;
    let zoned = api.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(this.id);
    let previous = zoned.offsetNanoseconds / 1e6;
    const at: number[] = [];
    const offsets: number[] = [previous];
    for (;;) {
      const next = zoned.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds >= end) break;
      zoned = next;
      const offset = next.offsetNanoseconds / 1e6;
      if (offset === previous) continue;
      at.push(next.epochMilliseconds);
      offsets.push(offset);
      previous = offset;
    }
    return { at, offsets };
  }

  #probe(ms: number): number {
    this.#format ??= offsetFormat(this.id);
    return readOffset(this.#format, ms);
  }

  /** The transitions of the period from `start`, probed with Intl every SAMPLE and bisected. */
  #probePeriod(start: number): Period {
    const at: number[] = [];
    const offsets: number[] = [this.#probe(start)];
    const last = start + this.#period - 1;
    let previous = offsets[0]!;
    for (let t = start; t < last;) {
      const next = Math.min(t + SAMPLE, last);
      if (this.#probe(next) === previous) {
        t = next;
        continue;
      }
      // Bisect to the millisecond at which the offset changes (lo reads `previous`, hi does not),
      // through the quarter hours between them first, then sample on from there.
      let lo = t;
      let hi = next;
      for (;;) {
        const first = Math.floor(lo / QUARTER) + 1;
        const final = Math.ceil(hi / QUARTER) - 1;
        if (first > final) break;
        const mid = Math.floor((first + final) / 2) * QUARTER;
        if (this.#probe(mid) === previous) lo = mid;
        else hi = mid;
      }
      if (hi - 1 > lo && this.#probe(hi - 1) === previous) lo = hi - 1;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.#probe(mid) === previous) lo = mid;
        else hi = mid;
      }
      previous = this.#probe(hi);
      at.push(hi);
      offsets.push(previous);
      t = hi;
    }
    return { at, offsets };
  }
}

/** Formatters that show a zone's offset, made while validating ids and kept for probing. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(id: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
    offsetFormats.set(id, format);
  }
  return format;
}

/** The offset that an Intl formatter made by offsetFormat() shows for an instant ("GMT+05:45"). */
function readOffset(format: Intl.DateTimeFormat, ms: number): number {
  const text = format.format(ms);
  const at = text.lastIndexOf('GMT');
  if (at < 0 || text.length === at + 3) return 0;
  const sign = text[at + 3] === '-' ? -1 : 1;
  const [h = '0', m = '0', s = '0'] = text.slice(at + 4).split(':');
  return sign * (Number(h) * HOUR + Number(m) * MINUTE + Number(s) * 1000);
}

/**
 * Whether the runtime's Temporal knows `zone` as a named zone. Temporal also reads a zone out of
 * an ISO date-time string (`2026-01-01T00:00[Europe/London]`), which Intl refuses, so the zone it
 * resolves must be `zone` itself. A name Temporal refuses is left to Intl, which decides validity.
 */
function temporalKnows(zone: string): boolean {
  const api = temporal();
  if (!api) return false;
  try {
    const { timeZoneId } = api.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return timeZoneId.toLowerCase() === zone.toLowerCase();
  } catch {
    return false;
  }
}

/** The offset of a zone at one instant, without building the zone's transition cache. */
export function offsetOnce(id: string, ms: number): number {
  const rules = cache.get(id);
  if (rules) return rules.offsetAt(ms);
  const format =
    offsetFormats.get(id) ??
    new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
  return readOffset(format, ms);
}

const cache = new Map<string, ZoneRules>();

/**
 * The shared rules of an IANA zone; throws a BookingInputError with a suggestion when the id is
 * not a zone this runtime knows.
 */
export function zoneRules(id: string, path: (string | number)[] = []): ZoneRules {
  let rules = cache.get(id);
  if (!rules) {
    rules = new ZoneRules(assertTimeZone(id, path));
    cache.set(id, rules);
  }
  return rules;
}

/**
 * Whether `zone` is an IANA time-zone id this runtime knows (`"Europe/London"`, `"UTC"`).
 *
 * @example
 * isValidTimeZone('Asia/Kathmandu'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  let valid = validZones.get(zone);
  if (valid === undefined) {
    // Intl refuses an unknown zone with a RangeError: the same test luxon's IANAZone makes,
    // without carrying luxon into bundles that only validate. The formatter is kept for the
    // zone's offsets. Temporal, where present, answers for names without starting Intl.
    valid = temporalKnows(zone) || intlKnows(zone);
    validZones.set(zone, valid);
  }
  return valid;
}
const validZones = new Map<string, boolean>();

function intlKnows(zone: string): boolean {
  try {
    offsetFormat(zone).format(0);
    return true;
  } catch {
    // A runtime without the longOffset style refuses every zone that way: ask it plainly.
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Returns `zone` when it is a known IANA id, else throws a BookingInputError that says how to fix
 * it (suggesting the right spelling when only the case or separators are off).
 *
 * @example
 * assertTimeZone('America/New_York'); // 'America/New_York'
 * assertTimeZone('america/new york'); // throws: … Did you mean "America/New_York"?
 */
export function assertTimeZone(zone: unknown, path: (string | number)[] = []): string {
  if (isValidTimeZone(zone)) return zone;
  const hint = typeof zone === 'string' ? suggestZone(zone) : undefined;
  throw new BookingInputError('invalid_time_zone', messages.timeZone(zone, hint), path);
}

/** The known zone that `zone` misspells by case, spaces or separators only, if any. */
export function suggestZone(zone: string): string | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = key(zone);
  if (!wanted) return undefined;
  const zones = supportedTimeZones();
  const exact = zones.find((id) => key(id) === wanted || key(id.split('/').pop()!) === wanted);
  if (exact) return exact;
  // A typo: the closest id within two edits (of the whole id, or of the city alone).
  let best: string | undefined;
  let bestDistance = 3;
  for (const id of zones) {
    const d = Math.min(
      editDistance(key(id), wanted),
      editDistance(key(id.split('/').pop()!), wanted),
    );
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

/** Levenshtein distance, for typo suggestions only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * ICU still lists some zones under names the IANA database has replaced; people look for the
 * current ones. Both spellings stay valid zone ids.
 */
const currentNames: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * The current IANA name of a zone id (`Asia/Calcutta` becomes `Asia/Kolkata`); other ids unchanged.
 *
 * @example
 * currentZoneName('Europe/Kiev'); // 'Europe/Kyiv'
 */
export function currentZoneName(id: string): string {
  const name = currentNames[id];
  return name && isValidTimeZone(name) ? name : id;
}

/**
 * Every IANA zone id the runtime supports, under current names, plus "UTC", sorted.
 *
 * @example
 * supportedTimeZones().includes('Asia/Kathmandu'); // true
 */
export function supportedTimeZones(): string[] {
  const list =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = new Set(list.map(currentZoneName));
  names.add('UTC');
  return [...names].sort();
}
