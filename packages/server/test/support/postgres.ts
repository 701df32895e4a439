// PostgreSQL for the tests: DATABASE_URL, else the local server at 127.0.0.1:5432. Each test that
// writes gets a database of its own (created here, dropped after). When nothing answers, the
// PostgreSQL tests are skipped, unless BOOKING_REQUIRE_POSTGRES=1 makes them mandatory.
import { connect } from 'node:net';
import postgres from 'postgres';

/** The server the tests use. */
export const postgresUrl = process.env.DATABASE_URL || 'postgres://127.0.0.1:5432/test';
/** Set by CI: the PostgreSQL tests must run, and fail when the server is down. */
export const postgresRequired = process.env.BOOKING_REQUIRE_POSTGRES === '1';

const where = () => {
  const url = new URL(postgresUrl);
  return { host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) };
};

/** Why PostgreSQL cannot be used, or undefined when a query answers. */
async function probe(): Promise<string | undefined> {
  const { host, port } = where();
  const open = await new Promise<string | undefined>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(`nothing answers at ${host}:${port} within 2 s`);
    });
    socket.once('error', () => resolve(`nothing answers at ${host}:${port}`));
  });
  if (open) return open;
  const sql = postgres(postgresUrl, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await sql`SELECT 1`;
    return undefined;
  } catch (error) {
    return `${host}:${port} refused the connection: ${(error as Error).message}`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const reason = await probe();

/** The one line a run prints when it skips the PostgreSQL tests. */
export const skipLine = reason
  ? `PostgreSQL tests skipped: ${reason} (set DATABASE_URL or start PostgreSQL; BOOKING_REQUIRE_POSTGRES=1 makes them mandatory)`
  : undefined;

/**
 * `skip` of each PostgreSQL test: false when they run (PostgreSQL answers, or it is
 * required, and then they fail saying why), else the reason.
 */
export const skipPostgres: false | string = reason && !postgresRequired ? 'no PostgreSQL' : false;

// Run alone (not under `npm test`, which prints it once for the whole suite), a file says why.
if (skipLine && !postgresRequired && !process.env.BOOKING_SERVER_SUITE)
  process.stderr.write(`${skipLine}\n`);

/** A database of its own: its URL, a client on it for assertions, and `drop` to remove it. */
export interface TestDatabase {
  url: string;
  name: string;
  sql: postgres.Sql;
  drop(): Promise<void>;
}

/** Creates an empty database with a unique name. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (reason)
    throw new Error(
      `PostgreSQL is required (BOOKING_REQUIRE_POSTGRES=1) but cannot be used: ${reason}.`,
    );
  const name = `booking_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.href, { max: 2, onnotice: () => undefined });
  return {
    url: url.href,
    name,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      const again = postgres(postgresUrl, { max: 1, onnotice: () => undefined });
      try {
        await again.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await again.end({ timeout: 5 });
      }
    },
  };
}
