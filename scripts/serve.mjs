// A small static server for the site and the end-to-end checks: serves a folder, plus MSW's
// worker script at the site root (npm does not run msw's copy script). With `api`, a backend (the
// reference server, or the mock) also answers over real HTTP under its base path: the script-tag
// example talks to it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar',
};

const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

/**
 * Serves `root` on `port` (0 picks a free one); resolves with the server and its URL. `api` is
 * `{ basePath, listener }`: a Node request listener answering requests under `basePath`.
 */
export function serve(root, port = 8000, host = '127.0.0.1', { api } = {}) {
  const base = resolve(root);
  const answer = api?.listener;
  const server = createServer((request, response) => {
    // Parsed as a path on this origin: a request line such as `//x` or `/%` gets a 400, never a
    // crash.
    let url;
    let path;
    try {
      url = new URL(`http://localhost${request.url ?? '/'}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (api && (url.pathname === api.basePath || url.pathname.startsWith(`${api.basePath}/`))) {
      answer(request, response);
      return;
    }
    let file =
      path === '/mockServiceWorker.js'
        ? workerPath
        : normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== workerPath && file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      // Browsers ask for a site icon on their own; pages without one get an empty answer.
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`,
      });
    });
  });
}
