// The one call a handler makes after writing a booking change: it reads what the planner needs
// (the provider, its settings and webhooks) and queues the messages in the same transaction, so a
// change that rolls back tells nobody, and one that commits tells everyone it should.
import type { Booking, WaitlistEntry } from '@booking/core';
import { newId } from '../tokens.js';
import type { Tx } from '../store/types.js';
import { DEFAULT_SETTINGS, planChange, planOffer } from './plan.js';

/** A provider's settings, or the defaults (no email address, English, reminders 24 h and 1 h). */
export async function settingsOf(tx: Tx, providerId: string) {
  return (await tx.notificationSettings(providerId)) ?? DEFAULT_SETTINGS;
}

/**
 * Queues what a booking change tells (emails, reminders, webhook deliveries): call it after
 * `tx.putBooking(after)`, with the booking as it was before (none for a new one).
 *
 * @example
 * await tx.putBooking(result.booking);
 * await recordChange(tx, { before: booking, after: result.booking, now });
 */
export async function recordChange(
  tx: Tx,
  change: { before: Booking | undefined; after: Booking; now: number },
): Promise<void> {
  const { after } = change;
  const record = await tx.provider(after.providerId);
  if (!record) throw new Error(`Booking ${after.id} names a missing provider.`);
  const [settings, webhooks, event] = await Promise.all([
    settingsOf(tx, after.providerId),
    tx.webhooks(after.providerId),
    after.eventId ? tx.event(after.eventId) : undefined,
  ]);
  const plan = planChange({
    ...change,
    provider: record.provider,
    settings,
    webhooks: webhooks.map((w) => w.webhook),
    event,
    newId,
  });
  if (plan.cancelReminders)
    await tx.cancelPending(after.id, 'reminder', 'The session moved or ended.');
  await tx.enqueue(plan.messages);
}

/**
 * Queues the emails and webhooks of waitlist entries that were just offered seats: those that
 * are `offered` in `after` and were not (with the same offer) in `before`.
 */
export async function recordOffers(
  tx: Tx,
  before: readonly WaitlistEntry[],
  after: readonly WaitlistEntry[],
  now: number,
): Promise<void> {
  const was = new Map(before.map((e) => [e.id, e]));
  const offered = after.filter(
    (e) =>
      e.status === 'offered' &&
      (was.get(e.id)?.status !== 'offered' || was.get(e.id)?.offeredAt !== e.offeredAt),
  );
  for (const entry of offered) {
    const event = await tx.event(entry.eventId);
    if (!event) continue;
    const record = await tx.provider(event.providerId);
    if (!record) continue;
    const [settings, webhooks] = await Promise.all([
      settingsOf(tx, event.providerId),
      tx.webhooks(event.providerId),
    ]);
    await tx.enqueue(
      planOffer({
        entry,
        event,
        provider: record.provider,
        settings,
        webhooks: webhooks.map((w) => w.webhook),
        now,
        newId,
      }),
    );
  }
}
