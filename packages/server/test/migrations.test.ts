// Migrations on PostgreSQL: applying them again changes nothing, and servers starting at once on
// one new database all come up (they take turns under an advisory lock, each file runs once).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createPostgresStore } from '@booking/server/postgres';
import { freshDatabase, skipPostgres, type TestDatabase } from './support/postgres.js';
import { killServers, runCommand, send, startServer } from './support/server.js';

const migrationFiles = async () =>
  (await readdir(fileURLToPath(new URL('../migrations/', import.meta.url))))
    .filter((f) => f.endsWith('.sql'))
    .sort();

/** Everything the migrations define, as text: tables, columns, constraints, indexes, extensions. */
async function schemaOf(db: TestDatabase): Promise<string> {
  const columns = await db.sql`
    SELECT table_name, column_name, data_type, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'public'
    ORDER BY table_name, ordinal_position`;
  const constraints = await db.sql`
    SELECT conrelid::regclass::text AS on_table, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`;
  const indexes = await db.sql`
    SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`;
  const extensions = await db.sql`SELECT extname FROM pg_extension ORDER BY 1`;
  return JSON.stringify({ columns, constraints, indexes, extensions });
}

describe('migrations on PostgreSQL', () => {
  const databases: TestDatabase[] = [];
  after(killServers);
  after(async () => {
    for (const db of databases) await db.drop();
  });
  const fresh = async () => {
    const db = await freshDatabase();
    databases.push(db);
    return db;
  };

  it(
    'booking-server migrate applies each file once; a second run changes nothing',
    { skip: skipPostgres },
    async () => {
      const db = await fresh();
      const first = await runCommand(['migrate'], { DATABASE_URL: db.url });
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^Migrated PostgreSQL at /);
      const applied = await db.sql`SELECT name, applied_at FROM schema_migrations ORDER BY name`;
      assert.deepEqual(
        applied.map((r) => r.name),
        await migrationFiles(),
      );
      const schema = await schemaOf(db);
      assert.match(schema, /bookings_no_double_booking/);

      const second = await runCommand(['migrate'], { DATABASE_URL: db.url });
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(
        await db.sql`SELECT name, applied_at FROM schema_migrations ORDER BY name`,
        applied,
      );
      assert.equal(await schemaOf(db), schema);
    },
  );

  it(
    'two servers started at once on a new database both come up',
    { skip: skipPostgres },
    async () => {
      const db = await fresh();
      const servers = await Promise.all([
        startServer([], { DATABASE_URL: db.url }),
        startServer([], { DATABASE_URL: db.url }),
      ]);
      for (const server of servers)
        assert.equal((await send(server.url, 'GET', '/providers')).status, 200);
      const applied = await db.sql`SELECT name FROM schema_migrations ORDER BY name`;
      assert.deepEqual(
        applied.map((r) => r.name),
        await migrationFiles(),
      );
      for (const server of servers) assert.equal((await server.stop()).code, 0, server.output());
    },
  );

  it(
    'stores opened at the same moment on a new database all open (three rounds of four)',
    { skip: skipPostgres },
    async () => {
      for (let round = 0; round < 3; round++) {
        const db = await fresh();
        const opened = await Promise.allSettled(
          Array.from({ length: 4 }, () => createPostgresStore({ url: db.url, max: 2 })),
        );
        for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
        const failed = opened.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
        assert.deepEqual(failed, []);
        const applied = await db.sql`SELECT count(*)::int AS n FROM schema_migrations`;
        assert.equal(applied[0]!.n, (await migrationFiles()).length);
      }
    },
  );
});
