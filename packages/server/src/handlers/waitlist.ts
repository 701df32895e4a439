// A place on a waitlist, managed with its manage token: read it, and answer an offer of freed
// seats (accepting books them, with the same token managing the registration).
import { answerSeatOffer, waitlistPosition, type WaitlistEntry } from '@booking/core';
import { json, problem } from '../reply.js';
import { hashToken, newId } from '../tokens.js';
import { answer, type Context, type Handler } from './context.js';
import { manageUrlOf } from './bookings.js';
import { recordChange, recordOffers } from '../notify/record.js';

/** The entry this manage token opens; anyone else is told it does not exist (no probing). */
async function ownEntry(context: Context): Promise<WaitlistEntry> {
  const id = context.params.entryId!;
  const entry = await context.tx.waitlistEntry(id);
  const { caller } = context;
  const opens =
    caller.kind === 'manage' && caller.target.kind === 'waitlist' && caller.target.id === id;
  if (!entry || !opens)
    answer(
      problem(
        'waitlist_entry_not_found',
        `There is no waitlist entry "${id}" that this token opens.`,
      ),
    );
  return entry!;
}

export const getWaitlistEntry: Handler<'getWaitlistEntry'> = async (context) => {
  const entry = await ownEntry(context);
  const line = await context.tx.waitlists([entry.eventId]);
  return json(200, {
    entry,
    position: waitlistPosition(line, entry.id),
    manageToken: context.token,
  });
};

/** Accepting or declining an offer, with the event's seats locked. */
async function answerOffer(context: Context, accept: boolean) {
  const { tx, nowIso, config } = context;
  const entry = await ownEntry(context);
  const event = await tx.event(entry.eventId, { lock: true });
  if (!event) throw new Error(`Waitlist entry ${entry.id} names a missing event.`);
  const [registrations, waitlist] = await Promise.all([
    tx.registrations([event.id]),
    tx.waitlists([event.id]),
  ]);
  const result = answerSeatOffer(entry.id, accept, {
    event,
    registrations,
    waitlist,
    now: nowIso,
    id: newId('reg'),
    holdMinutes: config.offerHoldMinutes,
  });
  if (!result.ok)
    return {
      ok: false as const,
      reply: problem('transition_refused', result.message, { reason: result.code }),
    };
  await tx.putWaitlist(result.waitlist);
  await recordOffers(tx, waitlist, result.waitlist, context.now);
  return { ok: true as const, result, entry: result.waitlist.find((w) => w.id === entry.id)! };
}

export const acceptOffer: Handler<'acceptOffer'> = async (context) => {
  const outcome = await answerOffer(context, true);
  if (!outcome.ok) return outcome.reply;
  const booking = outcome.result.booking!;
  await context.tx.putBooking(booking);
  await recordChange(context.tx, { before: undefined, after: booking, now: context.now });
  // The token that managed the place in line now manages the registration.
  const token = context.token!;
  await context.tx.putManageToken(await hashToken(token), { kind: 'booking', id: booking.id });
  return json(201, {
    booking,
    manageToken: token,
    ...manageUrlOf(context.config, booking.id, token),
  });
};

export const declineOffer: Handler<'declineOffer'> = async (context) => {
  const outcome = await answerOffer(context, false);
  if (!outcome.ok) return outcome.reply;
  return json(200, { entry: outcome.entry, position: 0, manageToken: context.token });
};
