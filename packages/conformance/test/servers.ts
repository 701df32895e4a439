// Servers the conformance tests run the suite against: the reference server with the demo data
// (one instance or two on one store, with options a test changes), and the mock with its answers
// bent by a function: a server that breaks one rule of the contract on purpose.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createApp,
  createMemoryStore,
  demoData,
  loadDemo,
  type AppOptions,
  type Store,
} from '@booking/server';
import { listen } from '@booking/server/node';
import { createMockBackend, type MockBackend } from '@booking/mock';
import { serveMock } from '@booking/mock/server';
import {
  runConformance,
  type ConformanceOptions,
  type ConformanceReport,
} from '@booking/conformance';

/** A server on a loopback port. */
export interface Running {
  /** The API's base URL. */
  url: string;
  close(): Promise<void>;
}

/** The suite makes more creates than a default rate limit lets one client make in a minute. */
export const NO_RATE_LIMIT = { createsPerMinute: 1_000_000, createBurst: 1_000_000 };

/**
 * Checks the reference server fails today, each with what its message must say. Each is a server
 * bug reported on the conformance branch; when the server is fixed the check passes, and the tests
 * that use this list fail until its entry is removed.
 */
export const KNOWN_FAILURES: Record<string, RegExp> = {};

/** A store loaded with the demo data at the current time. */
export async function demoStore(store: Store = createMemoryStore()): Promise<Store> {
  const now = Date.now();
  await loadDemo(store, demoData(now), now);
  return store;
}

/** The reference server on `store`, under /api, without a rate limit unless `options` set one. */
export async function reference(store: Store, options: Partial<AppOptions> = {}): Promise<Running> {
  const app = createApp({ store, basePath: '/api', limits: NO_RATE_LIMIT, ...options });
  const server = await listen(app, { port: 0 });
  return { url: `${server.url}/api`, close: () => server.close(0) };
}

/** The mock, every request and answer passing through `change` first. */
export async function bent(
  change: (request: Request, handle: MockBackend['handle']) => Promise<Response>,
): Promise<Running> {
  const mock = createMockBackend();
  const server = await serveMock({
    port: 0,
    backend: { ...mock, handle: (request) => change(request, mock.handle) },
  });
  return { url: server.url, close: () => server.close() };
}

/** Runs the suite (as provider sam, ana the other provider) against a server, then closes it. */
export async function runAgainst(
  server: Running,
  options: Partial<ConformanceOptions> = {},
): Promise<ConformanceReport> {
  try {
    return await runConformance({
      baseUrl: server.url,
      providerToken: 'demo-sam-token',
      providerId: 'sam',
      otherProviderToken: 'demo-ana-token',
      ...options,
    });
  } finally {
    await server.close();
  }
}

/** The ids of the checks that failed. */
export const failures = (report: ConformanceReport) =>
  report.results.filter((r) => !r.ok).map((r) => r.id);

/** What is wrong with a report of a run against the reference server, or undefined. */
export function unexpected(report: ConformanceReport): string | undefined {
  const problems: string[] = [];
  for (const r of report.results) {
    const known = KNOWN_FAILURES[r.id];
    if (!r.ok && !known) problems.push(`${r.id} failed: ${r.message}`);
    else if (!r.ok && !known!.test(r.message ?? ''))
      problems.push(`${r.id} failed otherwise than its known bug: ${r.message}`);
    else if (r.ok && known) problems.push(`${r.id} passes now: remove it from KNOWN_FAILURES`);
  }
  return problems.length ? problems.join('\n') : undefined;
}

const bin = fileURLToPath(new URL('../bin/booking-conformance.mjs', import.meta.url));

/** Runs the booking-conformance command: its exit code and everything it printed. */
export function command(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
