// What the docs and gallery pages run: the mock backend in the browser (a service worker answers
// `/api`), then the script-tag bundle, exactly as a site owner's page loads it, and the provider's
// bundle on a page with provider elements. Pages mark themselves `data-live="ready"` once the
// elements are defined, or `data-live="failed"`.
//
// Each page starts its own mock, so the one-to-one bookings made in a tab (and the manage tokens
// that open them) are kept in session storage and restored by the next page of the tab: the
// manage link of a gallery page's success view opens the booking on the manage page.
import type { MockBackend, MockSnapshot } from '@booking/mock';
import { startMockWorker } from '@booking/mock/browser';

const KEPT = 'booking-sdk-gallery:bookings';

function kept(): MockSnapshot | undefined {
  try {
    const text = sessionStorage.getItem(KEPT);
    return text ? (JSON.parse(text) as MockSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/** After every change the mock answers, keeps the tab's bookings as they are now. */
function keepBookings(backend: MockBackend, start: MockSnapshot | undefined): void {
  const tokens: Record<string, string> = { ...start?.manageTokens };
  const handle = backend.handle.bind(backend);
  backend.handle = async (request) => {
    const response = await handle(request);
    if (request.method === 'GET' || !response.ok) return response;
    try {
      const body = (await response.clone().json()) as {
        manageToken?: string;
        booking?: { id: string; kind: string };
      };
      if (body.manageToken && body.booking?.kind === 'one_to_one')
        tokens[body.manageToken] = body.booking.id;
      const ids = new Set(Object.values(tokens));
      const bookings = (await backend.bookings()).filter((b) => ids.has(b.id));
      sessionStorage.setItem(KEPT, JSON.stringify({ bookings, manageTokens: tokens }));
    } catch {
      // Not JSON, or storage is full or blocked: this page keeps working, the next starts afresh.
    }
    return response;
  };
}

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
  'booking-cancel-request',
  'booking-cancelled',
  'booking-reschedule-request',
  'booking-rescheduled',
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
  const restore = kept();
  const { backend } = await startMockWorker({
    baseUrl: '/api',
    workerUrl: new URL('../mockServiceWorker.js', import.meta.url).href,
    ...(restore ? { restore } : {}),
  });
  keepBookings(backend, restore);
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
