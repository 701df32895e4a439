// `npm test`: runs every suite (typecheck, lint, core in Node under two process time zones,
// browser tests in headless Chromium, the reference server over HTTP on its three stores,
// end-to-end checks of the site and the examples), streams their output, and ends with one line
// `N passed, N failed` summing them all. Exits non-zero when anything failed.
//
// Usage: node scripts/test.mjs [typecheck|lint|node|browser|server|package|e2e ...]   (default: all)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFiles } from './files.mjs';
import { requireChrome } from './chrome.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const nodeTestZones = ['Pacific/Auckland', 'America/Los_Angeles'];
const nodeTestFiles = () =>
  [...findFiles('packages', (p) => p.endsWith('.test.ts') && !p.endsWith('.browser.test.ts'))]
    .filter((p) => !/packages[/\\](elements|mock)[/\\]/.test(p) || p.endsWith('.node.test.ts'))
    // The server's tests start servers and databases: their own suite, run once.
    .filter((p) => !/packages[/\\]server[/\\]test[/\\]/.test(p));
const serverTestFiles = () =>
  findFiles(join('packages', 'server', 'test'), (p) => p.endsWith('.test.ts'));
/** node:test over workspace packages run from their TypeScript sources. */
const nodeTest = [
  '--conditions=@booking/source',
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
];
const e2eFiles = () => findFiles('examples', (p) => p.endsWith('.e2e.test.mjs'));

/** Names of failed tests seen in any suite's output. */
const failures = new Set();

/** Runs a command, echoing its output, and resolves with its exit code and captured text. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      text += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => {
      // Keep the names of failed tests for the summary: a red run must say what failed.
      for (const line of text.split('\n'))
        if (/^\s*(✖|❌)/.test(line) && !/failing tests:/.test(line)) failures.add(line.trim());
      resolve({ code: code ?? 1, text });
    });
  });
}

/** Counts from node:test's spec reporter (`ℹ pass 12`, `ℹ fail 0`, `ℹ skipped 1`). */
function nodeTestCounts({ code, text }) {
  const pass = Number(/^ℹ pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(text)?.[1] ?? 0);
  const skipped = Number(/^ℹ skipped (\d+)/m.exec(text)?.[1] ?? 0);
  // A run that failed without reporting a failing test (a crash, no tests found) still fails.
  if (code !== 0 && fail === 0) return { passed: pass, failed: 1, skipped };
  if (pass + fail === 0) return { passed: 0, failed: 1, skipped };
  return { passed: pass, failed: fail, skipped };
}

const check = ({ code }) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const suites = {
  typecheck: async () => [
    ['typecheck', check(await run(bin('tsc'), ['-p', 'tsconfig.json']))],
    ['examples of the docs', check(await run(process.execPath, ['scripts/check-examples.mjs']))],
  ],
  lint: async () => [
    ['eslint', check(await run(bin('eslint'), ['.']))],
    ['prettier', check(await run(bin('prettier'), ['--check', '.', '--log-level', 'warn']))],
  ],
  node: async () => {
    const files = nodeTestFiles();
    const results = [];
    for (const tz of nodeTestZones) {
      console.log(`\n— Node tests with TZ=${tz}`);
      const args = [...nodeTest, ...files];
      results.push([
        `node (TZ=${tz})`,
        nodeTestCounts(await run(process.execPath, args, { TZ: tz })),
      ]);
    }
    return results;
  },
  browser: async () => {
    requireChrome();
    const dir = mkdtempSync(join(tmpdir(), 'booking-wtr-'));
    const countsFile = join(dir, 'counts.json');
    const result = await run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], {
      BOOKING_TEST_COUNTS: countsFile,
    });
    let counts = { passed: 0, failed: 1 };
    if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
    rmSync(dir, { recursive: true, force: true });
    return [['browser (Chromium)', counts]];
  },
  server: async () => {
    // One line when the PostgreSQL tests will be skipped (and why), not one per test.
    const env = { BOOKING_SERVER_SUITE: '1' };
    const status = await run(
      process.execPath,
      [
        ...nodeTest.slice(0, 3),
        join('packages', 'server', 'test', 'support', 'postgres-status.ts'),
      ],
      env,
    );
    if (status.code !== 0) return [['server (over HTTP, 3 stores)', check(status)]];
    const args = [...nodeTest, ...serverTestFiles()];
    return [
      ['server (over HTTP, 3 stores)', nodeTestCounts(await run(process.execPath, args, env))],
    ];
  },
  package: async () => {
    const args = [...nodeTest, 'scripts/package.test.mjs'];
    return [['package (build, size, exports)', nodeTestCounts(await run(process.execPath, args))]];
  },
  e2e: async () => {
    requireChrome();
    // One build of the site for every file (each would build its own when run alone).
    const site = join('.cache', 'e2e-shared');
    const built = await run(process.execPath, [...nodeTest.slice(0, 3), 'examples/e2e.mjs', site]);
    if (built.code !== 0) return [['end-to-end (examples)', check(built)]];
    const args = [...nodeTest, ...e2eFiles()];
    const env = { BOOKING_E2E_SITE: site };
    return [['end-to-end (examples)', nodeTestCounts(await run(process.execPath, args, env))]];
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(
    `Unknown suite(s): ${unknown.join(', ')}. Choose from: ${Object.keys(suites).join(', ')}.`,
  );
  process.exit(2);
}

const rows = [];
for (const name of wanted.length ? wanted : Object.keys(suites)) {
  console.log(`\n━━ ${name}`);
  rows.push(...(await suites[name]()));
}

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedText = (n) => (n ? `, ${n} skipped` : '');
console.log('\nSummary');
for (const [name, counts] of rows) {
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
  console.log(
    `  ${counts.failed ? '✗' : '✓'} ${name.padEnd(34)} ${counts.passed} passed, ${counts.failed} failed${skippedText(counts.skipped)}`,
  );
}
if (failures.size) console.log(`\nFailed:\n${[...failures].map((f) => `  ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skippedText(skipped)}`);
process.exit(failed ? 1 : 0);
