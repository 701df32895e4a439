// The mock backend as MSW handlers: one catch-all handler per API base that hands the request to
// the backend. The same handlers run in a page (msw/browser) and in Node (msw/node).
import { http } from 'msw';
import { createMockBackend, type MockBackend, type MockOptions } from './backend.js';

/**
 * MSW handlers for a mock backend (a new one from `options`, or the one given).
 *
 * @example
 * const mock = createMockBackend({ baseUrl: 'https://api.test/booking' });
 * const server = setupServer(...createMockHandlers(mock)); // msw/node
 */
export function createMockHandlers(backend: MockBackend | MockOptions = {}) {
  const mock = 'handle' in backend ? backend : createMockBackend(backend);
  const prefix = /^[a-z]+:\/\//i.test(mock.baseUrl)
    ? mock.baseUrl.replace(/\/+$/, '')
    : mock.basePath;
  return [http.all(`${prefix}/*`, ({ request }) => mock.handle(request))];
}
