// A booking in people's calendars: one identity for its whole life (the same UID in every file and
// message about it, whoever makes them: the elements' "add to calendar" file, the server's
// invitations) and a SEQUENCE that rises with each change, so a calendar updates or removes its
// one entry instead of adding another. And the text of such a file (RFC 5545, with iTIP's METHOD).
import type { Booking } from '../schemas/booking.js';

/** A booking's identity in calendars; see {@link calendarIdentity}. */
export interface CalendarIdentity {
  /** `UID`: the same for every file and message about the booking. */
  uid: string;
  /** `SEQUENCE`: 0 when made, one more with each change of the booking since. */
  sequence: number;
}

/**
 * The UID and SEQUENCE of a booking's calendar event. Every change of a booking adds one entry
 * to its history, so a file made after a change (a confirmation, a move, a cancellation) always
 * carries a higher SEQUENCE than one made before it, and every maker agrees on the number.
 *
 * @example
 * calendarIdentity(booking); // { uid: 'bkg_7Hq2@booking.dev', sequence: 1 } once confirmed
 */
export function calendarIdentity(booking: Pick<Booking, 'id' | 'history'>): CalendarIdentity {
  return { uid: `${booking.id}@booking.dev`, sequence: Math.max(0, booking.history.length - 1) };
}

/** One event of an .ics file; see {@link icsEvent}. */
export interface IcsEvent extends CalendarIdentity {
  /**
   * `PUBLISH` for a file to import, `REQUEST` for an invitation that adds or moves the event,
   * `CANCEL` to remove it.
   */
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Who makes the file, for PRODID (`booking-widget`, `booking-server`). */
  product: string;
  start: string;
  end: string;
  /** When the file is made (DTSTAMP). */
  now: string;
  title: string;
  description?: string | null | undefined;
  location?: string | null | undefined;
  /** An http(s) link about the event (the manage page). */
  url?: string | null | undefined;
  /** `TENTATIVE` for a request the provider has not confirmed yet. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** For invitations: who sends it, and who it is for. */
  organizer?: { name: string; email: string } | null | undefined;
  attendee?: { name: string; email: string } | null | undefined;
}

/** `20261203T150000Z`. */
const stamp = (instant: string) =>
  new Date(Date.parse(instant))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A TEXT value (§3.3.11). */
const text = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A parameter value: quoted, without the characters a quoted value cannot hold (§3.2). */
const param = (s: string) => `"${s.replace(/["\r\n\p{Cc}]/gu, '')}"`;

/** Folds a content line at 75 octets (§3.1), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = encoder.encode(char).length;
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
 * The text of an .ics file with one event: UTC times, escaped text, lines folded at 75 octets and
 * ended with CRLF.
 *
 * @example
 * const file = icsEvent({
 *   ...calendarIdentity(booking),
 *   method: 'PUBLISH',
 *   product: 'my-app',
 *   start: booking.start,
 *   end: booking.end,
 *   now: new Date().toISOString(),
 *   title: 'Guitar lesson with Ana',
 *   status: 'CONFIRMED',
 * });
 */
export function icsEvent(event: IcsEvent): string {
  const { organizer, attendee } = event;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Booking SDK//${text(event.product)}//EN`,
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp(event.now)}`,
    `DTSTART:${stamp(event.start)}`,
    `DTEND:${stamp(event.end)}`,
    `SUMMARY:${text(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    ...(organizer ? [`ORGANIZER;CN=${param(organizer.name)}:mailto:${organizer.email}`] : []),
    ...(attendee
      ? [
          `ATTENDEE;CN=${param(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${attendee.email}`,
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
