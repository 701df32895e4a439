// "Add to calendar": an iCalendar (.ics) file and Google / Outlook links for a booked session.
// A booking keeps one calendar identity for its whole life (core's calendarIdentity: the UID that
// the server's invitations use too, and a SEQUENCE that rises with each change), so a calendar that
// imports the file of a change updates its event (or removes it, METHOD:CANCEL) instead of adding
// a second one.
import type { Booking } from '@booking/core';
import { calendarIdentity, icsEvent } from '@booking/core/calendar';

/** What goes into a calendar entry. */
export interface CalendarEntry {
  uid: string;
  /** How many times the event changed since it was made (SEQUENCE). */
  sequence: number;
  start: string;
  end: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** When the file is made (DTSTAMP). */
  now: number;
  /** `TENTATIVE` while the provider has not confirmed; `CANCELLED` cancels the event. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/** A booking's calendar entry: its identity, times and status, with what the element adds. */
export function bookingEntry(
  booking: Booking,
  entry: Pick<CalendarEntry, 'title' | 'description' | 'location' | 'url' | 'now'>,
): CalendarEntry {
  const ended = booking.status === 'cancelled' || booking.status === 'declined';
  return {
    ...calendarIdentity(booking),
    start: booking.start,
    end: booking.end,
    status: ended ? 'CANCELLED' : booking.status === 'pending' ? 'TENTATIVE' : 'CONFIRMED',
    ...entry,
  };
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The text of an .ics file with the event; a cancelled one is sent with METHOD:CANCEL. */
export function icsFile(entry: CalendarEntry): string {
  return icsEvent({
    ...entry,
    method: entry.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH',
    product: 'booking-elements',
    now: new Date(entry.now).toISOString(),
  });
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
