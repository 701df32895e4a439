// The provider's own schedule: zone, weekly windows, date overrides and booking policy, with a
// version that makes a stale save a 412 instead of a silent overwrite.
import { computeSlots, BookingInputError } from '@booking/core';
import type { Schedule } from '@booking/core/schemas';
import { ifMatchHolds, invalid, json, noneMatch, problem } from '../reply.js';
import type { ProviderRecord } from '../store/types.js';
import { answer, requireProvider, type Handler } from './context.js';
import { findProvider } from './providers.js';

const etagOf = (record: ProviderRecord) => `"${record.version}"`;

function scheduleOf(record: ProviderRecord): Schedule {
  return {
    providerId: record.provider.id,
    timeZone: record.provider.timeZone,
    weekly: record.weekly,
    overrides: record.overrides,
    policy: record.provider.policy,
    version: String(record.version),
  };
}

export const getSchedule: Handler<'getSchedule'> = async (context) => {
  const { tx, params, request } = context;
  requireProvider(context, params.providerId!);
  const record = await findProvider(tx, params.providerId!);
  const etag = etagOf(record);
  if (noneMatch(request.headers.get('if-none-match'), etag))
    return { status: 304, headers: { etag } };
  return json(200, scheduleOf(record), { etag, 'cache-control': 'no-cache' });
};

export const replaceSchedule: Handler<'replaceSchedule'> = async (context) => {
  const { tx, params, body, request, nowIso } = context;
  requireProvider(context, params.providerId!);
  const record = await findProvider(tx, params.providerId!, { lock: true });
  if (!ifMatchHolds(request.headers.get('if-match'), etagOf(record)))
    return problem(
      'precondition_failed',
      'The schedule was saved by someone else since you opened it. Reload it (your changes can be kept in the form) and save again.',
      { version: String(record.version) },
    );
  const provider = {
    ...record.provider,
    ...(body.timeZone ? { timeZone: body.timeZone } : {}),
    ...(body.policy ? { policy: body.policy } : {}),
  };
  const next: ProviderRecord = {
    provider,
    weekly: body.weekly,
    overrides: body.overrides ?? [],
    version: record.version + 1,
  };
  // The slot engine's own checks of the rules (a date that does not exist in the zone, …).
  try {
    computeSlots({
      timeZone: provider.timeZone,
      weekly: next.weekly,
      overrides: next.overrides,
      policy: { ...provider.policy, durationMinutes: 60 },
      from: nowIso,
      to: nowIso,
      now: nowIso,
    });
  } catch (error) {
    if (!(error instanceof BookingInputError)) throw error;
    answer(
      invalid([
        {
          field: error.path.join('.'),
          code: error.code,
          message: error.message.replace(/^[^:]*: /, ''),
        },
      ]),
    );
  }
  await tx.putProvider(next);
  return json(200, scheduleOf(next), { etag: etagOf(next) });
};
