/**
 * @booking/server/postgres: the store on a PostgreSQL server (`DATABASE_URL`), for many stateless
 * server instances on one database. The same SQL and migrations as the embedded store.
 *
 * @packageDocumentation
 */
import postgres from 'postgres';
import { migrate } from './migrate.js';
import { createSqlStore, type SqlDriver } from './sql.js';
import type { Store } from './types.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`. */
  url: string;
  /** Connections in the pool (default 10). */
  max?: number | undefined;
}

type Sql = postgres.Sql | postgres.TransactionSql;

function driverOf(sql: Sql, root: postgres.Sql): SqlDriver {
  const driver: SqlDriver = {
    kind: 'postgres',
    async query<R>(text: string, params: readonly unknown[] = []) {
      // Prepared: the store's statements are a fixed set, so each connection parses and
      // describes one once. Unprepared, every statement with parameters costs a second round
      // trip (postgres.js describes it before binding).
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      })) as unknown as R[];
    },
    async exec(text) {
      await sql.unsafe(text);
    },
    async transaction<T>(work: (db: SqlDriver) => Promise<T>): Promise<T> {
      if (sql !== root) return work(driver);
      return (await root.begin((tx) => work(driverOf(tx, root)))) as T;
    },
    async close() {
      await root.end({ timeout: 5 });
    },
  };
  return driver;
}

/**
 * Connects to PostgreSQL and applies the migrations it has not seen.
 *
 * @example
 * const store = await createPostgresStore({ url: process.env.DATABASE_URL! });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  // The SQL store sends JSON already serialized (PGlite takes it so); postgres.js must pass that
  // text through instead of encoding it a second time.
  const json = {
    serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
    parse: (text: string) => JSON.parse(text) as unknown,
  };
  const root = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    types: {
      json: { to: 114, from: [114], ...json },
      jsonb: { to: 3802, from: [3802], ...json },
    },
  });
  const driver = driverOf(root, root);
  await migrate(driver);
  return createSqlStore(driver);
}
