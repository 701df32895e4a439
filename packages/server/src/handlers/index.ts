// One handler per endpoint of the contract: the type makes a missing one a compile error.
import { busyTime, nearestAlternatives } from '@booking/core';
import type { EndpointName } from '@booking/core/contract';
import { problem, type Reply } from '../reply.js';
import type { Store } from '../store/types.js';
import {
  cancelBooking,
  completeBooking,
  confirmBooking,
  createBooking,
  declineBooking,
  getBooking,
  listBookings,
  markNoShow,
  rescheduleBooking,
  startBooking,
} from './bookings.js';
import type { Handler } from './context.js';
import { cancelEvent, createEvent, getEvent, listEvents, register, updateEvent } from './events.js';
import {
  addCalendarFeed,
  createWebhook,
  deleteCalendarFeed,
  deleteWebhook,
  getNotificationSettings,
  listCalendarFeeds,
  listWebhookDeliveries,
  listWebhooks,
  replaceNotificationSettings,
} from './notifications.js';
import { getAvailability, getProvider, listProviders } from './providers.js';
import { getSchedule, replaceSchedule } from './schedule.js';
import { acceptOffer, declineOffer, getWaitlistEntry } from './waitlist.js';

export const handlers: { [K in EndpointName]: Handler<K> } = {
  listProviders,
  getProvider,
  getAvailability,
  listEvents,
  getEvent,
  createBooking,
  register,
  getBooking,
  cancelBooking,
  rescheduleBooking,
  getWaitlistEntry,
  acceptOffer,
  declineOffer,
  getSchedule,
  replaceSchedule,
  listBookings,
  createEvent,
  updateEvent,
  cancelEvent,
  confirmBooking,
  declineBooking,
  startBooking,
  completeBooking,
  markNoShow,
  getNotificationSettings,
  replaceNotificationSettings,
  createWebhook,
  listWebhooks,
  deleteWebhook,
  listWebhookDeliveries,
  addCalendarFeed,
  listCalendarFeeds,
  deleteCalendarFeed,
};

const DAY = 86_400_000;

/**
 * The answer when the database refused a write as a double booking (its constraint is the last
 * guard behind core's check): 409 `slot_unavailable`, with the nearest free times for a booking,
 * read in a fresh transaction. Never a 500.
 */
export async function alternativesAfterConflict(
  store: Store,
  name: EndpointName,
  request: { body: unknown; params: Record<string, string> },
  now: number,
  message: string,
): Promise<Reply> {
  const body = request.body as { providerId?: string; start?: string; durationMinutes?: number };
  const detail = 'This time was just taken by someone else. Please pick another.';
  if (name !== 'createBooking' && name !== 'rescheduleBooking')
    return problem('slot_unavailable', message, { reason: 'conflict', alternatives: [] });
  const alternatives = await store.transaction(async (tx) => {
    const booking =
      name === 'rescheduleBooking' ? await tx.booking(request.params.bookingId!) : undefined;
    const providerId = booking?.providerId ?? body.providerId;
    const record = providerId ? await tx.provider(providerId) : undefined;
    if (!record || !body.start) return [];
    const start = Date.parse(body.start);
    const sources = await tx.busy(record.provider.id, start - 15 * DAY, start + 15 * DAY);
    const duration = booking?.durationMinutes ?? body.durationMinutes ?? 60;
    return nearestAlternatives(
      {
        timeZone: record.provider.timeZone,
        weekly: record.weekly,
        overrides: record.overrides,
        busy: busyTime({ ...sources, exceptId: booking?.id ?? null }),
        policy: { ...record.provider.policy, durationMinutes: duration },
        now: new Date(now).toISOString(),
      },
      body.start,
    );
  });
  return problem('slot_unavailable', detail, { reason: 'conflict', alternatives });
}
