// The cold-start half of `npm run bench`: what the first computeSlots call of a fresh process
// costs for the busy month, in fresh Node processes (from source through tsx, as the bench runs,
// and from an esbuild bundle, as an app ships) and in fresh headless Chromium pages (what a
// visitor's browser pays). Each process times only its own import and first call (cold-start.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { chromium } from 'playwright-core';
import type { ColdStart } from './cold-start.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../../..');

/** Median and 90th percentile (nearest rank) of a sample. */
export interface Spread {
  median: number;
  p90: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    p90: sorted[Math.ceil(sorted.length * 0.9) - 1]!,
  };
}

/** Runs one child process and resolves with its stdout; rejects with its stderr on failure. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(out)
        : fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${err}`)),
    );
  });
}

/** The cold-start entries bundled by esbuild, core in its own chunk, in a temporary folder. */
export interface ColdBundles {
  dir: string;
  /** The Node entry (an .mjs file). */
  node: string;
  /** Chunk file names of the browser entry besides cold-page.js, for modulepreload. */
  browserChunks: string[];
  remove(): void;
}

export async function buildColdBundles(): Promise<ColdBundles> {
  const dir = mkdtempSync(join(tmpdir(), 'booking-bench-'));
  const common: BuildOptions = {
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@booking/source'],
    logLevel: 'warning',
    absWorkingDir: root,
  };
  await build({
    ...common,
    entryPoints: [join(here, 'cold-node.ts')],
    platform: 'node',
    outdir: join(dir, 'node'),
    outExtension: { '.js': '.mjs' },
  });
  const web = await build({
    ...common,
    entryPoints: [join(here, 'cold-page.ts')],
    platform: 'browser',
    outdir: join(dir, 'web'),
    metafile: true,
    minify: true,
  });
  const browserChunks = Object.keys(web.metafile?.outputs ?? {})
    .map((path) => path.split('/').pop()!)
    .filter((name) => name.endsWith('.js') && name !== 'cold-page.js');
  writeFileSync(
    join(dir, 'web', 'index.html'),
    [
      '<!doctype html><meta charset="utf-8"><title>cold start</title>',
      ...browserChunks.map((name) => `<link rel="modulepreload" href="./${name}">`),
      '<script type="module" src="./cold-page.js"></script>',
    ].join('\n'),
  );
  return {
    dir,
    node: join(dir, 'node', 'cold-node.mjs'),
    browserChunks,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `runs` fresh Node processes, one after another (the machine's cores are shared). */
export async function nodeColdStarts(
  runs: number,
  how: { bundle?: ColdBundles; startIntl?: boolean },
): Promise<ColdStart[]> {
  const args = how.bundle
    ? [how.bundle.node]
    : ['--conditions=@booking/source', '--import', 'tsx', join(here, 'cold-node.ts')];
  if (how.startIntl) args.push('--start-intl');
  const results: ColdStart[] = [];
  for (let i = 0; i < runs; i++)
    results.push(JSON.parse(await run(process.execPath, args)) as ColdStart);
  return results;
}

/** Finds Chromium the way the tests do; undefined when there is none (the bench then says so). */
async function chrome(): Promise<{ path: string | undefined; args: string[] }> {
  const module = (await import(pathToFileURL(join(root, 'scripts/chrome.mjs')).href)) as {
    findChrome(): string | undefined;
    chromeArgs: string[];
  };
  return { path: module.findChrome(), args: module.chromeArgs };
}

/**
 * `runs` fresh pages in headless Chromium, each in its own browser context (its own renderer
 * process, no shared code cache), served with COOP/COEP so performance.now() is precise to 5 µs.
 * Undefined when no Chromium is installed.
 */
export async function browserColdStarts(
  runs: number,
  bundles: ColdBundles,
  how: { hideTemporal?: boolean; warmRuns?: number } = {},
): Promise<{ version: string; results: ColdStart[] } | undefined> {
  const { path, args } = await chrome();
  if (!path) return undefined;
  const browser = await chromium.launch({ executablePath: path, args });
  try {
    const results: ColdStart[] = [];
    const query = new URLSearchParams();
    if (how.hideTemporal) query.set('hideTemporal', '');
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await context.route('http://bench.localhost/**', (route) => {
        const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
        const body = readFileSync(join(bundles.dir, 'web', name));
        return route.fulfill({
          body,
          contentType: name.endsWith('.html') ? 'text/html' : 'text/javascript',
          headers: {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          },
        });
      });
      const page = await context.newPage();
      if (how.warmRuns && i === runs - 1) query.set('warmRuns', String(how.warmRuns));
      await page.goto(`http://bench.localhost/index.html?${query}`);
      await page.waitForFunction(
        () => 'coldStart' in window || 'coldStartError' in window,
        undefined,
        { timeout: 60_000 },
      );
      const { result, error } = await page.evaluate(() => {
        const w = window as unknown as { coldStart?: ColdStart; coldStartError?: string };
        return { result: w.coldStart, error: w.coldStartError };
      });
      await context.close();
      if (!result) throw new Error(`The cold-start page failed in Chromium: ${error}`);
      results.push(result);
    }
    return { version: browser.version(), results };
  } finally {
    await browser.close();
  }
}

/** Fresh processes (or pages) per figure. */
const RUNS = 15;
/** The goal for the first computeSlots call of a fresh process (median), in ms. */
const TARGET_MS = 2;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/**
 * Prints the cold-start table: import and first call (median and p90 of RUNS fresh processes)
 * beside the warm median, for Node and Chromium, with the target and whether it is met.
 * `warmNode` is the warm median per call measured by the caller in its own Node process.
 */
export async function printColdStarts(warmNode: number): Promise<void> {
  console.log(
    `\nFirst computeSlots call of a fresh process · busy month (busy-month.ts: Europe/London, 30 days` +
      ` across 29 March, 80 bookings + 8 busy blocks) · median / p90 of ${RUNS} processes each`,
  );
  const bundles = await buildColdBundles();
  const rows: string[][] = [
    ['runtime', 'import', 'first call', 'warm', `target: first <= ${TARGET_MS} ms`],
  ];
  const slotCounts = new Set<number>();
  const notes: string[] = [];
  let visitor = '';
  const row = (name: string, results: ColdStart[], warm: number, judged = true) => {
    for (const r of results) slotCounts.add(r.slots);
    const imports = spread(results.map((r) => r.import));
    const first = spread(results.map((r) => r.first));
    const verdict = first.median <= TARGET_MS ? 'met' : `NOT MET (${ms(first.median)})`;
    rows.push([
      name,
      ms(imports.median),
      `${ms(first.median)} / ${ms(first.p90)}`,
      ms(warm),
      judged ? verdict : '(for comparison)',
    ]);
    return verdict;
  };
  try {
    const node = `Node ${process.version}`;
    row(`${node}, sources through tsx`, await nodeColdStarts(RUNS, {}), warmNode);
    row(`${node}, esbuild bundle`, await nodeColdStarts(RUNS, { bundle: bundles }), warmNode);
    const started = await nodeColdStarts(RUNS, { bundle: bundles, startIntl: true });
    row('  same, Intl already started', started, warmNode, false);
    const intl = spread(started.map((r) => r.intl ?? NaN));
    notes.push(
      `Node 20 has no Temporal, so zone offsets come from Intl; its first Intl.DateTimeFormat alone` +
        ` takes ${ms(intl.median)} (p90 ${ms(intl.p90)}) building V8's locale tables, once per` +
        ' process (a server that has formatted any date has paid it).',
    );
    try {
      const chromium = await browserColdStarts(RUNS, bundles, { warmRuns: 300 });
      if (chromium) {
        const name = `Chromium ${chromium.version.split('.')[0]}`;
        const temporal = chromium.results[0]!.temporal ? 'Temporal' : 'no Temporal';
        visitor = row(`${name} (${temporal})`, chromium.results, chromium.results.at(-1)!.warm!);
        const hidden = await browserColdStarts(RUNS, bundles, {
          hideTemporal: true,
          warmRuns: 300,
        });
        row(`${name}, Temporal hidden`, hidden!.results, hidden!.results.at(-1)!.warm!, false);
      } else {
        notes.push('Chromium: not found (install it or set CHROME_PATH); its rows are skipped.');
      }
    } catch (error) {
      notes.push(`Chromium could not be measured: ${(error as Error).message.split('\n')[0]}`);
    }
  } finally {
    bundles.remove();
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r
        .map((cell, c) =>
          c === 0 ? cell.padEnd(widths[c]!) : c === 4 ? cell : cell.padStart(widths[c]!),
        )
        .join('  '),
    );
  if (slotCounts.size !== 1)
    notes.push(`The runs disagree on the number of slots: ${[...slotCounts].join(', ')}.`);
  notes.push(
    'import: `await import(core)`; tsx transpiles there, so compare first calls with the bundle row.',
    'first call: the first computeSlots of the process; warm: median per call once the code is hot.',
    'Chromium: a new browser context (renderer process) per run, core preloaded (modulepreload),',
    '  minified as shipped; "Temporal hidden" is a browser without Temporal (zone offsets from Intl).',
  );
  for (const note of notes) console.log(`  ${note}`);
  if (visitor)
    console.log(
      `\nA visitor's first call (Chromium, median) <= ${TARGET_MS} ms: ${visitor === 'met' ? 'met' : visitor}.`,
    );
}
