import { chromium } from 'playwright-core';
const [, , url, out, width = '1280', tz = 'Europe/London', action = ''] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  timezoneId: tz,
  locale: 'en-GB',
});
const page = await context.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text());
});
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
if (action === 'book') {
  const w = page.locator('booking-widget').first();
  await w.locator('button.primary').click();
  await w.locator('.slots button').first().click();
  await w.locator('#f-name').fill('End To End');
  await w.locator('#f-email').fill('e2e@example.com');
  await w.locator('button[type=submit]').click();
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
