-- The booking server's tables. Entities are kept whole as JSON (as core builds and validates
-- them); the columns beside them are what queries and constraints need. Double booking is
-- impossible by construction: a session's buffered time ("blocks", computed by core as
-- [start - buffer before, end + buffer after)) may not overlap another's of the same provider.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE providers (
  id text PRIMARY KEY,
  profile jsonb NOT NULL,
  weekly jsonb NOT NULL,
  overrides jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  -- SHA-256 of the provider's bearer token; the token itself is never stored.
  token_hash text UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  id text PRIMARY KEY,
  provider_id text NOT NULL REFERENCES providers (id),
  status text NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  start_at timestamptz NOT NULL,
  end_at timestamptz NOT NULL CHECK (end_at > start_at),
  data jsonb NOT NULL,
  -- A provider runs one event at a time.
  CONSTRAINT events_one_at_a_time EXCLUDE USING gist (
    provider_id WITH =,
    tstzrange(start_at, end_at, '[)') WITH &&
  ) WHERE (status = 'scheduled')
);
CREATE INDEX events_provider_start ON events (provider_id, start_at);
CREATE INDEX events_start ON events (start_at) WHERE status = 'scheduled';

CREATE TABLE bookings (
  id text PRIMARY KEY,
  provider_id text NOT NULL REFERENCES providers (id),
  event_id text REFERENCES events (id),
  kind text NOT NULL CHECK (kind IN ('one_to_one', 'group')),
  status text NOT NULL CHECK (
    status IN ('pending', 'confirmed', 'declined', 'cancelled', 'in_progress', 'completed', 'no_show')
  ),
  start_at timestamptz NOT NULL,
  end_at timestamptz NOT NULL CHECK (end_at > start_at),
  client_search text NOT NULL,
  data jsonb NOT NULL,
  -- The buffered range a one-to-one session keeps from others (registrations: their event does).
  blocks tstzrange,
  CHECK ((kind = 'one_to_one') = (blocks IS NOT NULL)),
  CHECK ((kind = 'group') = (event_id IS NOT NULL)),
  CONSTRAINT bookings_no_double_booking EXCLUDE USING gist (
    provider_id WITH =,
    blocks WITH &&
  ) WHERE (
    kind = 'one_to_one' AND status IN ('pending', 'confirmed', 'in_progress', 'completed', 'no_show')
  )
);
CREATE INDEX bookings_provider_start ON bookings (provider_id, start_at, id);
CREATE INDEX bookings_event ON bookings (event_id) WHERE event_id IS NOT NULL;

CREATE TABLE waitlist (
  id text PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id),
  -- The order people joined in.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  data jsonb NOT NULL
);
CREATE INDEX waitlist_event ON waitlist (event_id, seq);

CREATE TABLE external_busy (
  provider_id text NOT NULL REFERENCES providers (id),
  -- Where the blocks came from (a calendar feed's id, 'demo').
  source text NOT NULL,
  start_at timestamptz NOT NULL,
  end_at timestamptz NOT NULL CHECK (end_at > start_at),
  data jsonb NOT NULL
);
CREATE INDEX external_busy_provider ON external_busy (provider_id, start_at);

CREATE TABLE manage_tokens (
  -- SHA-256 of the token a client got when it booked; the token itself is never stored.
  token_hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('booking', 'waitlist')),
  target_id text NOT NULL
);

CREATE TABLE idempotency_keys (
  -- Who the key belongs to: the endpoint and the caller (a provider, or the thing created for).
  scope text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  fingerprint text NOT NULL,
  -- The answer, written in the transaction of what the request created (null while it runs).
  status integer,
  body jsonb,
  headers jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
