// The provider's own schedule: read with its version (an ETag), replaced with the token, and
// guarded by If-Match so a stale save is 412 instead of a silent overwrite.
import { ScheduleSchema, type Schedule } from '@booking/core/schemas';
import { errorFields, expect, expectProblem, expectStatus, show } from '../client.js';
import { OPEN_WEEK, body, enc, key, type Check, type Context } from '../context.js';

export const schedulePath = (context: Pick<Context, 'providerId'>) =>
  `/providers/${enc(context.providerId)}/schedule`;

/** GET schedule with the provider's token: the schedule and its ETag. */
export async function readSchedule(context: Context) {
  const x = await context.client.send('GET', schedulePath(context), {
    token: context.providerToken,
  });
  expectStatus(x, 200);
  const schedule = body<Schedule>(x, ScheduleSchema, 'GET /providers/{id}/schedule');
  const etag = x.headers.get('etag');
  expect(etag, `GET /providers/{id}/schedule has no ETag header: ${show(x)}`);
  return { schedule, etag };
}

export const scheduleChecks: Check[] = [
  {
    id: 'schedule.read',
    title:
      'GET schedule needs the provider’s token and returns the zone, windows, policy and a version, with an ETag (304 when unchanged)',
    async run(context) {
      const { client, providerId, otherProviderToken } = context;
      const path = schedulePath(context);
      expectProblem(await client.send('GET', path), [401], 'unauthorized');
      if (otherProviderToken)
        expectProblem(
          await client.send('GET', path, { token: otherProviderToken }),
          [403],
          'forbidden',
        );
      const { schedule, etag } = await readSchedule(context);
      expect(
        schedule.providerId === providerId,
        `the schedule is of "${schedule.providerId}", not "${providerId}"`,
      );
      for (const [day, windows] of Object.entries(OPEN_WEEK.weekly))
        expect(
          JSON.stringify(schedule.weekly[day as keyof Schedule['weekly']]) ===
            JSON.stringify(windows),
          `the schedule's ${day} is ${JSON.stringify(schedule.weekly[day as keyof Schedule['weekly']])}, not the ${JSON.stringify(windows)} the suite saved`,
        );
      const again = await client.send('GET', path, {
        token: context.providerToken,
        headers: { 'if-none-match': etag },
      });
      expectStatus(again, 304);
    },
  },
  {
    id: 'schedule.replace',
    title:
      'PUT schedule needs the provider’s token (401 / 403) and a valid body (422 naming the field)',
    async run(context) {
      const { client, providerToken, otherProviderToken } = context;
      const path = schedulePath(context);
      expectProblem(await client.send('PUT', path, { body: OPEN_WEEK }), [401], 'unauthorized');
      expectProblem(await client.send('PUT', path, { body: OPEN_WEEK, token: `x${key()}` }), [401]);
      if (otherProviderToken)
        expectProblem(
          await client.send('PUT', path, { body: OPEN_WEEK, token: otherProviderToken }),
          [403],
          'forbidden',
        );
      const bad = await client.send('PUT', path, {
        token: providerToken,
        body: { weekly: { funday: [{ start: '09:00', end: '10:00' }] } },
      });
      expectProblem(bad, [422], 'validation_failed');
      const fields = errorFields(bad);
      expect(
        fields.some((f) => f.includes('funday')),
        `the 422 does not name weekly.funday (it names ${fields.join(', ') || 'nothing'})`,
      );
    },
  },
  {
    id: 'schedule.if-match',
    title:
      'PUT schedule with If-Match: the current ETag saves, a stale one is 412 precondition_failed, * always holds',
    async run(context) {
      const { client, providerToken } = context;
      const path = schedulePath(context);
      const before = await readSchedule(context);
      const saved = await client.send('PUT', path, {
        token: providerToken,
        body: OPEN_WEEK,
        headers: { 'if-match': before.etag },
      });
      expectStatus(saved, 200);
      const after = body<Schedule>(saved, ScheduleSchema, 'PUT /providers/{id}/schedule');
      expect(
        after.version !== before.schedule.version,
        `the version stayed "${after.version}" after a save`,
      );
      const stale = await client.send('PUT', path, {
        token: providerToken,
        body: OPEN_WEEK,
        headers: { 'if-match': before.etag },
      });
      expectProblem(stale, [412], 'precondition_failed');
      const current = await readSchedule(context);
      expect(
        current.schedule.version === after.version,
        `a save refused with 412 changed the version from "${after.version}" to "${current.schedule.version}"`,
      );
      expectStatus(
        await client.send('PUT', path, {
          token: providerToken,
          body: OPEN_WEEK,
          headers: { 'if-match': '*' },
        }),
        200,
      );
    },
  },
];
