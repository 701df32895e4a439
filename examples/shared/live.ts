// What the docs and gallery pages run: the mock backend in the browser (a service worker answers
// `/api`), then the script-tag bundle, exactly as a site owner's page loads it, and the provider's
// bundle on a page with provider elements. Pages mark themselves `data-live="ready"` once the
// elements are defined, or `data-live="failed"`.
import { startMockWorker } from '@booking/mock/browser';

/** Every event the elements fire: a live example with `data-event-log` lists them as they come. */
const EVENTS = [
  'booking-ready',
  'booking-step-change',
  'booking-slot-select',
  'booking-request',
  'booking-confirmed',
  'booking-error',
  'group-event-select',
  'group-event-register-request',
  'group-event-registered',
  'group-event-waitlisted',
  'booking-transition-request',
  'booking-transitioned',
];

function logEvents(): void {
  for (const example of document.querySelectorAll<HTMLElement>('[data-event-log]')) {
    const log = document.createElement('ol');
    log.className = 'event-log';
    log.setAttribute('aria-label', 'Events fired by the example');
    example.after(log);
    for (const type of EVENTS) {
      example.addEventListener(type, (event) => {
        const item = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = type;
        const detail = JSON.stringify((event as CustomEvent).detail);
        item.append(name, ` ${detail.length > 240 ? `${detail.slice(0, 240)}…` : detail}`);
        log.prepend(item);
      });
    }
  }
}

try {
  await startMockWorker({
    baseUrl: '/api',
    workerUrl: new URL('../mockServiceWorker.js', import.meta.url).href,
  });
  logEvents();
  await import(/* @vite-ignore */ new URL('./booking-elements.js', import.meta.url).href);
  if (document.querySelector('booking-inbox, availability-editor'))
    await import(/* @vite-ignore */ new URL('./booking-provider.js', import.meta.url).href);
  document.documentElement.dataset.live = 'ready';
} catch (error) {
  document.documentElement.dataset.live = 'failed';
  for (const example of document.querySelectorAll('.live')) {
    const message = document.createElement('p');
    message.className = 'live-error';
    message.textContent = `The live example could not start: ${(error as Error).message}`;
    example.prepend(message);
  }
  throw error;
}
