// Browser tests: every `*.test.ts` under packages/elements and packages/mock, plus core's
// `*.browser.test.ts`, run from source in headless Chrome/Chromium.
import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { requireChrome, chromeArgs } from './scripts/chrome.mjs';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/** Serves MSW's worker script at the site root (npm does not run msw's copy script). */
function mswWorker() {
  return {
    name: 'msw-worker',
    async serve(context) {
      if (context.path === '/mockServiceWorker.js') {
        return { body: await readFile(workerPath, 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}

/** Writes `{ passed, failed }` to $BOOKING_TEST_COUNTS so scripts/test.mjs can sum every suite. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.BOOKING_TEST_COUNTS;
      if (!file) return;
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (session.errors?.length || (!session.passed && !session.testResults)) failed++;
      }
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: [
    'packages/{elements,mock}/src/**/*.test.ts',
    '!packages/**/*.node.test.ts',
    'packages/core/src/**/*.browser.test.ts',
  ],
  nodeResolve: { browser: true, exportConditions: ['@booking/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mswWorker()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: requireChrome(), args: chromeArgs } }),
  ],
  concurrency: 1,
  // Element tests walk whole flows; a loaded 2-core CI machine needs more than the default time.
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
