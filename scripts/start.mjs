// `npm start`: builds the site (the live demo, docs, gallery and examples) and serves it on
// http://localhost:8000 (PORT overrides). Pages run on the mock backend in the browser; /api is
// answered by the reference server (@booking/server) on its embedded database in .data/booking
// (kept across restarts, git-ignored; the demo providers are loaded into an empty one), and the
// script-tag example books against it over real HTTP.
import { buildApiDocs, buildSite } from './site.mjs';
import { serve } from './serve.mjs';
import { createApp, demoData, loadDemo } from '@booking/server';
import { requestListener } from '@booking/server/node';
import { createPgliteStore } from '@booking/server/pglite';

const port = Number(process.env.PORT ?? 8000);
const dataDir = process.env.BOOKING_DATA ?? '.data/booking';

/** The reference server on PGlite, with the demo providers when the database is new. */
async function openApi() {
  const store = await createPgliteStore({ dataDir });
  const empty = await store.transaction(async (tx) => (await tx.providers()).length === 0);
  if (empty) await loadDemo(store, demoData(Date.now()), Date.now());
  return { store, app: createApp({ store, basePath: '/api' }) };
}

console.log('Building the site and opening the API database…');
const started = performance.now();
// A new database takes a while to create (the first start only): it opens while the site builds.
const [pages, api] = await Promise.all([buildSite({ api: false }), openApi()]);
console.log(
  `Built ${pages.length} pages and opened ${dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
try {
  const { server, url } = await serve('site', port, process.env.HOST ?? '127.0.0.1', {
    api: { basePath: '/api', listener: requestListener(api.app) },
  });
  console.log(`
  Live demo       ${url}
  Docs            ${url}docs/
  Gallery         ${url}gallery/
  Examples        ${url}examples/
  API             ${url}api/providers  (the reference server on ${dataDir})

Ctrl+C stops it; PORT=8080 npm start picks another port.`);
  const stop = () => {
    server.close(() => void api.store.close().then(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // The core API reference (typedoc) is the slowest part: it is built while the site is up.
  await buildApiDocs();
  console.log(`  Core API        ${url}docs/api/  (ready)`);
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Start on another one: PORT=8080 npm start`);
    await api.store.close();
    process.exit(1);
  }
  throw error;
}
