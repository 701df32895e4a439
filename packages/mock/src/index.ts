/**
 * @booking/mock: the booking HTTP contract served from memory through MSW, with demo data.
 *
 * @packageDocumentation
 */
export { createMockHandlers, type MockOptions } from './handlers.js';
export { demoProviders, type MockProvider } from './demo-data.js';
