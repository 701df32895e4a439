// The provider's lifecycle steps on bookings (confirm, decline, start, complete, no-show), each
// refusal a 409 transition_refused with its reason, and the provider's list with counts.
import {
  BookingSchema,
  CreatedBookingSchema,
  ProviderBookingsPageSchema,
} from '@booking/core/schemas';
import {
  expect,
  expectProblem,
  expectRefused,
  expectStatus,
  show,
  type Exchange,
} from '../client.js';
import {
  OPEN_WEEK,
  body,
  book,
  clockSkew,
  createEvent,
  dropEvent,
  enc,
  eventInput,
  iso,
  key,
  sleep,
  type Check,
  type Context,
  type Created,
} from '../context.js';
import { schedulePath } from './schedule.js';

/** A provider step on a booking, with the provider's token. */
const step = (context: Context, id: string, name: string, reason?: string) =>
  context.client.send('POST', `/bookings/${enc(id)}/${name}`, {
    token: context.providerToken,
    body: reason ? { reason } : {},
  });

/** Fails unless the step answered 200 with the booking in `status`. */
function expectStep(x: Exchange, status: string): void {
  expectStatus(x, 200);
  const got = body<{ status: string }>(x, BookingSchema, `${x.method} ${x.path}`).status;
  expect(got === status, `${x.method} ${x.path} left the booking "${got}", not "${status}"`);
}

/** How long before an event starts the suite registers for it, in ms. */
const LEAD_MS = 3000;

export const stepChecks: Check[] = [
  {
    id: 'bookings.provider-actions',
    title: 'Provider steps need the provider’s token and follow the lifecycle',
    async run(context) {
      const { client, providerToken, otherProviderToken } = context;
      const { created } = await book(context);
      const id = enc(created.booking.id);
      expectProblem(
        await client.send('POST', `/bookings/${id}/confirm`, {
          token: created.manageToken,
          body: {},
        }),
        [403],
        'forbidden',
      );
      if (otherProviderToken)
        expectProblem(
          await client.send('POST', `/bookings/${id}/confirm`, {
            token: otherProviderToken,
            body: {},
          }),
          [403],
          'forbidden',
        );
      if (created.booking.status === 'pending')
        expectStep(await step(context, created.booking.id, 'confirm'), 'confirmed');
      // Tomorrow's session: no-show opens at its start, start 10 minutes before.
      expectRefused(await step(context, created.booking.id, 'no-show'), 'too_early');
      expectRefused(await step(context, created.booking.id, 'start'), 'too_early');
      expectRefused(await step(context, created.booking.id, 'decline', 'x'), 'wrong_state');
      const read = await client.send('GET', `/bookings/${id}`, { token: providerToken });
      expectStatus(read, 200);
    },
  },
  {
    id: 'bookings.confirm-decline',
    title:
      'With approval on, bookings wait (pending): the provider confirms one and declines another; a second try is refused (409 transition_refused, reason)',
    async run(context) {
      const { client, providerToken, original } = context;
      const approving = await client.send('PUT', schedulePath(context), {
        token: providerToken,
        body: { ...OPEN_WEEK, policy: { ...original.policy, requiresApproval: true } },
      });
      expectStatus(approving, 200);
      try {
        const first = await book(context);
        const second = await book(context);
        for (const { created } of [first, second])
          expect(
            created.booking.status === 'pending',
            `with requiresApproval, a new booking is "${created.booking.status}", not "pending"`,
          );
        const a = first.created.booking.id;
        const b = second.created.booking.id;
        expectStep(await step(context, a, 'confirm'), 'confirmed');
        expectRefused(await step(context, a, 'confirm'), 'wrong_state');
        expectStep(
          await step(context, b, 'decline', 'Declined by the conformance suite'),
          'declined',
        );
        expectRefused(await step(context, b, 'decline', 'Again'), 'wrong_state');
        expectRefused(await step(context, b, 'confirm'), 'wrong_state');
      } finally {
        await client.send('PUT', schedulePath(context), {
          token: providerToken,
          body: { ...OPEN_WEEK, policy: original.policy },
        });
      }
    },
  },
  {
    id: 'bookings.session-steps',
    title:
      'Around a session’s start (a group event a few seconds ahead): start, complete and no-show succeed when due; repeats are refused with a reason',
    async run(context) {
      const { client } = context;
      const probe = await client.send('GET', `/providers/${enc(context.providerId)}`);
      const skew = clockSkew(probe, context.now());
      const serverNow = () => context.now() + skew;
      const start = Math.ceil((serverNow() + LEAD_MS) / 1000) * 1000;
      const { event } = await createEvent(
        context,
        eventInput(context, iso(start), { title: 'Conformance session steps', durationMinutes: 5 }),
      );
      try {
        const register = async (name: string) => {
          const x = await client.send('POST', `/events/${enc(event.id)}/registrations`, {
            key: key(),
            body: { seats: 1, client: { name, email: 'steps@example.com' } },
          });
          expect(
            x.status === 201,
            `registering ${LEAD_MS / 1000} s before the start must work (check that the server's clock agrees with ours): ${show(x)}`,
          );
          return body<Created>(x, CreatedBookingSchema, 'a registration').booking.id;
        };
        const attended = await register('Attending Participant');
        const absent = await register('Absent Participant');
        expectStep(await step(context, attended, 'start'), 'in_progress');
        expectRefused(await step(context, attended, 'start'), 'wrong_state');
        expectStep(await step(context, attended, 'complete'), 'completed');
        expectRefused(await step(context, attended, 'complete'), 'wrong_state');
        expectRefused(await step(context, attended, 'no-show'), 'wrong_state');
        // No-show opens at the start: wait for it (and a little longer if the server says too early).
        await sleep(Math.max(0, start - serverNow()) + 250);
        let noShow = await step(context, absent, 'no-show');
        for (let tries = 0; tries < 10 && noShow.status === 409; tries++) {
          if ((noShow.body as { reason?: string }).reason !== 'too_early') break;
          await sleep(500);
          noShow = await step(context, absent, 'no-show');
        }
        expectStep(noShow, 'no_show');
        expectRefused(await step(context, absent, 'no-show'), 'wrong_state');
      } finally {
        await dropEvent(context, event.id);
      }
    },
  },
  {
    id: 'provider.bookings',
    title:
      'GET /providers/{id}/bookings filters by status and counts per status, for its owner only, with an ETag',
    async run(context) {
      const { client, providerId, providerToken, otherProviderToken } = context;
      const path = `/providers/${enc(providerId)}/bookings`;
      expectProblem(await client.send('GET', path), [401], 'unauthorized');
      if (otherProviderToken)
        expectProblem(
          await client.send('GET', path, { token: otherProviderToken }),
          [403],
          'forbidden',
        );
      const all = await client.send('GET', `${path}?limit=100`, { token: providerToken });
      expectStatus(all, 200);
      const page = body<{ items: { status: string }[]; counts: Record<string, number> }>(
        all,
        ProviderBookingsPageSchema,
        'GET /providers/{id}/bookings',
      );
      expect(
        page.counts.cancelled! >= 1,
        'the counts show no cancelled booking, but the suite cancelled one',
      );
      const etag = all.headers.get('etag');
      expect(etag, 'GET /providers/{id}/bookings has no ETag header');
      expectStatus(
        await client.send('GET', `${path}?limit=100`, {
          token: providerToken,
          headers: { 'if-none-match': etag },
        }),
        304,
      );
      const cancelled = await client.send('GET', `${path}?status=cancelled&limit=100`, {
        token: providerToken,
      });
      expectStatus(cancelled, 200);
      const filtered = body<{ items: { status: string }[] }>(
        cancelled,
        ProviderBookingsPageSchema,
        'status filter',
      );
      expect(
        filtered.items.length > 0 && filtered.items.every((b) => b.status === 'cancelled'),
        'status=cancelled returned other statuses (or none)',
      );
      expectProblem(
        await client.send('GET', `${path}?status=lost`, { token: providerToken }),
        [400, 422],
      );
    },
  },
];
