/**
 * @booking/core/calendar: a booking in people's calendars. Its identity (one UID for its whole
 * life, a SEQUENCE that rises with each change), which every maker of a calendar file about it
 * uses, and the text of an .ics file. Kept apart from the main entry so a page that shows no
 * calendar file does not carry the writer.
 *
 * @packageDocumentation
 */
export {
  calendarIdentity,
  icsEvent,
  type CalendarIdentity,
  type IcsEvent,
} from './booking/calendar.js';
