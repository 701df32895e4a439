// Emails, read as they arrive at a real SMTP server: every step of a booking tells the client and
// the provider, each in their own language and zone, with an invitation a calendar can follow
// (one UID, a rising SEQUENCE, CANCEL at the end), HTML that shows people's text as text, and a
// manage link that opens the booking. A change that rolls back tells nobody; a retried create
// tells once; without SMTP the messages go to the log.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  createApp,
  createMemoryStore,
  addProvider,
  recordChange,
  type Store,
} from '@booking/server';
import { createWorker, startWorker, type Worker } from '@booking/server/worker';
import {
  allDay,
  call,
  HOUR,
  lessonRequest,
  provider,
  startMailSink,
  type Arrived,
  type MailSink,
} from './helpers.js';

const MANAGE = 'https://tutor.example/manage?b={id}&t={token}';

interface Setup {
  store: Store;
  app: ReturnType<typeof createApp>;
  worker: Worker;
  token: string;
  clock: { now: number };
}

async function setup(sink: MailSink, requiresApproval: boolean, start: number): Promise<Setup> {
  const clock = { now: start };
  const store = createMemoryStore();
  const added = await addProvider(store, {
    provider: provider({
      policy: { ...provider().policy, requiresApproval },
    }),
    weekly: allDay,
    notifications: { email: 'ana@example.com', locale: 'fr' },
  });
  assert.ok(added.ok);
  const app = createApp({ store, clock: () => clock.now, manageUrl: MANAGE, checkResponses: true });
  const worker = createWorker({
    store,
    clock: () => clock.now,
    smtpUrl: sink.url,
    from: 'booking@tutor.example',
    manageUrl: MANAGE,
  });
  return { store, app, worker, token: added.value.token, clock };
}

/** The invitation of a mail, parsed back with ical.js. */
function invitation(arrived: Arrived) {
  const part = arrived.mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  assert.ok(part, `no text/calendar part in "${arrived.mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as never);
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
    end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime(),
    organizer: String(event.getFirstPropertyValue('organizer')),
    attendee: String(event.getFirstPropertyValue('attendee')),
  };
}

/** The mails that arrived since `from`, by recipient. */
function byRecipient(sink: MailSink, from: number) {
  const mails = sink.mails.slice(from);
  const one = (address: string) => {
    const found = mails.filter((m) => m.to.includes(address));
    assert.equal(found.length, 1, `${found.length} mails to ${address}`);
    return found[0]!;
  };
  return {
    count: mails.length,
    client: () => one('jonas@example.com'),
    provider: () => one('ana@example.com'),
  };
}

describe('emails', () => {
  let sink: MailSink;
  beforeEach(async () => {
    sink = await startMailSink();
  });
  afterEach(() => sink.close());

  it('tell the client and the provider of every step, each in their language and zone, with an invitation that follows the booking', async () => {
    // Friday 2026-03-20; the session is on Monday 2026-03-30, after Berlin's change to summer time.
    const s = await setup(sink, true, Date.UTC(2026, 2, 20, 9));
    const start = '2026-03-30T08:00:00.000Z'; // 10:00 in Berlin, 04:00 in New York
    const created = await call(s.app, 'POST', '/bookings', {
      body: lessonRequest(start, s.clock.now),
      key: 'k1',
    });
    assert.equal(created.status, 201);
    const { booking } = (await created.json()) as { booking: { id: string } };
    // A retry of the create replays its answer: nothing is queued twice.
    const replay = await call(s.app, 'POST', '/bookings', {
      body: lessonRequest(start, s.clock.now),
      key: 'k1',
    });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');

    assert.deepEqual(await s.worker.runOnce(), {
      delivered: 2,
      retried: 0,
      failed: 0,
      cancelled: 0,
      feeds: 0,
      lapsed: 0,
    });
    let got = byRecipient(sink, 0);
    assert.equal(got.count, 2);
    const request = got.client();
    assert.equal(request.mail.subject, 'Anfrage erhalten: Maths lesson bei Ana <Ferreira> & Co');
    assert.equal(request.mail.headers.get('content-language'), 'de');
    assert.equal(request.mail.from?.value[0]?.address, 'booking@tutor.example');
    assert.match(String(request.mail.messageId), /^<msg_[a-z2-7]{16}@tutor\.example>$/);
    assert.match(request.mail.text!, /Ihre Anfrage wurde gesendet\./);
    assert.match(request.mail.text!, /Wann: .*04:00/); // New York time
    assert.match(request.mail.text!, /Zeiten in America\/New_York\./);
    // People's text is text in the HTML.
    assert.match(String(request.mail.html), /Jonas &lt;b&gt;Weber&lt;\/b&gt;/);
    assert.match(String(request.mail.html), /Ana &lt;Ferreira&gt; &amp; Co/);
    assert.doesNotMatch(String(request.mail.html), /<b>Weber/);
    assert.match(String(request.mail.html), /<html lang="de" dir="ltr">/);
    const first = invitation(request);
    assert.deepEqual(
      { ...first, organizer: first.organizer.toLowerCase() },
      {
        method: 'REQUEST',
        uid: `${booking.id}@booking.dev`,
        sequence: 0,
        status: 'TENTATIVE',
        start: Date.parse(start),
        end: Date.parse(start) + HOUR,
        organizer: 'mailto:ana@example.com',
        attendee: 'mailto:jonas@example.com',
      },
    );
    // The manage link opens the booking.
    const link = /https:\/\/tutor\.example\/manage\?b=(\S+)&t=(\S+)/.exec(request.mail.text!);
    assert.ok(link, 'no manage link');
    assert.equal(decodeURIComponent(link[1]!), booking.id);
    const opened = await call(s.app, 'GET', `/bookings/${booking.id}`, {
      token: decodeURIComponent(link[2]!),
    });
    assert.equal(opened.status, 200);

    const asked = got.provider();
    assert.equal(asked.mail.subject, 'Nouvelle demande : Maths lesson de Jonas <b>Weber</b>');
    assert.equal(asked.mail.headers.get('content-language'), 'fr');
    assert.match(asked.mail.text!, /Quand : |Quand: /);
    assert.match(asked.mail.text!, /10:00/); // Berlin time
    assert.match(asked.mail.text!, /Horaires en Europe\/Berlin\./);
    assert.doesNotMatch(asked.mail.text!, /manage\?/, 'the provider gets no client link');

    // Confirmed by the provider.
    assert.equal(
      (await call(s.app, 'POST', `/bookings/${booking.id}/confirm`, { token: s.token, body: {} }))
        .status,
      200,
    );
    await s.worker.runOnce();
    got = byRecipient(sink, 2);
    assert.equal(got.client().mail.subject, 'Gebucht: Maths lesson bei Ana <Ferreira> & Co');
    assert.equal(got.provider().mail.subject, 'Réservé : Maths lesson avec Jonas <b>Weber</b>');
    assert.deepEqual(
      [invitation(got.client()).sequence, invitation(got.client()).status],
      [1, 'CONFIRMED'],
    );

    // Moved by the client a day later: the invitation moves, same UID.
    const moved = '2026-03-31T08:00:00.000Z';
    const reschedule = await call(s.app, 'POST', `/bookings/${booking.id}/reschedule`, {
      token: decodeURIComponent(link[2]!),
      body: { start: moved },
    });
    assert.equal(reschedule.status, 200);
    await s.worker.runOnce();
    got = byRecipient(sink, 4);
    const move = got.client();
    assert.equal(move.mail.subject, 'Neue Zeit: Maths lesson bei Ana <Ferreira> & Co');
    assert.match(move.mail.text!, /Vorher: .*30\. März 2026/);
    assert.deepEqual(
      (({ uid, sequence, start: at, method }) => ({ uid, sequence, start: at, method }))(
        invitation(move),
      ),
      {
        uid: `${booking.id}@booking.dev`,
        sequence: 2,
        start: Date.parse(moved),
        method: 'REQUEST',
      },
    );

    // Paid (as a payment provider's webhook would mark it), then cancelled late: half back.
    await s.store.transaction(async (tx) => {
      const b = (await tx.booking(booking.id))!;
      await tx.putBooking({ ...b, paymentStatus: 'paid' });
    });
    s.clock.now = Date.parse(moved) - 2 * HOUR;
    const cancel = await call(s.app, 'POST', `/bookings/${booking.id}/cancel`, {
      token: decodeURIComponent(link[2]!),
      body: { reason: 'Krank <heute>' },
    });
    assert.equal(cancel.status, 200);
    await s.worker.runOnce();
    got = byRecipient(sink, 6);
    const cancelled = got.client();
    assert.equal(cancelled.mail.subject, 'Storniert: Maths lesson bei Ana <Ferreira> & Co');
    assert.match(cancelled.mail.text!, /Erstattung: 22,50\s€/);
    assert.match(cancelled.mail.text!, /Grund: Krank <heute>/);
    assert.match(String(cancelled.mail.html), /Krank &lt;heute&gt;/);
    assert.doesNotMatch(cancelled.mail.text!, /manage\?/, 'nothing left to manage');
    const end = invitation(cancelled);
    assert.deepEqual([end.method, end.sequence, end.status], ['CANCEL', 3, 'CANCELLED']);
    assert.match(got.provider().mail.text!, /Remboursement : 22,50\s€|Remboursement: 22,50\s€/);
    assert.equal(sink.mails.length, 8);
  });

  it('writes Arabic right to left and Spanish informally', async () => {
    const s = await setup(sink, false, Date.UTC(2026, 5, 1, 9));
    const start = '2026-06-10T12:00:00.000Z';
    await s.store.transaction((tx) =>
      tx.putNotificationSettings('ana', {
        email: 'ana@example.com',
        locale: 'es',
        reminderMinutes: [],
      }),
    );
    const created = await call(s.app, 'POST', '/bookings', {
      body: lessonRequest(start, s.clock.now, {
        name: 'Layla',
        email: 'jonas@example.com',
        locale: 'ar',
      }),
      key: 'k-ar',
    });
    assert.equal(created.status, 201);
    await s.worker.runOnce();
    const got = byRecipient(sink, 0);
    const ar = got.client();
    assert.equal(ar.mail.subject, 'تم الحجز: Maths lesson مع Ana <Ferreira> & Co');
    assert.match(String(ar.mail.html), /<html lang="ar" dir="rtl">/);
    // No zone of her own: the provider's.
    assert.match(ar.mail.text!, /الأوقات بتوقيت Europe\/Berlin\./);
    const es = got.provider();
    assert.equal(es.mail.subject, 'Reservado: Maths lesson con Layla');
    assert.match(
      es.mail.text!,
      /^Hola, Ana <Ferreira> & Co:\n\nLayla reservó Maths lesson contigo\./,
    );
  });

  it('tells nobody about a change that rolls back', async () => {
    const s = await setup(sink, false, Date.UTC(2026, 5, 1, 9));
    const created = await call(s.app, 'POST', '/bookings', {
      body: lessonRequest('2026-06-10T12:00:00.000Z', s.clock.now),
      key: 'k2',
    });
    const { booking } = (await created.json()) as { booking: { id: string } };
    await s.worker.runOnce();
    const before = await s.store.transaction((tx) => tx.outbox());
    await assert.rejects(
      s.store.transaction(async (tx) => {
        const b = (await tx.booking(booking.id))!;
        const next = {
          ...b,
          status: 'cancelled' as const,
          history: [
            ...b.history,
            {
              at: new Date(s.clock.now).toISOString(),
              actor: 'client' as const,
              action: 'cancel' as const,
              status: 'cancelled' as const,
              paymentStatus: b.paymentStatus,
            },
          ],
        };
        await tx.putBooking(next);
        await recordChange(tx, { before: b, after: next, now: s.clock.now });
        assert.equal((await tx.outbox()).length, before.length + 2, 'queued inside');
        throw new Error('the change fails after queueing');
      }),
      /fails after queueing/,
    );
    assert.deepEqual(await s.store.transaction((tx) => tx.outbox()), before);
    const mailsBefore = sink.mails.length;
    await s.worker.runOnce();
    assert.equal(sink.mails.length, mailsBefore);
  });

  it('without SMTP, writes each email to the log and says so at start', async () => {
    const store = createMemoryStore();
    const lines: string[] = [];
    const worker = startWorker({ store, log: (line) => lines.push(line), pollMs: 60_000 });
    try {
      assert.match(
        lines[0]!,
        /emails go nowhere: no SMTP_URL is set, so each email is written to this log instead/,
      );
      const added = await addProvider(store, { provider: provider(), weekly: allDay });
      assert.ok(added.ok);
      const now = Date.now();
      const app = createApp({ store });
      const created = await call(app, 'POST', '/bookings', {
        body: lessonRequest(
          new Date(Math.ceil((now + 50 * HOUR) / HOUR) * HOUR).toISOString(),
          now,
        ),
        key: 'k3',
      });
      assert.equal(created.status, 201);
      await worker.runOnce();
      const mail = lines.find((l) => l.startsWith('email (not sent: no SMTP_URL) to Jonas'));
      assert.ok(mail, lines.join('\n'));
      assert.match(mail, /Gebucht: Maths lesson bei Ana <Ferreira> & Co \[REQUEST invitation\]/);
    } finally {
      await worker.stop();
    }
  });
});
