// Free slots and create requests for a provider, from what the server publishes (as a client
// computes them with core), so tests book real slots of the demo data.
import {
  computeSlots,
  defaultDuration,
  groupSlotsByDay,
  quote,
  type Provider,
  type Service,
} from '@booking/core';
import type { CreateBookingRequest } from '@booking/core/schemas';
import { send } from './server.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A provider's profile, its first service, and one free start per local day from tomorrow over
 * `days` days (a day apart, so booking one never takes another).
 */
export async function freeSlots(
  base: string,
  providerId: string,
  now: number,
  days = 14,
): Promise<{ provider: Provider; service: Service; starts: string[] }> {
  const got = await send(base, 'GET', `/providers/${encodeURIComponent(providerId)}`);
  if (got.status !== 200) throw new Error(`GET /providers/${providerId}: ${got.status}`);
  const provider = got.body as Provider;
  const service = provider.services[0]!;
  const from = iso(now + DAY);
  const to = iso(now + days * DAY);
  const window = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const availability = await send(
    base,
    'GET',
    `/providers/${encodeURIComponent(providerId)}/availability?${window}`,
  );
  if (availability.status !== 200)
    throw new Error(`availability of ${providerId}: ${availability.status}`);
  const slots = computeSlots({
    ...(availability.body as Parameters<typeof computeSlots>[0]),
    policy: { ...provider.policy, durationMinutes: defaultDuration(service) },
    from,
    to,
    now: iso(now),
  });
  const starts = groupSlotsByDay(slots, provider.timeZone).map((day) => day.slots[0]!.start);
  return { provider, service, starts };
}

/** A create request for `start` with the service's default length and the quote a client shows. */
export function bookingRequest(
  provider: Provider,
  service: Service,
  start: string,
  now: number,
  client = { name: 'Server Test', email: 'server-test@example.com' },
): CreateBookingRequest {
  const durationMinutes = defaultDuration(service);
  const answers: Record<string, string | boolean> = {};
  for (const q of service.questions ?? [])
    answers[q.id] =
      q.kind === 'checkbox' ? true : q.kind === 'select' ? (q.options?.[0] ?? '') : 'A goal';
  return {
    providerId: provider.id,
    serviceId: service.id,
    start,
    durationMinutes,
    client,
    ...(service.questions?.length ? { answers } : {}),
    quote: quote({ kind: 'one_to_one', service, durationMinutes, start, now: iso(now) }),
  };
}
