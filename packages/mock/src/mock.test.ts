import { expect } from '@open-wc/testing';
import { startMockWorker } from './browser.js';

describe('mock backend in the browser', () => {
  let worker: Awaited<ReturnType<typeof startMockWorker>>;
  before(async () => {
    worker = await startMockWorker({ baseUrl: '/mock-api' });
  });
  after(() => worker.stop());

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
    const body = await (await fetch('/mock-api/providers/sam/availability')).json();
    expect(body.timeZone).to.equal('America/New_York');
    expect(body.weekly.monday).to.deep.equal([{ start: '08:00', end: '18:00' }]);
    expect(body).not.to.have.property('slots');
  });
});
