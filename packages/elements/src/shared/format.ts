// Dates, times, zones and money for people, through Intl, in the viewer's zone and locale.
import { formatMoney, isValidTimeZone, type Money } from '@booking/core';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A local date (`YYYY-MM-DD`) as a long date: "Monday, 23 November 2026". */
export function formatDate(
  date: string,
  locale: string,
  style: 'long' | 'medium' = 'long',
): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  return dtf(locale, {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(ms);
}

/** "November 2026". */
export function formatMonth(year: number, month: number, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    Date.UTC(year, month - 1, 15),
  );
}

/** Short weekday names from `weekStart` (1 = Monday … 7 = Sunday), with their long names. */
export function weekdays(locale: string, weekStart: number): { short: string; long: string }[] {
  // 2026-01-05 is a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const ms = Date.UTC(2026, 0, 5 + ((weekStart - 1 + i) % 7));
    return {
      short: dtf(locale, { timeZone: 'UTC', weekday: 'short' }).format(ms),
      long: dtf(locale, { timeZone: 'UTC', weekday: 'long' }).format(ms),
    };
  });
}

/** An instant formatted in a zone, with the hour cycle asked for (else the locale's). */
function inZone(
  instant: string,
  zone: string,
  locale: string,
  hourCycle: 'h12' | 'h23' | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  return dtf(locale, {
    timeZone: zone,
    ...options,
    ...(hourCycle ? { hourCycle } : {}),
  }).format(Date.parse(instant));
}

/** The time of an instant in a zone: "2:30 PM" or "14:30". */
export function formatTime(
  instant: string,
  zone: string,
  locale: string,
  hourCycle?: 'h12' | 'h23',
): string {
  return inZone(instant, zone, locale, hourCycle, { hour: 'numeric', minute: '2-digit' });
}

/** An instant as date and time with the zone's name: "Monday, 23 November 2026, 14:30 GMT". */
export function formatDateTime(
  instant: string,
  zone: string,
  locale: string,
  hourCycle?: 'h12' | 'h23',
): string {
  return inZone(instant, zone, locale, hourCycle, { dateStyle: 'full', timeStyle: 'short' });
}

/** A zone for people: "London (GMT+1)". */
export function zoneLabel(zone: string, locale: string, at: number): string {
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  const offset =
    dtf(locale, { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return offset ? `${city} (${offset})` : city;
}

/** Money in the locale. */
export function money(m: Money, locale: string): string {
  return formatMoney(m, locale);
}

/** A whole number in the locale. */
export function number(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/**
 * Makes the Intl formatters a first render (and the backend's answers' checks) need before they
 * are needed: the first use of Intl's zone and locale data is the slowest step between the first
 * answers and a first render. Run while the first requests are on the network.
 */
export function warmUp(locale: string, zone: string): void {
  try {
    isValidTimeZone(zone);
    dtf(locale, { timeZone: zone, dateStyle: 'full', timeStyle: 'short' }).format(0);
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(0);
  } catch {
    // Only a head start: whatever fails here fails again, and is handled, where it is used.
  }
}
