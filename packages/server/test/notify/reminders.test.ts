// Reminders: 24 hours and 1 hour before by default (per provider setting), to both people; a
// reschedule moves them, a cancel removes them, a new worker (a restart) sends what is due, and
// none goes for a session that has started.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addProvider, createApp, createMemoryStore, type Store } from '@booking/server';
import { createWorker } from '@booking/server/worker';
import {
  allDay,
  call,
  DAY,
  HOUR,
  lessonRequest,
  provider,
  startMailSink,
  type MailSink,
} from './helpers.js';

describe('reminders', () => {
  let sink: MailSink;
  let store: Store;
  let token: string;
  const clock = { now: 0 };
  const app = () => createApp({ store, clock: () => clock.now });
  const worker = () =>
    createWorker({ store, clock: () => clock.now, smtpUrl: sink.url, from: 'b@tutor.example' });
  const subjects = (from: number) =>
    sink.mails
      .slice(from)
      .map((m) => `${m.to[0]} ${m.mail.subject}`)
      .sort();

  beforeEach(async () => {
    sink = await startMailSink();
    store = createMemoryStore();
    clock.now = Date.UTC(2026, 5, 1, 9);
    const added = await addProvider(store, {
      provider: provider(),
      weekly: allDay,
      notifications: { email: 'ana@example.com', locale: 'en' },
    });
    assert.ok(added.ok);
    token = added.value.token;
  });
  afterEach(() => sink.close());

  async function book(start: string, key: string) {
    const created = await call(app(), 'POST', '/bookings', {
      body: lessonRequest(start, clock.now, {
        name: 'Jonas',
        email: 'jonas@example.com',
        locale: 'en',
      }),
      key,
    });
    assert.equal(created.status, 201);
    return ((await created.json()) as { booking: { id: string } }).booking.id;
  }
  const reminders = async (id: string) =>
    (await store.transaction((tx) => tx.outbox({ bookingId: id })))
      .filter((m) => m.topic === 'reminder')
      .map(
        (m) =>
          `${m.status} ${new Date(m.dueAt).toISOString()} ${(m.payload as { to: { role: string } }).to.role}`,
      )
      .sort();

  it('go 24 h and 1 h before, move with a reschedule, and a restarted worker sends them', async () => {
    const start = '2026-06-04T10:00:00.000Z';
    const id = await book(start, 'a');
    assert.deepEqual(await reminders(id), [
      'pending 2026-06-03T10:00:00.000Z client',
      'pending 2026-06-03T10:00:00.000Z provider',
      'pending 2026-06-04T09:00:00.000Z client',
      'pending 2026-06-04T09:00:00.000Z provider',
    ]);
    await worker().runOnce(); // the confirmations
    const sent = sink.mails.length;

    clock.now = Date.parse('2026-06-03T10:00:00Z');
    await worker().runOnce(); // a new worker, as after a restart
    assert.deepEqual(subjects(sent), [
      'ana@example.com Reminder: Maths lesson with Jonas',
      'jonas@example.com Reminder: Maths lesson with Ana <Ferreira> & Co',
    ]);
    assert.match(sink.mails.at(-1)!.mail.text!, /starts in 24 hours\./);

    // The provider moves it a day on: the hour-before reminders of the old time go.
    const moved = await call(app(), 'POST', `/bookings/${id}/reschedule`, {
      token,
      body: { start: '2026-06-05T10:00:00.000Z' },
    });
    assert.equal(moved.status, 200);
    assert.deepEqual(await reminders(id), [
      'cancelled 2026-06-04T09:00:00.000Z client',
      'cancelled 2026-06-04T09:00:00.000Z provider',
      'delivered 2026-06-03T10:00:00.000Z client',
      'delivered 2026-06-03T10:00:00.000Z provider',
      'pending 2026-06-04T10:00:00.000Z client',
      'pending 2026-06-04T10:00:00.000Z provider',
      'pending 2026-06-05T09:00:00.000Z client',
      'pending 2026-06-05T09:00:00.000Z provider',
    ]);
    const afterMove = sink.mails.length + 2; // the two "new time" emails
    clock.now = Date.parse('2026-06-04T09:00:00Z');
    await worker().runOnce();
    assert.equal(sink.mails.length, afterMove, 'nothing at the old hour-before');
    clock.now = Date.parse('2026-06-04T10:00:00Z');
    await worker().runOnce();
    assert.deepEqual(subjects(afterMove), [
      'ana@example.com Reminder: Maths lesson with Jonas',
      'jonas@example.com Reminder: Maths lesson with Ana <Ferreira> & Co',
    ]);
    clock.now = Date.parse('2026-06-05T09:00:00Z');
    await worker().runOnce();
    assert.equal(sink.mails.length, afterMove + 4);
    assert.match(sink.mails.at(-1)!.mail.text!, /starts in 1 hour\./);
  });

  it('are removed by a cancel', async () => {
    const id = await book('2026-06-04T10:00:00.000Z', 'b');
    const cancelled = await call(app(), 'POST', `/bookings/${id}/cancel`, { token, body: {} });
    assert.equal(cancelled.status, 200);
    assert.deepEqual(
      (await reminders(id)).map((r) => r.split(' ')[0]),
      ['cancelled', 'cancelled', 'cancelled', 'cancelled'],
    );
    await worker().runOnce();
    const sent = sink.mails.length;
    clock.now = Date.parse('2026-06-04T09:30:00Z');
    await worker().runOnce();
    assert.equal(sink.mails.length, sent);
  });

  it('skip one that a later reminder replaced while the worker was down', async () => {
    const id = await book('2026-06-04T10:00:00.000Z', 'e');
    await worker().runOnce();
    const sent = sink.mails.length;
    clock.now = Date.parse('2026-06-04T09:10:00Z'); // down through the 24-hour reminder
    const round = await worker().runOnce();
    assert.deepEqual([round.delivered, round.cancelled], [2, 2]);
    assert.deepEqual(
      sink.mails.slice(sent).map((m) => /starts in ([^.]+)\./.exec(m.mail.text!)?.[1]),
      ['1 hour', '1 hour'],
    );
    assert.ok(id);
  });

  it('never go for a session that has started, even when the worker was down at their time', async () => {
    const id = await book('2026-06-04T10:00:00.000Z', 'c');
    await worker().runOnce();
    const sent = sink.mails.length;
    clock.now = Date.parse('2026-06-04T10:05:00Z'); // down from before the first reminder until now
    const round = await worker().runOnce();
    assert.equal(round.cancelled, 4);
    assert.equal(sink.mails.length, sent);
    const outbox = await store.transaction((tx) => tx.outbox({ bookingId: id }));
    assert.deepEqual(
      [...new Set(outbox.filter((m) => m.topic === 'reminder').map((m) => m.lastError))],
      ['The session has started.'],
    );
  });

  it('follow the provider’s setting, and none is queued for a time already past', async () => {
    const set = await call(app(), 'PUT', '/providers/ana/notifications', {
      token,
      body: { reminderMinutes: [120, 2880] },
    });
    assert.equal(set.status, 200);
    assert.deepEqual(await set.json(), {
      email: 'ana@example.com',
      locale: 'en',
      reminderMinutes: [120, 2880],
    });
    // Booked 30 hours ahead: two days before has passed, two hours before has not.
    const id = await book(new Date(clock.now + 30 * HOUR).toISOString(), 'd');
    assert.deepEqual(await reminders(id), [
      `pending ${new Date(clock.now + 28 * HOUR).toISOString()} client`,
      `pending ${new Date(clock.now + 28 * HOUR).toISOString()} provider`,
    ]);
    clock.now += 28 * HOUR;
    await worker().runOnce();
    assert.match(sink.mails.at(-1)!.mail.text!, /starts in 2 hours\./);
    assert.ok(DAY > 0);
  });

  it('are refused when the setting is malformed', async () => {
    const set = await call(app(), 'PUT', '/providers/ana/notifications', {
      token,
      body: { reminderMinutes: [60, 60], locale: 'it' },
    });
    assert.equal(set.status, 422);
    const problem = (await set.json()) as { errors: { field: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['locale', 'reminderMinutes']);
  });
});
