/**
 * @booking/mock: the reference server (@booking/server) in memory, with the demo data and fault
 * knobs. `./browser` starts it in a page (MSW service worker), `./server` on a real HTTP port in
 * Node.
 *
 * @packageDocumentation
 */
export {
  createMockBackend,
  type MockBackend,
  type MockFaults,
  type MockOptions,
  type MockSnapshot,
} from './backend.js';
export { createMockHandlers } from './handlers.js';
export {
  demoData,
  localDateAfter,
  localInstant,
  type DemoData,
  type DemoEventSeed,
  type DemoProvider,
} from '@booking/server';
