// The notification tables' rows (the outbox, calendar feeds) as ./sql.ts reads them, and how a
// driver's timestamps become epoch ms.
import type { OutboxMessage, StoredFeed } from './types.js';

/** A timestamptz as a driver returns it (a Date, or text) in epoch ms. */
export const msOf = (value: unknown): number | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.getTime()
      : Date.parse(String(value));

export interface OutboxRow {
  id: string;
  dedupe_key: string;
  channel: OutboxMessage['channel'];
  topic: string;
  provider_id: string;
  booking_id: string | null;
  webhook_id: string | null;
  payload: unknown;
  status: OutboxMessage['status'];
  due_at: unknown;
  attempts: number;
  last_attempt_at: unknown;
  last_status: number | null;
  last_error: string | null;
  delivered_at: unknown;
  created_at: unknown;
  seq: unknown;
}

export const OUTBOX_COLUMNS = `id, dedupe_key, channel, topic, provider_id, booking_id, webhook_id, payload,
  status, due_at, attempts, last_attempt_at, last_status, last_error, delivered_at, created_at, seq`;

export function outboxRow(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    channel: row.channel,
    topic: row.topic,
    providerId: row.provider_id,
    bookingId: row.booking_id,
    webhookId: row.webhook_id,
    payload: row.payload,
    status: row.status,
    dueAt: msOf(row.due_at)!,
    attempts: Number(row.attempts),
    lastAttemptAt: msOf(row.last_attempt_at),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
    deliveredAt: msOf(row.delivered_at),
    createdAt: msOf(row.created_at)!,
    seq: Number(row.seq),
  };
}

export interface FeedRow {
  data: StoredFeed['feed'] & { etag?: string | null; lastModified?: string | null };
  next_fetch_at: unknown;
}

export function feedRow(row: FeedRow): StoredFeed {
  const { etag, lastModified, ...feed } = row.data;
  return {
    feed,
    etag: etag ?? null,
    lastModified: lastModified ?? null,
    nextFetchAt: msOf(row.next_fetch_at)!,
  };
}
