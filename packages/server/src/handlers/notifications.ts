// The provider's side of telling people: notification settings (its email address, language and
// reminders), webhook endpoints with their delivery log, and calendar feeds whose events become
// busy time. Sending and fetching are the worker's (`@booking/server/worker`); these only record.
import type { CalendarFeed, Webhook, WebhookDelivery } from '@booking/core/schemas';
import { invalid, json, problem, type Reply } from '../reply.js';
import { newId } from '../tokens.js';
import type { OutboxMessage } from '../store/types.js';
import { settingsOf } from '../notify/record.js';
import { answer, requireProvider, type Context, type Handler } from './context.js';
import { findProvider } from './providers.js';

/** Endpoints and feeds a provider may have, each. */
export const MAX_WEBHOOKS = 20;
export const MAX_FEEDS = 20;

/** The provider of the route, who must be the caller. */
async function own(context: Context) {
  requireProvider(context, context.params.providerId!);
  return findProvider(context.tx, context.params.providerId!);
}

export const getNotificationSettings: Handler<'getNotificationSettings'> = async (context) => {
  const record = await own(context);
  return json(200, await settingsOf(context.tx, record.provider.id));
};

export const replaceNotificationSettings: Handler<'replaceNotificationSettings'> = async (
  context,
) => {
  const record = await own(context);
  const current = await settingsOf(context.tx, record.provider.id);
  const body = context.body;
  const next = {
    email: body.email === undefined ? current.email : body.email,
    locale: body.locale ?? current.locale,
    reminderMinutes: body.reminderMinutes ?? current.reminderMinutes,
  };
  await context.tx.putNotificationSettings(record.provider.id, next);
  return json(200, next);
};

/** A signing secret as Standard Webhooks writes it: `whsec_` and base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `whsec_${btoa(binary)}`;
}

export const createWebhook: Handler<'createWebhook'> = async (context) => {
  const { tx, body, nowIso, config } = context;
  const record = await own(context);
  const existing = await tx.webhooks(record.provider.id);
  if (existing.length >= MAX_WEBHOOKS)
    return invalid([
      {
        field: 'url',
        code: 'too_big',
        message: `A provider has at most ${MAX_WEBHOOKS} webhook endpoints; remove one first.`,
      },
    ]);
  const webhook: Webhook = {
    id: newId('wh'),
    providerId: record.provider.id,
    url: body.url,
    events: body.events ?? null,
    ...(body.description ? { description: body.description } : {}),
    createdAt: nowIso,
  };
  const secret = newWebhookSecret();
  await tx.putWebhook({ webhook, secret });
  return json(
    201,
    { webhook, secret },
    {
      location: `${config.basePath}/providers/${encodeURIComponent(record.provider.id)}/webhooks/${encodeURIComponent(webhook.id)}`,
    },
  );
};

export const listWebhooks: Handler<'listWebhooks'> = async (context) => {
  const record = await own(context);
  const items = await context.tx.webhooks(record.provider.id);
  return json(200, { items: items.map((w) => w.webhook) });
};

/** The provider's webhook endpoint of the route, or 404. */
async function ownWebhook(context: Context) {
  const record = await own(context);
  const id = context.params.webhookId!;
  const stored = await context.tx.webhook(id);
  if (!stored || stored.webhook.providerId !== record.provider.id)
    answer(problem('not_found', `Provider "${record.provider.id}" has no webhook "${id}".`));
  return stored!;
}

export const deleteWebhook: Handler<'deleteWebhook'> = async (context) => {
  const stored = await ownWebhook(context);
  await context.tx.deleteWebhook(stored.webhook.id);
  return { status: 204 };
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** An outbox message of a webhook as its delivery log shows it. */
export function deliveryOf(m: OutboxMessage): WebhookDelivery {
  const payload = m.payload as WebhookDelivery['payload'];
  return {
    id: m.id,
    webhookId: m.webhookId!,
    type: payload.type,
    status: m.status,
    attempts: m.attempts,
    createdAt: new Date(m.createdAt).toISOString(),
    lastAttemptAt: iso(m.lastAttemptAt),
    nextAttemptAt: m.status === 'pending' ? new Date(m.dueAt).toISOString() : null,
    responseStatus: m.lastStatus !== null && m.lastStatus >= 100 ? m.lastStatus : null,
    error: m.lastError,
    deliveredAt: iso(m.deliveredAt),
    payload,
  };
}

const badCursor = (): Reply =>
  invalid([
    {
      field: 'cursor',
      code: 'invalid_value',
      message: 'The cursor is not one this server gave out. Start again without it.',
    },
  ]);

export const listWebhookDeliveries: Handler<'listWebhookDeliveries'> = async (context) => {
  const stored = await ownWebhook(context);
  const { query } = context;
  const limit = query.limit ?? 20;
  let beforeSeq: number | undefined;
  if (query.cursor != null) {
    if (!/^d\d{1,15}$/.test(query.cursor)) return badCursor();
    beforeSeq = Number(query.cursor.slice(1));
  }
  const rows = await context.tx.webhookDeliveries(stored.webhook.id, {
    beforeSeq,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return json(200, {
    items: items.map(deliveryOf),
    nextCursor: rows.length > limit && last ? `d${last.seq}` : null,
  });
};

/** `webcal://` (and `webcals://`) as Apple and Google write them, fetched over https. */
export function feedFetchUrl(url: string): string {
  return url.replace(/^webcals?:\/\//i, 'https://');
}

export const addCalendarFeed: Handler<'addCalendarFeed'> = async (context) => {
  const { tx, body, now, nowIso, config } = context;
  const record = await own(context);
  const existing = await tx.calendarFeeds(record.provider.id);
  if (existing.length >= MAX_FEEDS)
    return invalid([
      {
        field: 'url',
        code: 'too_big',
        message: `A provider has at most ${MAX_FEEDS} calendar feeds; remove one first.`,
      },
    ]);
  if (existing.some((f) => f.feed.url === body.url))
    return invalid([
      {
        field: 'url',
        code: 'invalid_value',
        message: 'This calendar is added already; its busy time is read from it.',
      },
    ]);
  const feed: CalendarFeed = {
    id: newId('feed'),
    providerId: record.provider.id,
    url: body.url,
    ...(body.name ? { name: body.name } : {}),
    status: 'pending',
    error: null,
    lastFetchedAt: null,
    lastSuccessAt: null,
    busyCount: 0,
    createdAt: nowIso,
  };
  // Due at once: the worker's next poll fetches it.
  await tx.putCalendarFeed({ feed, etag: null, lastModified: null, nextFetchAt: now });
  return json(201, feed, {
    location: `${config.basePath}/providers/${encodeURIComponent(record.provider.id)}/calendar-feeds/${encodeURIComponent(feed.id)}`,
  });
};

export const listCalendarFeeds: Handler<'listCalendarFeeds'> = async (context) => {
  const record = await own(context);
  const items = await context.tx.calendarFeeds(record.provider.id);
  return json(200, { items: items.map((f) => f.feed) });
};

/** Where a feed's busy time is kept (`putExternalBusy`'s source). */
export const feedSource = (feedId: string) => `feed:${feedId}`;

export const deleteCalendarFeed: Handler<'deleteCalendarFeed'> = async (context) => {
  const record = await own(context);
  const id = context.params.feedId!;
  const stored = await context.tx.calendarFeed(id);
  if (!stored || stored.feed.providerId !== record.provider.id)
    return problem('not_found', `Provider "${record.provider.id}" has no calendar feed "${id}".`);
  await context.tx.deleteCalendarFeed(id);
  await context.tx.putExternalBusy(record.provider.id, feedSource(id), []);
  return { status: 204 };
};
