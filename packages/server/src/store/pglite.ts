/**
 * @booking/server/pglite: the embedded store. PostgreSQL compiled to WebAssembly (PGlite) in the
 * server's own process, its data in a folder: nothing to install, and the same SQL, constraints
 * and migrations as a PostgreSQL server.
 *
 * @packageDocumentation
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { migrate } from './migrate.js';
import { createSqlStore, type SqlDriver } from './sql.js';
import type { Store } from './types.js';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions {
  /** The folder the data lives in (created when missing); in memory when omitted. */
  dataDir?: string | undefined;
}

function driverOf(db: PGlite | Parameters<Parameters<PGlite['transaction']>[0]>[0]): SqlDriver {
  const driver: SqlDriver = {
    kind: 'pglite',
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await db.query<R>(text, [...params])).rows;
    },
    async exec(text) {
      await db.exec(text);
    },
    transaction(work) {
      // Inside a transaction, statements already run in it.
      if (!(db instanceof PGlite)) return work(driver);
      return db.transaction((tx) => work(driverOf(tx)));
    },
    async close() {
      if (db instanceof PGlite) await db.close();
    },
  };
  return driver;
}

/**
 * Opens (and migrates) the embedded database.
 *
 * @example
 * const store = await createPgliteStore({ dataDir: './booking-data' });
 * const app = createApp({ store });
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  if (options.dataDir && !/^\w+:\/\//.test(options.dataDir))
    await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    extensions: { btree_gist },
  });
  const driver = driverOf(db);
  await migrate(driver);
  return createSqlStore(driver);
}
