// `booking-server`: run the reference server, migrate its database, add a provider.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { demoData, loadDemo } from './demo.js';
import { listen } from './node.js';
import { startWorker } from './worker/worker.js';
import { addProvider } from './providers.js';
import type { Store } from './store/types.js';

const HELP = `booking-server: the reference backend of the booking HTTP contract.

Usage:
  booking-server [options]                       serve the API
  booking-server migrate [options]               apply database migrations and exit
  booking-server provider add --file FILE        add a provider; prints its token once

Options:
  --port N              port to listen on (default 8787, or $PORT)
  --host HOST           address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data DIR            folder of the embedded database (default ./booking-data)
  --base-path PATH      serve the API under PATH, such as /api (default: the root)
  --cors-origin ORIGIN  an origin allowed to call the API from a browser (repeat for several;
                        default: any origin)
  --manage-url URL      the page where clients manage a booking; {id} and {token} are filled in
                        (also the link in every email to a client)
  --mail-from ADDRESS   the sender of emails (default booking@localhost, or $MAIL_FROM)
  --trust-proxy         read the client address from X-Forwarded-For (behind your own proxy)
  --creates-per-minute N
                        creates (bookings, registrations, events) one client may send a minute,
                        with bursts of a third of it (default 60; 0 turns the limit off, as a
                        conformance run needs)
  --allow-private-urls  let webhook and calendar feed URLs reach loopback, private and link-local
                        addresses (off: a provider's URL cannot reach the server's own network)
  --demo                load the demo providers when the database has none
  --file FILE           the provider to add (JSON: { "provider": …, "weekly": …, "overrides": …,
                        "notifications": { "email": …, "locale": …, "reminderMinutes": … } })
  -h, --help            this text

Environment:
  DATABASE_URL          use this PostgreSQL database instead of the embedded one
                        (postgres://user:password@host:5432/database)
  SMTP_URL              send emails through this SMTP server (smtp://user:pass@host:587);
                        without it, each email is written to the log instead
  MAIL_FROM             the sender of emails, as --mail-from
`;

/** Opens the store the environment asks for: PostgreSQL with DATABASE_URL, else PGlite. */
async function openStore(dataDir: string): Promise<{ store: Store; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { createPostgresStore } = await import('./store/postgres.js');
    return {
      store: await createPostgresStore({ url }),
      where: `PostgreSQL at ${new URL(url).host}`,
    };
  }
  const { createPgliteStore } = await import('./store/pglite.js');
  return {
    store: await createPgliteStore({ dataDir }),
    where: `the embedded database in ${dataDir}`,
  };
}

function fail(message: string): never {
  process.stderr.write(`booking-server: ${message}\n`);
  process.exit(2);
}

export async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'base-path': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'manage-url': { type: 'string' },
        'mail-from': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'creates-per-minute': { type: 'string' },
        'allow-private-urls': { type: 'boolean' },
        demo: { type: 'boolean' },
        file: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const dataDir = values.data ?? './booking-data';
  const command = positionals.join(' ');

  if (command === 'migrate') {
    const { store, where } = await openStore(dataDir);
    await store.close();
    process.stdout.write(`Migrated ${where}.\n`);
    return;
  }

  if (command === 'provider add') {
    if (!values.file) fail('provider add needs --file FILE (a JSON file with the provider).');
    let input: unknown;
    try {
      input = JSON.parse(await readFile(values.file, 'utf8'));
    } catch (error) {
      fail(`cannot read ${values.file}: ${(error as Error).message}`);
    }
    const { store, where } = await openStore(dataDir);
    try {
      const result = await addProvider(store, input);
      if (!result.ok) {
        process.stderr.write(
          `booking-server: ${values.file} is not a provider:\n${result.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `Added provider "${result.value.id}" to ${where}.\nIts token (shown once; keep it secret, it cannot be recovered):\n\n  ${result.value.token}\n\n`,
      );
    } finally {
      await store.close();
    }
    return;
  }

  if (command !== '' && command !== 'serve') fail(`unknown command "${command}".\n\n${HELP}`);

  const port = Number(values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port ${values.port} is not a port number (0 to 65535).`);
  const rate = values['creates-per-minute'];
  const perMinute = rate === undefined ? undefined : Number(rate);
  if (perMinute !== undefined && (!Number.isInteger(perMinute) || perMinute < 0))
    fail(`--creates-per-minute ${rate} is not a whole number of 0 or more.`);
  const { store, where } = await openStore(dataDir);
  if (values.demo) {
    const empty = await store.transaction(async (tx) => (await tx.providers()).length === 0);
    if (empty) await loadDemo(store, demoData(Date.now()), Date.now());
  }
  const providers = await store.transaction(async (tx) => (await tx.providers()).length);
  const app = createApp({
    store,
    basePath: values['base-path'] ?? '',
    cors: values['cors-origin']?.length ? { origins: values['cors-origin'] } : { origins: '*' },
    ...(values['manage-url'] ? { manageUrl: values['manage-url'] } : {}),
    trustProxy: values['trust-proxy'] ?? false,
    ...(perMinute === undefined
      ? {}
      : perMinute === 0
        ? {
            limits: {
              createsPerMinute: Number.MAX_SAFE_INTEGER,
              createBurst: Number.MAX_SAFE_INTEGER,
            },
          }
        : {
            limits: {
              createsPerMinute: perMinute,
              createBurst: Math.max(1, Math.round(perMinute / 3)),
            },
          }),
  });
  const from = values['mail-from'] ?? process.env.MAIL_FROM ?? 'booking@localhost';
  if (!/^[^\s@]+@[^\s@]+$/.test(from))
    fail(`--mail-from ${from} is not an email address (write it as booking@tutor.example).`);
  const server = await listen(app, { port, host: values.host ?? '127.0.0.1' });
  process.stdout.write(
    `booking-server: listening on ${server.url}${values['base-path'] ?? ''} with ${where} (${providers} provider${providers === 1 ? '' : 's'}). Ctrl+C stops it.\n`,
  );
  const worker = startWorker({
    store,
    smtpUrl: process.env.SMTP_URL || undefined,
    from,
    manageUrl: values['manage-url'],
    allowPrivateNetworks: values['allow-private-urls'] ?? false,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(
      `booking-server: ${signal}: finishing requests in flight, then closing.\n`,
    );
    await server.close();
    await worker.stop();
    await store.close();
    process.stdout.write('booking-server: stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main(process.argv.slice(2));
