// The mock backend in a browser page: a service worker answers the API's requests.
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend, type MockOptions } from './backend.js';
import { createMockHandlers } from './handlers.js';

/** Options of {@link startMockWorker}. */
export interface WorkerOptions extends MockOptions {
  /** URL of MSW's `mockServiceWorker.js`; default `/mockServiceWorker.js`. */
  workerUrl?: string;
}

/**
 * Starts the mock backend in the page; resolves once requests are intercepted, with the backend
 * (for its fault knobs) and the worker. Requests outside the API pass through untouched.
 *
 * @example
 * const { backend } = await startMockWorker({ baseUrl: '/api' });
 * await fetch('/api/providers/ana'); // answered in the browser
 * backend.faults.latencyMs = 800; // show the loading states
 */
export async function startMockWorker(options: WorkerOptions = {}) {
  const backend: MockBackend = createMockBackend(options);
  const worker = setupWorker(...createMockHandlers(backend));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { backend, worker, stop: () => worker.stop() };
}
