// `npm run bench:server`: the reference server under load, on PGlite and on PostgreSQL.
//
// For each store it starts the server in a process of its own (createApp as booking-server runs
// it, with the create rate limit lifted: the load comes from one address), loads bench providers,
// and drives it from this process over keep-alive HTTP connections:
//   - availability reads (a 7-day window) at 64 concurrent connections: reads/s, p50, p99;
//   - creates on distinct slots at 64 connections: creates/s, p50, p99;
//   - racing creates: N creates for a few slots, each slot's racers sent together; the 201s must
//     equal the slots, and every provider's bookings are then listed to find any double booking.
// Each phase starts after a warm-up (JIT, pool connections, prepared statements), and reports the
// server process's CPU time per request as well (steadier than rates on a shared machine). PGlite
// gets a fifth of the writes: it runs one transaction at a time. Then PostgreSQL's own pgbench on
// a scratch database, in the same run, for scale. Prints a table with the targets for this 2-core
// machine; a missed target is reported, never a failure.
//
// Usage: npm run bench:server [-- --seconds 10 --creates 2000 --racing 10000 --slots 100
//          --stores pglite,postgres --pool 10 --skip-pgbench --cpu-prof-dir DIR]
// --pool sets the server's PostgreSQL connections (the store's default: 10).
// --cpu-prof-dir writes each server process's CPU profile there (open it in Chrome's DevTools).
// PostgreSQL: DATABASE_URL, else postgres://127.0.0.1:5432/test (scratch databases are created
// and dropped there).
import { spawn, execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const PROVIDERS = 20;
const CONCURRENCY = 64;
const DAY = 86_400_000;
const SLOT_MINUTES = 30;

/** A bench provider: open every day round the clock in UTC, 30-minute sessions, no caps. */
const benchProvider = (i) => ({
  provider: {
    id: `bench-${i}`,
    name: `Bench Provider ${String(i).padStart(2, '0')}`,
    timeZone: 'UTC',
    services: [
      {
        id: 'session',
        name: 'Session',
        currency: 'USD',
        durations: [{ minutes: SLOT_MINUTES, price: 3000 }],
      },
    ],
    policy: { stepMinutes: SLOT_MINUTES, minimumNoticeMinutes: 0, horizonDays: 365 },
  },
  weekly: Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
      d,
      [{ start: '00:00', end: '24:00' }],
    ]),
  ),
  overrides: [],
});

// ── The server process ──────────────────────────────────────────────────────────────────────

async function serve(kind, where, pool) {
  const { addProvider, createApp } = await import('@booking/server');
  const { listen } = await import('@booking/server/node');
  const store =
    kind === 'postgres'
      ? await (
          await import('@booking/server/postgres')
        ).createPostgresStore({
          url: where,
          max: pool ? Number(pool) : undefined,
        })
      : await (await import('@booking/server/pglite')).createPgliteStore({ dataDir: where });
  const tokens = {};
  for (let i = 0; i < PROVIDERS; i++) {
    const added = await addProvider(store, benchProvider(i));
    if (!added.ok) throw new Error(`bench provider ${i}: ${added.message}`);
    tokens[added.value.id] = added.value.token;
  }
  const app = createApp({
    store,
    limits: { createsPerMinute: Number.MAX_SAFE_INTEGER, createBurst: Number.MAX_SAFE_INTEGER },
  });
  const server = await listen(app, { port: 0 });
  process.stdout.write(`${JSON.stringify({ url: server.url, tokens })}\n`);
  process.on('SIGINT', async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
}

// ── The load generator (this process) ───────────────────────────────────────────────────────

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function call(base, { method = 'GET', path, body, headers = {} }) {
  return new Promise((resolve) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    const req = http.request(`${base}${path}`, {
      method,
      agent,
      headers: {
        accept: 'application/json',
        ...(text === undefined
          ? {}
          : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }),
        ...headers,
      },
    });
    req.on('response', (res) => {
      let received = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (received += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, text: received, ms: performance.now() - started }),
      );
    });
    req.on('error', (error) =>
      resolve({ status: 0, text: error.message, ms: performance.now() - started }),
    );
    req.end(text);
  });
}

/**
 * CPU time a process has used, in ms (Linux: /proc, in clock ticks of 10 ms); undefined elsewhere.
 * Per request, it says what the server costs regardless of what else the machine is running.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Sends requests from `next()` on `CONCURRENCY` connections until it runs out or time is up;
 * `pid` is the server's, for the CPU time it spent.
 */
async function drive(base, next, seconds = Infinity, pid = undefined) {
  const deadline = performance.now() + seconds * 1000;
  const results = [];
  const cpuBefore = pid && cpuMs(pid);
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      if (performance.now() >= deadline) return;
      const request = next();
      if (!request) return;
      results.push({ ...(await call(base, request)), tag: request.tag });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds_ = (performance.now() - started) / 1000;
  const cpu = cpuBefore === undefined ? undefined : cpuMs(pid) - cpuBefore;
  return { results, seconds: seconds_, cpuPerRequest: cpu / results.length };
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

function summary({ results, seconds, cpuPerRequest }, ok) {
  const good = results.filter((r) => ok(r.status));
  const ms = good.map((r) => r.ms).sort((a, b) => a - b);
  return {
    count: good.length,
    failed: results.length - good.length,
    perSecond: good.length / seconds,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    statuses: [...new Set(results.filter((r) => !ok(r.status)).map((r) => r.status))],
    cpuPerRequest,
  };
}

/** Starts a server process for `kind` and waits for its address and the providers' tokens. */
function startServer(kind, where, { profileDir, pool }) {
  const child = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      '--conditions=@booking/source',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--serve',
      kind,
      where,
      ...(pool ? [String(pool)] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`the ${kind} server exited (${code})`)));
  });
}

const stopServer = (server) =>
  new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill('SIGINT');
  });

/** Create requests, with the quote a client would show (core's `quote`). */
async function requestsFor(slots, now) {
  const { quote } = await import('@booking/core');
  const service = benchProvider(0).provider.services[0];
  return slots.map(({ providerId, start, tag }, i) => ({
    method: 'POST',
    path: '/bookings',
    tag,
    headers: { 'idempotency-key': randomUUID() },
    body: {
      providerId,
      serviceId: 'session',
      start,
      durationMinutes: SLOT_MINUTES,
      client: { name: `Bench Client ${i}`, email: `client${i}@example.com` },
      quote: quote({
        kind: 'one_to_one',
        service,
        durationMinutes: SLOT_MINUTES,
        start,
        now: new Date(now).toISOString(),
      }),
    },
  }));
}

/** UTC midnight `days` after today, plus `minutes`. */
const at = (now, days, minutes) =>
  new Date(Math.floor(now / DAY) * DAY + days * DAY + minutes * 60_000).toISOString();

/** Every booking of every bench provider, through the provider's list (paged). */
async function allBookings(server) {
  const bookings = [];
  for (const [id, token] of Object.entries(server.tokens)) {
    let cursor = null;
    do {
      const page = await call(server.url, {
        path: `/providers/${id}/bookings?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        headers: { authorization: `Bearer ${token}` },
      });
      if (page.status !== 200) throw new Error(`listing ${id}: ${page.status} ${page.text}`);
      const body = JSON.parse(page.text);
      bookings.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
  }
  return bookings;
}

/** Pairs of active one-to-one bookings of one provider whose times overlap. */
function doubleBookings(bookings) {
  const holding = new Set(['pending', 'confirmed', 'in_progress', 'completed', 'no_show']);
  const byProvider = new Map();
  for (const b of bookings)
    if (b.kind === 'one_to_one' && holding.has(b.status))
      byProvider.set(b.providerId, [...(byProvider.get(b.providerId) ?? []), b]);
  let pairs = 0;
  for (const list of byProvider.values()) {
    list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (let i = 1; i < list.length; i++)
      if (Date.parse(list[i].start) < Date.parse(list[i - 1].end)) pairs++;
  }
  return pairs;
}

async function benchStore(kind, where, options) {
  const server = await startServer(kind, where, options);
  const now = Date.now();
  const providerIds = Object.keys(server.tokens);
  let n = 0;
  const read = () => {
    const providerId = providerIds[n++ % PROVIDERS];
    return {
      path: `/providers/${providerId}/availability?from=${at(now, 1 + (n % 30), 0)}&to=${at(now, 8 + (n % 30), 0)}`,
    };
  };
  try {
    // Warm-up, not measured: the JIT, and the pool's connections with their prepared statements.
    const warm = await requestsFor(
      Array.from({ length: 200 }, (_, j) => ({
        providerId: providerIds[j % PROVIDERS],
        start: at(now, 150 + Math.floor(j / PROVIDERS), 6 * 60),
      })),
      now,
    );
    await drive(server.url, () => warm.shift());
    await drive(server.url, read, 2);

    // Creates on distinct slots: provider by provider, one per day at 00:00, 00:30, …
    const distinct = await requestsFor(
      Array.from({ length: options.creates }, (_, j) => {
        const k = Math.floor(j / PROVIDERS);
        return {
          providerId: providerIds[j % PROVIDERS],
          start: at(now, 1 + (k % 100), SLOT_MINUTES * Math.floor(k / 100)),
        };
      }),
      now,
    );
    const pid = server.child.pid;
    const creates = summary(
      await drive(server.url, () => distinct.shift(), Infinity, pid),
      (s) => s === 201,
    );

    // Racing creates: `racing` creates for `slots` slots (days 200+), each slot's racers together.
    const perSlot = Math.ceil(options.racing / options.slots);
    const racers = await requestsFor(
      Array.from({ length: options.racing }, (_, r) => {
        const slot = Math.floor(r / perSlot);
        return {
          providerId: providerIds[slot % PROVIDERS],
          start: at(now, 200 + Math.floor(slot / PROVIDERS), 12 * 60),
          tag: slot,
        };
      }),
      now,
    );
    const raced = await drive(server.url, () => racers.shift(), Infinity, pid);
    const won = raced.results.filter((r) => r.status === 201);
    const taken = raced.results.filter(
      (r) => r.status === 409 && JSON.parse(r.text).code === 'slot_unavailable',
    );
    const racing = {
      creates: raced.results.length,
      slots: options.slots,
      created: won.length,
      slotsWon: new Set(won.map((r) => r.tag)).size,
      refused: taken.length,
      other: raced.results.length - won.length - taken.length,
      perSecond: raced.results.length / raced.seconds,
      cpuPerRequest: raced.cpuPerRequest,
      doubleBookings: doubleBookings(await allBookings(server)),
    };

    // Availability reads over a week, from tomorrow, across the providers.
    const reads = summary(await drive(server.url, read, options.seconds, pid), (s) => s === 200);
    return { reads, creates, racing };
  } finally {
    await stopServer(server);
  }
}

// ── PostgreSQL helpers ─────────────────────────────────────────────────────────────────────

const postgresUrl = process.env.DATABASE_URL || 'postgres://127.0.0.1:5432/test';

async function scratchDatabase(prefix) {
  const postgres = (await import('postgres')).default;
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

async function pgbench(seconds) {
  const run = promisify(execFile);
  const db = await scratchDatabase('booking_bench_pgbench');
  try {
    await run('pgbench', ['-i', '-q', '-s', '10', db.url]);
    const tps = async (args) => {
      const { stdout } = await run('pgbench', [
        '-n',
        '-c',
        String(CONCURRENCY),
        '-j',
        '2',
        '-T',
        String(seconds),
        ...args,
        db.url,
      ]);
      return Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
    };
    return { selectOnly: await tps(['-S']), tpcb: await tps([]) };
  } finally {
    await db.drop();
  }
}

// ── The report ─────────────────────────────────────────────────────────────────────────────

const fmt = (x, digits = 0) =>
  x === undefined || Number.isNaN(x)
    ? '–'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function report(results, bench, options) {
  const stores = Object.keys(results);
  const label = { pglite: 'PGlite', postgres: 'PostgreSQL' };
  const pg = results.postgres;
  const mark = (ok) => (ok === undefined ? '' : ok ? '  met' : '  MISSED');
  const rows = [
    ['', ...stores.map((s) => label[s]), 'target (PostgreSQL)'],
    [
      `availability reads/s (${CONCURRENCY} connections)`,
      ...stores.map((s) => fmt(results[s].reads.perSecond)),
      `≥ 2,000${mark(pg && pg.reads.perSecond >= 2000)}`,
    ],
    ['  p50 latency, ms', ...stores.map((s) => fmt(results[s].reads.p50, 1)), ''],
    [
      '  p99 latency, ms',
      ...stores.map((s) => fmt(results[s].reads.p99, 1)),
      `≤ 50${mark(pg && pg.reads.p99 <= 50)}`,
    ],
    ['  server CPU per read, ms', ...stores.map((s) => fmt(results[s].reads.cpuPerRequest, 2)), ''],
    [
      `creates/s, distinct slots (${CONCURRENCY} conn.)`,
      ...stores.map((s) => fmt(results[s].creates.perSecond)),
      `≥ 500${mark(pg && pg.creates.perSecond >= 500)}`,
    ],
    [
      '  p50 / p99 latency, ms',
      ...stores.map((s) => `${fmt(results[s].creates.p50, 1)} / ${fmt(results[s].creates.p99, 1)}`),
      '',
    ],
    [
      '  server CPU per create, ms',
      ...stores.map((s) => fmt(results[s].creates.cpuPerRequest, 2)),
      '',
    ],
    [
      '  creates sent / answers other than 201',
      ...stores.map(
        (s) =>
          `${fmt(results[s].creates.count + results[s].creates.failed)} / ${fmt(results[s].creates.failed)}`,
      ),
      '– / 0',
    ],
    [
      'racing creates (for slots)',
      ...stores.map((s) => `${fmt(results[s].racing.creates)} (${results[s].racing.slots})`),
      '10,000',
    ],
    ['  racing creates/s', ...stores.map((s) => fmt(results[s].racing.perSecond)), ''],
    [
      '  server CPU per racing create, ms',
      ...stores.map((s) => fmt(results[s].racing.cpuPerRequest, 2)),
      '',
    ],
    [
      '  201s (must equal slots)',
      ...stores.map((s) => fmt(results[s].racing.created)),
      `= slots${mark(pg && pg.racing.created === pg.racing.slots && pg.racing.slotsWon === pg.racing.slots)}`,
    ],
    [
      '  409 slot_unavailable / other',
      ...stores.map((s) => `${fmt(results[s].racing.refused)} / ${fmt(results[s].racing.other)}`),
      '',
    ],
    [
      '  double bookings found',
      ...stores.map((s) => fmt(results[s].racing.doubleBookings)),
      `0${mark(pg && pg.racing.doubleBookings === 0)}`,
    ],
  ];
  if (bench)
    rows.push(
      [
        `pgbench select-only TPS (${CONCURRENCY} clients)`,
        ...stores.map((s) => (s === 'postgres' ? fmt(bench.selectOnly) : '')),
        '',
      ],
      [
        `pgbench TPC-B-like TPS (${CONCURRENCY} clients)`,
        ...stores.map((s) => (s === 'postgres' ? fmt(bench.tpcb) : '')),
        '',
      ],
    );
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log(`\nbooking-server under load (${options.seconds} s of reads per store)\n`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('   '));
  for (const r of rows.slice(1)) console.log(line(r));
  for (const s of stores) {
    const { reads, creates } = results[s];
    for (const [what, x] of [
      ['reads', reads],
      ['creates', creates],
    ])
      if (x.failed)
        console.log(`${label[s]}: ${x.failed} ${what} failed (statuses ${x.statuses.join(', ')})`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      creates: { type: 'string', default: '2000' },
      racing: { type: 'string', default: '10000' },
      slots: { type: 'string', default: '100' },
      stores: { type: 'string', default: 'pglite,postgres' },
      'skip-pgbench': { type: 'boolean', default: false },
      'cpu-prof-dir': { type: 'string' },
      pool: { type: 'string' },
    },
  });
  const options = {
    seconds: Number(values.seconds),
    creates: Number(values.creates),
    racing: Number(values.racing),
    slots: Number(values.slots),
  };
  for (const [name, value] of Object.entries(options))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} ${values[name]} is not a positive whole number.`);
  options.profileDir = values['cpu-prof-dir'];
  if (values.pool !== undefined) {
    options.pool = Number(values.pool);
    if (!Number.isInteger(options.pool) || options.pool < 1)
      throw new Error(`--pool ${values.pool} is not a positive whole number of connections.`);
  }
  const stores = values.stores.split(',').filter(Boolean);
  for (const s of stores)
    if (s !== 'pglite' && s !== 'postgres')
      throw new Error(`--stores: "${s}" is not a store; use pglite, postgres or both.`);

  const results = {};
  let bench;
  if (stores.includes('pglite')) {
    const { pgliteDataDir } = await import('../packages/server/test/support/pglite.ts');
    const data = await pgliteDataDir();
    try {
      console.log('PGlite…');
      // PGlite runs one transaction at a time: a fifth of the writes says as much.
      results.pglite = await benchStore('pglite', data.dir, {
        ...options,
        creates: Math.max(1, Math.round(options.creates / 5)),
        racing: Math.max(1, Math.round(options.racing / 5)),
        slots: Math.max(1, Math.round(options.slots / 5)),
      });
    } finally {
      await data.remove();
    }
  }
  if (stores.includes('postgres')) {
    const db = await scratchDatabase('booking_bench');
    try {
      console.log('PostgreSQL…');
      results.postgres = await benchStore('postgres', db.url, options);
    } finally {
      await db.drop();
    }
    if (!values['skip-pgbench']) {
      console.log('pgbench…');
      bench = await pgbench(options.seconds);
    }
  }
  agent.destroy();
  report(results, bench, options);
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4], process.argv[5]);
else await main();
