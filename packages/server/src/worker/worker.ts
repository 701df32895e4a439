// The worker: delivers what the outbox holds (emails, reminders, webhook deliveries) and fetches
// calendar feeds, in the server's own process. Claims are short transactions with a lease
// (FOR UPDATE SKIP LOCKED on PostgreSQL), so several server instances share the work and never
// send one message twice at once; a worker that dies leaves leases that run out, and another (or
// the same one after a restart) sends what it had claimed. docs/notifications.md.
import { lapseSeatOffers, type Booking } from '@booking/core';
import { manageUrlOf } from '../handlers/bookings.js';
import { feedSource } from '../handlers/notifications.js';
import { recordOffers } from '../notify/record.js';
import type { EmailPayload, WebhookMessage } from '../notify/plan.js';
import type { OutboxMessage, OutboxSettlement, Store } from '../store/types.js';
import { hashToken, newToken } from '../tokens.js';
import { renderEmail } from './email.js';
import { FeedError, readFeed } from './feed-read.js';
import { fetchFeed } from './feeds.js';
import { DeliveryError, logMailer, smtpMailer, type Mailer } from './mailer.js';
import { postWebhook } from './webhooks.js';
import { guardedFetch } from './outbound.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Options of {@link createWorker}. */
export interface WorkerOptions {
  store: Store;
  /** The clock, epoch ms (pin it in tests); default `Date.now`. */
  clock?: () => number;
  /** Where emails go; default SMTP at `smtpUrl`, else the log. */
  mailer?: Mailer;
  /** nodemailer's SMTP URL (`smtp://user:pass@host:587`); `SMTP_URL` for the command. */
  smtpUrl?: string | undefined;
  /** The sender's address (default `booking@localhost`); its domain names message ids. */
  from?: string | undefined;
  /** The sender's name (default `Booking`). */
  fromName?: string | undefined;
  /** The page where clients manage a booking (`{id}` and `{token}` filled in), as for createApp. */
  manageUrl?: string | undefined;
  /**
   * The fetch for webhooks and feeds (tests); default `globalThis.fetch` limited to the public
   * internet (see `allowPrivateNetworks`). A fetch given here is used as it is.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Let webhook and calendar feed URLs reach loopback, private and link-local addresses (default
   * false: a provider's URL cannot make the server fetch its own network). For a server inside one
   * organisation's network, and tests.
   */
  allowPrivateNetworks?: boolean;
  /** How often the outbox is looked at, in ms (default 2000). */
  pollMs?: number;
  /** How often each calendar feed is fetched, in ms (default 15 minutes). */
  feedIntervalMs?: number;
  /**
   * How long a waitlist offer holds its seats, in minutes: the app's `offerHoldMinutes` (default 24
   * hours). When one lapses, the worker offers its seats to the next in line.
   */
  offerHoldMinutes?: number;
  /** How long a claim holds a message or feed before another worker may take it (default 5 minutes). */
  leaseMs?: number;
  /** Messages claimed at once (default 20). */
  batch?: number;
  /** Where the worker writes what it does (the start line, emails without SMTP); default stdout. */
  log?: (line: string) => void;
  /** Called with unexpected errors (a failed transaction); default `console.error`. */
  onError?: (error: unknown) => void;
}

/** What one round did. */
export interface WorkerRound {
  delivered: number;
  retried: number;
  failed: number;
  cancelled: number;
  feeds: number;
  /** Events whose lapsed waitlist offers were passed on. */
  lapsed: number;
}

/** A worker; `start` runs rounds every `pollMs`, `runOnce` one round now (tests, cron). */
export interface Worker {
  readonly mailer: Mailer;
  /** The line the command prints at start: where emails go, and what runs. */
  readonly description: string;
  /** Delivers every due message and fetches every due feed, once; resolves with the counts. */
  runOnce(): Promise<WorkerRound>;
  start(): void;
  /** Stops polling, waits for the round in flight, closes the mailer. */
  stop(): Promise<void>;
}

/**
 * When a failed attempt is tried again: 1 minute, then 4 times longer each time (4, 16, 64
 * minutes, about 4 hours), then every 6 hours, until a day has passed since the message was
 * queued; then it fails for good.
 */
export function nextAttemptAt(message: OutboxMessage, now: number): number | undefined {
  const delay = Math.min(MINUTE * 4 ** Math.max(0, message.attempts - 1), 6 * HOUR);
  const at = now + delay;
  return at - message.createdAt > DAY ? undefined : at;
}

const domainOf = (address: string) => address.split('@')[1] ?? 'localhost';

/**
 * A worker over a store (not yet polling: see `start`, or use {@link startWorker}).
 *
 * @example
 * const worker = createWorker({ store, smtpUrl: process.env.SMTP_URL, manageUrl: 'https://tutor.example/manage?b={id}&t={token}' });
 * await worker.runOnce();
 */
export function createWorker(options: WorkerOptions): Worker {
  const { store } = options;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const fetchFn =
    options.fetch ?? (options.allowPrivateNetworks ? globalThis.fetch : guardedFetch());
  const from = options.from ?? 'booking@localhost';
  const fromName = options.fromName ?? 'Booking';
  const leaseMs = options.leaseMs ?? 5 * MINUTE;
  const batch = options.batch ?? 20;
  const feedIntervalMs = options.feedIntervalMs ?? 15 * MINUTE;
  const mailer = options.mailer ?? (options.smtpUrl ? smtpMailer(options.smtpUrl) : logMailer(log));

  /** A fresh manage link for the client of a message, when the server has a manage page. */
  async function manageLink(payload: EmailPayload): Promise<string | undefined> {
    if (!payload.manageLink || !options.manageUrl) return undefined;
    const target = payload.entry
      ? { kind: 'waitlist' as const, id: payload.entry.id }
      : { kind: 'booking' as const, id: payload.booking!.id };
    // A token of its own per message: only its hash is kept, as for the one given at booking.
    const token = newToken();
    const hash = await hashToken(token);
    await store.transaction((tx) => tx.putManageToken(hash, target));
    return manageUrlOf(
      { manageUrl: options.manageUrl, basePath: '', offerHoldMinutes: 0 },
      target.id,
      token,
    ).manageUrl;
  }

  /** Why a reminder should no longer go, or undefined when it should. */
  function staleReminder(payload: EmailPayload, now: number, current: Booking | undefined) {
    if (!current) return 'The booking no longer exists.';
    if (current.status !== 'confirmed') return `The booking is ${current.status}.`;
    if (current.start !== payload.booking!.start) return 'The session moved.';
    const start = Date.parse(current.start);
    if (start <= now) return 'The session has started.';
    const next = payload.nextReminderMinutes;
    if (next !== undefined && now >= start - next * MINUTE)
      return 'A later reminder is due already and replaces it.';
    return undefined;
  }

  async function deliverEmail(m: OutboxMessage, now: number): Promise<OutboxSettlement> {
    const payload = m.payload as EmailPayload;
    if (m.topic === 'reminder') {
      const current = await store.transaction((tx) => tx.booking(payload.booking!.id));
      const stale = staleReminder(payload, now, current);
      if (stale) return { status: 'cancelled', error: stale };
    }
    const email = renderEmail(payload, {
      manageUrl: await manageLink(payload),
      from,
      now,
    });
    const sent = await mailer.send({
      messageId: `<${m.id}@${domainOf(from)}>`,
      from: { name: fromName, address: from },
      to: { name: payload.to.name, address: payload.to.email },
      subject: email.subject,
      text: email.text,
      html: email.html,
      locale: email.locale,
      ics: email.ics,
    });
    return { status: 'delivered', at: now, responseStatus: sent.responseStatus };
  }

  async function deliverWebhook(m: OutboxMessage, now: number): Promise<OutboxSettlement> {
    const stored = await store.transaction((tx) => tx.webhook(m.webhookId!));
    if (!stored) return { status: 'cancelled', error: 'The endpoint was removed.' };
    const sent = await postWebhook(fetchFn, {
      url: stored.webhook.url,
      id: m.id,
      secret: stored.secret,
      body: JSON.stringify(m.payload as WebhookMessage),
      now,
    });
    return { status: 'delivered', at: now, responseStatus: sent.responseStatus };
  }

  async function deliver(m: OutboxMessage, round: WorkerRound): Promise<void> {
    const now = clock();
    let settlement: OutboxSettlement;
    try {
      settlement =
        m.channel === 'email' ? await deliverEmail(m, now) : await deliverWebhook(m, now);
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(`Unexpected: ${(error as Error).message}`, false);
      if (!(error instanceof DeliveryError)) onError(error);
      const retryAt = failure.permanent ? undefined : nextAttemptAt(m, now);
      settlement =
        retryAt === undefined
          ? {
              status: 'failed',
              error: failure.permanent
                ? failure.message
                : `${failure.message} Gave up after a day of retries.`,
              responseStatus: failure.responseStatus,
            }
          : {
              status: 'pending',
              retryAt,
              error: failure.message,
              responseStatus: failure.responseStatus,
            };
    }
    await store.transaction((tx) => tx.settleOutbox(m.id, m.attempts, settlement));
    if (settlement.status === 'delivered') round.delivered++;
    else if (settlement.status === 'pending') round.retried++;
    else if (settlement.status === 'failed') round.failed++;
    else round.cancelled++;
  }

  async function refreshFeeds(round: WorkerRound): Promise<void> {
    const now = clock();
    const due = await store.transaction((tx) => tx.claimFeeds(now, batch, leaseMs));
    for (const stored of due) {
      const { feed } = stored;
      const record = await store.transaction((tx) => tx.provider(feed.providerId));
      if (!record) continue;
      const horizon = Math.min(record.provider.policy.horizonDays ?? 90, 366);
      let update: Partial<typeof feed> = { lastFetchedAt: new Date(now).toISOString() };
      let busy: ReturnType<typeof readFeed>['busy'] | undefined;
      let validators = { etag: stored.etag, lastModified: stored.lastModified };
      try {
        const got = await fetchFeed(fetchFn, stored);
        if (got.changed) {
          const reading = readFeed(got.text, {
            timeZone: record.provider.timeZone,
            from: now - DAY,
            to: now + (horizon + 2) * DAY,
          });
          busy = reading.busy;
          validators = { etag: got.etag, lastModified: got.lastModified };
          update = {
            ...update,
            busyCount: busy.length,
            status: 'ok',
            error: reading.warnings.length ? reading.warnings.join(' ') : null,
            lastSuccessAt: new Date(now).toISOString(),
          };
        } else
          update = {
            ...update,
            status: 'ok',
            error: null,
            lastSuccessAt: new Date(now).toISOString(),
          };
      } catch (error) {
        if (!(error instanceof FeedError)) onError(error);
        // The last good busy time stays; the provider sees why this fetch failed.
        update = { ...update, status: 'error', error: (error as Error).message };
      }
      await store.transaction(async (tx) => {
        const current = await tx.calendarFeed(feed.id);
        if (!current) return; // removed meanwhile
        if (busy) await tx.putExternalBusy(feed.providerId, feedSource(feed.id), busy);
        await tx.putCalendarFeed({
          feed: { ...current.feed, ...update },
          ...(busy ? validators : { etag: current.etag, lastModified: current.lastModified }),
          nextFetchAt: now + feedIntervalMs,
        });
      });
      round.feeds++;
    }
  }

  /**
   * Waitlist offers whose hold ended lapse, and their seats go to the next in line, who hear of it
   * (the offers are queued in the same transaction, and delivered in this round).
   */
  async function lapseOffers(round: WorkerRound): Promise<void> {
    const now = clock();
    const events = await store.transaction((tx) => tx.lapsedOffers(now, batch));
    for (const id of events) {
      const passed = await store.transaction(async (tx) => {
        const event = await tx.event(id, { lock: true });
        if (!event) return false;
        const [registrations, waitlist] = await Promise.all([
          tx.registrations([id]),
          tx.waitlists([id]),
        ]);
        const result = lapseSeatOffers(event, {
          registrations,
          waitlist,
          now: new Date(now).toISOString(),
          holdMinutes: options.offerHoldMinutes ?? null,
        });
        if (!result.lapsed.length) return false; // answered or passed on meanwhile
        await tx.putWaitlist(result.waitlist);
        await recordOffers(tx, waitlist, result.waitlist, now);
        return true;
      });
      if (passed) round.lapsed++;
    }
  }

  async function runOnce(): Promise<WorkerRound> {
    const round: WorkerRound = {
      delivered: 0,
      retried: 0,
      failed: 0,
      cancelled: 0,
      feeds: 0,
      lapsed: 0,
    };
    await lapseOffers(round);
    for (;;) {
      const claimed = await store.transaction((tx) => tx.claimOutbox(clock(), batch, leaseMs));
      for (const m of claimed) await deliver(m, round);
      if (claimed.length < batch) break;
    }
    await refreshFeeds(round);
    return round;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  const tick = () => {
    running = runOnce()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, options.pollMs ?? 2000);
      });
  };

  return {
    mailer,
    description: `emails go ${mailer.description}; reminders, webhooks and calendar feeds (every ${Math.round(feedIntervalMs / MINUTE)} min) are on.`,
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}

/**
 * A worker, started: it polls until `stop()`, and says where emails go.
 *
 * @example
 * const worker = startWorker({ store, smtpUrl: process.env.SMTP_URL });
 * process.on('SIGTERM', () => worker.stop());
 */
export function startWorker(options: WorkerOptions): Worker {
  const worker = createWorker(options);
  (options.log ?? ((line: string) => process.stdout.write(`${line}\n`)))(
    `booking-server: ${worker.description}`,
  );
  worker.start();
  return worker;
}
