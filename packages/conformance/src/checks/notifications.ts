// The endpoints that tell people (docs/notifications.md, docs/calendar-feeds.md): the provider's
// notification settings, webhook endpoints with their secret shown once and a delivery log that
// records a booking change, and calendar feeds. Black-box like the other checks; each puts back
// what it changed. Sending (SMTP, the webhook POSTs, fetching feeds) is the server's worker and is
// not observable here beyond the log.
import {
  CalendarFeedListSchema,
  CalendarFeedSchema,
  CreatedWebhookSchema,
  NotificationSettingsSchema,
  WebhookDeliveryPageSchema,
  WebhookListSchema,
  type CalendarFeed,
  type CalendarFeedList,
  type CreatedWebhook,
  type NotificationSettings,
  type WebhookDeliveryPage,
  type WebhookList,
} from '@booking/core/schemas';
import { errorFields, expect, expectProblem, expectStatus, show } from '../client.js';
import { body, book, enc, key, type Check, type Context } from '../context.js';

const base = (context: Context) => `/providers/${enc(context.providerId)}`;

/** 401 without a token, 403 with another provider's (when the suite has one). */
async function ownerOnly(context: Context, method: string, path: string, payload?: unknown) {
  const { client, otherProviderToken } = context;
  const init = payload === undefined ? {} : { body: payload };
  expectProblem(await client.send(method, path, init), [401], 'unauthorized');
  if (otherProviderToken)
    expectProblem(
      await client.send(method, path, { ...init, token: otherProviderToken }),
      [403],
      'forbidden',
    );
}

export const notificationChecks: Check[] = [
  {
    id: 'notifications.settings',
    title:
      'GET/PUT notifications: the provider’s email, language and reminders; absent fields kept, a bad one refused (422 naming it)',
    async run(context) {
      const { client, providerToken } = context;
      const path = `${base(context)}/notifications`;
      await ownerOnly(context, 'GET', path);
      await ownerOnly(context, 'PUT', path, { locale: 'de' });
      const read = await client.send('GET', path, { token: providerToken });
      expectStatus(read, 200);
      const original = body<NotificationSettings>(read, NotificationSettingsSchema, `GET ${path}`);
      try {
        const changed = await client.send('PUT', path, {
          token: providerToken,
          body: { reminderMinutes: [90] },
        });
        expectStatus(changed, 200);
        const saved = body<NotificationSettings>(
          changed,
          NotificationSettingsSchema,
          `PUT ${path}`,
        );
        expect(
          JSON.stringify(saved.reminderMinutes) === '[90]' &&
            saved.locale === original.locale &&
            saved.email === original.email,
          `PUT { reminderMinutes: [90] } should change only the reminders: ${show(changed)}`,
        );
        const bad = await client.send('PUT', path, {
          token: providerToken,
          body: { locale: 'xx', reminderMinutes: [1] },
        });
        expectProblem(bad, [422], 'validation_failed');
        const fields = errorFields(bad);
        expect(
          fields.includes('locale') && fields.some((f) => f.startsWith('reminderMinutes')),
          `the 422 should name locale and reminderMinutes (it names ${fields.join(', ') || 'nothing'})`,
        );
      } finally {
        await client.send('PUT', path, { token: providerToken, body: original });
      }
    },
  },
  {
    id: 'webhooks.lifecycle',
    title:
      'Webhooks: created once per key with a whsec_ secret shown once, listed without it, a booking change in its delivery log, removed with DELETE (204, then 404)',
    async run(context) {
      const { client, providerToken } = context;
      const path = `${base(context)}/webhooks`;
      const input = { url: 'https://hooks.example.com/booking', description: 'conformance' };
      await ownerOnly(context, 'GET', path);
      const bad = await client.send('POST', path, {
        token: providerToken,
        key: key(),
        body: { url: 'not a url', events: ['booking.exploded'] },
      });
      expectProblem(bad, [422], 'validation_failed');
      const k = key();
      const made = await client.send('POST', path, { token: providerToken, key: k, body: input });
      expectStatus(made, 201);
      const created = body<CreatedWebhook>(made, CreatedWebhookSchema, `POST ${path}`);
      const { id } = created.webhook;
      try {
        const replay = await client.send('POST', path, {
          token: providerToken,
          key: k,
          body: input,
        });
        expectStatus(replay, 201);
        expect(
          (replay.body as { webhook?: { id?: string } }).webhook?.id === id,
          `a retry with the same Idempotency-Key made another endpoint: ${show(replay)}`,
        );
        const list = await client.send('GET', path, { token: providerToken });
        expectStatus(list, 200);
        const listed = body<WebhookList>(list, WebhookListSchema, `GET ${path}`);
        expect(
          listed.items.some((w) => w.id === id),
          `the list lacks ${id}: ${show(list)}`,
        );
        expect(
          !JSON.stringify(list.body).includes(created.secret),
          'the list shows the signing secret; it is shown once, when the endpoint is created',
        );

        const { created: booking } = await book(context);
        const cancel = await client.send('POST', `/bookings/${enc(booking.booking.id)}/cancel`, {
          token: booking.manageToken,
          body: {},
        });
        expectStatus(cancel, 200);
        const log = await client.send('GET', `${path}/${enc(id)}/deliveries?limit=10`, {
          token: providerToken,
        });
        expectStatus(log, 200);
        const deliveries = body<WebhookDeliveryPage>(
          log,
          WebhookDeliveryPageSchema,
          'GET …/webhooks/{id}/deliveries',
        );
        const types = deliveries.items.map((d) => d.type);
        expect(
          types[0] === 'booking.cancelled' && types.includes('booking.created'),
          `the delivery log should hold booking.cancelled then booking.created (newest first), holds ${types.join(', ') || 'nothing'}`,
        );
        expect(
          deliveries.items.every((d) => d.webhookId === id && d.payload.type === d.type),
          `each delivery names its endpoint and carries its payload: ${show(log)}`,
        );
      } finally {
        const removed = await client.send('DELETE', `${path}/${enc(id)}`, { token: providerToken });
        expectStatus(removed, 204);
      }
      expectProblem(
        await client.send('DELETE', `${path}/${enc(id)}`, { token: providerToken }),
        [404],
        'not_found',
      );
      expectProblem(
        await client.send('GET', `${path}/${enc(id)}/deliveries`, { token: providerToken }),
        [404],
        'not_found',
      );
    },
  },
  {
    id: 'calendar-feeds.lifecycle',
    title:
      'Calendar feeds: an ICS address added (pending until fetched), listed with its status, a malformed one refused, removed with DELETE (204, then 404)',
    async run(context) {
      const { client, providerToken } = context;
      const path = `${base(context)}/calendar-feeds`;
      await ownerOnly(context, 'GET', path);
      const bad = await client.send('POST', path, {
        token: providerToken,
        key: key(),
        body: { url: 'calendar.example.com/basic.ics' },
      });
      expectProblem(bad, [422], 'validation_failed');
      expect(errorFields(bad).includes('url'), `the 422 should name url: ${show(bad)}`);
      const made = await client.send('POST', path, {
        token: providerToken,
        key: key(),
        body: { url: 'https://calendar.example.com/conformance/basic.ics', name: 'conformance' },
      });
      expectStatus(made, 201);
      const feed = body<CalendarFeed>(made, CalendarFeedSchema, `POST ${path}`);
      try {
        expect(
          feed.status === 'pending' && feed.lastFetchedAt === null,
          `a new feed is pending until its first fetch: ${show(made)}`,
        );
        const list = await client.send('GET', path, { token: providerToken });
        expectStatus(list, 200);
        const listed = body<CalendarFeedList>(list, CalendarFeedListSchema, `GET ${path}`);
        expect(
          listed.items.some((f) => f.id === feed.id),
          `the list lacks ${feed.id}: ${show(list)}`,
        );
      } finally {
        const removed = await client.send('DELETE', `${path}/${enc(feed.id)}`, {
          token: providerToken,
        });
        expectStatus(removed, 204);
      }
      expectProblem(
        await client.send('DELETE', `${path}/${enc(feed.id)}`, { token: providerToken }),
        [404],
        'not_found',
      );
    },
  },
];
