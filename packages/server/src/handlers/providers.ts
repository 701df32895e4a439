// Public reads of providers: the list with its filters, one profile, and the availability of a
// window (rules and busy time, never slots: clients compute those with core).
import { busyTime, durationPrices, groupSeatPrice, type Provider } from '@booking/core';
import { json, problem, taggedJson } from '../reply.js';
import type { ProviderRecord, Tx } from '../store/types.js';
import { answer, page, type Handler } from './context.js';

const DAY = 86_400_000;

/** The provider, or 404 `provider_not_found`. */
export async function findProvider(
  tx: Tx,
  id: string,
  options?: { lock?: boolean },
): Promise<ProviderRecord> {
  return (await tx.provider(id, options)) ?? answer(providerNotFound(id));
}

const providerNotFound = (id: string) =>
  problem('provider_not_found', `There is no provider "${id}".`);

/** Every price a provider lists in `currency` (one-to-one lengths and its group seat price). */
function pricesIn(provider: Provider, currency: string): number[] {
  return [
    ...provider.services
      .filter((s) => s.currency === currency)
      .flatMap((s) => durationPrices(s).map((d) => d.price.amount)),
    ...(provider.groupPricing?.currency === currency
      ? [groupSeatPrice(provider.groupPricing, 60).price.amount]
      : []),
  ];
}

export const listProviders: Handler<'listProviders'> = async ({ tx, query }) => {
  const words = query.q?.toLowerCase();
  const same = (list: readonly string[] | null | undefined, wanted: string | null | undefined) =>
    !wanted || (list ?? []).some((x) => x.toLowerCase() === wanted.toLowerCase());
  const jobTitle = query.jobTitle?.toLowerCase();
  const records = await tx.providers();
  const withEvents =
    query.kind === 'group'
      ? new Set((await tx.events({ scheduledOnly: true })).map((e) => e.providerId))
      : new Set<string>();
  const items = records
    .map((r) => r.provider)
    .filter(
      (p) => !words || [p.name, p.headline, p.bio].some((t) => t?.toLowerCase().includes(words)),
    )
    .filter((p) => same(p.specializations, query.specialization) && same(p.subjects, query.subject))
    .filter((p) => !jobTitle || p.headline?.toLowerCase().includes(jobTitle))
    .filter((p) => query.kind !== 'one_to_one' || p.services.length > 0)
    .filter((p) => query.kind !== 'group' || p.groupPricing != null || withEvents.has(p.id))
    .filter((p) => {
      if (!query.currency) return true;
      const min = query.minPrice ?? 0;
      const max = query.maxPrice ?? Infinity;
      return pricesIn(p, query.currency).some((a) => a >= min && a <= max);
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  return json(
    200,
    page(items, (p) => [p.name, p.id], 2, query),
  );
};

export const getProvider: Handler<'getProvider'> = async ({ tx, params }) =>
  json(200, (await findProvider(tx, params.providerId!)).provider);

export const getAvailability: Handler<'getAvailability'> = async ({
  tx,
  params,
  query,
  request,
}) => {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  // Two days either side: a slot's session and buffers may reach past the window, and a local
  // date of the provider may begin before the window does.
  const lo = from - 2 * DAY;
  const hi = to + 2 * DAY;
  // One read for both: this is the busiest request a server answers.
  const { record, busy: sources } = await tx.providerWithBusy(params.providerId!, lo, hi);
  if (!record) return providerNotFound(params.providerId!);
  const body = {
    providerId: record.provider.id,
    timeZone: record.provider.timeZone,
    weekly: record.weekly,
    overrides: record.overrides.filter((o) => {
      const noon = Date.parse(`${o.date}T12:00:00Z`);
      return noon >= lo && noon <= hi;
    }),
    // Busy time says when, never whose: the ids of other people's bookings stay private.
    busy: busyTime(sources)
      .filter((b) => Date.parse(b.end) > lo && Date.parse(b.start) < hi)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .map(({ id: _id, ...interval }) => interval),
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  };
  return taggedJson(body, request.headers.get('if-none-match'));
};
