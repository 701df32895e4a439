// End-to-end: builds the site as `npm start` does, serves it, and loads every page in headless
// Chromium: the live demo, every docs page, the gallery, and the script-tag, React and Vue
// examples. No page may log a console error, break its Content-Security-Policy or fail axe; every
// live element must render and every runnable docs example must print. Sessions are booked on the
// demo, the script-tag example, the getting-started docs page, a gallery page and both framework
// examples.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMockBackend } from '@booking/mock';
import { axeViolations, startSite, WAIT } from './e2e.mjs';

describe('the site', () => {
  let pages;
  let url;
  let api;
  let browser;
  let site;
  before(async () => {
    api = createMockBackend({ baseUrl: '/api' });
    site = await startSite({ out: '.cache/e2e-site', api });
    ({ pages, url, browser } = site);
  });
  after(() => site?.close());

  /** Opens a page in a fresh context; `problems` collects console errors and CSP violations. */
  async function open(path, { timezoneId = 'Europe/London', width = 1280 } = {}) {
    const context = await browser.newContext({
      timezoneId,
      locale: 'en-GB',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(new URL(path, url).href);
    return { page, problems, context };
  }

  /** Waits until every element on the page has loaded its data and every example printed. */
  async function settled(page) {
    for (const widget of await page.locator('booking-widget').all())
      await widget.locator('.header .name').waitFor(WAIT);
    for (const list of await page.locator('group-event-list').all())
      await list.locator('.event h3').first().waitFor(WAIT);
    for (const output of await page.locator('output.run-output').all()) {
      // Done, not merely started: an example prints line by line across its awaits.
      await page
        .locator(`output.run-output[data-done]#${await output.getAttribute('id')}`)
        .waitFor(WAIT);
      assert.ok((await output.textContent()).trim().length > 0, 'a runnable example printed');
    }
  }

  /** Books the first free time of the widget's first service. */
  async function book(widget) {
    await widget.locator('button.primary').click();
    await widget.locator('.slots button').first().click(WAIT);
    await widget.locator('#f-name').fill('End To End');
    await widget.locator('#f-email').fill('e2e@example.com');
    await widget.locator('button[type=submit]').click();
    await widget.getByRole('button', { name: 'Confirm booking' }).click();
    await widget.locator('h2', { hasText: /Booked|Request sent/ }).waitFor(WAIT);
  }

  it('loads every page without a console error, passing axe, with every live example working', async () => {
    const checked = [];
    for (const path of [...pages, 'docs/api/index.html']) {
      const { page, problems, context } = await open(path);
      await settled(page);
      assert.deepEqual(problems, [], path);
      // typedoc's pages are its own; every page of ours passes axe.
      if (!path.startsWith('docs/api/')) assert.deepEqual(await axeViolations(page), [], path);
      checked.push(path);
      await context.close();
    }
    for (const expected of ['docs/index.html', 'docs/core.html', 'gallery/experts.html'])
      assert.ok(checked.includes(expected), expected);
    assert.ok(checked.length >= 25, `${checked.length} pages`);
  });

  it('runs the docs examples with the output they promise', async () => {
    const { page, problems, context } = await open('docs/core.html');
    await settled(page);
    const outputs = await page.locator('output.run-output').allTextContents();
    assert.equal(outputs.length, 5);
    // Slots: Wednesday's 13:00 in New York is booked; from Tokyo, that afternoon is Thursday.
    assert.match(
      outputs[0],
      /Seen from Europe\/London:\n {2}2026-11-23 {2}14:00 {2}15:00 {2}16:00\n/,
    );
    assert.match(outputs[0], /\n {2}2026-11-25 {2}19:00 {2}20:00 {2}21:00\n/);
    assert.match(outputs[0], /\n {2}2026-11-26 {2}04:00 {2}05:00 {2}06:00\n/);
    assert.match(outputs[1], /^2026-03-08T07:30:00Z\n2026-11-01T05:30:00Z\n/);
    assert.match(outputs[1], /Europe\/London/);
    assert.match(outputs[2], /total +\$81\.00/);
    assert.match(outputs[3], /timeZone: .*Did you mean "America\/New_York"/);
    assert.match(outputs[4], /^confirmed paid\ncancelled/);
    assert.deepEqual(problems, []);
    await context.close();

    // The guides' examples: New York's fall-back hour offered twice, and the HTTP client against
    // the mock backend: a booking, its keyed retry, and the conflict for someone else.
    const guides = await open('docs/time-zones.html');
    await settled(guides.page);
    const zones = await guides.page.locator('output.run-output').allTextContents();
    assert.match(zones[1], /05:00:00Z = 01:00 -04:00\n.*06:00:00Z = 01:00 -05:00/);
    await guides.page.goto(new URL('docs/http-contract.html', url).href);
    await settled(guides.page);
    const contract = await guides.page.locator('output.run-output').textContent();
    assert.match(
      contract,
      /Booked \S+: confirmed\nRetried: the same booking\n409 slot_unavailable; nearest: /,
    );
    // Each language's messages are their own module of the bundle, loaded when shown.
    await guides.page.goto(new URL('docs/localisation.html', url).href);
    await settled(guides.page);
    const [german, arabic] = await guides.page.locator('booking-widget').all();
    await german.locator('h2', { hasText: 'Termin wählen' }).waitFor(WAIT);
    await arabic.locator('h2', { hasText: 'اختر جلسة' }).waitFor(WAIT);
    assert.equal(await arabic.locator('.widget').getAttribute('dir'), 'rtl');
    assert.deepEqual(guides.problems, []);
    await guides.context.close();
  });

  it('books on the live demo, on the in-browser mock, and shows every product', async () => {
    const { page, problems, context } = await open('/', { timezoneId: 'Asia/Tokyo' });
    await page.locator('#demo[aria-busy="false"]').waitFor(WAIT);
    const widget = page.locator('booking-widget');
    assert.equal(await widget.locator('.header .name').textContent(), 'Ana Ferreira');
    assert.equal(
      await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL),
      new URL('mockServiceWorker.js', url).href,
    );
    for (const [id, name] of [
      ['eleanor', 'Dr Eleanor Hart'],
      ['mia', 'Mia Chen'],
      ['megha', 'Megha Rao'],
      ['sam', 'Sam Okafor'],
    ]) {
      await page.selectOption('select[name=provider]', id);
      await widget.locator('.header .name', { hasText: name }).waitFor(WAIT);
      if (id === 'mia') {
        await page
          .locator('group-event-list .event h3', { hasText: 'Portfolio review circle' })
          .waitFor(WAIT);
        assert.equal(await page.locator('#group').isVisible(), true);
      }
    }
    assert.equal(await page.locator('#group').isVisible(), false);
    const before = (await api.bookings()).length;
    await widget.locator('button.primary').click();
    await widget.locator('.zone-button', { hasText: 'Tokyo' }).waitFor(WAIT);
    await widget.getByRole('button', { name: 'Back' }).click();
    await book(widget);
    assert.match(await widget.locator('.links').textContent(), /Add to calendar/);
    // The booking went to the service worker's backend, not to the server's.
    assert.equal((await api.bookings()).length, before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('books on the plain script-tag example, over HTTP, after picking a zone', async () => {
    const { page, problems, context } = await open('examples/script-tag/');
    const widget = page.locator('booking-widget');
    // The zone picker's popover code is a lazy part of the bundle: it loads and places the popover.
    await widget.locator('button.primary').click();
    await widget.locator('.zone-button').click();
    const search = widget.getByRole('combobox');
    await search.fill('Tokyo');
    await page.waitForFunction(
      () =>
        document.querySelector('booking-widget').shadowRoot.querySelector('.zone-popover')?.style
          .top !== '',
    );
    await search.press('Enter');
    await widget.locator('.zone-button', { hasText: 'Tokyo' }).waitFor(WAIT);
    await widget.getByRole('button', { name: 'Back' }).click();
    const before = (await api.bookings()).length;
    await book(widget);
    assert.equal((await api.bookings()).length, before + 1);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('books on the getting-started page, and requests on a gallery page at phone width', async () => {
    for (const [path, width] of [
      ['docs/index.html', 1280],
      ['gallery/chat.html', 360],
    ]) {
      const { page, problems, context } = await open(path, { width });
      await settled(page);
      await book(page.locator('booking-widget'));
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  });

  it('wires the events into the React and Vue apps', async () => {
    for (const framework of ['react', 'vue']) {
      const { page, problems, context } = await open(`examples/${framework}/`);
      const status = page.locator('.status');
      await status.filter({ hasText: 'Step: service' }).waitFor(WAIT);
      const widget = page.locator('booking-widget');
      // The prefill property reached the element through the framework.
      await widget.locator('button.primary').click();
      await status.filter({ hasText: 'Step: time' }).waitFor(WAIT);
      await widget.locator('.slots button').first().click(WAIT);
      assert.equal(await widget.locator('#f-name').inputValue(), 'Ada Lovelace', framework);
      await widget.locator('#f-email').fill('ada@example.com');
      await widget.locator('button[type=submit]').click();
      await widget.getByRole('button', { name: 'Confirm booking' }).click();
      await status.filter({ hasText: /^Booked: \S+ \(confirmed\)$/ }).waitFor(WAIT);
      assert.deepEqual(problems, [], framework);
      await context.close();
    }
  });

  it('serves the bundle, live.js and the worker as JavaScript, and survives odd requests', async () => {
    const lib =
      pages.length && (await (await fetch(new URL('lib/booking-elements.js', url))).text());
    assert.ok(lib.length > 50_000);
    // Odd request lines get an answer, and the server stays up.
    assert.equal((await fetch(`${url}/`)).status, 200);
    assert.equal((await fetch(`${url}%E0%A4%A`)).status, 400);
    for (const path of ['lib/booking-elements.js', 'lib/live.js', 'mockServiceWorker.js']) {
      const response = await fetch(new URL(path, url));
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), /javascript/);
    }
  });
});
