// The mock backend in a browser page: a service worker answers the API's requests.
import { setupWorker } from 'msw/browser';
import { createMockHandlers, type MockOptions } from './handlers.js';

/** Options of {@link startMockWorker}. */
export interface WorkerOptions extends MockOptions {
  /** URL of MSW's `mockServiceWorker.js`; default `/mockServiceWorker.js`. */
  workerUrl?: string;
}

/**
 * Starts the mock backend in the page; resolves once requests are intercepted. Requests outside the
 * API pass through untouched.
 *
 * @example
 * await startMockWorker({ baseUrl: '/api' });
 * await fetch('/api/providers/ana'); // answered in the browser
 */
export async function startMockWorker(options: WorkerOptions = {}) {
  const worker = setupWorker(...createMockHandlers(options));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
