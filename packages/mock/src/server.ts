// The mock backend on a real HTTP port (Node only): for the conformance suite, curl, or a
// backend-less local setup. Network faults close the connection.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockBackend, type MockBackend, type MockOptions } from './backend.js';

/** A listening mock server. */
export interface MockServer {
  /** The API's base URL, such as `http://127.0.0.1:41234/api`. */
  url: string;
  backend: MockBackend;
  close(): Promise<void>;
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  // The request line is a path on this origin (`//x` is not a protocol-relative URL here).
  return new Request(new URL(`${origin}${message.url ?? '/'}`), {
    method: message.method ?? 'GET',
    headers,
    ...(body && message.method !== 'GET' && message.method !== 'HEAD' ? { body } : {}),
  });
}

/**
 * A Node `http` request listener that answers with the backend: for mounting the mock inside
 * another Node server (only requests under `backend.basePath` should reach it). A simulated
 * network failure closes the connection.
 *
 * @example
 * const answer = mockRequestListener(createMockBackend({ baseUrl: '/api' }));
 * createServer((req, res) => (req.url?.startsWith('/api/') ? answer(req, res) : serveFile(req, res)));
 */
export function mockRequestListener(
  backend: MockBackend,
): (message: IncomingMessage, reply: ServerResponse) => void {
  return (message, reply) => {
    const origin = `http://${message.headers.host ?? 'localhost'}`;
    toRequest(message, origin)
      .then((request) => backend.handle(request))
      .then(async (response) => {
        if (response.type === 'error') {
          message.socket.destroy();
          return;
        }
        reply.writeHead(response.status, Object.fromEntries(response.headers));
        reply.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!reply.headersSent) reply.writeHead(500);
        reply.end();
      });
  };
}

/**
 * Serves a mock backend over HTTP on loopback (port 0 picks a free port).
 *
 * @example
 * const server = await serveMock({ port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234/api
 * await server.close();
 */
export async function serveMock(
  options: MockOptions & { port?: number; host?: string; backend?: MockBackend } = {},
): Promise<MockServer> {
  const backend = options.backend ?? createMockBackend(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer(mockRequestListener(backend));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${backend.basePath}`,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
