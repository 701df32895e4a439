// Busy time from providers' calendars. The reading rules (docs/design.md, "Calendar feeds") on
// exports in the shapes Google, Outlook and Apple write; then feeds served over HTTP: added over
// the API, fetched with ETag / If-Modified-Since, answered by availability after one poll, and a
// broken or unreachable feed keeps the last good busy time and shows the provider why.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addProvider, createApp, createMemoryStore, type Store } from '@booking/server';
import { createWorker, FeedError, readFeed } from '@booking/server/worker';
import { APPLE, BROKEN, GOOGLE, NOT_A_CALENDAR, OUTLOOK } from './fixtures.js';
import { allDay, call, MINUTE, provider } from './helpers.js';

const window = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2027, 0, 1) };
const read = (text: string, timeZone = 'Europe/Berlin') =>
  readFeed(text, { timeZone, ...window }).busy.map(
    (b) =>
      `${new Date(b.start).toISOString().slice(0, 16)}/${new Date(b.end).toISOString().slice(11, 16)}`,
  );

describe('reading a calendar feed', () => {
  it('Google: a weekly series over the change to summer time keeps 09:00, with a moved, an excluded and a cancelled occurrence, and UNTIL in UTC', () => {
    assert.deepEqual(read(GOOGLE), [
      '2026-03-16T08:00/09:00', // 09:00 CET
      '2026-03-18T13:00/14:00', // a UTC event
      '2026-03-23T08:00/09:00',
      '2026-03-24T23:00/23:00', // out of office 25-26 March: whole Berlin dates (to 27 March 00:00)
      '2026-03-31T13:00/14:00', // 30 March moved to Tuesday 15:00 CEST
      // 6 April excluded, 13 April cancelled
      '2026-04-20T07:00/08:00', // 09:00 CEST, before UNTIL 07:59:59Z
    ]);
    const ooo = readFeed(GOOGLE, { timeZone: 'Europe/Berlin', ...window }).busy[3]!;
    assert.deepEqual(
      [Date.parse(ooo.start), Date.parse(ooo.end)],
      [Date.UTC(2026, 2, 24, 23), Date.UTC(2026, 2, 26, 23)],
    );
  });

  it('Outlook: Windows zone names read as CLDR maps them, free time left out, and a zone only its VTIMEZONE defines read by RFC 5545 in its gap and overlap', () => {
    assert.deepEqual(read(OUTLOOK), [
      '2026-03-06T14:00/15:00', // 09:00 EST
      '2026-03-13T13:00/14:00', // 09:00 EDT after 8 March
      '2026-03-19T13:00/14:30', // W. Europe Standard Time = Europe/Berlin
      '2026-03-20T13:00/14:00',
      '2026-03-29T01:30/02:00', // 02:30 does not exist: the offset before the gap (03:30 CEST) to 04:00
      '2026-10-25T00:30/01:00', // 02:30 happens twice: the first (CEST)
    ]);
  });

  it('Apple: a time in the spring gap, an all-day date in the provider’s zone, floating times, no DTEND, DURATION, the first of a twice-happening time, RDATEs, and a daily series over the autumn change', () => {
    assert.deepEqual(read(APPLE), [
      '2026-03-08T07:30/08:30', // 02:30 New York does not exist: 03:30 EDT
      '2026-03-09T23:00/23:00', // 10 March, a whole Berlin date
      '2026-03-12T09:00/10:00', // floating 10:00 read in Berlin (CET)
      '2026-03-14T14:00/14:45', // DURATION
      '2026-03-16T14:00/15:00', // and its RDATEs
      '2026-03-18T14:00/15:00',
      '2026-03-20T16:00/17:00',
      '2026-10-23T23:30/00:00', // 01:30 CEST
      '2026-10-24T23:30/00:00', // 01:30 CEST, the night the clocks go back at 03:00
      '2026-10-26T00:30/01:00', // 01:30 CET
      '2026-11-01T05:30/06:00', // 01:30 New York happens twice: the first (EDT)
    ]);
    // The same floating time reads differently for a provider in another zone.
    assert.ok(read(APPLE, 'Asia/Tokyo').includes('2026-03-12T01:00/02:00'));
  });

  it('keeps only the window it is asked for', () => {
    const busy = readFeed(GOOGLE, {
      timeZone: 'Europe/Berlin',
      from: Date.UTC(2026, 2, 20),
      to: Date.UTC(2026, 2, 25),
    }).busy;
    assert.deepEqual(
      busy.map((b) => b.start),
      ['2026-03-23T08:00:00.000Z', '2026-03-24T23:00:00.000Z'],
    );
  });

  it('refuses what is not a calendar, saying what to do', () => {
    assert.throws(
      () => readFeed(NOT_A_CALENDAR, { timeZone: 'Europe/Berlin', ...window }),
      (e) =>
        e instanceof FeedError &&
        /did not answer with a calendar .* Copy the secret address/.test(e.message),
    );
    assert.throws(
      () => readFeed(BROKEN, { timeZone: 'Europe/Berlin', ...window }),
      (e) => e instanceof FeedError && /cannot be read: invalid line/.test(e.message),
    );
  });

  it('reads an unknown TZID without a VTIMEZONE in the provider’s zone, and says so', () => {
    const reading = readFeed(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:x',
        'DTSTART;TZID=Mars Standard Time:20260320T100000',
        'DTEND;TZID=Mars Standard Time:20260320T110000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:y',
        'DTSTART;TZID=/mozilla.org/20050126_1/Asia/Tokyo:20260320T100000',
        'DURATION:PT1H',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
      { timeZone: 'Europe/Berlin', ...window },
    );
    assert.deepEqual(
      reading.busy.map((b) => b.start),
      ['2026-03-20T01:00:00.000Z', '2026-03-20T09:00:00.000Z'],
    );
    assert.match(reading.warnings[0]!, /TZID "Mars Standard Time" .* read in Europe\/Berlin/);
  });
});

describe('calendar feeds over HTTP', () => {
  let server: Server;
  let base: string;
  /** What the feed server answers: its body, ETag and status, and the validators it was sent. */
  const feed = { body: GOOGLE, etag: '"v1"', status: 200, seen: [] as (string | undefined)[][] };
  let store: Store;
  let token: string;
  const clock = { now: 0 };
  const app = () => createApp({ store, clock: () => clock.now, checkResponses: true });
  const worker = () =>
    createWorker({
      store,
      clock: () => clock.now,
      log: () => undefined,
      allowPrivateNetworks: true,
    });
  const busyOn = async (from: string, to: string) => {
    const x = await call(app(), 'GET', `/providers/ana/availability?from=${from}&to=${to}`);
    assert.equal(x.status, 200);
    // Availability answers busy time two days either side of the window; these are inside it.
    return ((await x.json()) as { busy: { start: string; end: string }[] }).busy
      .map((b) => new Date(b.start).toISOString())
      .filter(
        (start) => start >= new Date(from).toISOString() && start < new Date(to).toISOString(),
      );
  };
  const listed = async () =>
    (
      (await (await call(app(), 'GET', '/providers/ana/calendar-feeds', { token })).json()) as {
        items: {
          id: string;
          status: string;
          error: string | null;
          busyCount: number;
          lastSuccessAt: string | null;
          lastFetchedAt: string | null;
        }[];
      }
    ).items;

  before(async () => {
    server = createServer((request, response) => {
      feed.seen.push([request.headers['if-none-match'], request.headers['if-modified-since']]);
      if (feed.status !== 200) {
        response.statusCode = feed.status;
        return response.end();
      }
      if (request.headers['if-none-match'] === feed.etag) {
        response.statusCode = 304;
        return response.end();
      }
      response.setHeader('content-type', 'text/calendar; charset=utf-8');
      response.setHeader('etag', feed.etag);
      response.setHeader('last-modified', 'Sun, 01 Mar 2026 12:00:00 GMT');
      response.end(feed.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(async () => {
    clock.now = Date.UTC(2026, 2, 14, 12);
    Object.assign(feed, { body: GOOGLE, etag: '"v1"', status: 200, seen: [] });
    store = createMemoryStore();
    const added = await addProvider(store, { provider: provider(), weekly: allDay });
    assert.ok(added.ok);
    token = added.value.token;
  });

  it('become busy time within one poll, refetched with validators, and go with the feed', async () => {
    const created = await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f1',
      body: { url: `${base}/basic.ics`, name: 'Google' },
    });
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: string; status: string };
    assert.deepEqual(
      (await listed()).map((f) => f.status),
      ['pending'],
    );
    assert.deepEqual(await busyOn('2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'), []);

    assert.equal((await worker().runOnce()).feeds, 1);
    assert.deepEqual(await busyOn('2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'), [
      '2026-03-16T08:00:00.000Z',
    ]);
    let [shown] = await listed();
    assert.deepEqual([shown!.status, shown!.busyCount, shown!.error], ['ok', 6, null]);

    // Not due again before the interval; then asked with its validators, and 304 changes nothing.
    assert.equal((await worker().runOnce()).feeds, 0);
    clock.now += 15 * MINUTE;
    await worker().runOnce();
    assert.deepEqual(feed.seen, [
      [undefined, undefined],
      ['"v1"', 'Sun, 01 Mar 2026 12:00:00 GMT'],
    ]);
    [shown] = await listed();
    assert.deepEqual(
      [shown!.status, shown!.busyCount, shown!.lastFetchedAt],
      ['ok', 6, new Date(clock.now).toISOString()],
    );

    const removed = await call(app(), 'DELETE', `/providers/ana/calendar-feeds/${id}`, { token });
    assert.equal(removed.status, 204);
    assert.deepEqual(await busyOn('2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'), []);
    assert.deepEqual(await listed(), []);
  });

  it('keep the last good busy time when the feed breaks or cannot be reached, and show why', async () => {
    await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f2',
      body: { url: `${base}/basic.ics` },
    });
    await worker().runOnce();
    const busy = await busyOn('2026-03-16T00:00:00Z', '2026-03-24T00:00:00Z');
    assert.equal(busy.length, 3);

    const poll = async () => {
      clock.now += 15 * MINUTE;
      await worker().runOnce();
      const [shown] = await listed();
      assert.deepEqual(await busyOn('2026-03-16T00:00:00Z', '2026-03-24T00:00:00Z'), busy);
      return shown!;
    };
    Object.assign(feed, { body: BROKEN, etag: '"v2"' });
    let shown = await poll();
    assert.equal(shown.status, 'error');
    assert.match(shown.error!, /The calendar cannot be read: invalid line/);
    Object.assign(feed, { body: NOT_A_CALENDAR, etag: '"v3"' });
    assert.match((await poll()).error!, /did not answer with a calendar/);
    feed.status = 404;
    assert.match(
      (await poll()).error!,
      /answered 404: it no longer exists\. Copy the secret address again/,
    );
    feed.status = 503;
    assert.match((await poll()).error!, /answered 503\. It is tried again at the next poll\./);

    // Unreachable: a port nobody listens on.
    const stored = (await store.transaction((tx) => tx.calendarFeeds('ana')))[0]!;
    await store.transaction((tx) =>
      tx.putCalendarFeed({ ...stored, feed: { ...stored.feed, url: 'http://127.0.0.1:9/x.ics' } }),
    );
    shown = await poll();
    assert.match(
      shown.error!,
      /could not be reached \(.*\)\. It is tried again at the next poll\./,
    );
    assert.equal(shown.busyCount, 6);

    // Back: the fresh busy time replaces the old.
    await store.transaction((tx) => tx.putCalendarFeed(stored));
    Object.assign(feed, { body: OUTLOOK, etag: '"v4"', status: 200 });
    clock.now += 15 * MINUTE;
    await worker().runOnce();
    assert.deepEqual(await busyOn('2026-03-16T00:00:00Z', '2026-03-24T00:00:00Z'), [
      '2026-03-19T13:00:00.000Z',
      '2026-03-20T13:00:00.000Z',
    ]);
    assert.deepEqual(
      (await listed()).map((f) => [f.status, f.error]),
      [['ok', null]],
    );
  });

  it('are not fetched from the server’s own network unless allowed, and show why', async () => {
    const created = await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f-private',
      body: { url: `${base}/basic.ics`, name: 'Intranet' },
    });
    assert.equal(created.status, 201);
    const before = feed.seen.length;
    await createWorker({ store, clock: () => clock.now, log: () => undefined }).runOnce();
    assert.equal(feed.seen.length, before);
    const [listedFeed] = await listed();
    assert.equal(listedFeed!.status, 'error');
    assert.match(
      listedFeed!.error!,
      /^The calendar's address is not fetched: 127\.0\.0\.1 is a private/,
    );
  });

  it('refuse a malformed address, the same calendar twice, and webcal:// is taken (fetched over https)', async () => {
    const bad = await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f3',
      body: { url: 'calendar.google.com/basic.ics' },
    });
    assert.equal(bad.status, 422);
    assert.match(
      ((await bad.json()) as { detail: string }).detail,
      /secret address in iCal format/,
    );
    const webcal = await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f4',
      body: { url: 'webcal://p01-caldav.icloud.com/published/2/abc' },
    });
    assert.equal(webcal.status, 201);
    const twice = await call(app(), 'POST', '/providers/ana/calendar-feeds', {
      token,
      key: 'f5',
      body: { url: 'webcal://p01-caldav.icloud.com/published/2/abc' },
    });
    assert.equal(twice.status, 422);
    const seen: string[] = [];
    await createWorker({
      store,
      clock: () => clock.now,
      log: () => undefined,
      fetch: async (url) => {
        seen.push(String(url));
        return new Response('', { status: 404 });
      },
    }).runOnce();
    assert.deepEqual(seen, ['https://p01-caldav.icloud.com/published/2/abc']);
  });
});
