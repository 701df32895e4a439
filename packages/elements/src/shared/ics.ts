// "Add to calendar": an iCalendar (.ics) file and Google / Outlook links for a booked session.
// A booking keeps one calendar identity for its whole life: the same UID in every file, and a
// SEQUENCE that rises with each change (a move, a cancellation), so a calendar that imports the
// file of a change updates its event (or removes it, METHOD:CANCEL) instead of adding a second one.
import type { Booking } from '@booking/core';

/** What goes into a calendar entry. */
export interface CalendarEntry {
  uid: string;
  start: string;
  end: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** When the file is made (DTSTAMP). */
  now: number;
  /** How many times the event changed since it was first sent (SEQUENCE); default 0. */
  sequence?: number;
  /** The session is called off: the file cancels the event (METHOD:CANCEL, STATUS:CANCELLED). */
  cancelled?: boolean;
}

/** The UID of a booking's calendar event: the same in every file made for it, by every element. */
export function bookingUid(bookingId: string): string {
  return `${bookingId}@booking-widget`;
}

/**
 * The SEQUENCE of a booking's calendar event: one more for each move and for a cancellation or
 * decline, read from its history, so every file made for the booking agrees on it.
 */
export function bookingSequence(booking: Pick<Booking, 'history'>): number {
  return booking.history.filter(
    (h) => h.action === 'reschedule' || h.action === 'cancel' || h.action === 'decline',
  ).length;
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The text of an .ics file with one event (UTC times, CRLF lines). A changed event keeps its UID
 * with a higher `sequence`; a cancelled one is sent with METHOD:CANCEL.
 */
export function icsFile(entry: CalendarEntry): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Booking SDK//booking-widget//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${entry.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `SEQUENCE:${entry.sequence ?? 0}`,
    `DTSTAMP:${stamp(entry.now)}`,
    `DTSTART:${stamp(Date.parse(entry.start))}`,
    `DTEND:${stamp(Date.parse(entry.end))}`,
    `SUMMARY:${escapeText(entry.title)}`,
    ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.url ? [`URL:${entry.url}`] : []),
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A link that opens Google Calendar with the event filled in. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${stamp(Date.parse(entry.start))}/${stamp(Date.parse(entry.end))}`,
    ...(entry.description ? { details: entry.description } : {}),
    ...(entry.location ? { location: entry.location } : {}),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** A link that opens Outlook on the web with the event filled in. */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt: new Date(Date.parse(entry.start)).toISOString(),
    enddt: new Date(Date.parse(entry.end)).toISOString(),
    ...(entry.description ? { body: entry.description } : {}),
    ...(entry.location ? { location: entry.location } : {}),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
