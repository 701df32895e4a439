// The calendar invitation an email carries (RFC 5545 with iTIP's METHOD): REQUEST to add or move
// the session, CANCEL to remove it. The UID is the booking's, so a calendar updates its one entry;
// SEQUENCE rises with every change, so a later message wins over an earlier one. Times are UTC.
// The text rules (escaping, folding at 75 octets) are those of the elements' "add to calendar"
// file (packages/elements/src/shared/ics.ts), which writes METHOD:PUBLISH without attendees.

/** What goes into an invitation. */
export interface Invitation {
  method: 'REQUEST' | 'CANCEL';
  /** Stable across every message about one booking: `<booking id>@<domain>`. */
  uid: string;
  /** Rises with each change of the booking. */
  sequence: number;
  start: string;
  end: string;
  title: string;
  description?: string | undefined;
  url?: string | undefined;
  /** `CONFIRMED`, `TENTATIVE` (a request not yet confirmed) or `CANCELLED`. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** When the file is made (DTSTAMP), epoch ms. */
  now: number;
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A TEXT value (RFC 5545 §3.3.11). */
export const escapeText = (s: string) =>
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

/** The text of an invitation (CRLF lines). */
export function invitationIcs(invite: Invitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Booking SDK//booking-server//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(invite.uid)}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${stamp(invite.now)}`,
    `DTSTART:${stamp(Date.parse(invite.start))}`,
    `DTEND:${stamp(Date.parse(invite.end))}`,
    `SUMMARY:${escapeText(invite.title)}`,
    ...(invite.description ? [`DESCRIPTION:${escapeText(invite.description)}`] : []),
    ...(invite.url ? [`URL:${invite.url}`] : []),
    `STATUS:${invite.status}`,
    'TRANSP:OPAQUE',
    `ORGANIZER;CN=${param(invite.organizer.name)}:mailto:${invite.organizer.email}`,
    `ATTENDEE;CN=${param(invite.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${invite.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
