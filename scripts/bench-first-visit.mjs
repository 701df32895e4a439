// `npm run bench:first-visit`: how fast a first visit to a plain page with the script tag gets
// going. Builds the script-tag bundle, serves it with examples/script-tag/index.html and the mock
// backend over real HTTP on loopback, and loads the page N times in headless Chromium, each time in
// a fresh browser context (cold cache). Per run, in ms after DOMContentLoaded: the first step
// interactive (the Continue button rendered), and the slots visible for a visitor who presses
// Continue the moment it appears; plus the requests and bytes until then. Prints medians and the
// request timeline of the median run. A missed target is reported, never an exit code.
//
// Usage: npm run bench:first-visit -- [--runs N] [--rtt MS] [--api-latency MS]
//   --runs         cold runs (default 15)
//   --rtt          added round-trip time for every request, through Chromium's network
//                  emulation (default 0: loopback)
//   --api-latency  extra server time per API answer, from the mock's latency knob (default 0)
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { createMockBackend } from '@booking/mock';
import { mockRequestListener } from '@booking/mock/server';
import { scriptTagBuild } from '../rollup.config.mjs';
import { serve } from './serve.mjs';
import { chromeArgs, requireChrome } from './chrome.mjs';

/** First step interactive within this many ms of DOMContentLoaded, on a local backend. */
const TARGET_MS = 150;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    rtt: { type: 'string', default: '0' },
    'api-latency': { type: 'string', default: '0' },
  },
});
const number = (name, min) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}; got ${values[name]}.`);
    process.exit(2);
  }
  return n;
};
const runs = number('runs', 1);
const rtt = number('rtt', 0);
const apiLatency = number('api-latency', 0);

// --- the page: the script-tag example with a fresh build beside it ------------------------------

const dir = '.cache/bench-first-visit';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const buildStarted = performance.now();
const config = scriptTagBuild(dir);
const bundle = await rollup(config);
await bundle.write(config.output);
await bundle.close();
cpSync('examples/script-tag/index.html', join(dir, 'index.html'));
console.log(
  `Built the script-tag bundle in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s.`,
);

const api = createMockBackend({ baseUrl: '/api', faults: { latencyMs: apiLatency } });
const { server, url } = await serve(dir, 0, '127.0.0.1', {
  api: { basePath: api.basePath, listener: mockRequestListener(api) },
});

// --- what the page records about itself ------------------------------------------------------

/**
 * Runs in the page before any of its scripts: watches <booking-widget>'s shadow root, stamps the
 * moment the first step is interactive, presses Continue right then (a quick visitor), and stamps
 * the moment the first time buttons are there.
 */
function recorder() {
  const marks = { fetches: [] };
  globalThis.__firstVisit = marks;
  // When the page's code asks for each URL (the network may start it later).
  const fetch = globalThis.fetch;
  globalThis.fetch = function (input, init) {
    const url = input instanceof Request ? input.url : String(input);
    marks.fetches.push({ url: new URL(url, location.href).href, at: performance.now() });
    return fetch.call(this, input, init);
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName !== 'booking-widget') return root;
    const check = () => {
      if (marks.interactive === undefined) {
        const next = root.querySelector('section button.primary');
        if (!next) return;
        marks.interactive = performance.now();
        next.click();
      }
      if (marks.slots === undefined && root.querySelector('.slots li button')) {
        marks.slots = performance.now();
        // Heard by the bench through the console: waiting by polling the page (waitForFunction)
        // would run Playwright's own script in the page while it loads, and measure that too.
        console.debug('first-visit: slots visible');
      }
    };
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
    return root;
  };
}

async function visit(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const page = await context.newPage();
    if (rtt > 0) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: rtt,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.addInitScript(recorder);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const done = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'first-visit: slots visible',
      timeout: 20_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    await done;
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const marks = globalThis.__firstVisit;
      const [nav] = performance.getEntriesByType('navigation');
      const dcl = nav.domContentLoadedEventStart;
      const until = marks.slots;
      const resources = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= until)
        .map((r) => ({
          name: new URL(r.name).pathname + new URL(r.name).search,
          asked: marks.fetches.find((f) => f.url === r.name)?.at,
          start: r.startTime - dcl,
          end: r.responseEnd - dcl,
          bytes: r.transferSize,
        }));
      for (const r of resources) if (r.asked !== undefined) r.asked -= dcl;
      return {
        dcl,
        interactive: marks.interactive - dcl,
        slots: marks.slots - dcl,
        requests: resources.length + 1,
        bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.bytes, 0),
        resources: [
          { name: '(page)', start: -dcl, end: nav.responseEnd - dcl, bytes: nav.transferSize },
          ...resources,
        ],
      };
    });
  } finally {
    await context.close();
  }
}

// --- the runs --------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;

const load = loadavg()[0];
console.log(
  `Machine: ${cpus().length} cores, load ${load.toFixed(2)}` +
    (load > cpus().length / 2 ? ' (busy: figures will be slower than on a quiet machine)' : ''),
);
console.log(
  `Page ${url} (examples/script-tag), mock over HTTP on loopback` +
    `${rtt ? `, +${rtt} ms round trip` : ''}${apiLatency ? `, +${apiLatency} ms per API answer` : ''}; ` +
    `${runs} cold runs, a fresh browser context each.\n`,
);

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const results = [];
try {
  // One warm-up visit (not counted): Chromium's own start-up costs land there, not in run 1.
  await visit(browser);
  for (let i = 0; i < runs; i++) {
    const r = await visit(browser);
    results.push(r);
    console.log(
      `run ${String(i + 1).padStart(2)}: DOMContentLoaded ${ms(r.dcl)}, interactive +${ms(r.interactive)}, ` +
        `slots +${ms(r.slots)}, ${r.requests} requests, ${(r.bytes / 1024).toFixed(1)} KB`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

const interactive = median(results.map((r) => r.interactive));
const slots = median(results.map((r) => r.slots));
console.log(`\nMedians of ${runs} cold runs:`);
console.log(
  `  DOMContentLoaded                 ${ms(median(results.map((r) => r.dcl)))} after navigation start`,
);
const fromStart = (key) => median(results.map((r) => r.dcl + r[key]));
console.log(
  `  first step interactive           +${ms(interactive)} after DOMContentLoaded (${ms(fromStart('interactive')).trim()} after navigation start)`,
);
console.log(
  `  slots visible (Continue at once) +${ms(slots)} after DOMContentLoaded (${ms(fromStart('slots')).trim()} after navigation start)`,
);
console.log(`  requests until slots visible      ${median(results.map((r) => r.requests))}`);
console.log(
  `  bytes until slots visible         ${(median(results.map((r) => r.bytes)) / 1024).toFixed(1)} KB (uncompressed: the local server does not gzip)`,
);

const typical = results.reduce((a, b) =>
  Math.abs(b.interactive - interactive) < Math.abs(a.interactive - interactive) ? b : a,
);
console.log(
  '\nRequests of the median run, in ms after DOMContentLoaded (negative: before it); "asked" is when\n' +
    "the page's code called fetch, start and end are the network's:",
);
console.log(
  `  ${'asked'.padStart(6)} ${'start'.padStart(6)}    ${'end'.padStart(6)}  ${'size'.padStart(9)}  url`,
);
for (const r of typical.resources)
  console.log(
    `  ${r.asked === undefined ? '     ·' : r.asked.toFixed(0).padStart(6)} ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${r.name}`,
  );

const target = rtt === 0 && apiLatency === 0;
console.log(
  target
    ? interactive <= TARGET_MS
      ? `\nTarget met: first step interactive ${interactive.toFixed(0)} ms after DOMContentLoaded (target ${TARGET_MS} ms on a local backend).`
      : `\nTarget MISSED: first step interactive ${interactive.toFixed(0)} ms after DOMContentLoaded; the target is ${TARGET_MS} ms on a local backend.`
    : `\nThe ${TARGET_MS} ms target is for a local backend without added latency; not judged with --rtt or --api-latency.`,
);
