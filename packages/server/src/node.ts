/**
 * @booking/server/node: the app on a Node HTTP port, and as a request listener to mount in another
 * Node server. Closing stops new connections, lets requests in flight finish, then returns.
 *
 * @packageDocumentation
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server. */
export interface Listening {
  /** `http://127.0.0.1:8787` (and the app's base path, if any, is under it). */
  url: string;
  server: Server;
  /** Stops accepting connections, waits for requests in flight (up to `graceMs`), closes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * A Node `http` request listener answering with the app, for mounting it inside another server.
 *
 * @example
 * const api = requestListener(app);
 * createServer((req, res) => (req.url?.startsWith('/api/') ? api(req, res) : files(req, res)));
 */
export function requestListener(app: Hono) {
  return getRequestListener(app.fetch);
}

/**
 * Serves the app on `port` (0 picks a free one) and `host` (default 127.0.0.1).
 *
 * @example
 * const { url, close } = await listen(app, { port: 8787 });
 * process.on('SIGINT', () => close());
 */
export async function listen(
  app: Hono,
  options: { port?: number; host?: string } = {},
): Promise<Listening> {
  const { createServer } = await import('node:http');
  const server = createServer(requestListener(app));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}`,
    server,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
