/**
 * @booking/server: the reference backend of the booking HTTP contract. `createApp` is the contract
 * as a Hono app over a `Store`; this entry has the memory store and runs anywhere `fetch` does
 * (Node, workers, a browser page under MSW). The embedded and PostgreSQL stores are in
 * `@booking/server/pglite` and `@booking/server/postgres`, the Node listener in
 * `@booking/server/node`, the worker that sends emails, reminders and webhooks and reads calendar
 * feeds in `@booking/server/worker`, and the `booking-server` command runs it all.
 *
 * @packageDocumentation
 */
export { createApp, type AppOptions, type CorsOptions } from './app.js';
export type { Limits } from './limits.js';
export { createMemoryStore } from './store/memory.js';
export {
  HoldConflict,
  type Store,
  type Tx,
  type ProviderRecord,
  type ManageTarget,
  type StoredReply,
  type KeyClaim,
  type BookingFilter,
  type EventFilter,
  type OutboxInput,
  type OutboxMessage,
  type OutboxSettlement,
  type StoredWebhook,
  type StoredFeed,
} from './store/types.js';
export { recordChange, recordOffers } from './notify/record.js';
export {
  planChange,
  planOffer,
  type BookingChange,
  type OfferChange,
  type EmailPayload,
  type EmailKind,
  type Recipient,
} from './notify/plan.js';
export {
  demoData,
  loadDemo,
  localDateAfter,
  localInstant,
  type DemoData,
  type DemoEventSeed,
  type DemoProvider,
} from './demo.js';
export { addProvider } from './providers.js';
export { hashToken } from './tokens.js';
