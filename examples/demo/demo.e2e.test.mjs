// End-to-end: builds the demo as `npm start` does, serves it, and loads it in headless Chromium.
// The page must render data that only the in-browser mock backend can answer, without a console
// error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { serve } from '../../scripts/serve.mjs';
import { chromeArgs, requireChrome } from '../../scripts/chrome.mjs';

describe('the live demo', () => {
  let server;
  let url;
  let browser;
  before(async () => {
    await buildDemo();
    ({ server, url } = await serve('examples/demo', 0));
    browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(timezoneId) {
    const context = await browser.newContext({ timezoneId, locale: 'en-GB' });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // The page runs under a strict Content-Security-Policy: no inline style or script, no eval.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(url);
    await page.locator('#demo[aria-busy="false"]').waitFor({ timeout: 15_000 });
    return { page, problems, context };
  }

  it('loads without console errors and books a session through the widget on the mock', async () => {
    const { page, problems, context } = await open('Asia/Tokyo');
    const widget = page.locator('booking-widget');
    await widget.locator('h2').waitFor();
    assert.equal(await widget.locator('header .name').textContent(), 'Ana Ferreira');
    // The static server has no API: the provider data can only have come from the service worker.
    assert.equal((await fetch(new URL('api/providers/ana', url))).status, 404);
    assert.equal(
      await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL),
      new URL('mockServiceWorker.js', url).href,
    );
    // Every seed product loads through the same element: only the provider attribute changes.
    for (const [id, name] of [
      ['eleanor', 'Dr Eleanor Hart'],
      ['mia', 'Mia Chen'],
      ['megha', 'Megha Rao'],
      ['sam', 'Sam Okafor'],
    ]) {
      await page.selectOption('select[name=provider]', id);
      await widget.locator('header .name', { hasText: name }).waitFor();
      // The expert (seed 000) sells group events beside one-to-one sessions.
      if (id === 'mia') {
        const events = page.locator('group-event-list');
        await events.locator('.event h3', { hasText: 'Portfolio review circle' }).waitFor();
        assert.equal(await page.locator('#group').isVisible(), true);
      }
    }
    assert.equal(await page.locator('#group').isVisible(), false);
    await widget.locator('button.primary').click();
    await widget.locator('.zone-button', { hasText: 'Tokyo' }).waitFor();
    await widget.locator('.slots button').first().click();
    await widget.locator('#f-name').fill('End To End');
    await widget.locator('#f-email').fill('e2e@example.com');
    await widget.locator('button[type=submit]').click();
    await widget.getByRole('button', { name: 'Confirm booking' }).click();
    await widget.locator('h2', { hasText: 'Booked' }).waitFor();
    assert.match(await widget.locator('.links').textContent(), /Add to calendar/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('serves the script-tag bundle and the MSW worker', async () => {
    for (const path of ['dist/booking-elements.js', 'mockServiceWorker.js']) {
      const response = await fetch(new URL(path, url));
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), /javascript/);
    }
  });
});
