// The script-tag entry defines each element when its tag appears: present before the script runs,
// added to the document later, or inside another component's shadow root (once the page has
// loaded, every element is defined).
import { expect, oneEvent } from '@open-wc/testing';
import { createMockBackend } from '@booking/mock';

const BASE = 'http://early.test/api';

describe('booking-elements.js (define/auto)', () => {
  let defineElement: (tag: string) => Promise<unknown>;
  const mock = createMockBackend({ baseUrl: BASE });
  /** The backend's requests, and whether <booking-widget> was defined when each was made. */
  const asked: { url: string; defined: boolean }[] = [];
  const realFetch = globalThis.fetch;
  let widget: HTMLElement;
  let ready: Promise<unknown>;

  before(async () => {
    globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(BASE)) return realFetch(input, init);
      asked.push({ url: request.url, defined: !!customElements.get('booking-widget') });
      return mock.handle(request);
    };
    widget = document.createElement('booking-widget');
    widget.setAttribute('provider', 'ana');
    widget.setAttribute('api-base', BASE);
    ready = oneEvent(widget, 'booking-ready');
    document.body.append(widget);
    ({ defineElement } = await import('./auto.js'));
  });

  after(() => {
    globalThis.fetch = realFetch;
  });

  it('defines an element that was on the page before the script ran', async () => {
    await customElements.whenDefined('booking-widget');
    expect(customElements.get('booking-widget')).to.be.a('function');
  });

  it("asks for the widget's provider while its code downloads, and the widget uses that answer", async () => {
    await ready;
    const profile = asked.filter((r) => r.url === `${BASE}/providers/ana`);
    expect(profile).to.deep.equal([{ url: `${BASE}/providers/ana`, defined: false }]);
    widget.remove();
  });

  it('defines an element the page adds later, and one inside a shadow root', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('group-event-list'));
    document.body.append(host, document.createElement('group-event-list'));
    await customElements.whenDefined('group-event-list');
    expect(customElements.get('group-event-list')).to.be.a('function');
  });

  it('says which tags it knows when asked for another', async () => {
    const error = await defineElement('booking-nothing').catch((e: unknown) => e);
    expect((error as Error).message).to.equal('There is no element <booking-nothing>.');
  });
});
