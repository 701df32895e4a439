// The mock backend in a browser page, through MSW's service worker, driven by core's HTTP adapter.
import { expect } from '@open-wc/testing';
import {
  createHttpAdapter,
  ConflictError,
  NetworkError,
  newIdempotencyKey,
} from '@booking/core/http';
import { computeSlots, quote } from '@booking/core';
import { startMockWorker } from './browser.js';

describe('mock backend in the browser', () => {
  let mock: Awaited<ReturnType<typeof startMockWorker>>;
  const adapter = createHttpAdapter({
    baseUrl: '/mock-api',
    retry: { limit: 1, delayMs: () => 5 },
  });
  before(async () => {
    mock = await startMockWorker({ baseUrl: '/mock-api' });
  });
  after(() => mock.stop());

  it('answers a provider request through the service worker', async () => {
    const response = await fetch('/mock-api/providers/ana');
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body).to.include({ id: 'ana', timeZone: 'Europe/Lisbon' });
    expect(body).not.to.have.property('weekly');
  });

  it('answers an unknown provider with problem details', async () => {
    const response = await fetch('/mock-api/providers/nobody');
    expect(response.status).to.equal(404);
    expect(response.headers.get('content-type')).to.contain('application/problem+json');
    expect((await response.json()).code).to.equal('provider_not_found');
  });

  it('serves availability as rules, never as computed slots', async () => {
    const now = new Date();
    const range = {
      from: now.toISOString(),
      to: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    };
    const body = await adapter.getAvailability('sam', range);
    expect(body.timeZone).to.equal('America/New_York');
    expect(body.weekly.monday).to.deep.equal([{ start: '08:00', end: '18:00' }]);
    expect(body).not.to.have.property('slots');
  });

  it('books a slot once and refuses the same slot again', async () => {
    const now = new Date().toISOString();
    const provider = await adapter.getProvider('sam');
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const availability = await adapter.getAvailability('sam', { from: now, to });
    const start = computeSlots({
      ...availability,
      policy: { ...provider.policy, durationMinutes: 30 },
      from: now,
      to,
      now,
    })[0]!.start;
    const service = provider.services[0]!;
    const request = {
      providerId: 'sam',
      serviceId: service.id,
      start,
      durationMinutes: 30,
      client: { name: 'Browser Test', email: 'browser@example.com' },
      quote: quote({ kind: 'one_to_one', service, durationMinutes: 30, start, now }),
    };
    const created = await adapter.createBooking(request, { idempotencyKey: newIdempotencyKey() });
    expect(created.booking.status).to.equal('confirmed');
    let conflict: unknown;
    await adapter
      .createBooking(request, { idempotencyKey: newIdempotencyKey() })
      .catch((e: unknown) => (conflict = e));
    expect(conflict).to.be.instanceOf(ConflictError);
  });

  it('goes offline when told to', async () => {
    mock.backend.faults.offline = true;
    let error: unknown;
    await adapter.getProvider('sam').catch((e: unknown) => (error = e));
    mock.backend.faults.offline = false;
    expect(error).to.be.instanceOf(NetworkError);
  });
});
