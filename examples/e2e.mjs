// What the end-to-end tests share: the site built as `npm start` builds it, served over HTTP
// (with `/api` answered by a mock backend when one is given), headless Chromium, and axe.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { mockRequestListener } from '@booking/mock/server';
import { buildSite } from '../scripts/site.mjs';
import { serve } from '../scripts/serve.mjs';
import { chromeArgs, requireChrome } from '../scripts/chrome.mjs';

/** How long a step may take to appear on a loaded CI machine. */
export const WAIT = { timeout: 20_000 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.2 A and AA rules on the whole page, the elements' shadow roots included. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(() =>
    globalThis.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    }),
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The whole site built once for every end-to-end file (`node scripts/test.mjs e2e` builds it and
 * names it in this variable); a file run on its own builds its own.
 */
const SHARED = 'BOOKING_E2E_SITE';

/**
 * Serves the site, with `api` (a mock backend) answering `/api` when given, and launches Chromium.
 * `close` stops both. The site is the shared build when there is one, else built into `out` (each
 * test file its own, so files may run at once) with the `build` options.
 */
export async function startSite({ out, api, build = {} }) {
  const shared = process.env[SHARED];
  const dir = resolve(shared || out);
  const pages = shared
    ? JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8'))
    : await buildSite({ out: dir, ...build });
  const { server, url } = await serve(dir, 0, '127.0.0.1', {
    ...(api ? { api: { basePath: api.basePath, listener: mockRequestListener(api) } } : {}),
  });
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  return {
    pages,
    url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

// `node examples/e2e.mjs DIR`: builds the whole site into DIR for every end-to-end file, with the
// list of its pages beside it (DIR/pages.json).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '.cache/e2e-shared');
  const pages = await buildSite({ out: dir });
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages));
}
