// One sentence per endpoint of the contract, for the OpenAPI document and the docs' tables. Kept
// apart from the tables themselves, so the clients that pages download carry none of it.
import type { EndpointName } from './endpoints.js';

const step = (name: string) =>
  `The provider's ${name} step of the lifecycle (refused with the reason when it is not allowed now).`;

/**
 * What each endpoint does, in one sentence.
 *
 * @example
 * import { summaries } from '@booking/core/contract';
 * summaries.createBooking; // 'Book a one-to-one session: …'
 */
export const summaries: Record<EndpointName, string> = {
  listProviders: 'List providers, with search and filters.',
  getProvider: 'A provider: profile, zone, services and rates, group prices, booking policy.',
  getAvailability:
    'Weekly windows, date overrides and busy intervals of a window (never computed slots: the client computes them with core).',
  listEvents: 'Upcoming public group events, seats as they are now.',
  getEvent: 'One group event with its seats taken and capacity.',
  createBooking:
    'Book a one-to-one session: 409 slot_unavailable carries the nearest alternatives, 409 price_changed the fresh quote.',
  register:
    'Take seats in a group event: 409 event_full says whether the waitlist is open; with waitlist: true the answer is 202 and a place in line.',
  getBooking: "A booking, with its manage token or the provider's token.",
  cancelBooking:
    "Cancel, with a reason; the refund follows the provider's cancellation policy, and freed seats go to the waitlist.",
  rescheduleBooking: 'Move to a new start: the same booking and price, a history entry added.',
  getWaitlistEntry: 'A waitlist entry and its place in line, with its manage token.',
  acceptOffer:
    'Take the seats a waitlist offer holds: the registration, managed by the same token.',
  declineOffer: 'Turn a waitlist offer down: its seats move on to the next in line.',
  getSchedule:
    'What the provider edits of its availability: zone, weekly windows, date overrides, booking policy and the version to send back as If-Match.',
  replaceSchedule:
    'Replace the weekly windows and overrides (and the zone and policy when given). With If-Match, 412 when someone saved first.',
  listBookings: "The provider's bookings, filtered, with counts per status.",
  createEvent: 'Create a group event (its time must be free in the provider’s calendar).',
  updateEvent: 'Change an event; the capacity never below the seats taken or offered.',
  cancelEvent: 'Cancel an event: every registration is cancelled and refunded in full.',
  confirmBooking: step('confirm'),
  declineBooking: step('decline'),
  startBooking: step('start'),
  completeBooking: step('complete'),
  markNoShow: step('no-show'),
  getNotificationSettings:
    "Where the provider's emails go, their language, and the reminders sent before each session (default 24 h and 1 h).",
  replaceNotificationSettings:
    'Change the notification settings (absent fields are kept); a change of reminders applies to sessions booked or moved from then on.',
  createWebhook:
    'Register a webhook endpoint: the answer holds its signing secret, shown this once (Standard Webhooks signatures).',
  listWebhooks: "The provider's webhook endpoints (without their secrets).",
  deleteWebhook:
    'Remove a webhook endpoint: nothing more is sent to it, pending deliveries included.',
  listWebhookDeliveries:
    'The delivery log of a webhook endpoint, newest first: each message with its attempts, last answer and next retry.',
  addCalendarFeed:
    "Add a calendar's secret ICS address: its events become busy time, fetched on a schedule.",
  listCalendarFeeds: "The provider's calendar feeds, each with how its last fetch went.",
  deleteCalendarFeed: 'Remove a calendar feed and the busy time it gave.',
};
