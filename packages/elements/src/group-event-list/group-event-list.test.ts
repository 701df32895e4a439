// <group-event-list> in real Chromium against the mock backend in process. The clock is pinned to
// Monday 2026-11-23 09:00Z; Mia's demo events are laid out from there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpAdapter, type BookingAdapter } from '@booking/core/http';
import { createMockBackend, demoData, type MockBackend } from '@booking/mock';
import '../define/group-event-list.js';
import type { BookingErrorDetail } from '../events/detail.js';
import en from '../shared/catalogs/en.js';
import own from './catalogs/en.js';
import { registration, type GroupEventList } from './group-event-list.js';
import { overflowing, textNode, leftToRight } from '../testing/layout.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const clock = () => NOW;
const BASE = 'http://mock.test/api';

/** The "Load more" button, when there is one. */
const loadMore = (page: Page) =>
  page.$$<HTMLButtonElement>('.actions button').find((b) => b.textContent!.trim() === 'Load more');

class Page {
  constructor(readonly el: GroupEventList) {}
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.el.shadowRoot!.querySelector<T>(selector);
  }
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.el.shadowRoot!.querySelectorAll<T>(selector)];
  }
  heading(): string {
    return this.$('h2')!.textContent!.trim();
  }
  titles(): string[] {
    return this.$$('.event h3').map((h) => h.textContent!.trim());
  }
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await waitUntil(() => !this.$('[aria-busy="true"]'), 'still loading', { timeout: 8000 });
    await this.el.updateComplete;
  }
  async open(title: string): Promise<void> {
    const card = this.$$('.event').find(
      (c) => c.querySelector('h3')!.textContent!.trim() === title,
    )!;
    card.querySelector<HTMLButtonElement>('.actions button')!.click();
    await this.el.updateComplete;
  }
  async fill(id: string, value: string): Promise<void> {
    const input = this.$<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await this.el.updateComplete;
  }
  async submit(): Promise<void> {
    const before = this.heading();
    const notice = this.$('.notice')?.textContent;
    this.$<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(
      () =>
        this.heading() !== before ||
        (this.$('.notice') !== null && this.$('.notice')!.textContent !== notice) ||
        !!this.$('[aria-invalid="true"]'),
      'the registration did not finish',
      { timeout: 8000 },
    );
    await this.el.updateComplete;
  }
}

describe('<group-event-list>', () => {
  let mock: MockBackend;
  let adapter: BookingAdapter;
  beforeEach(() => {
    mock = createMockBackend({ baseUrl: BASE, now: clock });
    adapter = createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => mock.handle(new Request(input as RequestInfo, init)),
      retry: { limit: 1, delayMs: () => 1 },
    });
  });

  async function list(
    attributes = 'provider=mia',
    template?: ReturnType<typeof html>,
  ): Promise<Page> {
    const el = await fixture<GroupEventList>(
      template ??
        html`<group-event-list
          locale="en-GB"
          time-zone="Europe/London"
          .adapter=${adapter}
          .clock=${clock}
        ></group-event-list>`,
    );
    for (const pair of attributes.split(' ').filter(Boolean)) {
      const [name, value = ''] = pair.split('=');
      el.setAttribute(name!, value);
    }
    const page = new Page(el);
    await page.settle();
    return page;
  }

  it('lists upcoming events with time, price, tiers, seats, tags and details on demand', async () => {
    const page = await list();
    expect(page.heading()).to.equal('Group sessions');
    expect(page.titles()).to.deep.equal([
      'Portfolio review circle',
      'UX research office hours',
      'Design critique: mobile onboarding',
    ]);
    const first = page.$$('.event')[0]!;
    expect(first.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Mia Chen · Sunday, 29 November 2026 at 01:00 · 90 min',
    );
    expect(first.querySelector('.price-line')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'US$60.00 per person · US$50.00 each from 2 seats',
    );
    expect(first.querySelector('.seats')!.textContent!.trim()).to.equal('4 seats left');
    expect([...first.querySelectorAll('.tags li')].map((li) => li.textContent)).to.deep.equal([
      'design',
      'career',
    ]);
    expect(first.querySelector('details')!.open).to.equal(false);
    expect(page.$$('.event')[2]!.querySelector('.seats')!.textContent!.trim()).to.equal(
      'Full · waitlist open',
    );
    await expect(page.el).to.be.accessible();
  });

  it('says so in plain words when the registration cannot download, and retries', async () => {
    const saved = registration.importer;
    let fail = true;
    registration.importer = () =>
      fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : saved();
    const errors: string[] = [];
    const { error: consoleError, warn } = console;
    console.error = console.warn = () => undefined;
    try {
      const page = await list();
      page.el.addEventListener('booking-error', (e) =>
        errors.push((e as CustomEvent<BookingErrorDetail>).detail.shown),
      );
      await page.open('Portfolio review circle');
      await waitUntil(() => page.$('.notice.error'), 'no error shown', { timeout: 8000 });
      expect(page.heading()).to.contain('Portfolio review circle');
      expect(page.$('.notice.error')!.textContent).to.contain(en.networkError);
      await expect(page.el).to.be.accessible();
      fail = false;
      page.$<HTMLButtonElement>('.notice.error button')!.click();
      // The retried download may take a moment on a loaded machine.
      await waitUntil(() => page.$('#f-seat-count'), 'the registration form did not open', {
        timeout: 8000,
      });
      await page.settle();
      expect(page.$('#f-seat-count')).to.not.equal(null);
      expect(page.$('.price-table')).to.not.equal(null);
    } finally {
      registration.importer = saved;
      console.error = consoleError;
      console.warn = warn;
    }
    expect(errors.filter(Boolean)).to.deep.equal([en.networkError]);
  });

  it('shows a skeleton while loading and an error with a retry', async () => {
    mock.faults.offline = true;
    const el = await fixture<GroupEventList>(
      html`<group-event-list
        provider="mia"
        locale="en-GB"
        .adapter=${adapter}
        .clock=${clock}
      ></group-event-list>`,
    );
    const page = new Page(el);
    expect(page.$('.skeleton')).to.not.equal(null);
    await waitUntil(() => page.$('[role=alert]'));
    await expect(el).to.be.accessible();
    mock.faults.offline = false;
    page.$<HTMLButtonElement>('[role=alert] button')!.click();
    await page.settle();
    expect(page.titles().length).to.equal(3);
  });

  it('says the events could not load, in plain words; the detail goes to the event and the console', async () => {
    const truncated = createHttpAdapter({
      baseUrl: BASE,
      retry: 0,
      fetch: async (input, init) => {
        const response = await mock.handle(new Request(input as RequestInfo, init));
        const text = await response.text();
        return new Response(text.slice(0, 20), {
          status: response.status,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const errors: BookingErrorDetail[] = [];
    const logged: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const el = await fixture<GroupEventList>(
        html`<group-event-list
          provider="mia"
          locale="en-GB"
          .adapter=${truncated}
          .clock=${clock}
          @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
        ></group-event-list>`,
      );
      const page = new Page(el);
      await waitUntil(() => page.$('[role=alert]'));
      const text = page.$('[role=alert]')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(own.eventsLoadError);
      expect(text).to.contain(en.contractError);
      expect(text).to.not.contain('booking calendar');
      expect(text).to.not.match(/GET \/|JSON|booking contract|answered/);
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
    }
    expect(errors.map((e) => [e.kind, e.step])).to.deep.equal([['contract', 'list']]);
    expect(errors[0]!.message).to.contain('GET /events answered outside the booking contract');
    expect(logged.join('\n')).to.contain('GET /events answered outside the booking contract');
  });

  it('isolates text from the backend: an unclosed U+202E in a name never reverses the date beside it', async () => {
    const data = demoData(NOW);
    data.providers.find((p) => p.provider.id === 'mia')!.provider.name = 'Mia Chen\u202e';
    data.events[0]!.title = 'Portfolio review circle\u202e';
    data.events[0]!.tags = ['design\u202e', 'career'];
    mock = createMockBackend({ baseUrl: BASE, now: clock, data });
    const page = await list();
    const first = page.$$('.event')[0]!;
    expect(leftToRight(textNode(first, 'Sunday, 29 November 2026 at 01:00'))).to.equal(true);
    expect(leftToRight(textNode(first, '90 min'))).to.equal(true);
    await expect(page.el).to.be.accessible();
    await page.open('Portfolio review circle\u202e');
    // The heading "Register: {title}": the title cannot pull "Register:" after it.
    const heading = page.$('h2')!;
    const label = textNode(heading, 'Register:');
    const title = textNode(heading, 'Portfolio review circle\u202e');
    const x = (node: Text) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().left;
    };
    expect(x(label)).to.be.below(x(title));
    await expect(page.el).to.be.accessible();
  });

  it('never sticks out at 320 px: 120-character titles and names, long tags, URLs in instructions', async () => {
    const long = (word: string, n = 120) => word.repeat(Math.ceil(n / word.length)).slice(0, n);
    const data = demoData(NOW);
    data.providers.find((p) => p.provider.id === 'mia')!.provider.name = long('Chen');
    const event = data.events[0]!;
    event.title = long('Portfolio');
    event.tags = [long('design', 60), 'career'];
    event.description = long('Casestudies');
    event.instructions = `Join at https://meet.example.com/${long('room', 100)}?pwd=${long('x', 40)}`;
    mock = createMockBackend({ baseUrl: BASE, now: clock, data });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <group-event-list
          provider="mia"
          locale="en-GB"
          time-zone="Europe/London"
          .adapter=${adapter}
          .clock=${clock}
        ></group-event-list>
      </div>`,
    );
    const page = new Page(wrapper.querySelector('group-event-list')!);
    await page.settle();
    page.$<HTMLDetailsElement>('.event details')!.open = true;
    await page.el.updateComplete;
    expect(overflowing(page.el), 'list').to.deep.equal([]);
    await expect(page.el).to.be.accessible();
    await page.open(long('Portfolio'));
    expect(overflowing(page.el), 'register').to.deep.equal([]);
    await expect(page.el).to.be.accessible();
    await page.fill('f-name', long('Name', 100));
    await page.fill('f-email', `${'x'.repeat(60)}@${'y'.repeat(50)}.com`);
    await page.submit();
    expect(page.heading()).to.equal('Booked');
    expect(overflowing(page.el), 'success').to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });

  it('filters by tag, text, seats and price, in sync with its attributes', async () => {
    const page = await list();
    page.el.setAttribute('tag', 'research');
    await page.settle();
    expect(page.titles()).to.deep.equal(['UX research office hours']);
    expect(page.$<HTMLInputElement>('#f-tag')!.value).to.equal('research');
    page.el.removeAttribute('tag');
    const seats = page.$<HTMLInputElement>('#f-seats')!;
    seats.click();
    await page.settle();
    expect(page.el.hasAttribute('has-seats')).to.equal(true);
    expect(page.titles()).to.not.include('Design critique: mobile onboarding');
    const search = page.$<HTMLInputElement>('#f-q')!;
    search.value = 'critique';
    search.dispatchEvent(new Event('change'));
    await page.settle();
    expect(page.el.getAttribute('q')).to.equal('critique');
    expect(page.titles()).to.deep.equal([]);
    expect(page.$('.notice')!.textContent).to.contain('No group sessions match');
    await expect(page.el).to.be.accessible();
    page.el.removeAttribute('q');
    page.el.removeAttribute('has-seats');
    await page.settle();
    const max = page.$<HTMLInputElement>('#f-max')!;
    max.value = '30';
    max.dispatchEvent(new Event('change'));
    await page.settle();
    expect(page.el.getAttribute('max-price')).to.equal('30');
    expect(page.el.getAttribute('currency')).to.equal('USD');
    expect(page.titles()).to.deep.equal([
      'UX research office hours',
      'Design critique: mobile onboarding',
    ]);
  });

  it('pages with "load more" on the contract’s cursors', async () => {
    const page = await list('provider=mia page-size=2');
    expect(page.titles().length).to.equal(2);
    const more = page
      .$$<HTMLButtonElement>('.actions button')
      .find((b) => b.textContent!.trim() === 'Load more')!;
    more.click();
    await page.settle();
    await waitUntil(() => page.titles().length === 3);
    expect(page.$$('.actions button').some((b) => b.textContent!.trim() === 'Load more')).to.equal(
      false,
    );
  });

  it('stops "load more" when the cursor does not advance, and never lists an event twice', async () => {
    // A backend that ignores the cursor: every page is the first one, with the same next cursor.
    const stuck: BookingAdapter = {
      ...adapter,
      listEvents: (query, options) => adapter.listEvents({ ...query, cursor: undefined }, options),
    };
    const errors: BookingErrorDetail[] = [];
    const { error } = console;
    console.error = () => {};
    try {
      const el = await fixture<GroupEventList>(
        html`<group-event-list
          provider="mia"
          page-size="2"
          locale="en-GB"
          .adapter=${stuck}
          .clock=${clock}
          @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
        ></group-event-list>`,
      );
      const page = new Page(el);
      await page.settle();
      expect(page.titles()).to.deep.equal(['Portfolio review circle', 'UX research office hours']);
      loadMore(page)!.click();
      await page.settle();
      expect(page.titles()).to.deep.equal(['Portfolio review circle', 'UX research office hours']);
      expect(loadMore(page)).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
    }
    expect(errors.map((e) => [e.kind, e.shown])).to.deep.equal([['contract', '']]);
    expect(errors[0]!.message).to.contain('nextCursor');
  });

  it('says when "load more" failed, keeps the list, and retries', async () => {
    const page = await list('provider=mia page-size=2');
    mock.faults.offline = true;
    const { warn } = console;
    console.warn = () => {};
    try {
      loadMore(page)!.click();
      await waitUntil(() => page.$('[role=alert]'), 'no alert');
    } finally {
      console.warn = warn;
    }
    expect(page.$('[role=alert]')!.textContent).to.contain(own.moreEventsError);
    expect(page.titles().length).to.equal(2);
    await expect(page.el).to.be.accessible();
    mock.faults.offline = false;
    page.$<HTMLButtonElement>('[role=alert] button')!.click();
    await page.settle();
    await waitUntil(() => page.titles().length === 3, 'the retry did not load the next page');
    expect(page.$('[role=alert]')).to.equal(null);
  });

  it('registers two seats with the group tier and early booking, and shows the booked view', async () => {
    const seen: string[] = [];
    const page = await list();
    for (const type of [
      'group-event-select',
      'group-event-register-request',
      'group-event-registered',
    ])
      page.el.addEventListener(type, (e) =>
        seen.push(`${type}:${(e as CustomEvent).detail.version}`),
      );
    await page.open('Portfolio review circle');
    expect(page.heading()).to.equal('Register: Portfolio review circle');
    expect(page.el.shadowRoot!.activeElement).to.equal(page.$('h2'));
    await page.fill('f-seat-count', '2');
    await page.fill('f-name', 'Group Person');
    await page.fill('f-email', 'group@example.com');
    const rows = page.$$('.price-table tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      '2 × US$60.00 US$120.00',
      'Group of 2 or more -US$20.00',
      'Early booking, 10% off -US$10.00',
      'Total US$90.00',
    ]);
    await expect(page.el).to.be.accessible();
    await page.submit();
    expect(page.heading()).to.equal('Booked');
    expect(page.$('.links a[download]')).to.not.equal(null);
    await expect(page.el).to.be.accessible();
    expect(seen).to.deep.equal([
      'group-event-select:1',
      'group-event-register-request:1',
      'group-event-registered:1',
    ]);
    const registration = (await mock.bookings()).find(
      (b) => b.client.email === 'group@example.com',
    )!;
    expect([registration.seats, registration.quote.total]).to.deep.equal([2, 9000]);
  });

  it('shows a registration whose manage link is javascript:, without the link (api-base)', async () => {
    // A backend outside the contract on purpose: its manage link is javascript:.
    mock = createMockBackend({
      baseUrl: BASE,
      now: clock,
      manageUrl: 'javascript:alert({id})',
      checkResponses: false,
    });
    const fetch = window.fetch;
    window.fetch = (input, init) => mock.handle(new Request(input, init));
    const errors: BookingErrorDetail[] = [];
    const { error } = console;
    console.error = () => {};
    try {
      const el = await fixture<GroupEventList>(
        html`<group-event-list
          provider="mia"
          api-base=${BASE}
          locale="en-GB"
          .clock=${clock}
          @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
        ></group-event-list>`,
      );
      const page = new Page(el);
      await page.settle();
      await page.open('UX research office hours');
      await page.fill('f-name', 'Link Less');
      await page.fill('f-email', 'linkless@example.com');
      await page.submit();
      expect(page.heading()).to.equal('Booked');
      const hrefs = page.$$<HTMLAnchorElement>('a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => !/^(https:|blob:)/.test(href))).to.deep.equal([]);
      expect(page.$('.notice.error')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = fetch;
      console.error = error;
    }
    expect(errors.map((e) => [e.kind, e.shown])).to.deep.equal([['contract', '']]);
    expect((await mock.bookings()).some((b) => b.client.email === 'linkless@example.com')).to.equal(
      true,
    );
  });

  it('validates the details next to each field', async () => {
    const page = await list();
    await page.open('UX research office hours');
    await page.fill('f-email', 'nope');
    await page.submit();
    expect(page.$('#e-name')!.textContent).to.equal('This field is required.');
    expect(page.$('#e-email')!.textContent).to.equal(
      'Enter an email address like name@example.com.',
    );
    await expect(page.el).to.be.accessible();
  });

  it('offers the waitlist for a full event and joins it', async () => {
    const waitlisted: CustomEvent[] = [];
    const page = await list();
    page.el.addEventListener('group-event-waitlisted', (e) => waitlisted.push(e as CustomEvent));
    await page.open('Design critique: mobile onboarding');
    expect(page.$<HTMLButtonElement>('button[type=submit]')!.textContent!.trim()).to.equal(
      'Join the waitlist',
    );
    await page.fill('f-name', 'Wait Person');
    await page.fill('f-email', 'wait@example.com');
    await page.submit();
    expect(page.heading()).to.equal('On the waitlist');
    expect(page.$('p')!.textContent).to.contain('number 1');
    expect(waitlisted[0]!.detail.position).to.equal(1);
    await expect(page.el).to.be.accessible();
  });

  it('handles a race for the last seats without losing what was typed', async () => {
    const page = await list();
    await page.open('Portfolio review circle');
    await page.fill('f-seat-count', '2');
    await page.fill('f-name', 'Racer');
    await page.fill('f-email', 'racer@example.com');
    // Meanwhile, someone else takes three of the four seats.
    for (const n of [2, 1])
      await adapter.register(
        'portfolio-circle',
        { seats: n, client: { name: 'Fast', email: `fast${n}@example.com` } },
        { idempotencyKey: `fast-${n}` },
      );
    await page.submit();
    expect(page.$('.notice')!.textContent).to.contain('Not enough seats are left: 1 free now.');
    expect(page.$<HTMLInputElement>('#f-name')!.value).to.equal('Racer');
    expect(page.$<HTMLButtonElement>('button[type=submit]')!.textContent!.trim()).to.equal(
      'Join the waitlist',
    );
    await expect(page.el).to.be.accessible();
    await page.fill('f-seat-count', '1');
    expect(page.$<HTMLButtonElement>('button[type=submit]')!.textContent!.trim()).to.equal(
      'Register',
    );
    await page.submit();
    expect(page.heading()).to.equal('Booked');
  });

  it('is usable with the keyboard alone', async () => {
    const page = await list();
    const active = () => page.el.shadowRoot!.activeElement as HTMLElement | null;
    page.$$<HTMLButtonElement>('.event .actions button')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(active()).to.equal(page.$('h2'));
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(page.$('#f-seat-count'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Key Board' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'keys@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.heading() === 'Booked', 'not booked', { timeout: 8000 });
    expect(
      (await mock.bookings()).some(
        (b) => b.client.email === 'keys@example.com' && b.eventId === 'research-office-hours',
      ),
    ).to.equal(true);
    const back = page
      .$$<HTMLButtonElement>('.actions button')
      .find((b) => b.textContent!.trim() === 'Back to the list')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(active()!.getAttribute('data-event')).to.equal('research-office-hours');
  });

  it('lays out right to left in Arabic and passes axe in the dark theme', async () => {
    const page = await list('provider=mia locale=ar theme=dark');
    expect(page.$('.widget')!.getAttribute('dir')).to.equal('rtl');
    expect(page.heading()).to.equal('جلسات جماعية');
    await expect(page.el).to.be.accessible();
    await page.open('Portfolio review circle');
    await expect(page.el).to.be.accessible();
  });

  it('revalidates seats when the page becomes visible again', async () => {
    const page = await list();
    expect(page.$$('.event .seats')[1]!.textContent!.trim()).to.equal('11 seats left');
    await adapter.register(
      'research-office-hours',
      { seats: 3, client: { name: 'Other', email: 'other@example.com' } },
      { idempotencyKey: 'other' },
    );
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(
      () => page.$$('.event .seats')[1]!.textContent!.trim() === '8 seats left',
      'seats were not revalidated',
    );
  });
});
