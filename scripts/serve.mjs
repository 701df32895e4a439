// A small static server for the demo and the end-to-end checks: serves a folder, plus MSW's
// worker script at the site root (npm does not run msw's copy script).
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

/** Serves `root` on `port` (0 picks a free one); resolves with the server and its URL. */
export function serve(root, port = 8000, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
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
