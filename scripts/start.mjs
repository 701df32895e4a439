// `npm start`: builds the site (the live demo, docs, gallery and examples) and serves it on
// http://localhost:8000 (PORT overrides). Pages run on the mock backend in the browser; the
// script-tag example talks to the same mock over real HTTP at /api.
import { buildApiDocs, buildSite } from './site.mjs';
import { serve } from './serve.mjs';
import { createMockBackend } from '@booking/mock';

const port = Number(process.env.PORT ?? 8000);
console.log('Building the site…');
const started = performance.now();
const pages = await buildSite({ api: false });
console.log(
  `Built ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
try {
  const api = createMockBackend({ baseUrl: '/api' });
  const { url } = await serve('site', port, process.env.HOST ?? '127.0.0.1', { api });
  console.log(`
  Live demo       ${url}
  Docs            ${url}docs/
  Gallery         ${url}gallery/
  Examples        ${url}examples/

Ctrl+C stops it; PORT=8080 npm start picks another port.`);
  // The core API reference (typedoc) is the slowest part: it is built while the site is up.
  await buildApiDocs();
  console.log(`  Core API        ${url}docs/api/  (ready)`);
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Start on another one: PORT=8080 npm start`);
    process.exit(1);
  }
  throw error;
}
