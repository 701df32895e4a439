// End-to-end: the manage link. Builds the site as `npm start` does, serves it, and in headless
// Chromium books a session on a gallery page, follows the success view's "Manage or cancel this
// booking" link to the gallery's manage page (`<booking-manage from-url>`), moves the booking to
// another time, then cancels it with a reason, and reloads: the page shows it as the mock stored
// it. No page may log a console error, break its Content-Security-Policy or fail axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, startSite, WAIT } from './e2e.mjs';

describe('the manage link', () => {
  let url;
  let browser;
  let site;
  before(async () => {
    site = await startSite({ out: '.cache/e2e-manage', build: { api: false } });
    ({ url, browser } = site);
  });
  after(() => site?.close());

  /** The text of the calendar file a link downloads (the page's CSP keeps fetch off blob: URLs). */
  async function download(page, link) {
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(file.suggestedFilename(), 'booking.ics');
    return readFileSync(await file.path(), 'utf8');
  }

  /** A page in a fresh context; `problems` collects console errors and CSP violations. */
  async function open(path, { timezoneId = 'Europe/London', width = 1280 } = {}) {
    const context = await browser.newContext({
      timezoneId,
      locale: 'en-GB',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(new URL(path, url).href);
    return { page, problems, context };
  }

  it('books on a gallery page, then moves and cancels the booking through its manage link', async () => {
    // Megha's chat sessions (seed 004): requests wait for her, and no cutoff stops a move.
    const { page, problems, context } = await open('gallery/chat.html', {
      timezoneId: 'Europe/Berlin',
    });
    const widget = page.locator('booking-widget');
    await widget.locator('.header .name', { hasText: 'Megha Rao' }).waitFor(WAIT);
    await widget.locator('button.primary').click();
    await widget.locator('.slots button').first().click(WAIT);
    await widget.locator('#f-name').fill('Manage Link');
    await widget.locator('#f-email').fill('manage@example.com');
    await widget.locator('button[type=submit]').click();
    await widget.getByRole('button', { name: 'Confirm booking' }).click();
    await widget.locator('h2', { hasText: 'Request sent' }).waitFor(WAIT);
    // The widget's calendar file: the booking's UID, a request not confirmed yet.
    const added = await download(page, widget.locator('a[download]'));
    const uid = /UID:(bkg_\w+@booking\.dev)/.exec(added)?.[1];
    assert.ok(uid, added);
    assert.match(added, /SEQUENCE:0/);
    assert.match(added, /STATUS:TENTATIVE/);
    const link = widget.getByRole('link', { name: 'Manage or cancel this booking' });
    const href = await link.getAttribute('href');
    assert.match(href, /\/gallery\/manage\.html\?booking=bkg_\w+&token=[\w-]+$/);

    // The manage page, in the same tab: the booking as it was made.
    await link.click();
    await page.waitForURL(/manage\.html/);
    const manage = page.locator('booking-manage');
    await manage.locator('.header .name', { hasText: 'Megha Rao' }).waitFor(WAIT);
    assert.match(await manage.locator('.status').textContent(), /Waiting for confirmation/);
    assert.match(await manage.locator('[part=summary]').textContent(), /Chat session · 30 min/);
    assert.match(await manage.locator('[part=summary]').textContent(), /Berlin/);
    assert.deepEqual(await axeViolations(page), []);

    // Move it: the calendar opens on the booked day, the booked time pressed.
    await manage.getByRole('button', { name: 'Change time' }).click();
    await manage.locator('h2', { hasText: 'Choose a new time' }).waitFor(WAIT);
    await manage.locator('.slots button[aria-pressed="true"]').waitFor(WAIT);
    const before = await manage.locator('.slots button[aria-pressed="true"]').textContent();
    const other = manage.locator('.slots button[aria-pressed="false"]').last();
    const picked = (await other.textContent()).trim();
    await other.click();
    assert.deepEqual(await axeViolations(page), []);
    await manage.getByRole('button', { name: 'Move the booking' }).click();
    await manage.locator('h2', { hasText: 'Time changed' }).waitFor(WAIT);
    assert.match(await manage.locator('section').textContent(), new RegExp(`at ${picked}`));
    // The calendar file updates the event the widget's file added: same UID, SEQUENCE 1.
    const ics = await download(page, manage.locator('a[download]'));
    assert.ok(ics.includes(`UID:${uid}`), ics);
    assert.match(ics, /SEQUENCE:1/);
    assert.match(ics, /METHOD:PUBLISH/);
    assert.deepEqual(await axeViolations(page), []);

    // Cancel it, with a reason.
    await manage.getByRole('button', { name: 'Back to the booking' }).click();
    await manage.getByRole('button', { name: 'Cancel booking' }).click();
    await manage.locator('h2', { hasText: 'Cancel this booking?' }).waitFor(WAIT);
    assert.match(await manage.locator('.refund').textContent(), /Nothing has been paid/);
    await manage.locator('#cancel-reason').fill('Found another time elsewhere');
    await manage.getByRole('button', { name: 'Yes, cancel it' }).click();
    await manage.locator('h2', { hasText: 'Booking cancelled' }).waitFor(WAIT);
    const cancelled = await download(page, manage.locator('a[download]'));
    assert.match(cancelled, /METHOD:CANCEL/);
    assert.match(cancelled, /SEQUENCE:2/);
    assert.deepEqual(await axeViolations(page), []);

    // A reload of the manage link shows the booking as stored: cancelled, moved before.
    await page.reload();
    await manage.locator('.status', { hasText: 'Cancelled' }).waitFor(WAIT);
    const history = await manage.locator('.history').textContent();
    assert.match(history, /Cancelled · by you\s*Reason: Found another time elsewhere/);
    assert.match(history, new RegExp(`Moved from .*${before.trim()}`));
    assert.equal(await manage.getByRole('button', { name: 'Cancel booking' }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('runs the docs page’s example: a booking opened in <booking-manage>, then moved', async () => {
    const { page, problems, context } = await open('docs/booking-manage.html');
    const output = page.locator('output.run-output[data-done]');
    await output.waitFor(WAIT);
    assert.match(
      await output.textContent(),
      /^Booked bkg_\w+ for \S+\nOpened in <booking-manage> above\.\n$/,
    );
    const manage = page.locator('#manage-demo booking-manage');
    await manage.locator('.header .name', { hasText: 'Sam Okafor' }).waitFor(WAIT);
    assert.deepEqual(await axeViolations(page), []);
    await manage.getByRole('button', { name: 'Change time' }).click();
    await manage.locator('.slots button[aria-pressed="false"]').first().click(WAIT);
    await manage.getByRole('button', { name: 'Move the booking' }).click();
    await manage.locator('h2', { hasText: 'Time changed' }).waitFor(WAIT);
    assert.match(await output.textContent(), /\nMoved from \S+ to \S+\n$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says what to do on the manage page without a link, and when the link is wrong', async () => {
    const { page, problems, context } = await open('gallery/manage.html');
    const manage = page.locator('booking-manage');
    await manage
      .locator('.notice', { hasText: 'Open the link in your confirmation email' })
      .waitFor(WAIT);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(new URL('gallery/manage.html?booking=bkg_nothere&token=wrong', url).href);
    await manage.locator('.notice', { hasText: 'could not be found' }).waitFor(WAIT);
    assert.deepEqual(await axeViolations(page), []);
    // The browser's own line for the 404 the wrong link gets; the element logs no error.
    assert.deepEqual(
      problems.filter((p) => !/Failed to load resource: .* status of 404/.test(p)),
      [],
    );
    await context.close();
  });
});
