// The store over SQL: one implementation for PGlite and PostgreSQL, which share a dialect and the
// migrations in ../../migrations. A driver runs statements; this file knows the tables.
import {
  blockedRange,
  type Booking,
  type BusyInterval,
  type GroupEvent,
  type WaitlistEntry,
} from '@booking/core';
import type { NotificationSettings } from '@booking/core/schemas';
import {
  HOLDING_STATUSES,
  HoldConflict,
  type KeyClaim,
  type ManageTarget,
  type ProviderRecord,
  type Store,
  type StoredWebhook,
  type Tx,
} from './types.js';
import { feedRow, OUTBOX_COLUMNS, outboxRow, type FeedRow, type OutboxRow } from './sql-rows.js';

/** What the SQL store needs of a database connection (PGlite's or postgres.js's). */
export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  /** One statement with `$1…` parameters; the rows it returns. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (a migration). */
  exec(text: string): Promise<void>;
  /** `work` in one transaction on one connection. */
  transaction<T>(work: (db: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database error's SQLSTATE, when it has one. */
export const sqlState = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;

const EXCLUSION_VIOLATION = '23P01';
/** Serialization failure and deadlock: the transaction may simply be run again. */
const RETRY_STATES = ['40001', '40P01'];
const HOLDING = HOLDING_STATUSES.map((s) => `'${s}'`).join(', ');

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
const json = (value: unknown) => JSON.stringify(value);
/** Writes that a constraint refuses as a double booking become a HoldConflict. */
async function guarded<T>(write: Promise<T>, message?: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) throw new HoldConflict(message);
    throw error;
  }
}

function transactionOn(db: SqlDriver): Tx {
  const data = async <T>(text: string, params: readonly unknown[]) =>
    (await db.query<{ data: T }>(text, params)).map((row) => row.data);
  const providerRow = (row: {
    profile: ProviderRecord['provider'];
    weekly: ProviderRecord['weekly'];
    overrides: ProviderRecord['overrides'];
    version: number;
  }): ProviderRecord => ({
    provider: row.profile,
    weekly: row.weekly,
    overrides: row.overrides,
    version: Number(row.version),
  });
  const PROVIDER = 'SELECT profile, weekly, overrides, version FROM providers';

  /** Busy time in `[from, to)`, and with `withProvider` the provider's row, in one statement. */
  const busyWith = async (providerId: string, from: number, to: number, withProvider: boolean) => {
    const rows = await db.query<{ what: string; data: unknown }>(
      `SELECT 'booking' AS what, data FROM bookings
         WHERE provider_id = $1 AND kind = 'one_to_one' AND status IN (${HOLDING})
           AND blocks && tstzrange($2::timestamptz, $3::timestamptz, '[)')
       UNION ALL
       SELECT 'event', data FROM events
         WHERE provider_id = $1 AND status = 'scheduled'
           AND start_at < $3::timestamptz AND end_at > $2::timestamptz
       UNION ALL
       SELECT 'external', data FROM external_busy
         WHERE provider_id = $1 AND start_at < $3::timestamptz AND end_at > $2::timestamptz${
           withProvider
             ? `
       UNION ALL
       SELECT 'provider', jsonb_build_object('profile', profile, 'weekly', weekly,
           'overrides', overrides, 'version', version)
         FROM providers WHERE id = $1`
             : ''
         }`,
      [providerId, iso(from), iso(to)],
    );
    let record: ProviderRecord | undefined;
    const busy = {
      bookings: [] as Booking[],
      events: [] as GroupEvent[],
      external: [] as BusyInterval[],
    };
    for (const row of rows) {
      if (row.what === 'booking') busy.bookings.push(row.data as Booking);
      else if (row.what === 'event') busy.events.push(row.data as GroupEvent);
      else if (row.what === 'external') busy.external.push(row.data as BusyInterval);
      else record = providerRow(row.data as Parameters<typeof providerRow>[0]);
    }
    return { record, busy };
  };

  return {
    async provider(id, options) {
      const rows = await db.query<Parameters<typeof providerRow>[0]>(
        `${PROVIDER} WHERE id = $1${options?.lock ? ' FOR UPDATE' : ''}`,
        [id],
      );
      return rows[0] && providerRow(rows[0]);
    },
    async providers() {
      return (
        await db.query<Parameters<typeof providerRow>[0]>(`${PROVIDER} ORDER BY name, id`)
      ).map(providerRow);
    },
    async putProvider(record, tokenHash) {
      await db.query(
        `INSERT INTO providers (id, profile, weekly, overrides, version, name, token_hash)
         VALUES ($1, $2::jsonb, $3::jsonb, $4::jsonb, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile, weekly = EXCLUDED.weekly,
           overrides = EXCLUDED.overrides, version = EXCLUDED.version, name = EXCLUDED.name,
           token_hash = COALESCE(EXCLUDED.token_hash, providers.token_hash), updated_at = now()`,
        [
          record.provider.id,
          json(record.provider),
          json(record.weekly),
          json(record.overrides),
          record.version,
          record.provider.name,
          tokenHash ?? null,
        ],
      );
    },
    async providerIdByToken(hash) {
      const rows = await db.query<{ id: string }>(
        'SELECT id FROM providers WHERE token_hash = $1',
        [hash],
      );
      return rows[0]?.id;
    },

    async booking(id, options) {
      return (
        await data<Booking>(
          `SELECT data FROM bookings WHERE id = $1${options?.lock ? ' FOR UPDATE' : ''}`,
          [id],
        )
      )[0];
    },
    async bookings(filter) {
      return data<Booking>(
        `SELECT data FROM bookings WHERE provider_id = $1
           AND ($2::timestamptz IS NULL OR start_at >= $2::timestamptz)
           AND ($3::timestamptz IS NULL OR start_at < $3::timestamptz)
           AND ($4::text IS NULL OR strpos(client_search, $4::text) > 0)
         ORDER BY start_at, id`,
        [filter.providerId, iso(filter.from), iso(filter.to), filter.client?.toLowerCase() ?? null],
      );
    },
    async registrations(eventIds) {
      if (!eventIds.length) return [];
      return data<Booking>(
        'SELECT data FROM bookings WHERE event_id = ANY($1::text[]) ORDER BY start_at, id',
        [[...eventIds]],
      );
    },
    async putBooking(b) {
      const holds = b.kind === 'one_to_one';
      const range = holds ? blockedRange(b) : undefined;
      await guarded(
        db.query(
          `INSERT INTO bookings
             (id, provider_id, event_id, kind, status, start_at, end_at, client_search, data, blocks)
           VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, $8, $9::jsonb,
             CASE WHEN $10::timestamptz IS NULL THEN NULL
                  ELSE tstzrange($10::timestamptz, $11::timestamptz, '[)') END)
           ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, start_at = EXCLUDED.start_at,
             end_at = EXCLUDED.end_at, client_search = EXCLUDED.client_search,
             data = EXCLUDED.data, blocks = EXCLUDED.blocks`,
          [
            b.id,
            b.providerId,
            b.eventId ?? null,
            b.kind,
            b.status,
            b.start,
            b.end,
            `${b.client.name} ${b.client.email}`.toLowerCase(),
            json(b),
            range?.start ?? null,
            range?.end ?? null,
          ],
        ),
      );
    },

    async busy(providerId, from, to) {
      return (await busyWith(providerId, from, to, false)).busy;
    },
    async providerWithBusy(providerId, from, to) {
      return busyWith(providerId, from, to, true);
    },
    async putExternalBusy(providerId, source, busy) {
      await db.query('DELETE FROM external_busy WHERE provider_id = $1 AND source = $2', [
        providerId,
        source,
      ]);
      if (!busy.length) return;
      await db.query(
        `INSERT INTO external_busy (provider_id, source, start_at, end_at, data)
         SELECT $1, $2, (x->>'start')::timestamptz, (x->>'end')::timestamptz, x
         FROM jsonb_array_elements($3::jsonb) AS x`,
        [providerId, source, json(busy)],
      );
    },

    async event(id, options) {
      return (
        await data<GroupEvent>(
          `SELECT data FROM events WHERE id = $1${options?.lock ? ' FOR UPDATE' : ''}`,
          [id],
        )
      )[0];
    },
    async events(filter) {
      return data<GroupEvent>(
        `SELECT data FROM events
         WHERE ($1::text IS NULL OR provider_id = $1::text)
           AND ($2::timestamptz IS NULL OR start_at >= $2::timestamptz)
           AND ($3::timestamptz IS NULL OR start_at < $3::timestamptz)
           AND (NOT $4::boolean OR status = 'scheduled')
         ORDER BY start_at, id`,
        [filter.providerId ?? null, iso(filter.from), iso(filter.to), !!filter.scheduledOnly],
      );
    },
    async putEvent(e) {
      const end = new Date(Date.parse(e.start) + e.durationMinutes * 60_000).toISOString();
      await guarded(
        db.query(
          `INSERT INTO events (id, provider_id, status, start_at, end_at, data)
           VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz, $6::jsonb)
           ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, start_at = EXCLUDED.start_at,
             end_at = EXCLUDED.end_at, data = EXCLUDED.data`,
          [e.id, e.providerId, e.status, e.start, end, json(e)],
        ),
        'The event overlaps another event of this provider.',
      );
    },

    async lapsedOffers(now, limit) {
      const rows = await db.query<{ event_id: string }>(
        `SELECT DISTINCT event_id FROM waitlist
           WHERE data->>'status' = 'offered'
             AND (data->>'offerExpiresAt')::timestamptz <= $1::timestamptz
           LIMIT $2`,
        [iso(now), limit],
      );
      return rows.map((row) => row.event_id);
    },
    async waitlists(eventIds) {
      if (!eventIds.length) return [];
      return data<WaitlistEntry>(
        'SELECT data FROM waitlist WHERE event_id = ANY($1::text[]) ORDER BY seq',
        [[...eventIds]],
      );
    },
    async waitlistEntry(id) {
      return (await data<WaitlistEntry>('SELECT data FROM waitlist WHERE id = $1', [id]))[0];
    },
    async putWaitlist(entries) {
      if (!entries.length) return;
      await db.query(
        `INSERT INTO waitlist (id, event_id, data)
         SELECT x->>'id', x->>'eventId', x FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n)
         ORDER BY n
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
        [json(entries)],
      );
    },

    async putManageToken(hash, target) {
      await db.query(
        `INSERT INTO manage_tokens (token_hash, kind, target_id) VALUES ($1, $2, $3)
         ON CONFLICT (token_hash) DO UPDATE SET kind = EXCLUDED.kind, target_id = EXCLUDED.target_id`,
        [hash, target.kind, target.id],
      );
    },
    async manageTarget(hash) {
      const rows = await db.query<{ kind: ManageTarget['kind']; target_id: string }>(
        'SELECT kind, target_id FROM manage_tokens WHERE token_hash = $1',
        [hash],
      );
      return rows[0] && { kind: rows[0].kind, id: rows[0].target_id };
    },

    async claimKey(scope, key, fingerprint): Promise<KeyClaim> {
      // A concurrent transaction with the same key makes this insert wait until it ends.
      const inserted = await db.query(
        `INSERT INTO idempotency_keys (scope, key, fingerprint) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
        [scope, key, fingerprint],
      );
      if (inserted.length) return { claimed: true };
      const rows = await db.query<{
        fingerprint: string;
        status: number | null;
        body: unknown;
        headers: Record<string, string> | null;
      }>(
        'SELECT fingerprint, status, body, headers FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      const row = rows[0];
      if (!row) return { claimed: true };
      return {
        claimed: false,
        fingerprint: row.fingerprint,
        reply:
          row.status === null
            ? undefined
            : {
                status: Number(row.status),
                ...(row.body === null ? {} : { body: row.body }),
                ...(row.headers ? { headers: row.headers } : {}),
              },
      };
    },
    async completeKey(scope, key, reply) {
      await db.query(
        `UPDATE idempotency_keys SET status = $3, body = $4::jsonb, headers = $5::jsonb
         WHERE scope = $1 AND key = $2`,
        [
          scope,
          key,
          reply.status,
          reply.body === undefined ? null : json(reply.body),
          json(reply.headers ?? {}),
        ],
      );
    },
    async releaseKey(scope, key) {
      await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [scope, key]);
    },

    async enqueue(messages) {
      if (!messages.length) return;
      await db.query(
        `INSERT INTO outbox (id, dedupe_key, channel, topic, provider_id, booking_id, webhook_id,
           payload, status, due_at, created_at)
         SELECT x->>'id', x->>'dedupeKey', x->>'channel', x->>'topic', x->>'providerId',
           x->>'bookingId', x->>'webhookId', x->'payload', 'pending',
           (x->>'dueAt')::timestamptz, (x->>'createdAt')::timestamptz
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n)
         ORDER BY n
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          json(
            messages.map((m) => ({
              ...m,
              bookingId: m.bookingId ?? null,
              webhookId: m.webhookId ?? null,
              dueAt: iso(m.dueAt),
              createdAt: iso(m.createdAt),
            })),
          ),
        ],
      );
    },
    async cancelPending(bookingId, topic, reason) {
      await db.query(
        `UPDATE outbox SET status = 'cancelled', last_error = $3, locked_until = NULL
         WHERE booking_id = $1 AND topic = $2 AND status = 'pending'`,
        [bookingId, topic, reason],
      );
    },
    async claimOutbox(now, limit, leaseMs) {
      // SKIP LOCKED: instances claiming at once take different rows; the lease keeps a claimed
      // row from the next claims while it is being sent (after this transaction commits).
      const rows = await db.query<OutboxRow>(
        `UPDATE outbox SET locked_until = $2::timestamptz, attempts = attempts + 1,
           last_attempt_at = $1::timestamptz
         WHERE id IN (
           SELECT id FROM outbox
           WHERE status = 'pending' AND due_at <= $1::timestamptz
             AND (locked_until IS NULL OR locked_until <= $1::timestamptz)
           ORDER BY due_at, seq
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
         RETURNING ${OUTBOX_COLUMNS}`,
        [iso(now), iso(now + leaseMs), limit],
      );
      return rows.map(outboxRow).sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
    },
    async settleOutbox(id, attempt, settlement) {
      const responseStatus = settlement.responseStatus ?? null;
      const rows =
        settlement.status === 'delivered'
          ? await db.query(
              `UPDATE outbox SET status = 'delivered', delivered_at = $3::timestamptz,
                 last_status = $4, last_error = NULL, locked_until = NULL
               WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING 1`,
              [id, attempt, iso(settlement.at), responseStatus],
            )
          : settlement.status === 'pending'
            ? await db.query(
                `UPDATE outbox SET due_at = $3::timestamptz, last_status = $4, last_error = $5,
                   locked_until = NULL
                 WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING 1`,
                [id, attempt, iso(settlement.retryAt), responseStatus, settlement.error],
              )
            : await db.query(
                `UPDATE outbox SET status = $3, last_status = $4, last_error = $5,
                   locked_until = NULL
                 WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING 1`,
                [id, attempt, settlement.status, responseStatus, settlement.error],
              );
      return rows.length > 0;
    },
    async outbox(filter) {
      return (
        await db.query<OutboxRow>(
          `SELECT ${OUTBOX_COLUMNS} FROM outbox
           WHERE ($1::text IS NULL OR booking_id = $1::text) ORDER BY seq`,
          [filter?.bookingId ?? null],
        )
      ).map(outboxRow);
    },

    async notificationSettings(providerId) {
      return (
        await data<NotificationSettings>(
          'SELECT data FROM notification_settings WHERE provider_id = $1',
          [providerId],
        )
      )[0];
    },
    async putNotificationSettings(providerId, settings) {
      await db.query(
        `INSERT INTO notification_settings (provider_id, data) VALUES ($1, $2::jsonb)
         ON CONFLICT (provider_id) DO UPDATE SET data = EXCLUDED.data`,
        [providerId, json(settings)],
      );
    },

    async webhooks(providerId) {
      return (
        await db.query<{ data: StoredWebhook['webhook']; secret: string }>(
          'SELECT data, secret FROM webhooks WHERE provider_id = $1 ORDER BY created_at, id',
          [providerId],
        )
      ).map((row) => ({ webhook: row.data, secret: row.secret }));
    },
    async webhook(id) {
      const rows = await db.query<{ data: StoredWebhook['webhook']; secret: string }>(
        'SELECT data, secret FROM webhooks WHERE id = $1',
        [id],
      );
      return rows[0] && { webhook: rows[0].data, secret: rows[0].secret };
    },
    async putWebhook({ webhook, secret }) {
      await db.query(
        `INSERT INTO webhooks (id, provider_id, secret, data, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz)
         ON CONFLICT (id) DO UPDATE SET secret = EXCLUDED.secret, data = EXCLUDED.data`,
        [webhook.id, webhook.providerId, secret, json(webhook), webhook.createdAt],
      );
    },
    async deleteWebhook(id) {
      await db.query('DELETE FROM webhooks WHERE id = $1', [id]);
      await db.query(
        `UPDATE outbox SET status = 'cancelled', last_error = 'The endpoint was removed.',
           locked_until = NULL
         WHERE webhook_id = $1 AND status = 'pending'`,
        [id],
      );
    },
    async webhookDeliveries(webhookId, { beforeSeq, limit }) {
      return (
        await db.query<OutboxRow>(
          `SELECT ${OUTBOX_COLUMNS} FROM outbox
           WHERE webhook_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint)
           ORDER BY seq DESC LIMIT $3`,
          [webhookId, beforeSeq ?? null, limit],
        )
      ).map(outboxRow);
    },

    async calendarFeeds(providerId) {
      return (
        await db.query<FeedRow>(
          `SELECT data, next_fetch_at FROM calendar_feeds WHERE provider_id = $1
           ORDER BY created_at, id`,
          [providerId],
        )
      ).map(feedRow);
    },
    async calendarFeed(id) {
      const rows = await db.query<FeedRow>(
        'SELECT data, next_fetch_at FROM calendar_feeds WHERE id = $1',
        [id],
      );
      return rows[0] && feedRow(rows[0]);
    },
    async putCalendarFeed({ feed, etag, lastModified, nextFetchAt }) {
      await db.query(
        `INSERT INTO calendar_feeds (id, provider_id, data, next_fetch_at, created_at)
         VALUES ($1, $2, $3::jsonb, $4::timestamptz, $5::timestamptz)
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data,
           next_fetch_at = EXCLUDED.next_fetch_at, locked_until = NULL`,
        [
          feed.id,
          feed.providerId,
          json({ ...feed, etag, lastModified }),
          iso(nextFetchAt),
          feed.createdAt,
        ],
      );
    },
    async deleteCalendarFeed(id) {
      await db.query('DELETE FROM calendar_feeds WHERE id = $1', [id]);
    },
    async claimFeeds(now, limit, leaseMs) {
      return (
        await db.query<FeedRow>(
          `UPDATE calendar_feeds SET locked_until = $2::timestamptz
           WHERE id IN (
             SELECT id FROM calendar_feeds
             WHERE next_fetch_at <= $1::timestamptz
               AND (locked_until IS NULL OR locked_until <= $1::timestamptz)
             ORDER BY next_fetch_at
             LIMIT $3
             FOR UPDATE SKIP LOCKED)
           RETURNING data, next_fetch_at`,
          [iso(now), iso(now + leaseMs), limit],
        )
      ).map(feedRow);
    },
  };
}

/**
 * A store over a SQL driver (see `createPgliteStore` and `createPostgresStore`). Transactions that
 * lose a serialization race or a deadlock are run again, up to three times.
 */
export function createSqlStore(driver: SqlDriver): Store {
  let open = 0;
  let drained: (() => void) | undefined;
  return {
    kind: driver.kind,
    async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      open++;
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            return await driver.transaction((db) => work(transactionOn(db)));
          } catch (error) {
            if (attempt >= 3 || !RETRY_STATES.includes(sqlState(error) ?? '')) throw error;
          }
        }
      } finally {
        if (--open === 0) drained?.();
      }
    },
    async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      // PGlite has one connection: a statement outside a transaction could land inside another
      // request's, so its reads are transactions too.
      if (driver.kind !== 'postgres') return this.transaction(work);
      open++;
      try {
        return await work(transactionOn(driver));
      } finally {
        if (--open === 0) drained?.();
      }
    },
    async close() {
      if (open > 0) await new Promise<void>((resolve) => (drained = resolve));
      await driver.close();
    },
  };
}
