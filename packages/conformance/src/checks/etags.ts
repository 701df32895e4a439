// Entity tags as RFC 9110 §13.1 compares them: If-None-Match uses the weak comparison (W/"x"
// matches "x", and * matches any current representation); If-Match uses the strong one, so a weak
// tag never matches.
import { ScheduleSchema, type Schedule } from '@booking/core/schemas';
import { expect, expectProblem, expectStatus, show } from '../client.js';
import { OPEN_WEEK, body, type Check } from '../context.js';
import { availabilityPath } from './availability.js';
import { readSchedule, schedulePath } from './schedule.js';

/** The other form of a tag: `W/"x"` for `"x"`, `"x"` for `W/"x"`. */
const flip = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : `W/${tag}`);

export const etagChecks: Check[] = [
  {
    id: 'etag.any',
    title: 'If-None-Match: * on availability answers 304 (it matches any current representation)',
    async run(context) {
      const path = availabilityPath(context);
      const x = await context.client.send('GET', path, { headers: { 'if-none-match': '*' } });
      expectStatus(x, 304);
    },
  },
  {
    id: 'etag.weak-match',
    title:
      'If-None-Match compares weakly: the weak and strong forms of the current ETag both answer 304, another tag 200',
    async run(context) {
      const { client, providerToken } = context;
      const path = availabilityPath(context);
      const first = await client.send('GET', path);
      expectStatus(first, 200);
      const etag = first.headers.get('etag');
      expect(etag, `GET /providers/{id}/availability has no ETag header: ${show(first)}`);
      const flipped = await client.send('GET', path, { headers: { 'if-none-match': flip(etag) } });
      expect(
        flipped.status === 304,
        `If-None-Match: ${flip(etag)} must match the ETag ${etag} (weak comparison): ${show(flipped)}`,
      );
      const listed = await client.send('GET', path, {
        headers: { 'if-none-match': `"conformance-other", ${flip(etag)}` },
      });
      expect(
        listed.status === 304,
        `If-None-Match with a list that holds ${flip(etag)} must answer 304: ${show(listed)}`,
      );
      const other = await client.send('GET', path, {
        headers: { 'if-none-match': '"conformance-other", W/"conformance-other"' },
      });
      expectStatus(other, 200);
      const { etag: own } = await readSchedule(context);
      const schedule = await client.send('GET', schedulePath(context), {
        token: providerToken,
        headers: { 'if-none-match': flip(own) },
      });
      expect(
        schedule.status === 304,
        `If-None-Match: ${flip(own)} must match the schedule's ETag ${own} (weak comparison): ${show(schedule)}`,
      );
    },
  },
  {
    id: 'etag.if-match-strong',
    title: 'If-Match compares strongly: a weak tag never matches (412), and nothing is saved',
    async run(context) {
      const { client, providerToken } = context;
      const path = schedulePath(context);
      const before = await readSchedule(context);
      const weak = `W/${before.etag.replace(/^W\//, '')}`;
      const x = await client.send('PUT', path, {
        token: providerToken,
        body: OPEN_WEEK,
        headers: { 'if-match': weak },
      });
      expectProblem(x, [412], 'precondition_failed');
      const after = await client.send('GET', path, { token: providerToken });
      expectStatus(after, 200);
      const version = body<Schedule>(after, ScheduleSchema, 'GET /providers/{id}/schedule').version;
      expect(
        version === before.schedule.version,
        `If-Match: ${weak} was refused, yet the version moved from "${before.schedule.version}" to "${version}"`,
      );
    },
  },
];
