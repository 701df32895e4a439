// The Store: what the server keeps, as typed operations inside one transaction. A handler runs
// exactly one transaction (`store.transaction(tx => …)`): it reads, decides with core, and writes,
// and either all of it happens or none. Implementations: memory (the mock, tests), PGlite (the
// embedded default) and PostgreSQL, the last two over the same SQL and migrations.
import type {
  Booking,
  BookingStatus,
  BusyInterval,
  DateOverride,
  GroupEvent,
  Provider,
  WaitlistEntry,
  WeeklyAvailability,
} from '@booking/core';
import type { CalendarFeed, NotificationSettings, Webhook } from '@booking/core/schemas';

/** A provider as the server keeps it: the public profile plus its schedule. */
export interface ProviderRecord {
  /** The public profile; its `timeZone` and `policy` are the schedule's too. */
  provider: Provider;
  weekly: WeeklyAvailability;
  overrides: DateOverride[];
  /** Grows by one each time the schedule is saved: the schedule's ETag and `version`. */
  version: number;
}

/** What a manage token opens. */
export interface ManageTarget {
  kind: 'booking' | 'waitlist';
  id: string;
}

/** An answer as the idempotency table keeps it, to replay it on a retry. */
export interface StoredReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Claiming an idempotency key: ours now, or someone's earlier request (its answer if it has one). */
export type KeyClaim =
  { claimed: true } | { claimed: false; fingerprint: string; reply: StoredReply | undefined };

/** Which of a provider's bookings to list. Instants are epoch ms; the list is by start, then id. */
export interface BookingFilter {
  providerId: string;
  /** Bookings starting at or after this. */
  from?: number | undefined;
  /** Bookings starting before this. */
  to?: number | undefined;
  /** Words of the client's name or email (case-insensitive). */
  client?: string | undefined;
}

/** Which events to list. Instants are epoch ms; the list is by start, then id. */
export interface EventFilter {
  providerId?: string | undefined;
  /** Events starting at or after this. */
  from?: number | undefined;
  /** Events starting before this. */
  to?: number | undefined;
  /** Only scheduled (not cancelled) events. */
  scheduledOnly?: boolean | undefined;
}

/** A message for the outbox: one recipient, one change (docs/notifications.md). */
export interface OutboxInput {
  id: string;
  /** Names the change and the recipient: a second message with the same key is dropped. */
  dedupeKey: string;
  channel: 'email' | 'webhook';
  /** `booking.confirmed`, `reminder`, … */
  topic: string;
  providerId: string;
  bookingId?: string | null | undefined;
  webhookId?: string | null | undefined;
  /** What the worker needs to send it (JSON). */
  payload: unknown;
  /** When it is due, epoch ms (a reminder's is before its session; others at once). */
  dueAt: number;
  createdAt: number;
}

/** A message in the outbox with what became of it. */
export interface OutboxMessage extends OutboxInput {
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  /** Attempts made so far (a claim counts one); the claim's fencing number. */
  attempts: number;
  lastAttemptAt: number | null;
  /** The HTTP status (webhooks) or SMTP reply code (emails) of the last attempt. */
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: number | null;
  /** Order of insertion (the delivery log's cursor). */
  seq: number;
}

/** What one attempt at a claimed message came to. */
export type OutboxSettlement =
  | { status: 'delivered'; at: number; responseStatus?: number | null }
  | { status: 'pending'; retryAt: number; error: string; responseStatus?: number | null }
  | { status: 'failed' | 'cancelled'; error: string; responseStatus?: number | null };

/** A webhook endpoint with its signing secret. */
export interface StoredWebhook {
  webhook: Webhook;
  secret: string;
}

/** A calendar feed with what the fetcher keeps: validators of the last answer and the next fetch. */
export interface StoredFeed {
  feed: CalendarFeed;
  etag: string | null;
  lastModified: string | null;
  /** Epoch ms. */
  nextFetchAt: number;
}

/** The reads and writes of one transaction. */
export interface Tx {
  /** A provider; with `lock`, no other transaction changes it (or books it) until this one ends. */
  provider(id: string, options?: { lock?: boolean }): Promise<ProviderRecord | undefined>;
  /** Every provider (profiles are few; lists filter and page them in the server). */
  providers(): Promise<ProviderRecord[]>;
  /** Creates or replaces a provider; a token hash, when given, becomes its bearer token. */
  putProvider(record: ProviderRecord, tokenHash?: string): Promise<void>;
  /** The provider whose token has this hash. */
  providerIdByToken(tokenHash: string): Promise<string | undefined>;

  /** A booking; with `lock`, no other transaction changes it until this one ends. */
  booking(id: string, options?: { lock?: boolean }): Promise<Booking | undefined>;
  /** A provider's bookings (one-to-one and registrations) matching the filter. */
  bookings(filter: BookingFilter): Promise<Booking[]>;
  /** Registrations of these events (any status). */
  registrations(eventIds: readonly string[]): Promise<Booking[]>;
  /**
   * Creates or replaces a booking. One that holds the provider's time (an active one-to-one
   * session) may not overlap another, buffers included: that throws {@link HoldConflict}.
   */
  putBooking(booking: Booking): Promise<void>;

  /** What occupies a provider's time in `[from, to)`: active one-to-one bookings, scheduled events, external blocks. */
  busy(
    providerId: string,
    from: number,
    to: number,
  ): Promise<{ bookings: Booking[]; events: GroupEvent[]; external: BusyInterval[] }>;
  /** A provider (undefined when there is none) and {@link busy}'s answer, in one read. */
  providerWithBusy(
    providerId: string,
    from: number,
    to: number,
  ): Promise<{
    record: ProviderRecord | undefined;
    busy: { bookings: Booking[]; events: GroupEvent[]; external: BusyInterval[] };
  }>;
  /** Replaces the external busy time that came from one source (a calendar feed, the demo). */
  putExternalBusy(providerId: string, source: string, busy: readonly BusyInterval[]): Promise<void>;

  /** An event as stored (`seatsTaken` is computed by the server); with `lock`, its seats are ours. */
  event(id: string, options?: { lock?: boolean }): Promise<GroupEvent | undefined>;
  events(filter: EventFilter): Promise<GroupEvent[]>;
  /** Creates or replaces an event; a scheduled one may not overlap another of its provider ({@link HoldConflict}). */
  putEvent(event: GroupEvent): Promise<void>;

  /** Events (at most `limit`) with a waitlist offer whose hold ended at or before `now`. */
  lapsedOffers(now: number, limit: number): Promise<string[]>;
  /** The waitlists of these events, each in the order people joined. */
  waitlists(eventIds: readonly string[]): Promise<WaitlistEntry[]>;
  waitlistEntry(id: string): Promise<WaitlistEntry | undefined>;
  /** Creates or replaces entries; a new entry goes to the end of its event's line. */
  putWaitlist(entries: readonly WaitlistEntry[]): Promise<void>;

  /** Stores (or re-points) a manage token by its hash. */
  putManageToken(tokenHash: string, target: ManageTarget): Promise<void>;
  manageTarget(tokenHash: string): Promise<ManageTarget | undefined>;

  /**
   * Claims an idempotency key in `scope`. When another transaction holds the same key, this waits
   * for it to end, then sees its answer: a retry never creates twice, even while the first request
   * is still running.
   */
  claimKey(scope: string, key: string, fingerprint: string): Promise<KeyClaim>;
  /** Keeps the answer of a claimed key, in the transaction of what it created. */
  completeKey(scope: string, key: string, reply: StoredReply): Promise<void>;
  /** Forgets a claimed key (a refusal that a corrected retry may try again). */
  releaseKey(scope: string, key: string): Promise<void>;

  /** Queues messages; one whose `dedupeKey` is queued already is dropped. */
  enqueue(messages: readonly OutboxInput[]): Promise<void>;
  /** Cancels a booking's pending messages of one topic (its reminders, when it moves or ends). */
  cancelPending(bookingId: string, topic: string, reason: string): Promise<void>;
  /**
   * Claims up to `limit` due messages for `leaseMs`: each gets one more attempt, and no other
   * claim sees it until the lease runs out (a worker that died loses its claims that way).
   */
  claimOutbox(now: number, limit: number, leaseMs: number): Promise<OutboxMessage[]>;
  /** Records an attempt's outcome, if the claim (`attempt`) is still the latest; whether it was. */
  settleOutbox(id: string, attempt: number, settlement: OutboxSettlement): Promise<boolean>;
  /** Messages of the outbox (every one, or one booking's), in the order they were queued. */
  outbox(filter?: { bookingId?: string | undefined }): Promise<OutboxMessage[]>;

  notificationSettings(providerId: string): Promise<NotificationSettings | undefined>;
  putNotificationSettings(providerId: string, settings: NotificationSettings): Promise<void>;

  /** A provider's webhook endpoints, oldest first. */
  webhooks(providerId: string): Promise<StoredWebhook[]>;
  webhook(id: string): Promise<StoredWebhook | undefined>;
  putWebhook(stored: StoredWebhook): Promise<void>;
  /** Removes an endpoint and cancels what is still pending for it. */
  deleteWebhook(id: string): Promise<void>;
  /** A webhook endpoint's deliveries, newest first, those queued before `beforeSeq` when given. */
  webhookDeliveries(
    webhookId: string,
    options: { beforeSeq?: number | undefined; limit: number },
  ): Promise<OutboxMessage[]>;

  /** A provider's calendar feeds, oldest first. */
  calendarFeeds(providerId: string): Promise<StoredFeed[]>;
  calendarFeed(id: string): Promise<StoredFeed | undefined>;
  putCalendarFeed(stored: StoredFeed): Promise<void>;
  /** Removes a feed (its busy time is the caller's to remove: `putExternalBusy(…, [])`). */
  deleteCalendarFeed(id: string): Promise<void>;
  /** Claims up to `limit` feeds due for a fetch, for `leaseMs` (as {@link Tx.claimOutbox}). */
  claimFeeds(now: number, limit: number, leaseMs: number): Promise<StoredFeed[]>;
}

/** Where the server keeps everything. */
export interface Store {
  readonly kind: 'memory' | 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: all of its writes happen, or none. A transaction that loses a
   * serialization race is run again (up to a few times), so `work` must only touch the store.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` that only reads (a GET's answer). On a database server it runs without a
   * transaction, each statement seeing what is committed when it runs: two round trips fewer.
   */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Waits for running transactions, then closes the database. */
  close(): Promise<void>;
}

/** Thrown by a write that would double-book a provider (the last guard: the database's constraint). */
export class HoldConflict extends Error {
  override readonly name = 'HoldConflict';
  constructor(message = 'The time overlaps another session of this provider.') {
    super(message);
  }
}

/** Statuses in which a booking holds its time (core's `isActive`). */
export const HOLDING_STATUSES: readonly BookingStatus[] = [
  'pending',
  'confirmed',
  'in_progress',
  'completed',
  'no_show',
];
