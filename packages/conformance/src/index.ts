/**
 * @booking/conformance: black-box checks that a server implements the booking HTTP contract.
 * `runConformance` runs them and returns a report; the `booking-conformance` command prints it.
 *
 * @packageDocumentation
 */
import { Client, Failure, type Exchange } from './client.js';
import { checks, discoverProvider, prepare, restore, type Context } from './checks.js';

export { checks, type Check } from './checks.js';

/** The Origin the CORS checks send unless told otherwise. */
export const DEFAULT_ORIGIN = 'https://conformance.example';

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** The contract's base URL, such as `http://127.0.0.1:8080/api`. */
  baseUrl: string;
  /**
   * A provider's bearer token. The suite replaces that provider's schedule for the run (and puts
   * it back, zone and policy included), and creates bookings and events (it cancels the events it
   * can): use a test provider, with no sessions in the next few minutes.
   */
  providerToken: string;
  /** The provider of the token; found by probing when omitted. */
  providerId?: string;
  /** Another provider's token, for the 403 checks and the scope of idempotency keys. */
  otherProviderToken?: string;
  /**
   * The base URL of a second instance of the same deployment (same database): the racing creates
   * of bookings.concurrency alternate between the two, and must still make exactly one booking.
   */
  alsoBaseUrl?: string;
  /** The Origin the CORS checks send (a server may allow only some); default {@link DEFAULT_ORIGIN}. */
  origin?: string;
  /** Only the checks whose id starts with one of these. */
  only?: string[];
  /** The fetch every request goes through (to record or route them); default the global one. */
  fetch?: typeof globalThis.fetch;
  /** The clock (the server's should agree); default `Date.now`. */
  now?: () => number;
}

/** The result of one check. */
export interface CheckResult {
  id: string;
  title: string;
  ok: boolean;
  /** Why it failed. */
  message?: string;
  ms: number;
}

/** What a run found. */
export interface ConformanceReport {
  baseUrl: string;
  providerId: string | undefined;
  ok: boolean;
  passed: number;
  failed: number;
  results: CheckResult[];
}

/**
 * Runs every check against a server and reports each one. Never throws for a failing server: the
 * report says what failed and why.
 *
 * @example
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:8080/api', providerToken: 'demo-sam-token' });
 * console.log(formatReport(report));
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const errors: Exchange[] = [];
  const connect = (baseUrl: string) =>
    new Client({ baseUrl, errors, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const client = connect(options.baseUrl);
  const also = options.alsoBaseUrl ? connect(options.alsoBaseUrl) : undefined;
  const results: CheckResult[] = [];
  const report = (providerId?: string): ConformanceReport => {
    const failed = results.filter((r) => !r.ok).length;
    return {
      baseUrl: options.baseUrl,
      providerId,
      ok: failed === 0 && results.length > 0,
      passed: results.length - failed,
      failed,
      results,
    };
  };
  const timed = async (id: string, title: string, run: () => Promise<void>) => {
    const started = performance.now();
    try {
      await run();
      results.push({ id, title, ok: true, ms: performance.now() - started });
      return true;
    } catch (error) {
      const message =
        error instanceof Failure
          ? error.message
          : `unexpected ${(error as Error).name}: ${(error as Error).message}`;
      results.push({ id, title, ok: false, message, ms: performance.now() - started });
      return false;
    }
  };

  let providerId = options.providerId;
  let context: Context | undefined;
  const ready = await timed(
    'setup',
    'Find the provider, open its week and list free slots',
    async () => {
      providerId ??= await discoverProvider(client, options.providerToken);
      context = await prepare({
        client,
        also,
        providerId,
        providerToken: options.providerToken,
        otherProviderToken: options.otherProviderToken,
        origin: options.origin ?? DEFAULT_ORIGIN,
        now: options.now ?? Date.now,
      });
    },
  );
  if (!ready || !context) return report(providerId);
  try {
    for (const check of checks) {
      if (options.only && !options.only.some((prefix) => check.id.startsWith(prefix))) continue;
      await timed(check.id, check.title, () => check.run(context!));
    }
  } finally {
    await restore(context).catch(() => undefined);
  }
  return report(providerId);
}

/**
 * The report as text: one line per check, the reason under each failure, a summary line.
 *
 * @example
 * process.stdout.write(formatReport(report));
 */
export function formatReport(report: ConformanceReport): string {
  const lines = [
    `Booking contract conformance: ${report.baseUrl}${report.providerId ? ` (provider ${report.providerId})` : ''}`,
    '',
  ];
  for (const r of report.results) {
    lines.push(`${r.ok ? '✓' : '✗'} ${r.id.padEnd(30)} ${r.title} (${Math.round(r.ms)} ms)`);
    if (!r.ok) lines.push(`    ${r.message}`);
  }
  lines.push('', `${report.passed} passed, ${report.failed} failed`);
  return `${lines.join('\n')}\n`;
}
