// The conformance suite (@booking/conformance) passes against the server over real HTTP on each
// store, with the demo data loaded: memory, PGlite (a data folder) and PostgreSQL.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, runConformance } from '@booking/conformance';
import { createApp, createMemoryStore, demoData, loadDemo, type Store } from '@booking/server';
import { listen } from '@booking/server/node';
import { createPgliteStore } from '@booking/server/pglite';
import { createPostgresStore } from '@booking/server/postgres';
import { pgliteDataDir } from './support/pglite.js';
import { freshDatabase, skipPostgres, type TestDatabase } from './support/postgres.js';

/** Serves the store with the demo data on a loopback port and runs the whole suite against it. */
async function conformance(store: Store) {
  const now = Date.now();
  await loadDemo(store, demoData(now), now);
  const app = createApp({
    store,
    basePath: '/api',
    checkResponses: true,
    // The suite sends dozens of creates from one address in a few seconds.
    limits: { createsPerMinute: 100_000, createBurst: 100_000 },
  });
  const server = await listen(app, { port: 0 });
  try {
    const report = await runConformance({
      baseUrl: `${server.url}/api`,
      providerToken: 'demo-sam-token',
      otherProviderToken: 'demo-ana-token',
      now: Date.now,
    });
    assert.equal(report.providerId, 'sam');
    assert.ok(report.ok, formatReport(report));
    assert.ok(report.passed >= 20, formatReport(report));
  } finally {
    await server.close();
    await store.close();
  }
}

describe('the conformance suite passes against the server', () => {
  it('on the memory store', () => conformance(createMemoryStore()));

  describe('on PGlite', () => {
    let data: Awaited<ReturnType<typeof pgliteDataDir>>;
    after(() => data?.remove());
    it('with its data in a folder', async () => {
      data = await pgliteDataDir();
      await conformance(await createPgliteStore({ dataDir: data.dir }));
    });
  });

  describe('on PostgreSQL', () => {
    let db: TestDatabase;
    after(() => db?.drop());
    it('on a new database', { skip: skipPostgres }, async () => {
      db = await freshDatabase();
      await conformance(await createPostgresStore({ url: db.url }));
    });
  });
});
