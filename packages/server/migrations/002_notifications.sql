-- Telling people: an outbox written in the transaction of every booking change (emails, reminders,
-- webhook deliveries), delivered by a worker; providers' notification settings and webhook
-- endpoints; calendar feeds whose events become external busy time (docs/notifications.md,
-- docs/calendar-feeds.md).

CREATE TABLE notification_settings (
  provider_id text PRIMARY KEY REFERENCES providers (id),
  data jsonb NOT NULL
);

CREATE TABLE webhooks (
  id text PRIMARY KEY,
  provider_id text NOT NULL REFERENCES providers (id),
  -- The signing key (`whsec_…`): kept, since every delivery is signed with it.
  secret text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX webhooks_provider ON webhooks (provider_id, created_at, id);

-- One row per message to one recipient (an email address or a webhook endpoint) for one change.
-- `dedupe_key` names the change and the recipient, so a change is never queued twice for anyone.
-- A worker claims due rows (FOR UPDATE SKIP LOCKED, then a lease in `locked_until`), sends, and
-- settles them; a worker that died leaves a lease that runs out, and the row is sent again.
CREATE TABLE outbox (
  id text PRIMARY KEY,
  dedupe_key text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  topic text NOT NULL,
  provider_id text NOT NULL,
  booking_id text,
  webhook_id text,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
  due_at timestamptz NOT NULL,
  locked_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  -- Insertion order, for the delivery log's newest-first pages.
  seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX outbox_due ON outbox (due_at) WHERE status = 'pending';
CREATE INDEX outbox_booking ON outbox (booking_id, topic) WHERE status = 'pending';
CREATE INDEX outbox_webhook ON outbox (webhook_id, seq) WHERE webhook_id IS NOT NULL;

CREATE TABLE calendar_feeds (
  id text PRIMARY KEY,
  provider_id text NOT NULL REFERENCES providers (id),
  -- The feed as the API shows it, plus the validators of the last answer (ETag, Last-Modified).
  data jsonb NOT NULL,
  next_fetch_at timestamptz NOT NULL,
  locked_until timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX calendar_feeds_provider ON calendar_feeds (provider_id, created_at, id);
CREATE INDEX calendar_feeds_due ON calendar_feeds (next_fetch_at);
