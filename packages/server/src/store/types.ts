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
  /** Replaces the external busy time that came from one source (a calendar feed, the demo). */
  putExternalBusy(providerId: string, source: string, busy: readonly BusyInterval[]): Promise<void>;

  /** An event as stored (`seatsTaken` is computed by the server); with `lock`, its seats are ours. */
  event(id: string, options?: { lock?: boolean }): Promise<GroupEvent | undefined>;
  events(filter: EventFilter): Promise<GroupEvent[]>;
  /** Creates or replaces an event; a scheduled one may not overlap another of its provider ({@link HoldConflict}). */
  putEvent(event: GroupEvent): Promise<void>;

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
}

/** Where the server keeps everything. */
export interface Store {
  readonly kind: 'memory' | 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: all of its writes happen, or none. A transaction that loses a
   * serialization race is run again (up to a few times), so `work` must only touch the store.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
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
