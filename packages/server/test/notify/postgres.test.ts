// The whole path on PostgreSQL, with the real command: a booking made, moved and cancelled gives
// exactly the emails, reminders and webhook deliveries it should — also when the server process is
// killed (SIGKILL) after the booking committed, in the middle of delivering it: a restarted worker
// sends everything once, nothing twice. And two workers on one database never send a message twice.
//
// PostgreSQL: DATABASE_URL, else 127.0.0.1:5432/test (trust auth); each test run makes its own
// database and drops it. Without a reachable server the file is skipped with one line, unless
// BOOKING_REQUIRE_POSTGRES=1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addProvider, createApp, type Store } from '@booking/server';
import { createPostgresStore } from '@booking/server/postgres';
import { createWorker } from '@booking/server/worker';
import {
  allDay,
  call,
  DAY,
  HOUR,
  hourAfter,
  lessonRequest,
  MINUTE,
  provider,
  startMailSink,
  startReceiver,
  freshDatabase,
  postgresAvailable,
  type MailSink,
  type Receiver,
} from './helpers.js';

const MANAGE = 'https://tutor.example/manage?b={id}&t={token}';
const root = fileURLToPath(new URL('../../../../', import.meta.url));

const available = await postgresAvailable('the notification tests');

/** `booking-server` on the database, as a process of its own; resolves once it listens. */
function startCommand(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@booking/source',
      '--import',
      'tsx',
      'packages/server/src/cli.ts',
      '--port',
      '0',
      '--manage-url',
      MANAGE,
      '--mail-from',
      'booking@tutor.example',
      '--allow-private-urls',
    ],
    { cwd: root, env: { ...process.env, PORT: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const listening = /listening on (http:\/\/\S+) /.exec(output);
      if (listening && /emails go over SMTP/.test(output)) resolve({ child, url: listening[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`booking-server exited (${code}):\n${output}`)));
  });
}

describe('notifications on PostgreSQL', { skip: !available }, () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let store: Store;
  let sink: MailSink;
  let receiver: Receiver;
  let token: string;

  before(async () => {
    db = await freshDatabase('booking_notify');
    store = await createPostgresStore({ url: db.url, max: 4 });
    const added = await addProvider(store, {
      provider: provider(),
      weekly: allDay,
      notifications: { email: 'ana@example.com', locale: 'en' },
    });
    assert.ok(added.ok);
    token = added.value.token;
    sink = await startMailSink();
    receiver = await startReceiver();
  });
  after(async () => {
    await sink?.close();
    await receiver?.close();
    await store?.close();
    await db?.drop();
  });

  /** The receiver checks freshness against the clock of the worker that sent. */
  const worker = (at: () => number, s: Store = store) =>
    createWorker({
      store: s,
      clock: () => {
        const now = at();
        receiver.now = () => now;
        return now;
      },
      smtpUrl: sink.url,
      from: 'booking@tutor.example',
      manageUrl: MANAGE,
      log: () => undefined,
      allowPrivateNetworks: true,
    });
  const mails = (from = 0) => sink.mails.slice(from).map((m) => `${m.to.join()} ${m.mail.subject}`);

  it('books, reschedules and cancels: exactly these messages, also after a SIGKILL between commit and delivery', async () => {
    const { child, url } = await startCommand({ DATABASE_URL: db.url, SMTP_URL: sink.url });
    const start = hourAfter(Date.now(), 50);
    let killed = false;
    try {
      const hook = await fetch(`${url}/providers/ana/webhooks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'hook-1',
        },
        body: JSON.stringify({ url: receiver.url }),
      });
      assert.equal(hook.status, 201);
      receiver.secret = ((await hook.json()) as { secret: string }).secret;

      // The SMTP server holds the first message unanswered; the process dies while it waits.
      sink.hold = true;
      const held = new Promise<void>((resolve) => (sink.onHold = resolve));
      const created = await fetch(`${url}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'book-1' },
        body: JSON.stringify(
          lessonRequest(start, Date.now(), {
            name: 'Jonas',
            email: 'jonas@example.com',
            locale: 'en',
          }),
        ),
      });
      assert.equal(created.status, 201);
      await held;
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      killed = true;
    } finally {
      if (!killed) child.kill('SIGKILL');
    }
    assert.deepEqual(mails(), []);
    assert.equal(receiver.received.length, 0);
    const [booking] = await store.transaction((tx) => tx.bookings({ providerId: 'ana' }));
    const claimed = (await store.transaction((tx) => tx.outbox({ bookingId: booking!.id })))
      .filter((m) => m.topic !== 'reminder')
      .map((m) => [m.channel, m.status, m.attempts]);
    assert.deepEqual(claimed, [
      ['email', 'pending', 1],
      ['email', 'pending', 1],
      ['webhook', 'pending', 1],
    ]);

    // Restarted: once the dead process's leases run out, everything is sent, once.
    sink.hold = false;
    assert.deepEqual(await worker(() => Date.now()).runOnce(), {
      delivered: 0,
      retried: 0,
      failed: 0,
      cancelled: 0,
      feeds: 0,
      lapsed: 0,
    });
    const restarted = worker(() => Date.now() + 6 * MINUTE);
    assert.equal((await restarted.runOnce()).delivered, 3);
    assert.deepEqual(mails().sort(), [
      'ana@example.com Booked: Maths lesson with Jonas',
      'jonas@example.com Booked: Maths lesson with Ana <Ferreira> & Co',
    ]);

    // Moved a day on by the provider, through the app on the same database.
    const app = createApp({ store, manageUrl: MANAGE });
    const moved = new Date(Date.parse(start) + DAY).toISOString();
    const rescheduled = await call(app, 'POST', `/bookings/${booking!.id}/reschedule`, {
      token,
      body: { start: moved },
    });
    assert.equal(rescheduled.status, 200);
    await restarted.runOnce();
    // The reminders of the new time: 24 hours before it, then the hour before (never sent: cancelled).
    await worker(() => Date.parse(moved) - DAY).runOnce();
    const cancelled = await call(app, 'POST', `/bookings/${booking!.id}/cancel`, {
      token,
      body: { reason: 'Ill' },
    });
    assert.equal(cancelled.status, 200);
    await worker(() => Date.parse(moved) - DAY + MINUTE).runOnce();
    await worker(() => Date.parse(moved) - HOUR).runOnce();
    await worker(() => Date.parse(moved) + HOUR).runOnce();

    assert.deepEqual(
      mails()
        .slice(2)
        .map((m) => m.replace(/ with .*/, ''))
        .sort(),
      [
        'ana@example.com Cancelled: Maths lesson',
        'ana@example.com New time: Maths lesson',
        'ana@example.com Reminder: Maths lesson',
        'jonas@example.com Cancelled: Maths lesson',
        'jonas@example.com New time: Maths lesson',
        'jonas@example.com Reminder: Maths lesson',
      ],
    );
    assert.equal(sink.mails.length, 8);
    assert.deepEqual(
      receiver.received.map((r) => [r.json.type, r.verified]),
      [
        ['booking.created', true],
        ['booking.rescheduled', true],
        ['booking.cancelled', true],
      ],
    );
    assert.equal(new Set(receiver.received.map((r) => r.id)).size, 3);
    const reminders = (await store.transaction((tx) => tx.outbox({ bookingId: booking!.id })))
      .filter((m) => m.topic === 'reminder')
      .map((m) => {
        const of = Date.parse((m.payload as { booking: { start: string } }).booking.start);
        const which = of === Date.parse(start) ? 'first' : of === Date.parse(moved) ? 'new' : '?';
        return `${which} ${(m.dueAt - of) / HOUR} ${m.status}`;
      })
      .sort();
    assert.deepEqual(reminders, [
      // The first time's: cancelled by the reschedule.
      'first -1 cancelled',
      'first -1 cancelled',
      'first -24 cancelled',
      'first -24 cancelled',
      // The new time's: 24 hours before sent, then the hour before cancelled with the session.
      'new -1 cancelled',
      'new -1 cancelled',
      'new -24 delivered',
      'new -24 delivered',
    ]);
  });

  it('lets two workers on one database share the work without sending anything twice', async () => {
    const second = await createPostgresStore({ url: db.url, max: 4 });
    try {
      const app = createApp({ store });
      const now = Date.now();
      const before = sink.mails.length;
      const hooksBefore = receiver.received.length;
      for (let i = 0; i < 6; i++) {
        const created = await call(app, 'POST', '/bookings', {
          body: lessonRequest(hourAfter(now, 60 + 2 * i), now, {
            name: `Client ${i}`,
            email: `client${i}@example.com`,
            locale: 'en',
          }),
          key: `many-${i}`,
        });
        assert.equal(created.status, 201);
      }
      const [a, b] = await Promise.all([
        worker(() => now + MINUTE, store).runOnce(),
        worker(() => now + MINUTE, second).runOnce(),
      ]);
      assert.equal(a.delivered + b.delivered, 18);
      assert.equal(sink.mails.length - before, 12);
      assert.equal(receiver.received.length - hooksBefore, 6);
      const recipients = sink.mails.slice(before).map((m) => m.to.join());
      assert.equal(recipients.filter((r) => r === 'ana@example.com').length, 6);
      assert.equal(new Set(recipients.filter((r) => r !== 'ana@example.com')).size, 6);
    } finally {
      await second.close();
    }
  });
});
