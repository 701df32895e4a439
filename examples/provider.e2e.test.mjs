// End-to-end, the provider's side: builds the site as `npm start` does, serves it, and works the
// gallery's provider pages in headless Chromium on the in-browser mock, with the page's clock
// pinned. A client books on the page's widget; the request appears in <booking-inbox>, which
// confirms it, completes it once the session's time has come, and shows the client's totals. No
// page may log a console error, break its Content-Security-Policy or fail axe, and the provider's
// token never appears in the page's markup.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startSite, WAIT } from './e2e.mjs';
import { createMockBackend } from '@booking/mock';

/** Monday 2026-11-23, 14:30 in Kolkata: Megha takes chats from 10:00 to 20:00. */
const NOW = Date.parse('2026-11-23T09:00:00Z');
const MINUTE = 60_000;
/** Its own build directory: the other e2e files build theirs and may run at the same time. */
const OUT = '.cache/provider-site';

describe('the provider pages', () => {
  let url;
  let browser;
  let site;
  before(async () => {
    site = await startSite({
      out: OUT,
      api: createMockBackend({ baseUrl: '/api' }),
      build: { api: false },
    });
    ({ url, browser } = site);
  });
  after(() => site?.close());

  /** Opens a page with its clock pinned at NOW; `problems` collects console errors and CSP. */
  async function open(path, { timezoneId = 'Asia/Kolkata' } = {}) {
    const context = await browser.newContext({
      timezoneId,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
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

  /** Books a service (else the first) at its first free time, as a client. */
  async function book(widget, name, email, service) {
    if (service) await widget.getByText(service).click();
    await widget.locator('button.primary').click();
    await widget.locator('.slots button').first().click(WAIT);
    await widget.locator('#f-name').fill(name);
    await widget.locator('#f-email').fill(email);
    await widget.locator('button[type=submit]').click();
    await widget.getByRole('button', { name: 'Confirm booking' }).click();
    await widget.locator('h2', { hasText: 'Request sent' }).waitFor(WAIT);
  }

  it('confirms and completes a chat through the inbox, shows the client’s totals, and cancels another with a reason', async () => {
    const { page, problems, context } = await open('gallery/chat-inbox.html');
    const widget = page.locator('booking-widget');
    const inbox = page.locator('booking-inbox');
    await widget.locator('.header .name').waitFor(WAIT);
    await inbox.locator('.empty', { hasText: 'No requests are waiting for you.' }).waitFor(WAIT);
    // The token is a property set by provider.js: nowhere in the markup.
    assert.doesNotMatch(await page.content(), /demo-megha-token/);
    assert.equal(await inbox.getAttribute('token'), null);
    assert.deepEqual(await axeViolations(page), []);

    await book(widget, 'Kavya Iyer', 'kavya@example.com');
    // The page tells the inbox; the request is there with its count.
    const row = inbox.locator('.booking', { hasText: 'Kavya Iyer' });
    await row.waitFor(WAIT);
    assert.match(await inbox.locator('.tab[data-tab=requests]').textContent(), /Requests\s*1/);
    await row.getByRole('button', { name: /Open the booking of Kavya Iyer/ }).click();
    await inbox.locator('h2', { hasText: 'Booking of Kavya Iyer' }).waitFor(WAIT);
    await inbox.locator('[data-step=confirm]').click();
    await inbox
      .locator('.notice', { hasText: 'Confirmed. The client has been told.' })
      .waitFor(WAIT);
    assert.deepEqual(
      await inbox
        .locator('[data-step]')
        .evaluateAll((buttons) => buttons.map((b) => b.dataset.step)),
      ['cancel'],
    );
    assert.deepEqual(await axeViolations(page), []);

    // Five minutes before the session: the inbox's minute timer finds start and complete open.
    const start = await inbox.evaluate((el) => Date.parse(el._selected.start));
    await page.clock.fastForward(start - 5 * MINUTE - NOW);
    await inbox.locator('[data-step=complete]').waitFor(WAIT);
    await inbox.locator('[data-step=complete]').click();
    await inbox.locator('.notice', { hasText: 'The session is completed.' }).waitFor(WAIT);
    assert.match(await inbox.locator('.history').textContent(), /Completed by you/);

    await inbox.locator('.record').click();
    await inbox.locator('h2', { hasText: 'Record of Kavya Iyer' }).waitFor(WAIT);
    const totals = (await inbox.locator('.totals').textContent()).replace(/\s+/g, ' ');
    assert.match(totals, /Sessions 1/);
    assert.match(totals, /₹500(\.00)?/);
    assert.deepEqual(await axeViolations(page), []);

    // Another client books; Megha cancels with a reason the client will read.
    await inbox.getByRole('button', { name: 'Back to the booking' }).click();
    await inbox.getByRole('button', { name: 'Back to the bookings' }).click();
    await widget.getByRole('button', { name: 'Book another session' }).click();
    await book(widget, 'Rohan Das', 'rohan@example.com');
    const second = inbox.locator('.booking', { hasText: 'Rohan Das' });
    await second.waitFor(WAIT);
    await second.getByRole('button', { name: /Open the booking of Rohan Das/ }).click();
    await inbox.locator('[data-step=cancel]').click();
    await inbox.locator('#reason').fill('I have to travel that evening');
    await inbox.getByRole('button', { name: 'Cancel the booking', exact: true }).click();
    await inbox
      .locator('.notice', { hasText: 'Cancelled. The client has been told.' })
      .waitFor(WAIT);
    assert.match(await inbox.locator('.history').textContent(), /I have to travel that evening/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lists the therapist’s requests to approve, and declines one with a reason', async () => {
    const { page, problems, context } = await open('gallery/therapy-inbox.html', {
      timezoneId: 'Europe/London',
    });
    const widget = page.locator('booking-widget');
    const inbox = page.locator('booking-inbox');
    await widget.locator('.header .name').waitFor(WAIT);
    await inbox.locator('.empty').waitFor(WAIT);
    await book(widget, 'Tom Baker', 'tom@example.com', 'Follow-up session');
    const row = inbox.locator('.booking', { hasText: 'Tom Baker' });
    await row.waitFor(WAIT);
    await row.getByRole('button', { name: /Open the booking of Tom Baker/ }).click();
    await inbox.locator('[data-step=decline]').click();
    await inbox.locator('#reason').fill('I am at a conference that day');
    await inbox.getByRole('button', { name: 'Decline the request' }).click();
    await inbox
      .locator('.notice', { hasText: 'Declined. The client has been told.' })
      .waitFor(WAIT);
    assert.match(await inbox.locator('.history').textContent(), /I am at a conference that day/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
