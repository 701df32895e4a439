// The script-tag entry defines each element when its tag appears: present before the script runs,
// added to the document later, or inside another component's shadow root (once the page has
// loaded, every element is defined).
import { expect } from '@open-wc/testing';

describe('booking-elements.js (define/auto)', () => {
  let defineElement: (tag: string) => Promise<unknown>;

  before(async () => {
    document.body.append(document.createElement('booking-widget'));
    ({ defineElement } = await import('./auto.js'));
  });

  it('defines an element that was on the page before the script ran', async () => {
    await customElements.whenDefined('booking-widget');
    expect(customElements.get('booking-widget')).to.be.a('function');
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
