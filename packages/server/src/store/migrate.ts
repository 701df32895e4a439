// Migrations: the plain SQL files of the package's migrations/ folder, applied in name order, each
// once and in its own transaction, recorded in schema_migrations. Several servers starting at once
// on one PostgreSQL take turns (an advisory lock), so each file runs exactly once.
import { readdir, readFile } from 'node:fs/promises';
import type { SqlDriver } from './sql.js';

/** Any fixed number: the advisory lock that serializes migrations between server processes. */
const MIGRATION_LOCK = 7_358_211;

/** The folder of the package's SQL migrations. */
export const migrationsFolder = () =>
  new URL('./migrations/', import.meta.resolve('@booking/server/package.json'));

/**
 * Applies the migrations the database has not seen; returns the names applied now.
 *
 * @example
 * const applied = await migrate(driver); // ['001_initial.sql'] on a new database
 */
export async function migrate(driver: SqlDriver): Promise<string[]> {
  const folder = migrationsFolder();
  const files = (await readdir(folder)).filter((f) => f.endsWith('.sql')).sort();
  // Under the lock too: two CREATE TABLE IF NOT EXISTS at once on a new database collide
  // (a unique violation in pg_type) instead of one waiting for the other.
  await driver.transaction(async (db) => {
    if (driver.kind === 'postgres')
      await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await db.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
  });
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(new URL(name, folder), 'utf8');
    const done = await driver.transaction(async (db) => {
      if (driver.kind === 'postgres')
        await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await db.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (seen.length) return false;
      await db.exec(sql);
      await db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
