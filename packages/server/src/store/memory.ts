// The store in memory: for the mock (in a page, under MSW), tests and trying the server out. One
// transaction runs at a time, and a failed one leaves nothing behind. The double-booking guard a
// database constraint gives is checked here by the same rule (core's blockedRange).
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
  type OutboxMessage,
  type ProviderRecord,
  type Store,
  type StoredFeed,
  type StoredReply,
  type StoredWebhook,
  type Tx,
} from './types.js';

interface State {
  providers: Map<string, ProviderRecord>;
  providerTokens: Map<string, string>;
  bookings: Map<string, Booking>;
  events: Map<string, GroupEvent>;
  /** Entries in the order they joined (insertion order of the map). */
  waitlist: Map<string, WaitlistEntry>;
  /** provider id → source → blocks. */
  external: Map<string, Map<string, BusyInterval[]>>;
  manageTokens: Map<string, ManageTarget>;
  keys: Map<string, { fingerprint: string; reply: StoredReply | undefined }>;
  /** Messages by id, in the order they were queued. */
  outbox: Map<string, OutboxMessage>;
  /** Dedupe key → message id. */
  outboxKeys: Map<string, string>;
  /** Claims' leases (id → until epoch ms), beside the messages and feeds themselves. */
  outboxLeases: Map<string, number>;
  feedLeases: Map<string, number>;
  settings: Map<string, NotificationSettings>;
  webhooks: Map<string, StoredWebhook>;
  feeds: Map<string, StoredFeed>;
  /** The last `seq` given to a message (a map, so snapshots copy it like the rest). */
  counters: Map<'seq', number>;
}

const empty = (): State => ({
  providers: new Map(),
  providerTokens: new Map(),
  bookings: new Map(),
  events: new Map(),
  waitlist: new Map(),
  external: new Map(),
  manageTokens: new Map(),
  keys: new Map(),
  outbox: new Map(),
  outboxKeys: new Map(),
  outboxLeases: new Map(),
  feedLeases: new Map(),
  settings: new Map(),
  webhooks: new Map(),
  feeds: new Map(),
  counters: new Map(),
});

/** Every map copied: records are replaced, never changed, so this is a full snapshot. */
function snapshot(state: State): State {
  return Object.fromEntries(
    Object.entries(state).map(([name, map]) => [name, new Map(map as Map<unknown, unknown>)]),
  ) as unknown as State;
}

const ms = (iso: string) => Date.parse(iso);
const holds = (b: Booking) => b.kind === 'one_to_one' && HOLDING_STATUSES.includes(b.status);
const overlap = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);
const eventEnd = (e: GroupEvent) => ms(e.start) + e.durationMinutes * 60_000;
const byStart = <T extends { start: string; id: string }>(a: T, b: T) =>
  ms(a.start) - ms(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Copies of what goes in, so a caller changing its object later changes nothing stored. */
const copy = <T>(value: T): T => structuredClone(value);

/** What occupies a provider's time in `[from, to)` (Tx.busy). */
function busyOf(state: State, providerId: string, from: number, to: number) {
  const inWindow = (start: number, end: number) => start < to && from < end;
  return {
    bookings: [...state.bookings.values()].filter(
      (b) => b.providerId === providerId && holds(b) && inWindow(ms(b.start), ms(b.end)),
    ),
    events: [...state.events.values()].filter(
      (e) =>
        e.providerId === providerId &&
        e.status === 'scheduled' &&
        inWindow(ms(e.start), eventEnd(e)),
    ),
    external: [...(state.external.get(providerId)?.values() ?? [])]
      .flat()
      .filter((x) => inWindow(ms(x.start), ms(x.end))),
  };
}

function transactionOn(state: State): Tx {
  const leases = state.outboxLeases;
  return {
    async provider(id) {
      return state.providers.get(id);
    },
    async providers() {
      return [...state.providers.values()];
    },
    async putProvider(record, tokenHash) {
      state.providers.set(record.provider.id, copy(record));
      if (tokenHash) {
        for (const [hash, owner] of state.providerTokens)
          if (owner === record.provider.id) state.providerTokens.delete(hash);
        state.providerTokens.set(tokenHash, record.provider.id);
      }
    },
    async providerIdByToken(hash) {
      return state.providerTokens.get(hash);
    },

    async booking(id) {
      return state.bookings.get(id);
    },
    async bookings(filter) {
      const words = filter.client?.toLowerCase();
      return [...state.bookings.values()]
        .filter(
          (b) =>
            b.providerId === filter.providerId &&
            (filter.from === undefined || ms(b.start) >= filter.from) &&
            (filter.to === undefined || ms(b.start) < filter.to) &&
            (!words || `${b.client.name} ${b.client.email}`.toLowerCase().includes(words)),
        )
        .sort(byStart);
    },
    async registrations(eventIds) {
      const wanted = new Set(eventIds);
      return [...state.bookings.values()]
        .filter((b) => b.eventId != null && wanted.has(b.eventId))
        .sort(byStart);
    },
    async putBooking(booking) {
      if (holds(booking)) {
        const mine = blockedRange(booking);
        for (const other of state.bookings.values())
          if (
            other.id !== booking.id &&
            other.providerId === booking.providerId &&
            holds(other) &&
            overlap(mine, blockedRange(other))
          )
            throw new HoldConflict();
      }
      state.bookings.set(booking.id, copy(booking));
    },

    async busy(providerId, from, to) {
      return busyOf(state, providerId, from, to);
    },
    async providerWithBusy(providerId, from, to) {
      return { record: state.providers.get(providerId), busy: busyOf(state, providerId, from, to) };
    },
    async putExternalBusy(providerId, source, busy) {
      const sources = new Map(state.external.get(providerId) ?? []);
      sources.set(source, copy([...busy]));
      state.external.set(providerId, sources);
    },

    async event(id) {
      return state.events.get(id);
    },
    async events(filter) {
      return [...state.events.values()]
        .filter(
          (e) =>
            (filter.providerId === undefined || e.providerId === filter.providerId) &&
            (filter.from === undefined || ms(e.start) >= filter.from) &&
            (filter.to === undefined || ms(e.start) < filter.to) &&
            (!filter.scheduledOnly || e.status === 'scheduled'),
        )
        .sort(byStart);
    },
    async putEvent(event) {
      if (event.status === 'scheduled') {
        const mine = { start: event.start, end: new Date(eventEnd(event)).toISOString() };
        for (const other of state.events.values())
          if (
            other.id !== event.id &&
            other.providerId === event.providerId &&
            other.status === 'scheduled' &&
            overlap(mine, { start: other.start, end: new Date(eventEnd(other)).toISOString() })
          )
            throw new HoldConflict('The event overlaps another event of this provider.');
      }
      state.events.set(event.id, copy(event));
    },

    async lapsedOffers(now, limit) {
      const events = new Set<string>();
      for (const w of state.waitlist.values())
        if (w.status === 'offered' && w.offerExpiresAt && ms(w.offerExpiresAt) <= now)
          events.add(w.eventId);
      return [...events].slice(0, limit);
    },
    async waitlists(eventIds) {
      const wanted = new Set(eventIds);
      return [...state.waitlist.values()].filter((w) => wanted.has(w.eventId));
    },
    async waitlistEntry(id) {
      return state.waitlist.get(id);
    },
    async putWaitlist(entries) {
      for (const entry of entries) state.waitlist.set(entry.id, copy(entry));
    },

    async putManageToken(hash, target) {
      state.manageTokens.set(hash, { ...target });
    },
    async manageTarget(hash) {
      return state.manageTokens.get(hash);
    },

    async claimKey(scope, key, fingerprint): Promise<KeyClaim> {
      const id = `${scope}\n${key}`;
      const seen = state.keys.get(id);
      if (seen) return { claimed: false, ...seen };
      state.keys.set(id, { fingerprint, reply: undefined });
      return { claimed: true };
    },
    async completeKey(scope, key, reply) {
      const id = `${scope}\n${key}`;
      const seen = state.keys.get(id);
      if (seen) state.keys.set(id, { ...seen, reply: copy(reply) });
    },
    async releaseKey(scope, key) {
      state.keys.delete(`${scope}\n${key}`);
    },

    async enqueue(messages) {
      for (const m of messages) {
        if (state.outboxKeys.has(m.dedupeKey)) continue;
        const seq = (state.counters.get('seq') ?? 0) + 1;
        state.counters.set('seq', seq);
        state.outboxKeys.set(m.dedupeKey, m.id);
        state.outbox.set(m.id, {
          ...copy(m),
          bookingId: m.bookingId ?? null,
          webhookId: m.webhookId ?? null,
          status: 'pending',
          attempts: 0,
          lastAttemptAt: null,
          lastStatus: null,
          lastError: null,
          deliveredAt: null,
          seq,
        });
      }
    },
    async cancelPending(bookingId, topic, reason) {
      for (const [id, m] of state.outbox)
        if (m.bookingId === bookingId && m.topic === topic && m.status === 'pending')
          state.outbox.set(id, { ...m, status: 'cancelled', lastError: reason });
    },
    async claimOutbox(now, limit, leaseMs) {
      const due = [...state.outbox.values()]
        .filter(
          (m) =>
            m.status === 'pending' &&
            m.dueAt <= now &&
            (leases.get(m.id) === undefined || leases.get(m.id)! <= now),
        )
        .sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq)
        .slice(0, limit);
      return due.map((m) => {
        const claimed = { ...m, attempts: m.attempts + 1, lastAttemptAt: now };
        state.outbox.set(m.id, claimed);
        leases.set(m.id, now + leaseMs);
        return copy(claimed);
      });
    },
    async settleOutbox(id, attempt, settlement) {
      const m = state.outbox.get(id);
      if (!m || m.status !== 'pending' || m.attempts !== attempt) return false;
      leases.delete(id);
      const responseStatus = settlement.responseStatus ?? null;
      if (settlement.status === 'delivered')
        state.outbox.set(id, {
          ...m,
          status: 'delivered',
          deliveredAt: settlement.at,
          lastStatus: responseStatus,
          lastError: null,
        });
      else if (settlement.status === 'pending')
        state.outbox.set(id, {
          ...m,
          dueAt: settlement.retryAt,
          lastStatus: responseStatus,
          lastError: settlement.error,
        });
      else
        state.outbox.set(id, {
          ...m,
          status: settlement.status,
          lastStatus: responseStatus,
          lastError: settlement.error,
        });
      return true;
    },
    async outbox(filter) {
      return [...state.outbox.values()]
        .filter((m) => filter?.bookingId === undefined || m.bookingId === filter.bookingId)
        .map(copy);
    },

    async notificationSettings(providerId) {
      return state.settings.get(providerId);
    },
    async putNotificationSettings(providerId, settings) {
      state.settings.set(providerId, copy(settings));
    },

    async webhooks(providerId) {
      return [...state.webhooks.values()].filter((w) => w.webhook.providerId === providerId);
    },
    async webhook(id) {
      return state.webhooks.get(id);
    },
    async putWebhook(stored) {
      state.webhooks.set(stored.webhook.id, copy(stored));
    },
    async deleteWebhook(id) {
      state.webhooks.delete(id);
      for (const [key, m] of state.outbox)
        if (m.webhookId === id && m.status === 'pending')
          state.outbox.set(key, {
            ...m,
            status: 'cancelled',
            lastError: 'The endpoint was removed.',
          });
    },
    async webhookDeliveries(webhookId, { beforeSeq, limit }) {
      return [...state.outbox.values()]
        .filter((m) => m.webhookId === webhookId && (beforeSeq === undefined || m.seq < beforeSeq))
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit)
        .map(copy);
    },

    async calendarFeeds(providerId) {
      return [...state.feeds.values()].filter((f) => f.feed.providerId === providerId);
    },
    async calendarFeed(id) {
      return state.feeds.get(id);
    },
    async putCalendarFeed(stored) {
      state.feeds.set(stored.feed.id, copy(stored));
      state.feedLeases.delete(stored.feed.id);
    },
    async deleteCalendarFeed(id) {
      state.feeds.delete(id);
      state.feedLeases.delete(id);
    },
    async claimFeeds(now, limit, leaseMs) {
      const due = [...state.feeds.values()]
        .filter(
          (f) =>
            f.nextFetchAt <= now &&
            (state.feedLeases.get(f.feed.id) === undefined ||
              state.feedLeases.get(f.feed.id)! <= now),
        )
        .sort((a, b) => a.nextFetchAt - b.nextFetchAt)
        .slice(0, limit);
      for (const f of due) state.feedLeases.set(f.feed.id, now + leaseMs);
      return due.map(copy);
    },
  };
}

/**
 * A store in memory: nothing survives the process (or the page). Transactions run one at a time.
 *
 * @example
 * const app = createApp({ store: createMemoryStore() });
 */
export function createMemoryStore(): Store {
  let state = empty();
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Runs one piece of work after the others; a write keeps a snapshot to roll back to. */
  function enqueue<T>(work: (tx: Tx) => Promise<T>, writes: boolean): Promise<T> {
    if (closed) return Promise.reject(new Error('The store is closed.'));
    const run = async () => {
      const before = writes ? snapshot(state) : state;
      try {
        return await work(transactionOn(state));
      } catch (error) {
        state = before;
        throw error;
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }
  return {
    kind: 'memory',
    transaction: (work) => enqueue(work, true),
    read: (work) => enqueue(work, false),
    async close() {
      closed = true;
      await queue;
    },
  };
}
