// <booking-inbox> in real Chromium against the mock backend (in process, through the HTTP adapter
// and a fetch that hands requests to the mock), as seed 004's mentor (megha, INR, requests wait for
// her confirmation). The clock is pinned to Monday 2026-11-23 09:00Z (14:30 in Kolkata) and moved
// by the tests that need the session's time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { computeSlots, quote, type Booking } from '@booking/core';
import {
  createHttpAdapter,
  newIdempotencyKey,
  type BookingAdapter,
  type ProviderAdapter,
} from '@booking/core/http';
import { createMockBackend, type MockBackend } from '@booking/mock';
import '../define/booking-inbox.js';
import type { BookingErrorDetail, BookingTransitionedDetail } from '../events/detail.js';
import type { BookingInbox } from './booking-inbox.js';
import ar from './catalogs/ar.js';
import de from './catalogs/de.js';
import en from './catalogs/en.js';
import es from './catalogs/es.js';
import fr from './catalogs/fr.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
let now = NOW;
const clock = () => now;
const BASE = 'http://mock.test/api';
const TOKEN = 'demo-megha-token';
const MINUTE = 60_000;

type Api = BookingAdapter & ProviderAdapter;
let mock: MockBackend;
let api: Api;
/** The bookings made before each test, in the order of `CLIENTS`. */
let made: Booking[];

const CLIENTS = [
  { name: 'Priya Sharma', email: 'priya@example.com', slot: 0 },
  { name: 'Arjun Mehta', email: 'arjun@example.com', slot: 2 },
  { name: 'Priya Sharma', email: 'priya@example.com', slot: 20 },
];

function adapterFor(token: string): Api {
  return createHttpAdapter({
    baseUrl: BASE,
    token,
    fetch: (input, init) => mock.handle(new Request(input as RequestInfo, init)),
    retry: 0,
  });
}

/** Books megha's free slots for the clients, as a visitor would: each one waits as a request. */
async function seed(): Promise<Booking[]> {
  const provider = await api.getProvider('megha');
  const from = new Date(NOW).toISOString();
  const to = new Date(NOW + 3 * 86_400_000).toISOString();
  const availability = await api.getAvailability('megha', { from, to });
  const slots = computeSlots({
    ...availability,
    policy: { ...provider.policy, durationMinutes: 30 },
    from,
    to,
    now: from,
  });
  const service = provider.services[0]!;
  const out: Booking[] = [];
  for (const c of CLIENTS) {
    const start = slots[c.slot]!.start;
    const created = await api.createBooking(
      {
        providerId: 'megha',
        serviceId: service.id,
        start,
        durationMinutes: 30,
        client: { name: c.name, email: c.email },
        notes: 'I would like to talk about my first PM interview.',
        quote: quote({ kind: 'one_to_one', service, durationMinutes: 30, start, now: from }),
      },
      { idempotencyKey: newIdempotencyKey() },
    );
    out.push(created.booking);
  }
  return out;
}

beforeEach(async () => {
  now = NOW;
  mock = createMockBackend({ baseUrl: BASE, now: clock });
  api = adapterFor(TOKEN);
  made = await seed();
});

class Page {
  constructor(readonly el: BookingInbox) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }
  heading(): string {
    return this.$('h2')!.textContent!.trim().replace(/\s+/g, ' ');
  }
  names(): string[] {
    return this.$$('.booking .name').map((n) => n.textContent!.trim());
  }
  counts(): Record<string, string> {
    return Object.fromEntries(
      this.$$('.tab').map((b) => [b.dataset.tab!, b.querySelector('.count')?.textContent ?? '']),
    );
  }
  steps(): string[] {
    return this.$$('[data-step]').map((b) => b.dataset.step!);
  }
  notice(): string {
    return this.$('.notice')?.textContent!.trim().replace(/\s+/g, ' ') ?? '';
  }
  async settle(): Promise<void> {
    await waitUntil(() => this.$('.bookings, .empty, [role=alert]') && !this.$('.row-skeleton'));
    await this.el.updateComplete;
  }
  async tab(name: string): Promise<void> {
    this.$<HTMLButtonElement>(`.tab[data-tab=${name}]`)!.click();
    await this.el.updateComplete;
    await this.settle();
  }
  async openId(id: string): Promise<void> {
    this.$<HTMLButtonElement>(`[data-booking="${id}"] .open`)!.click();
    await this.el.updateComplete;
  }
  async open(index: number): Promise<void> {
    this.$$<HTMLButtonElement>('.booking .open')[index]!.click();
    await this.el.updateComplete;
  }
  async step(step: string): Promise<void> {
    this.$<HTMLButtonElement>(`[data-step=${step}]`)!.click();
    await this.el.updateComplete;
  }
  async done(): Promise<void> {
    await waitUntil(() => !this.el._busy && this.$('.notice'), 'no outcome shown');
    await this.el.updateComplete;
  }
}

async function inbox(
  options: { locale?: string; theme?: string; pageSize?: number; token?: string } = {},
): Promise<Page> {
  const el = await fixture<BookingInbox>(
    html`<booking-inbox
      provider="megha"
      time-zone="Asia/Kolkata"
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      page-size=${options.pageSize ?? 20}
      .adapter=${options.token === undefined ? api : adapterFor(options.token)}
      .token=${options.token ?? TOKEN}
      .clock=${clock}
    ></booking-inbox>`,
  );
  const page = new Page(el);
  await page.settle();
  return page;
}

describe('<booking-inbox>', () => {
  it('lists the requests with the count of every list, in light, dark and Arabic', async () => {
    const page = await inbox();
    expect(page.heading()).to.equal('Bookings');
    expect(page.names()).to.deep.equal(['Priya Sharma', 'Arjun Mehta', 'Priya Sharma']);
    expect(page.counts()).to.deep.equal({
      requests: '3',
      upcoming: '0',
      today: '2',
      past: '0',
      cancelled: '0',
    });
    expect(page.$('.tab[data-tab=requests]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(page.$('.booking .status')!.textContent!.trim()).to.equal('Request');
    await expect(page.el).to.be.accessible();
    const dark = await inbox({ theme: 'dark' });
    await expect(dark.el).to.be.accessible();
    const arabic = await inbox({ locale: 'ar' });
    expect(arabic.$('.widget')!.getAttribute('dir')).to.equal('rtl');
    expect(arabic.heading()).to.equal(ar.heading);
    await expect(arabic.el).to.be.accessible();
  });

  it('takes the token as a property only, and says so (in words) when it is missing', async () => {
    const errors: BookingErrorDetail[] = [];
    const el = await fixture<BookingInbox>(
      html`<booking-inbox
        provider="megha"
        api-base=${BASE}
        token="demo-megha-token"
        locale="en"
        @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
      ></booking-inbox>`,
    );
    const page = new Page(el);
    await page.settle();
    expect(el.token).to.equal(undefined);
    expect(page.$('[role=alert]')!.textContent).to.contain(en.setupError);
    expect(page.$('[role=alert]')!.textContent).to.not.match(/token|attribute|api-base/);
    expect(errors[0]!.kind).to.equal('config');
    expect(errors[0]!.message).to.contain('token property');
    await expect(el).to.be.accessible();
  });

  it('says in words when the token is refused', async () => {
    const page = await inbox({ token: 'demo-ana-token' });
    expect(page.$('[role=alert]')!.textContent).to.contain(en.authError);
    await expect(page.el).to.be.accessible();
  });

  it('confirms a request with the server’s answer, and the counts follow', async () => {
    const page = await inbox();
    const done: BookingTransitionedDetail[] = [];
    page.el.addEventListener('booking-transitioned', (e) => done.push(e.detail));
    await page.open(1);
    expect(page.heading()).to.equal('Booking of Arjun Mehta');
    expect(page.steps()).to.deep.equal(['confirm', 'decline', 'cancel']);
    expect(page.$('.facts')!.textContent).to.contain('₹500.00');
    await expect(page.el).to.be.accessible();
    await page.step('confirm');
    await page.done();
    expect(page.notice()).to.equal(en.doneConfirm);
    expect(done[0]!.booking.status).to.equal('confirmed');
    expect(done[0]!.previous).to.equal('pending');
    expect(page.steps()).to.deep.equal(['cancel']);
    expect(page.$('.history')!.textContent).to.contain('Confirmed by you');
    expect((await mock.bookings()).find((b) => b.id === made[1]!.id)!.status).to.equal('confirmed');
    await expect(page.el).to.be.accessible();
    page.$<HTMLButtonElement>('.back')!.click();
    await page.settle();
    await waitUntil(() => page.counts().requests === '2');
    expect(page.counts().upcoming).to.equal('1');
    expect(page.names()).to.deep.equal(['Priya Sharma', 'Priya Sharma']);
  });

  it('a listener may stop a step before it is sent', async () => {
    const page = await inbox();
    page.el.addEventListener('booking-transition-request', (e) => e.preventDefault());
    await page.open(0);
    await page.step('confirm');
    expect(page.el._busy).to.equal(undefined);
    const megha = (await mock.bookings()).filter((b) => b.providerId === 'megha');
    expect(megha.map((b) => b.status)).to.deep.equal(['pending', 'pending', 'pending']);
  });

  it('declines with a reason the client reads; a refresh keeps the reason being typed', async () => {
    const page = await inbox();
    await page.open(0);
    await page.step('decline');
    const reason = page.$<HTMLTextAreaElement>('#reason')!;
    expect(page.root.activeElement).to.equal(reason);
    reason.value = 'I am travelling that week';
    reason.dispatchEvent(new Event('input'));
    await expect(page.el).to.be.accessible();
    // Someone else confirms another request meanwhile; the inbox refreshes on its own.
    await api.confirmBooking(made[1]!.id, {});
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => page.el._counts?.upcoming === 1);
    await page.el.updateComplete;
    expect(page.$<HTMLTextAreaElement>('#reason')!.value).to.equal('I am travelling that week');
    page.$<HTMLButtonElement>('.reason-form .primary')!.click();
    await page.done();
    expect(page.notice()).to.equal(en.doneDecline);
    expect(page.$('.history')!.textContent).to.contain('Reason: I am travelling that week');
    expect(page.steps()).to.deep.equal([]);
    expect(page.$('.steps')!.textContent).to.contain(en.noSteps);
    page.$<HTMLButtonElement>('.back')!.click();
    await page.settle();
    await page.tab('cancelled');
    expect(page.names()).to.deep.equal(['Priya Sharma']);
    expect(page.$('.booking .status')!.textContent!.trim()).to.equal('Declined');
    await expect(page.el).to.be.accessible();
  });

  it('refuses a reason over 500 characters next to the field', async () => {
    const page = await inbox();
    await page.open(0);
    await page.step('cancel');
    const reason = page.$<HTMLTextAreaElement>('#reason')!;
    reason.value = 'x'.repeat(501);
    reason.dispatchEvent(new Event('input'));
    page.$<HTMLButtonElement>('.reason-form .primary')!.click();
    await page.el.updateComplete;
    expect(page.$('.field-error')!.textContent).to.equal(en.reasonTooLong);
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    await expect(page.el).to.be.accessible();
  });

  it('starts from 10 minutes before, then completes; no-show opens at the start', async () => {
    await api.confirmBooking(made[0]!.id, {});
    const start = Date.parse(made[0]!.start);
    now = start - 15 * MINUTE;
    const page = await inbox();
    await page.tab('upcoming');
    await page.open(0);
    expect(page.steps()).to.deep.equal(['cancel']);
    expect(page.$('.steps')!.textContent).to.contain('You can start the session from 3:20');
    await expect(page.el).to.be.accessible();
    now = start - 5 * MINUTE;
    page.el.requestUpdate();
    await page.el.updateComplete;
    expect(page.steps()).to.deep.equal(['start', 'complete', 'cancel']);
    await page.step('start');
    await page.done();
    expect(page.notice()).to.equal(en.doneStart);
    expect(page.steps()).to.deep.equal(['complete']);
    now = start + 5 * MINUTE;
    page.el.requestUpdate();
    await page.el.updateComplete;
    expect(page.steps()).to.deep.equal(['complete', 'no_show']);
    await page.step('complete');
    await page.done();
    expect(page.notice()).to.equal(en.doneComplete);
    expect(page.el._selected!.status).to.equal('completed');
    await expect(page.el).to.be.accessible();
  });

  it('marks a no-show', async () => {
    await api.confirmBooking(made[0]!.id, {});
    now = Date.parse(made[0]!.start) + 10 * MINUTE;
    const page = await inbox();
    await page.tab('today');
    await page.open(0);
    expect(page.steps()).to.deep.equal(['start', 'complete', 'no_show']);
    await page.step('no_show');
    await page.done();
    expect(page.notice()).to.equal(en.doneNoShow);
    expect(page.$('.facts')!.textContent).to.not.equal('');
  });

  it('explains refusals in words: too late, and changed by someone else', async () => {
    const page = await inbox();
    const errors: BookingErrorDetail[] = [];
    page.el.addEventListener('booking-error', (e) => errors.push(e.detail));
    await page.open(0);
    // The session starts while the page shows the request: confirm has closed.
    now = Date.parse(made[0]!.start) + MINUTE;
    await page.step('confirm');
    await page.done();
    expect(page.notice()).to.equal(en.refusedTooLate);
    expect(errors[0]!.code).to.equal('transition_refused');
    expect(page.notice()).to.not.match(/transition|409|POST/);
    await expect(page.el).to.be.accessible();
    // Another request, cancelled by the client while the provider looks at it.
    now = NOW;
    page.$<HTMLButtonElement>('.back')!.click();
    await page.settle();
    await page.openId(made[1]!.id);
    await api.cancelBooking(made[1]!.id, TOKEN, { reason: 'Found another mentor' });
    await page.step('confirm');
    await page.done();
    expect(page.notice()).to.equal(en.refusedWrongState.replace('{status}', en.statusCancelled));
    expect(page.steps()).to.deep.equal([]);
  });

  it('cancels with a reason', async () => {
    await api.confirmBooking(made[2]!.id, {});
    const page = await inbox();
    await page.tab('upcoming');
    await page.open(0);
    await page.step('cancel');
    const reason = page.$<HTMLTextAreaElement>('#reason')!;
    reason.value = 'I am unwell';
    reason.dispatchEvent(new Event('input'));
    page.$<HTMLButtonElement>('.reason-form .primary')!.click();
    await page.done();
    expect(page.notice()).to.contain(en.doneCancel);
    expect(page.el._selected!.status).to.equal('cancelled');
    expect(page.$('.history')!.textContent).to.contain('Reason: I am unwell');
  });

  it('searches by client and pages', async () => {
    const page = await inbox({ pageSize: 2 });
    expect(page.names()).to.deep.equal(['Priya Sharma', 'Arjun Mehta']);
    expect(page.$('.pager')!.textContent).to.contain('Page 1');
    page.$$<HTMLButtonElement>('.pager button')[1]!.click();
    await waitUntil(() => page.names().length === 1);
    expect(page.$('.pager')!.textContent).to.contain('Page 2');
    await expect(page.el).to.be.accessible();
    page.$$<HTMLButtonElement>('.pager button')[0]!.click();
    await waitUntil(() => page.names().length === 2);
    const q = page.$<HTMLInputElement>('#q')!;
    q.value = 'arjun';
    q.dispatchEvent(new Event('input'));
    page.$<HTMLButtonElement>('.search-row button')!.click();
    await waitUntil(() => page.names().length === 1);
    expect(page.names()).to.deep.equal(['Arjun Mehta']);
    expect(page.counts().requests).to.equal('1');
    expect(page.$('.searching')!.textContent).to.contain('Clients matching “arjun”');
    q.value = 'nobody';
    q.dispatchEvent(new Event('input'));
    page.$<HTMLButtonElement>('.search-row button')!.click();
    await waitUntil(() => page.$('.empty'));
    expect(page.$('.empty')!.textContent!.trim()).to.equal(
      'No bookings of a client matching “nobody” here.',
    );
    await expect(page.el).to.be.accessible();
  });

  it('shows a client’s record: sessions and totals per currency', async () => {
    await api.confirmBooking(made[0]!.id, {});
    await api.confirmBooking(made[2]!.id, {});
    now = Date.parse(made[0]!.start) + 5 * MINUTE;
    await api.completeBooking(made[0]!.id, {});
    const page = await inbox();
    await page.tab('past');
    await page.open(0);
    page.$<HTMLButtonElement>('.record')!.click();
    await waitUntil(() => page.$('.totals'));
    expect(page.heading()).to.equal('Record of Priya Sharma');
    expect(page.$('.totals')!.textContent!.replace(/\s+/g, ' ')).to.contain('Sessions 2');
    expect(page.$('.totals')!.textContent).to.contain('₹1,000.00');
    expect(page.$$('.sessions')[0]!.textContent).to.contain('Confirmed');
    expect(page.$$('.sessions')[1]!.textContent).to.contain('Completed');
    await expect(page.el).to.be.accessible();
    page.$<HTMLButtonElement>('.back')!.click();
    await page.el.updateComplete;
    expect(page.heading()).to.equal('Booking of Priya Sharma');
  });

  it('is usable with the keyboard alone', async () => {
    const page = await inbox();
    page.$<HTMLButtonElement>('.tab[data-tab=requests]')!.focus();
    // Tabs, the search field and its button, then the first booking's Open.
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    expect(page.root.activeElement?.classList.contains('open')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(page.root.activeElement?.id).to.equal('heading');
    page.$<HTMLButtonElement>('[data-step=decline]')!.focus();
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(page.root.activeElement?.id).to.equal('reason');
    await sendKeys({ type: 'Sorry' });
    // Past "Keep it" to the decline button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await page.done();
    expect(page.notice()).to.equal(en.doneDecline);
    expect(page.$('.history')!.textContent).to.contain('Reason: Sorry');
    page.$<HTMLButtonElement>('.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    // The declined request left the list: the heading has the focus.
    expect(page.root.activeElement?.id).to.equal('heading');
    expect(page.names()).to.deep.equal(['Arjun Mehta', 'Priya Sharma']);
  });

  it('passes axe in every state, in dark and in Arabic RTL', async () => {
    await api.confirmBooking(made[2]!.id, {});
    for (const options of [{ theme: 'dark' }, { locale: 'ar' }, { locale: 'ar', theme: 'dark' }]) {
      const label = JSON.stringify(options);
      // Loading: the answer is held back until axe has looked.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const slow = adapterFor(TOKEN);
      const list = slow.listBookings.bind(slow);
      slow.listBookings = (async (...args: Parameters<typeof list>) => {
        await held;
        return list(...args);
      }) as typeof list;
      const el = await fixture<BookingInbox>(
        html`<booking-inbox
          provider="megha"
          time-zone="Asia/Kolkata"
          locale=${options.locale ?? 'en'}
          theme=${options.theme ?? 'light'}
          .adapter=${slow}
          .token=${TOKEN}
          .clock=${clock}
        ></booking-inbox>`,
      );
      const page = new Page(el);
      await waitUntil(() => page.$('.row-skeleton'), `${label} loading`);
      await expect(el, `${label} loading`).to.be.accessible();
      release();
      await page.settle();
      await expect(el, `${label} requests`).to.be.accessible();
      await page.tab('upcoming');
      await page.open(0);
      await page.step('cancel');
      await expect(el, `${label} booking with its reason form`).to.be.accessible();
      page.$<HTMLButtonElement>('.record')!.click();
      await waitUntil(() => page.$('.totals'));
      await expect(el, `${label} record`).to.be.accessible();
      page.$<HTMLButtonElement>('.back')!.click();
      await el.updateComplete;
      // The reason form is still open; the session starts before it is sent: a refusal.
      now = Date.parse(made[2]!.start) + MINUTE;
      page.$<HTMLButtonElement>('.reason-form .primary')!.click();
      await page.done();
      expect(page.$('.notice.error'), label).to.not.equal(null);
      await expect(el, `${label} refusal`).to.be.accessible();
      now = NOW;
      page.$<HTMLButtonElement>('.back')!.click();
      await page.settle();
      await page.tab('cancelled');
      await expect(el, `${label} empty list`).to.be.accessible();
    }
  });

  it('fits 320 px in English and Arabic: the list, a booking with its reason form, the record', async () => {
    /** What sticks out of the element's box sideways. */
    const overflowing = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll('*')]
        .filter((node) => !node.closest('.visually-hidden'))
        .filter((node) => {
          const b = node.getBoundingClientRect();
          return b.width > 0 && (b.right > box.right + 0.5 || b.left < box.left - 0.5);
        })
        .map((node) => `${node.localName}.${String(node.className)}`);
    };
    for (const locale of ['en', 'ar']) {
      const el = await fixture<BookingInbox>(
        html`<booking-inbox
          style="width: 320px"
          provider="megha"
          time-zone="Asia/Kolkata"
          locale=${locale}
          .adapter=${api}
          .token=${TOKEN}
          .clock=${clock}
        ></booking-inbox>`,
      );
      const page = new Page(el);
      await page.settle();
      expect(overflowing(el), `${locale} list`).to.deep.equal([]);
      await page.open(0);
      await page.step('decline');
      expect(overflowing(el), `${locale} booking`).to.deep.equal([]);
      // The facts are one column: each answer right under its label.
      const [label, answer] = page.$$('.facts > div')[0]!.children;
      expect(answer!.getBoundingClientRect().top).to.be.above(label!.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
      page.$<HTMLButtonElement>('.record')!.click();
      await waitUntil(() => page.$('.totals'));
      expect(overflowing(el), `${locale} record`).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
  });

  for (const [locale, catalog] of Object.entries({ de, fr, es, ar })) {
    it(`speaks ${locale}`, async () => {
      const page = await inbox({ locale });
      expect(page.heading()).to.equal(catalog.heading);
      expect(page.$('.tab[data-tab=requests]')!.textContent).to.contain(catalog.tabRequests);
      expect(page.$('.booking .status')!.textContent!.trim()).to.equal(catalog.statusPending);
      await page.open(0);
      expect(page.$('[data-step=confirm]')!.textContent!.trim()).to.equal(catalog.stepConfirm);
      await page.step('confirm');
      await page.done();
      expect(page.notice()).to.equal(catalog.doneConfirm);
      await expect(page.el).to.be.accessible();
    });
  }

  it('has every message in every language, each its own', () => {
    const keys = Object.keys(en).sort();
    for (const catalog of [de, fr, es, ar]) {
      expect(Object.keys(catalog).sort()).to.deep.equal(keys);
      const same = keys.filter(
        (k) =>
          catalog[k as keyof typeof en] === en[k as keyof typeof en] &&
          !['tabCount', 'duration', 'pageN', 'client'].includes(k),
      );
      expect(same, 'copied from English').to.deep.equal([]);
    }
  });
});
