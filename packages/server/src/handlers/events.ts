// Group events: the public list and one event with its seats as they are now, registrations
// (seats counted with the event locked, the waitlist when full), and the provider's create,
// change and cancel.
import {
  busyTime,
  cancelGroupEvent,
  findConflicts,
  registerSeats,
  transition,
  updateGroupEvent,
  type GroupEvent,
} from '@booking/core';
import { invalid, json, problem } from '../reply.js';
import { newId } from '../tokens.js';
import type { Tx } from '../store/types.js';
import { answer, page, requireProvider, withSeats, type Context, type Handler } from './context.js';
import { groupSeatPrice } from '@booking/core';
import { issueManageToken, manageUrlOf, refused } from './bookings.js';
import { findProvider } from './providers.js';
import { recordChange, recordOffers } from '../notify/record.js';

const MINUTE = 60_000;

/** The event, or 404 `event_not_found`. */
async function findEvent(tx: Tx, id: string, options?: { lock?: boolean }): Promise<GroupEvent> {
  return (
    (await tx.event(id, options)) ??
    answer(problem('event_not_found', `There is no event "${id}".`))
  );
}

const endOf = (e: Pick<GroupEvent, 'start' | 'durationMinutes'>) =>
  new Date(Date.parse(e.start) + e.durationMinutes * MINUTE).toISOString();

/**
 * 409 `slot_unavailable` when the event's time overlaps the provider's other sessions (one-to-one
 * bookings with their buffers, other events). Blocks from other calendars do not stop a provider
 * who decides to run an event then.
 */
async function requireFreeTime(tx: Tx, event: GroupEvent): Promise<void> {
  const start = Date.parse(event.start);
  const end = Date.parse(endOf(event));
  const sources = await tx.busy(
    event.providerId,
    start - 2 * 24 * 60 * MINUTE,
    end + 2 * 24 * 60 * MINUTE,
  );
  const busy = busyTime({ bookings: sources.bookings, events: sources.events, exceptId: event.id });
  const clashes = findConflicts(
    busy.filter((b) => b.id !== event.id),
    { start: event.start, end: endOf(event) },
  );
  if (clashes.length)
    answer(
      problem(
        'slot_unavailable',
        `The event's time overlaps ${clashes.length} other session${clashes.length === 1 ? '' : 's'} of the provider (the first from ${clashes[0]!.start}). Choose a free time.`,
        { reason: 'conflict', alternatives: [] },
      ),
    );
}

export const listEvents: Handler<'listEvents'> = async ({ tx, query, now, nowIso }) => {
  const from = query.from ? Date.parse(query.from) : now;
  const to = query.to ? Date.parse(query.to) : undefined;
  const words = query.q?.toLowerCase();
  const tag = query.tag?.toLowerCase();
  const candidates = (
    await tx.events({
      providerId: query.providerId ?? undefined,
      from,
      to,
      scheduledOnly: true,
    })
  )
    .filter((e) => e.visibility !== 'unlisted')
    .filter((e) => !tag || (e.tags ?? []).some((t) => t.toLowerCase() === tag))
    .filter((e) => !words || [e.title, e.description].some((t) => t?.toLowerCase().includes(words)))
    .filter((e) => {
      if (!query.currency) return true;
      if (e.pricing.currency !== query.currency) return false;
      const price = groupSeatPrice(e.pricing, e.durationMinutes).price.amount;
      return price >= (query.minPrice ?? 0) && price <= (query.maxPrice ?? Infinity);
    });
  const events = (await withSeats(tx, candidates, nowIso)).filter(
    (e) => !query.hasSeats || e.seatsTaken < e.capacity,
  );
  return json(
    200,
    page(events, (e) => [Date.parse(e.start), e.id], 2, query),
  );
};

export const getEvent: Handler<'getEvent'> = async ({ tx, params, nowIso }) => {
  const [event] = await withSeats(tx, [await findEvent(tx, params.eventId!)], nowIso);
  return json(200, event);
};

export const register: Handler<'register'> = async (context) => {
  const { tx, params, body, nowIso, config } = context;
  const event = await findEvent(tx, params.eventId!, { lock: true });
  const [registrations, waitlist] = await Promise.all([
    tx.registrations([event.id]),
    tx.waitlists([event.id]),
  ]);
  const outcome = registerSeats(event, body, {
    registrations,
    waitlist,
    now: nowIso,
    id: newId(body.waitlist ? 'wl' : 'reg'),
    holdMinutes: config.offerHoldMinutes,
  });
  if (!outcome.ok) {
    switch (outcome.code) {
      case 'validation_failed':
        return invalid(outcome.errors);
      case 'too_many_seats':
      case 'invalid_seats':
        return invalid([{ field: 'seats', code: outcome.code, message: outcome.message }]);
      case 'event_full':
        return problem('event_full', outcome.message, {
          waitlist: { available: outcome.waitlist, seatsLeft: outcome.left },
        });
      case 'price_changed':
        return problem('price_changed', outcome.message, { quote: outcome.quote });
      default:
        return problem('event_closed', outcome.message, { reason: outcome.code });
    }
  }
  if (outcome.status === 'waitlisted') {
    await tx.putWaitlist([outcome.entry]);
    const manageToken = await issueManageToken(tx, 'waitlist', outcome.entry.id);
    return json(202, { entry: outcome.entry, position: outcome.position, manageToken });
  }
  await tx.putBooking(outcome.booking);
  await recordChange(tx, { before: undefined, after: outcome.booking, now: context.now });
  const manageToken = await issueManageToken(tx, 'booking', outcome.booking.id);
  return json(
    201,
    {
      booking: outcome.booking,
      manageToken,
      ...manageUrlOf(config, outcome.booking.id, manageToken),
    },
    { location: `${config.basePath}/bookings/${encodeURIComponent(outcome.booking.id)}` },
  );
};

export const createEvent: Handler<'createEvent'> = async (context) => {
  const { tx, params, body, now, config } = context;
  requireProvider(context, params.providerId!);
  const record = await findProvider(tx, params.providerId!, { lock: true });
  if (Date.parse(body.start) <= now)
    return invalid([
      {
        field: 'start',
        code: 'too_soon',
        message: 'An event starts in the future: choose a later start.',
      },
    ]);
  const event: GroupEvent = {
    ...body,
    id: newId('evt'),
    providerId: record.provider.id,
    timeZone: record.provider.timeZone,
    seatsTaken: 0,
    status: 'scheduled',
  };
  await requireFreeTime(tx, event);
  await tx.putEvent(event);
  return json(201, event, {
    location: `${config.basePath}/events/${encodeURIComponent(event.id)}`,
  });
};

/** The provider's own event, locked, with its registrations and waitlist. */
async function ownEvent(context: Context) {
  const { tx, params } = context;
  const found = await findEvent(tx, params.eventId!);
  requireProvider(context, found.providerId);
  const record = await findProvider(tx, found.providerId, { lock: true });
  const event = await findEvent(tx, found.id, { lock: true });
  const [registrations, waitlist] = await Promise.all([
    tx.registrations([event.id]),
    tx.waitlists([event.id]),
  ]);
  return { event, record, registrations, waitlist };
}

export const updateEvent: Handler<'updateEvent'> = async (context) => {
  const { tx, body, nowIso, config } = context;
  const { event, record, registrations, waitlist } = await ownEvent(context);
  const result = updateGroupEvent(event, body, {
    registrations,
    waitlist,
    now: nowIso,
    holdMinutes: config.offerHoldMinutes,
  });
  if (!result.ok) {
    if (result.code === 'validation_failed') return invalid(result.errors);
    if (result.code === 'capacity_below_taken')
      return invalid([{ field: 'capacity', code: result.code, message: result.message }]);
    return problem('transition_refused', result.message, { reason: 'wrong_state' });
  }
  const moved =
    result.event.start !== event.start || result.event.durationMinutes !== event.durationMinutes;
  const changed: {
    before: (typeof registrations)[number];
    after: (typeof registrations)[number];
  }[] = [];
  if (moved) {
    if (Date.parse(result.event.start) <= context.now)
      return invalid([
        {
          field: 'start',
          code: 'too_soon',
          message: 'An event starts in the future: choose a later start.',
        },
      ]);
    await requireFreeTime(tx, result.event);
    // Registrations move with their event: each keeps its seats and price, with a history entry.
    for (const r of registrations) {
      if (r.status === 'cancelled' || r.status === 'declined') continue;
      const step =
        result.event.start === event.start
          ? { ok: true as const, booking: r }
          : transition(
              r,
              { type: 'reschedule', start: result.event.start },
              {
                actor: 'provider',
                now: nowIso,
                policy: record.provider.policy,
              },
            );
      if (!step.ok) return refused(step);
      const next = {
        ...step.booking,
        durationMinutes: result.event.durationMinutes,
        end: endOf(result.event),
      };
      await tx.putBooking(next);
      changed.push({ before: r, after: next });
    }
  }
  await tx.putEvent(result.event);
  const line = result.waitlist.filter((w) => w.eventId === event.id);
  await tx.putWaitlist(line);
  // Told once the event itself is saved (the messages carry its new title and time).
  for (const change of changed) await recordChange(tx, { ...change, now: context.now });
  await recordOffers(tx, waitlist, line, context.now);
  const [view] = await withSeats(tx, [result.event], nowIso);
  return json(200, view);
};

export const cancelEvent: Handler<'cancelEvent'> = async (context) => {
  const { tx, body, nowIso } = context;
  const { event, record, registrations, waitlist } = await ownEvent(context);
  const result = cancelGroupEvent(event, {
    registrations,
    waitlist,
    now: nowIso,
    policy: record.provider.policy,
    reason: body.reason ?? null,
  });
  if (!result.ok) return problem('transition_refused', result.message, { reason: 'wrong_state' });
  for (const { booking } of result.cancelled) await tx.putBooking(booking);
  await tx.putWaitlist(result.waitlist.filter((w) => w.eventId === event.id));
  await tx.putEvent(result.event);
  const was = new Map(registrations.map((r) => [r.id, r]));
  for (const { booking } of result.cancelled)
    await recordChange(tx, { before: was.get(booking.id), after: booking, now: context.now });
  const [view] = await withSeats(tx, [result.event], nowIso);
  return json(200, view);
};
