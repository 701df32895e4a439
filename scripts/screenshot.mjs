// `npm run screenshot -- <url> <file.png> [width] [time zone] [book]`: a full-page screenshot of a
// page in headless Chromium, for looking at what was built as a user sees it. With `book`, the
// first <booking-widget> is taken to its review step first. Console errors are printed.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './chrome.mjs';

const [url, file, width = '1280', timezoneId = 'Europe/London', action] = process.argv.slice(2);
if (!url || !file) {
  console.error('Usage: npm run screenshot -- <url> <file.png> [width] [time zone] [book]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const context = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  timezoneId,
  locale: 'en-GB',
});
const page = await context.newPage();
page.on('console', (message) => {
  if (message.type() === 'error') console.log(`console error: ${message.text()}`);
});
page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
await page.goto(url);
await page.waitForLoadState('networkidle');
if (action === 'book') {
  const widget = page.locator('booking-widget').first();
  await widget.locator('button.primary').click();
  await widget.locator('.slots button').first().click();
  await widget.locator('#f-name').fill('Screen Shot');
  await widget.locator('#f-email').fill('shot@example.com');
  await widget.locator('button[type=submit]').click();
  await widget.getByRole('button', { name: 'Confirm booking' }).waitFor();
}
await page.screenshot({ path: file, fullPage: true });
await browser.close();
console.log(`Wrote ${file}`);
