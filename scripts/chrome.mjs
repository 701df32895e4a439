// Finds a Chrome or Chromium executable for the browser tests, the end-to-end checks and screenshots.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The path of a Chrome/Chromium executable, or undefined when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** Like findChrome, but stops the process with instructions when no browser is found. */
export function requireChrome() {
  const path = findChrome();
  if (path) return path;
  const env = process.env.CHROME_PATH;
  console.error(
    [
      env
        ? `CHROME_PATH is set to "${env}", but no file exists there.`
        : 'No Chrome or Chromium was found for the browser tests.',
      'Install one and run again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  macOS:         brew install --cask chromium   (or install Google Chrome)',
      'or point CHROME_PATH at an existing Chrome/Chromium executable.',
    ].join('\n'),
  );
  process.exit(2);
}

/** Flags that keep Chromium quiet and working as root in a closed network. */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
