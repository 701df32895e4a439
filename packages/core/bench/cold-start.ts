// One cold start, measured inside a fresh Node process (cold-node.ts) or a fresh browser page
// (cold-page.ts): the import of @booking/core and its first computeSlots call, timed apart, for the
// busy month. Nothing of core (and no Intl) runs before the timed first call unless asked.
import { busyMonth } from './busy-month.js';

export interface ColdStartOptions {
  /** Start the runtime's Intl date formatting before importing core, and time that alone. */
  startIntl?: boolean;
  /** Hide `globalThis.Temporal` before importing core (a browser without Temporal, like Safari). */
  hideTemporal?: boolean;
  /** After the cold calls, time this many further calls and report their median. */
  warmRuns?: number;
}

export interface ColdStart {
  /** ms of the first `new Intl.DateTimeFormat(…).format()` (with startIntl only). */
  intl?: number;
  /** ms of `await import('@booking/core')`. */
  import: number;
  /** ms of the first computeSlots call in the process. */
  first: number;
  /** ms of the second call (same query). */
  second: number;
  /** Median ms per call after that (with warmRuns only). */
  warm?: number;
  slots: number;
  /** Whether the runtime offered Temporal to core. */
  temporal: boolean;
}

export async function coldStart(options: ColdStartOptions = {}): Promise<ColdStart> {
  const query = busyMonth();
  if (options.hideTemporal) Reflect.deleteProperty(globalThis, 'Temporal');
  let intl: number | undefined;
  if (options.startIntl) {
    const t = performance.now();
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);
    intl = performance.now() - t;
  }
  const t0 = performance.now();
  const core = await import('@booking/core');
  const t1 = performance.now();
  const slots = core.computeSlots(query);
  const t2 = performance.now();
  core.computeSlots(query);
  const t3 = performance.now();
  let warm: number | undefined;
  if (options.warmRuns) {
    const times: number[] = [];
    for (let i = 0; i < options.warmRuns; i++) {
      const t = performance.now();
      core.computeSlots(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    warm = times[Math.floor(times.length / 2)];
  }
  return {
    ...(intl === undefined ? {} : { intl }),
    import: t1 - t0,
    first: t2 - t1,
    second: t3 - t2,
    ...(warm === undefined ? {} : { warm }),
    slots: slots.length,
    temporal: 'Temporal' in globalThis,
  };
}
