/**
 * @booking/server/worker: what the server does besides answering requests, in Node only. The
 * worker delivers the outbox (emails over SMTP with nodemailer, reminders, Standard Webhooks
 * deliveries) and turns providers' calendar feeds (ICS, read with ical.js) into busy time. The
 * `booking-server` command starts one; with `createApp` in your own code, start it beside the app.
 *
 * @packageDocumentation
 */
export {
  createWorker,
  startWorker,
  nextAttemptAt,
  type Worker,
  type WorkerOptions,
  type WorkerRound,
} from './worker.js';
export { smtpMailer, logMailer, DeliveryError, type Mailer, type OutgoingEmail } from './mailer.js';
export { renderEmail, type RenderedEmail, type RenderOptions } from './email.js';
export { signWebhook, verifyWebhook, postWebhook } from './webhooks.js';
export { readFeed, FeedError, type FeedReading, type ReadOptions } from './feed-read.js';
export { fetchFeed, type FeedFetch } from './feeds.js';
