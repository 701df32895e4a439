// Webhook deliveries in the Standard Webhooks format: the body is JSON, and three headers let
// the receiver check it — `webhook-id` (the same on every attempt: receivers drop repeats),
// `webhook-timestamp` (seconds; receivers refuse old ones, against replays) and
// `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` keyed with the
// secret's bytes (the base64 after `whsec_`).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryError } from './mailer.js';
import { OutboundRefused } from './outbound.js';

const keyOf = (secret: string) => Buffer.from(secret.replace(/^whsec_/, ''), 'base64');

/**
 * The `webhook-signature` of a delivery.
 *
 * @example
 * signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
 * // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/**
 * Whether a delivery is genuine and fresh: one of the signatures (space-separated) matches, and
 * the timestamp is within `toleranceSeconds` (default 300) of now. What a receiver does.
 *
 * @example
 * verifyWebhook(secret, request.headers, await request.text(), Date.now());
 */
export function verifyWebhook(
  secret: string,
  headers: { get(name: string): string | null },
  body: string,
  now: number,
  toleranceSeconds = 300,
): boolean {
  const id = headers.get('webhook-id');
  const timestamp = Number(headers.get('webhook-timestamp'));
  const signatures = headers.get('webhook-signature');
  if (!id || !Number.isInteger(timestamp) || !signatures) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, id, timestamp, body).slice(3), 'base64');
  return signatures.split(' ').some((candidate) => {
    const [version, mac] = candidate.split(',');
    if (version !== 'v1' || !mac) return false;
    const given = Buffer.from(mac, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * POSTs one delivery. A 2xx answer delivers it; 410 Gone refuses it for good (the receiver says
 * the endpoint is retired); anything else, a redirect or no answer in time is worth a retry.
 */
export async function postWebhook(
  fetchFn: typeof globalThis.fetch,
  delivery: { url: string; id: string; secret: string; body: string; now: number },
  timeoutMs = 15_000,
): Promise<{ responseStatus: number }> {
  const timestamp = Math.floor(delivery.now / 1000);
  let response: Response;
  try {
    response = await fetchFn(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'booking-server webhooks',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(delivery.secret, delivery.id, timestamp, delivery.body),
      },
      body: delivery.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof OutboundRefused)
      throw new DeliveryError(`${delivery.url} is not delivered to: ${error.message}`, true);
    const cause = (error as Error & { cause?: Error }).cause;
    throw new DeliveryError(
      `No answer from ${delivery.url}: ${cause?.message ?? (error as Error).message}`,
      false,
    );
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { responseStatus: response.status };
  throw new DeliveryError(
    response.status === 410
      ? `${delivery.url} answered 410 Gone: the endpoint is retired, nothing more is tried.`
      : `${delivery.url} answered ${response.status}${response.status >= 300 && response.status < 400 ? ' (a redirect, which deliveries do not follow)' : ''}.`,
    response.status === 410,
    response.status,
  );
}
