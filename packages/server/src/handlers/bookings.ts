// One-to-one bookings: create (checked by core under the provider's lock, guarded by the
// database's constraint), read, cancel and reschedule with a manage token, the provider's list,
// and the provider's lifecycle steps.
import {
  busyTime,
  cancelRegistration,
  checkBookingRequest,
  checkReschedule,
  transition,
  type Booking,
  type BookingAction,
  type BookingStatus,
} from '@booking/core';
import { BOOKING_STATUSES } from '@booking/core/schemas';
import { invalid, json, problem, taggedJson, type Reply } from '../reply.js';
import { hashToken, newId, newToken } from '../tokens.js';
import type { ProviderRecord, Tx } from '../store/types.js';
import {
  answer,
  manageActor,
  page,
  requireProvider,
  type Context,
  type Handler,
  type HandlerConfig,
} from './context.js';
import { findProvider } from './providers.js';
import { recordChange, recordOffers } from '../notify/record.js';

const DAY = 86_400_000;
/** Busy time around a start: the alternatives to a taken slot are searched 14 days either side. */
const AROUND = 15 * DAY;

/** A new manage token for what was just created; only its hash is kept. */
export async function issueManageToken(
  tx: Tx,
  kind: 'booking' | 'waitlist',
  id: string,
): Promise<string> {
  const token = newToken();
  await tx.putManageToken(await hashToken(token), { kind, id });
  return token;
}

/** The `manageUrl` of a created booking, when the server has a manage page. */
export function manageUrlOf(config: HandlerConfig, id: string, token: string) {
  return config.manageUrl
    ? {
        manageUrl: config.manageUrl
          .replace('{id}', encodeURIComponent(id))
          .replace('{token}', encodeURIComponent(token)),
      }
    : {};
}

/** What checkBookingRequest and checkReschedule need of a provider around one start. */
async function calendar(tx: Tx, record: ProviderRecord, start: number, exceptId?: string) {
  const sources = await tx.busy(record.provider.id, start - AROUND, start + AROUND);
  return {
    provider: record.provider,
    availability: { weekly: record.weekly, overrides: record.overrides },
    busy: busyTime({ ...sources, exceptId: exceptId ?? null }),
  };
}

/** A 409 `transition_refused` with the lifecycle's reason. */
export const refused = (result: { code: string; message: string }): Reply =>
  problem('transition_refused', result.message, { reason: result.code });

export const createBooking: Handler<'createBooking'> = async (context) => {
  const { tx, body, nowIso, config } = context;
  const record = await findProvider(tx, body.providerId, { lock: true });
  const check = checkBookingRequest(body, {
    ...(await calendar(tx, record, Date.parse(body.start))),
    now: nowIso,
    id: newId('bkg'),
  });
  if (!check.ok) {
    if (check.code === 'validation_failed') return invalid(check.errors);
    if (check.code === 'slot_unavailable')
      return problem('slot_unavailable', check.message, {
        reason: check.reason,
        alternatives: check.alternatives,
      });
    return problem('price_changed', check.message, { quote: check.quote });
  }
  const { booking } = check;
  await tx.putBooking(booking);
  await recordChange(tx, { before: undefined, after: booking, now: context.now });
  const manageToken = await issueManageToken(tx, 'booking', booking.id);
  return json(
    201,
    { booking, manageToken, ...manageUrlOf(config, booking.id, manageToken) },
    { location: `${config.basePath}/bookings/${encodeURIComponent(booking.id)}` },
  );
};

/** The booking of a manage route and who is acting on it (client or provider), or 404. */
async function managed(context: Context, options?: { lockProvider?: boolean }) {
  const id = context.params.bookingId!;
  const booking = await context.tx.booking(id, { lock: true });
  const actor = manageActor(context, booking, id);
  if (options?.lockProvider) await context.tx.provider(booking!.providerId, { lock: true });
  return { booking: booking!, actor };
}

export const getBooking: Handler<'getBooking'> = async (context) =>
  json(200, (await managed(context)).booking);

export const cancelBooking: Handler<'cancelBooking'> = async (context) => {
  const { tx, body, nowIso } = context;
  const { booking, actor } = await managed(context);
  const record = await findProvider(tx, booking.providerId);
  const reason = body.reason ?? null;
  if (booking.eventId) {
    const event = await tx.event(booking.eventId, { lock: true });
    if (!event) throw new Error(`Registration ${booking.id} names a missing event.`);
    const [registrations, waitlist] = await Promise.all([
      tx.registrations([event.id]),
      tx.waitlists([event.id]),
    ]);
    const result = cancelRegistration(booking, {
      event,
      registrations,
      waitlist,
      actor,
      now: nowIso,
      policy: record.provider.policy,
      reason,
      holdMinutes: context.config.offerHoldMinutes,
    });
    if (!result.ok) return refused(result);
    await tx.putBooking(result.booking);
    const line = result.waitlist.filter((w) => w.eventId === event.id);
    await tx.putWaitlist(line);
    await recordChange(tx, { before: booking, after: result.booking, now: context.now });
    await recordOffers(tx, waitlist, line, context.now);
    return json(200, result.booking);
  }
  const action: BookingAction = { type: 'cancel', ...(reason ? { reason } : {}) };
  const result = transition(booking, action, {
    actor,
    now: nowIso,
    policy: record.provider.policy,
  });
  if (!result.ok) return refused(result);
  await tx.putBooking(result.booking);
  await recordChange(tx, { before: booking, after: result.booking, now: context.now });
  return json(200, result.booking);
};

export const rescheduleBooking: Handler<'rescheduleBooking'> = async (context) => {
  const { tx, body, nowIso } = context;
  const { booking, actor } = await managed(context, { lockProvider: true });
  const record = await findProvider(tx, booking.providerId);
  const result = checkReschedule(booking, body.start, {
    ...(await calendar(tx, record, Date.parse(body.start), booking.id)),
    actor,
    now: nowIso,
  });
  if (!result.ok && result.code === 'slot_unavailable')
    return problem('slot_unavailable', result.message, {
      reason: result.reason,
      alternatives: result.alternatives,
    });
  if (!result.ok) return refused(result);
  await tx.putBooking(result.booking);
  await recordChange(tx, { before: booking, after: result.booking, now: context.now });
  return json(200, result.booking);
};

export const listBookings: Handler<'listBookings'> = async (context) => {
  const { tx, params, query } = context;
  requireProvider(context, params.providerId!);
  await findProvider(tx, params.providerId!);
  const matching = await tx.bookings({
    providerId: params.providerId!,
    from: query.from ? Date.parse(query.from) : undefined,
    to: query.to ? Date.parse(query.to) : undefined,
    client: query.client ?? undefined,
  });
  const counts = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<
    BookingStatus,
    number
  >;
  for (const b of matching) counts[b.status]++;
  const statuses = query.status?.length ? new Set<string>(query.status) : undefined;
  const listed = statuses ? matching.filter((b) => statuses.has(b.status)) : matching;
  const result = page(listed, (b: Booking) => [Date.parse(b.start), b.id], 2, query);
  const body = { ...result, counts };
  // An inbox that refreshes every minute gets a 304 while nothing changed.
  return taggedJson(body, context.request.headers.get('if-none-match'));
};

type Step = 'confirmBooking' | 'declineBooking' | 'startBooking' | 'completeBooking' | 'markNoShow';

/** A provider's lifecycle step on one of its bookings. */
function step<K extends Step>(type: 'confirm' | 'decline' | 'start' | 'complete' | 'no_show') {
  const handler: Handler<K> = async (context) => {
    const { tx, params, body, nowIso } = context;
    const id = params.bookingId!;
    const booking = await tx.booking(id, { lock: true });
    if (!booking) answer(problem('booking_not_found', `There is no booking "${id}".`));
    requireProvider(context, booking!.providerId);
    const record = await findProvider(tx, booking!.providerId, { lock: true });
    const { reason } = body as { reason?: string | null };
    const action = (type === 'decline' && reason ? { type, reason } : { type }) as BookingAction;
    const result = transition(booking!, action, {
      actor: 'provider',
      now: nowIso,
      policy: record.provider.policy,
    });
    if (!result.ok) return refused(result);
    await tx.putBooking(result.booking);
    await recordChange(tx, { before: booking!, after: result.booking, now: context.now });
    return json(200, result.booking);
  };
  return handler;
}

export const confirmBooking = step<'confirmBooking'>('confirm');
export const declineBooking = step<'declineBooking'>('decline');
export const startBooking = step<'startBooking'>('start');
export const completeBooking = step<'completeBooking'>('complete');
export const markNoShow = step<'markNoShow'>('no_show');
