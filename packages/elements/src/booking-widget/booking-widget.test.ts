// <booking-widget> in real Chromium against the mock backend (in process, through the HTTP adapter
// and a fetch that hands requests to the mock). The clock is pinned to Monday 2026-11-23 09:00Z.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { quote } from '@booking/core';
import { ConflictError, createHttpAdapter, type BookingAdapter } from '@booking/core/http';
import { createMockBackend, demoData, type MockBackend, type DemoData } from '@booking/mock';
import '../define/booking-widget.js';
import type { BookingConfirmedDetail, BookingErrorDetail } from '../events/detail.js';
import ar from '../shared/catalogs/ar.js';
import de from '../shared/catalogs/de.js';
import en from '../shared/catalogs/en.js';
import es from '../shared/catalogs/es.js';
import fr from '../shared/catalogs/fr.js';
import type { BookingWidget } from './booking-widget.js';
import { later } from './steps.js';
import { overflowing, textNode, leftToRight } from '../testing/layout.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const clock = () => NOW;
const BASE = 'http://mock.test/api';

function backend(
  data?: DemoData,
  options: { manageUrl?: string; checkResponses?: boolean } = {},
): { mock: MockBackend; adapter: BookingAdapter } {
  const mock = createMockBackend({
    baseUrl: BASE,
    now: clock,
    ...(data ? { data } : {}),
    ...options,
  });
  const adapter = createHttpAdapter({
    baseUrl: BASE,
    fetch: (input, init) => mock.handle(new Request(input as RequestInfo, init)),
    retry: { limit: 2, delayMs: () => 1 },
  });
  return { mock, adapter };
}

/** What only a developer should read: endpoints, placeholders, the contract's own words. */
const DEVELOPER_WORDS = /GET \/|POST \/|\{id\}|JSON|booking contract|answered|attribute/;

/** An HTTP adapter on the mock whose answers to paths matching `path` are cut short. */
function truncating(mock: MockBackend, path: RegExp, method = 'GET'): BookingAdapter {
  return createHttpAdapter({
    baseUrl: BASE,
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input as RequestInfo, init);
      const response = await mock.handle(request);
      if (request.method !== method || !path.test(new URL(request.url).pathname)) return response;
      const text = await response.text();
      return new Response(text.slice(0, 20), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

/** Runs `body` with console.error and console.warn captured; resolves with what they got. */
async function captureConsole(body: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  console.warn = console.error;
  try {
    await body();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return logged;
}

/** The widget as a user sees it (Lion-style page object). */
class Page {
  constructor(readonly el: BookingWidget) {}
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
    return this.$('h2')?.textContent?.trim() ?? '';
  }
  button(name: string | RegExp): HTMLButtonElement {
    const found = this.$$<HTMLButtonElement>('button').find((b) =>
      typeof name === 'string'
        ? b.textContent?.trim() === name || b.getAttribute('aria-label') === name
        : name.test(b.textContent ?? ''),
    );
    if (!found)
      throw new Error(
        `no button ${String(name)} in: ${this.$$('button')
          .map((b) => b.textContent?.trim())
          .join(' | ')}`,
      );
    return found;
  }
  async ready(): Promise<void> {
    await waitUntil(() => this.$('h2'), 'the widget did not load', { timeout: 8000 });
  }
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await waitUntil(() => !this.$('[aria-busy="true"]'), 'still loading', { timeout: 8000 });
    await this.el.updateComplete;
  }
  async toTimes(): Promise<void> {
    this.$<HTMLButtonElement>('button.primary')!.click();
    await this.settle();
  }
  days(): { date: string; has: boolean; label: string }[] {
    return this.$$<HTMLButtonElement>('td button').map((b) => ({
      date: b.textContent!.trim(),
      has: b.classList.contains('has-slots'),
      label: b.getAttribute('aria-label')!,
    }));
  }
  times(): string[] {
    return this.$$('.slots button').map((b) => b.textContent!.trim());
  }
  async pickFirstTime(): Promise<void> {
    this.$$<HTMLButtonElement>('.slots button')[0]!.click();
    await this.el.updateComplete;
  }
  async fill(id: string, value: string): Promise<void> {
    const input = this.$<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await this.el.updateComplete;
  }
  async submitDetails(): Promise<void> {
    this.$<HTMLButtonElement>('button[type=submit]')!.click();
    await this.el.updateComplete;
  }
  async toReview(name = 'Jo Park', email = 'jo@example.com'): Promise<void> {
    await this.toTimes();
    await this.pickFirstTime();
    await this.fill('f-name', name);
    await this.fill('f-email', email);
    await this.submitDetails();
  }
  async confirm(): Promise<void> {
    const before = this.$('.notice')?.textContent;
    this.button(/Confirm booking|Try again/).click();
    await waitUntil(
      () =>
        this.heading() !== 'Review and confirm' ||
        (this.$('.notice') !== null && this.$('.notice')!.textContent !== before),
      'the confirmation did not finish',
      { timeout: 8000 },
    );
    await this.settle();
  }
}

async function mount(template: ReturnType<typeof html>): Promise<Page> {
  sessionStorage.clear();
  const el = await fixture<BookingWidget>(template);
  const page = new Page(el);
  await page.ready();
  return page;
}

/** Mounts a template that holds one widget (in a sized box, say); the page object of the widget. */
async function mountIn(template: ReturnType<typeof html>): Promise<Page> {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(template);
  const page = new Page(wrapper.querySelector('booking-widget')!);
  await page.ready();
  return page;
}

describe('<booking-widget>', () => {
  let mock: MockBackend;
  let adapter: BookingAdapter;
  beforeEach(() => {
    sessionStorage.clear();
    ({ mock, adapter } = backend());
  });

  const widget = (provider = 'sam', zone = 'Europe/Berlin') =>
    mount(
      html`<booking-widget
        provider=${provider}
        time-zone=${zone}
        locale="en-GB"
        .adapter=${adapter}
        .clock=${clock}
      ></booking-widget>`,
    );

  describe('loading and errors', () => {
    it('shows a skeleton, never a blank box, then the first step', async () => {
      mock.faults.latencyMs = 150;
      const el = await fixture<BookingWidget>(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      const page = new Page(el);
      expect(page.$('.skeleton')).to.not.equal(null);
      expect(page.$('[aria-busy="true"]')!.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      await page.ready();
      expect(page.heading()).to.equal('Choose a session');
    });

    it('shows an error with a retry for an unknown provider, and a config error without one', async () => {
      const page = await mount(
        html`<booking-widget
          provider="nobody"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      ).catch(async () => new Page(document.querySelector('booking-widget')!));
      await waitUntil(() => page.$('[role=alert]'));
      expect(page.$('[role=alert]')!.textContent).to.contain('could not load');
      expect(page.$('[role=alert]')!.textContent).to.contain(en.notFoundError);
      expect(page.$('[role=alert]')!.textContent).to.not.contain('There is no provider');
      await expect(page.el).to.be.accessible();
      const errors: BookingErrorDetail[] = [];
      const logged = await captureConsole(async () => {
        const bare = await fixture<BookingWidget>(
          html`<booking-widget
            @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
          ></booking-widget>`,
        );
        await waitUntil(() => bare.shadowRoot!.querySelector('[role=alert]'));
        // The visitor gets plain words; the developer gets the fix, on the event and the console.
        expect(bare.shadowRoot!.textContent).to.contain(en.configError);
        expect(bare.shadowRoot!.textContent).to.not.contain('attribute');
        await expect(bare).to.be.accessible();
      });
      expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
      expect(errors[0]!.message).to.contain('Set the provider attribute');
      expect(logged.join('\n')).to.contain('Set the provider attribute');
    });

    it('never shows developer words: an unreadable answer gets plain words in every language, the detail goes to the event and the console', async () => {
      const truncated = truncating(mock, /\/providers\/sam$/);
      const catalogs = { en, de, fr, es, ar };
      for (const [locale, catalog] of Object.entries(catalogs)) {
        const errors: BookingErrorDetail[] = [];
        const logged = await captureConsole(async () => {
          const el = await fixture<BookingWidget>(
            html`<booking-widget
              provider="sam"
              locale=${locale}
              .adapter=${truncated}
              .clock=${clock}
              @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
            ></booking-widget>`,
          );
          const page = new Page(el);
          await waitUntil(() => page.$('[role=alert]'), `no alert in ${locale}`);
          const text = page.$('[role=alert]')!.textContent!.replace(/\s+/g, ' ');
          expect(text, locale).to.contain(catalog.loadError);
          expect(text, locale).to.contain(catalog.contractError);
          expect(text, locale).to.not.match(DEVELOPER_WORDS);
          await expect(el).to.be.accessible();
        });
        expect(
          errors.map((e) => [e.kind, e.step]),
          locale,
        ).to.deep.equal([['contract', 'service']]);
        expect(errors[0]!.message, locale).to.contain(
          'GET /providers/{id} answered outside the booking contract',
        );
        expect(errors[0]!.shown, locale).to.equal(catalog.contractError);
        expect(logged.join('\n'), locale).to.contain('answered outside the booking contract');
      }
    });

    it('finishes loading when the page moves it while it loads', async () => {
      mock.faults.latencyMs = 100;
      const el = await fixture<BookingWidget>(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await new Page(el).ready();
      expect(new Page(el).heading()).to.equal('Choose a session');
    });

    it('retries a failed load', async () => {
      mock.faults.offline = true;
      const el = await fixture<BookingWidget>(
        html`<booking-widget provider="sam" .adapter=${adapter} .clock=${clock}></booking-widget>`,
      );
      const page = new Page(el);
      await waitUntil(() => page.$('[role=alert]'));
      mock.faults.offline = false;
      page.button('Try again').click();
      await page.ready();
      expect(page.heading()).to.equal('Choose a session');
    });
  });

  describe('first visit', () => {
    it('starts the provider and the visible month’s availability as it connects, and the time step uses them', async () => {
      const calls: string[] = [];
      const windows: { from: string; to: string }[] = [];
      const counting: BookingAdapter = {
        ...adapter,
        getProvider: (...args) => (calls.push('provider'), adapter.getProvider(...args)),
        getAvailability: (id, range, options) => {
          calls.push('availability');
          windows.push(range);
          return adapter.getAvailability(id, range, options);
        },
      };
      sessionStorage.clear();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('booking-widget');
      el.setAttribute('provider', 'sam');
      el.setAttribute('locale', 'en-GB');
      el.setAttribute('time-zone', 'Europe/Berlin');
      el.adapter = counting;
      el.clock = clock;
      host.append(el);
      // As it connects, before any render: no waiting for the language module or the provider.
      expect(calls).to.deep.equal(['provider', 'availability']);
      // The window holds November 2026 in every zone, UTC+14 to UTC-12, whatever the provider's.
      const { from, to } = windows[0]!;
      expect(Date.parse(from)).to.be.at.most(Date.parse('2026-11-01T00:00:00Z') - 14 * 3_600_000);
      expect(Date.parse(to)).to.be.at.least(Date.parse('2026-12-01T00:00:00Z') + 12 * 3_600_000);
      const page = new Page(el);
      await page.ready();
      expect(page.heading()).to.equal('Choose a session');
      await expect(el).to.be.accessible();
      await page.toTimes();
      expect(page.times().slice(0, 2)).to.deep.equal(['14:00', '14:30']);
      // The month on screen is the one fetched at connect: no second request.
      expect(calls).to.deep.equal(['provider', 'availability']);
      await expect(el).to.be.accessible();
    });
  });

  describe('step 1: service and length', () => {
    it('lists each length with its price and preselects the default', async () => {
      const page = await widget('sam');
      const choices = page
        .$$('label.choice')
        .map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      expect(choices).to.deep.equal([
        '30 min US$50.00',
        '60 min US$90.00',
        '90 min US$120.00',
        'Another length (minutes)',
      ]);
      const checked = page.$$<HTMLInputElement>('input[name=duration]').findIndex((i) => i.checked);
      expect(checked).to.equal(1);
      await expect(page.el).to.be.accessible();
    });

    it('takes a custom length on the step, priced from the hourly rate, and refuses others', async () => {
      const page = await widget('sam');
      const custom = page.$$<HTMLInputElement>('input[name=duration]').at(-1)!;
      custom.click();
      await page.el.updateComplete;
      await page.fill('custom-minutes', '80');
      page.button('Continue').click();
      await page.el.updateComplete;
      expect(page.$('#custom-error')!.textContent).to.equal(
        'Choose a length from 30 to 120 minutes, in steps of 15.',
      );
      expect(page.$('#custom-minutes')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(page.el).to.be.accessible();
      await page.fill('custom-minutes', '75');
      expect(page.$$('label.choice').at(-1)!.textContent).to.contain('US$112.50');
      await page.toTimes();
      expect(page.heading()).to.equal('Pick a date and time');
    });

    it('lists several services and switches lengths with them', async () => {
      const page = await widget('eleanor');
      expect(page.$$('input[name=service]').length).to.equal(3);
      page.$$<HTMLInputElement>('input[name=service]')[2]!.click();
      await page.el.updateComplete;
      const prices = page.$$('label.choice .price').map((p) => p.textContent);
      expect(prices).to.deep.equal(['£35.00', '£70.00']);
    });
  });

  describe('step 2: date and time', () => {
    it('shows the provider’s times in the viewer’s zone, days with times marked', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      await page.toTimes();
      expect(page.$('#month-label')!.textContent).to.equal('November 2026');
      const marked = page
        .days()
        .filter((d) => d.has)
        .map((d) => d.date);
      expect(marked).to.deep.equal(['23', '24', '25', '26', '27', '30']);
      // Sam works 08:00-18:00 in New York; 08:00 EST is 14:00 in Berlin. 60-minute steps of 30.
      expect(page.times().slice(0, 3)).to.deep.equal(['14:00', '14:30', '15:00']);
      expect(page.times().at(-1)).to.equal('23:00');
      expect(page.$('.zone-button')!.textContent).to.contain('Berlin');
      expect(page.days().find((d) => d.date === '24')!.label).to.equal(
        'Tuesday, 24 November 2026, times available',
      );
      await expect(page.el).to.be.accessible();
    });

    it('shows 12-hour times when asked, and another zone live', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      page.el.setAttribute('hour-cycle', 'h12');
      await page.toTimes();
      expect(page.times()[0]).to.match(/^2:00\s?pm$/i);
      page.el.setAttribute('time-zone', 'Asia/Tokyo');
      await page.settle();
      expect(page.$('.zone-button')!.textContent).to.contain('Tokyo');
      expect(page.times()[0]).to.match(/^10:00\s?pm$/i);
    });

    it('moves through the date grid with the keyboard (arrows, Home/End, PageUp/PageDown)', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      page.el.setAttribute('week-start', 'monday');
      await page.toTimes();
      const focused = () => page.root.activeElement?.getAttribute('aria-label') ?? '';
      page.$<HTMLButtonElement>('td button[tabindex="0"]')!.focus();
      expect(focused()).to.match(/^Monday,? 23 November/);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.match(/^Tuesday,? 24 November/);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.match(/^Tuesday,? 1 December/);
      await page.settle();
      expect(page.$('#month-label')!.textContent).to.equal('December 2026');
      await sendKeys({ press: 'End' });
      expect(focused()).to.match(/^Sunday,? 6 December/);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.match(/^Monday,? 30 November/);
      await page.settle();
      await sendKeys({ press: 'PageDown' });
      await page.settle();
      expect(focused()).to.match(/^Wednesday,? 30 December/);
      await sendKeys({ press: 'PageUp' });
      await page.settle();
      expect(focused()).to.match(/^Monday,? 30 November/);
      await sendKeys({ press: 'Enter' });
      await page.el.updateComplete;
      expect(page.$('.slots h3')!.textContent).to.equal('Times on Monday, 30 November 2026');
      expect(page.$$('td[aria-selected="true"]').length).to.equal(1);
    });

    it('keeps the keyboard focus on the same date when a month key lands on a day without times', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      page.el.setAttribute('week-start', 'monday');
      await page.toTimes();
      const focused = () => page.root.activeElement?.getAttribute('aria-label') ?? '';
      page.$<HTMLButtonElement>('td button[tabindex="0"]')!.focus();
      await sendKeys({ press: 'PageDown' });
      await page.settle();
      // 23 December is a Wednesday with times; 23 January 2027 is a Saturday without any.
      expect(focused()).to.match(/^Wednesday,? 23 December/);
      await sendKeys({ press: 'PageDown' });
      await page.settle();
      expect(focused()).to.match(/^Saturday,? 23 January 2027, no times/);
      expect(page.$('td button[tabindex="0"]')).to.equal(page.root.activeElement);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.match(/^Sunday,? 24 January 2027/);
    });

    it('opens on the first month with a free day when this month has none left', async () => {
      // Monday 30 November 2026, 17:00 in New York: Sam's day ends at 18:00 and needs an hour's
      // notice, so November has nothing left; December does.
      const late = () => Date.parse('2026-11-30T22:00:00Z');
      const lateMock = createMockBackend({ baseUrl: BASE, now: late });
      const lateAdapter = createHttpAdapter({
        baseUrl: BASE,
        fetch: (input, init) => lateMock.handle(new Request(input as RequestInfo, init)),
      });
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="America/New_York"
          locale="en-GB"
          .adapter=${lateAdapter}
          .clock=${late}
        ></booking-widget>`,
      );
      await page.toTimes();
      expect(page.$('#month-label')!.textContent).to.equal('December 2026');
      expect(page.$('.slots h3')!.textContent).to.equal('Times on Tuesday, 1 December 2026');
      expect(page.times()[0]).to.equal('8:00');
      expect(page.$('.notice')).to.equal(null);
      expect(page.button('Previous month').disabled).to.equal(false);
      await expect(page.el).to.be.accessible();
      // Going back shows November as it is: nothing left, and the way to the next free day.
      page.button('Previous month').click();
      await page.settle();
      expect(page.$('#month-label')!.textContent).to.equal('November 2026');
      expect(page.$('.notice')!.textContent).to.contain('No free times in November 2026.');
    });

    it('says when a month has no times and jumps to the next free day', async () => {
      const data = demoData(NOW);
      const sam = data.providers.find((p) => p.provider.id === 'sam')!;
      sam.overrides = Array.from({ length: 31 }, (_, i) => ({
        date: `2026-12-${String(i + 1).padStart(2, '0')}`,
        windows: [],
      }));
      ({ mock, adapter } = backend(data));
      const page = await widget('sam', 'America/New_York');
      await page.toTimes();
      expect(page.$('#month-label')!.textContent).to.equal('November 2026');
      page.button('Next month').click();
      await page.settle();
      expect(page.$('.notice')!.textContent).to.contain('No free times in December 2026.');
      await expect(page.el).to.be.accessible();
      page.button(/Go to the next free day/).click();
      await page.settle();
      expect(page.$('#month-label')!.textContent).to.equal('January 2027');
      expect(page.$('.slots h3')!.textContent).to.equal('Times on Friday, 1 January 2027');
    });

    it('picks another zone from a searchable popover, and closes it with Escape', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      await page.toTimes();
      page.$<HTMLButtonElement>('.zone-button')!.click();
      // The popover's code downloads on the first open (or when the page is idle).
      await waitUntil(() => page.$('.zone-popover input'), 'the popover opens');
      await page.el.updateComplete;
      const input = page.$<HTMLInputElement>('.zone-popover input')!;
      expect(page.root.activeElement).to.equal(input);
      expect(page.$('.zone-popover')!.hasAttribute('hidden')).to.equal(false);
      await expect(page.el).to.be.accessible();
      await sendKeys({ type: 'kolkata' });
      await page.el.updateComplete;
      expect(page.$$('.zone-popover li').map((li) => li.textContent!.trim())).to.deep.equal([
        'Asia/Kolkata (GMT+5:30)',
      ]);
      await sendKeys({ press: 'Enter' });
      await page.settle();
      expect(page.$('.zone-button')!.textContent).to.contain('Kolkata');
      expect(page.times()[0]).to.equal('18:30');
      page.$<HTMLButtonElement>('.zone-button')!.click();
      await page.el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await page.el.updateComplete;
      expect(page.$('.zone-popover')!.hasAttribute('hidden')).to.equal(true);
      expect(page.root.activeElement).to.equal(page.$('.zone-button'));
    });

    it('revalidates when the page becomes visible again: a time booked meanwhile disappears', async () => {
      let reads = 0;
      const counting: BookingAdapter = {
        ...adapter,
        getAvailability: (...args) => (reads++, adapter.getAvailability(...args)),
      };
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          .adapter=${counting}
          .clock=${clock}
        ></booking-widget>`,
      );
      await page.toTimes();
      expect(page.times()[0]).to.equal('14:00');
      const before = reads;
      const provider = await adapter.getProvider('sam');
      await adapter.createBooking(
        {
          providerId: 'sam',
          serviceId: 'coaching',
          start: '2026-11-23T13:00:00Z',
          durationMinutes: 60,
          client: { name: 'Someone Else', email: 'else@example.com' },
          quote: quote({
            kind: 'one_to_one',
            service: provider.services[0]!,
            start: '2026-11-23T13:00:00Z',
            now: new Date(NOW).toISOString(),
          }),
        },
        { idempotencyKey: 'meanwhile' },
      );
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => reads > before && page.times()[0] !== '14:00', 'did not revalidate');
      // 14:00-15:00 is taken, with Sam's 15 minutes after it: the grid resumes at 15:30.
      expect(page.times()[0]).to.equal('15:30');
      expect(page.times()).to.not.include('14:00');
    });

    it('lists days with their times in the list layout', async () => {
      const page = await widget('sam', 'Europe/Berlin');
      page.el.setAttribute('layout', 'list');
      await page.toTimes();
      expect(page.$('table')).to.equal(null);
      expect(page.$$('.slots h3').length).to.equal(6);
      await expect(page.el).to.be.accessible();
    });
  });

  describe('steps 3 to 5: details, review, success', () => {
    it('validates the details next to each field with the provider’s questions', async () => {
      const page = await widget('eleanor', 'Europe/London');
      await page.toTimes();
      await page.pickFirstTime();
      expect(page.heading()).to.equal('Your details');
      await page.fill('f-email', 'tom@example');
      await page.submitDetails();
      const error = (id: string) => page.$(`#e-${id}`)?.textContent;
      expect(error('name')).to.equal('This field is required.');
      expect(error('email')).to.equal('Enter an email address like name@example.com.');
      expect(error('q-concern')).to.equal('This field is required.');
      expect(error('q-consent')).to.equal('Please tick this box to continue.');
      expect(page.$('#f-name')!.getAttribute('aria-invalid')).to.equal('true');
      expect(page.$('#f-name')!.getAttribute('aria-describedby')).to.equal('e-name');
      expect(page.$('#f-name')!.hasAttribute('required')).to.equal(true);
      expect(page.root.activeElement).to.equal(page.$('#f-name'));
      await expect(page.el).to.be.accessible();
      await page.fill('f-name', 'Tom Baker');
      expect(error('name')).to.equal(undefined);
    });

    it('prefills from the prefill property', async () => {
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${adapter}
          .clock=${clock}
          .prefill=${{ name: 'Ada Lovelace', email: 'ada@example.com', answers: { goal: 'Promotion' } }}
        ></booking-widget>`,
      );
      await page.toTimes();
      await page.pickFirstTime();
      expect(page.$<HTMLInputElement>('#f-name')!.value).to.equal('Ada Lovelace');
      expect(page.$<HTMLTextAreaElement>('#q-goal')!.value).to.equal('Promotion');
    });

    it('reviews the booking with its price breakdown and books it (with add-to-calendar)', async () => {
      const events: string[] = [];
      const confirmed: CustomEvent[] = [];
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          .adapter=${adapter}
          .clock=${clock}
          @booking-step-change=${(e: CustomEvent) => events.push(`step:${e.detail.step}`)}
          @booking-slot-select=${(e: CustomEvent) => events.push(`slot:${e.detail.start}`)}
          @booking-request=${(e: CustomEvent) => events.push(`request:${e.detail.request.start}`)}
          @booking-confirmed=${(e: CustomEvent) => confirmed.push(e)}
        ></booking-widget>`,
      );
      await page.toReview();
      expect(page.heading()).to.equal('Review and confirm');
      expect(page.$('dl')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Monday, 23 November 2026 at 14:00',
      );
      const rows = page
        .$$('.price-table tr')
        .map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal(['1 × US$90.00 US$90.00', 'Total US$90.00']);
      await expect(page.el).to.be.accessible();
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(page.root.textContent).to.contain('Your session with Sam Okafor is booked.');
      const ics = page.$<HTMLAnchorElement>('a[download]')!;
      expect(ics.href).to.match(/^blob:/);
      const text = await (await fetch(ics.href)).text();
      expect(text).to.contain('DTSTART:20261123T130000Z');
      expect(
        page.$$<HTMLAnchorElement>('.links a').map((a) => new URL(a.href).host),
      ).to.include.members(['calendar.google.com', 'outlook.live.com']);
      await expect(page.el).to.be.accessible();
      expect(events).to.deep.equal([
        'step:time',
        'slot:2026-11-23T13:00:00Z',
        'step:details',
        'step:review',
        'request:2026-11-23T13:00:00Z',
        'step:success',
      ]);
      const detail = confirmed[0]!.detail;
      expect(detail.version).to.equal(1);
      expect(detail.booking.start).to.equal('2026-11-23T13:00:00Z');
      expect(detail.status).to.equal('confirmed');
      expect(detail.manageToken).to.be.a('string');
      expect(confirmed[0]!.bubbles && confirmed[0]!.composed).to.equal(true);
      expect(
        (await mock.bookings()).filter((b) => b.client.email === 'jo@example.com').length,
      ).to.equal(1);
    });

    it('says a request is pending when the provider approves bookings', async () => {
      const page = await widget('megha', 'Asia/Kolkata');
      await page.toReview();
      await page.confirm();
      expect(page.heading()).to.equal('Request sent');
      expect(page.root.textContent).to.contain('Megha Rao will confirm it soon.');
    });

    it('lets the host page cancel the request', async () => {
      const page = await mount(
        html`<booking-widget
          provider="sam"
          .adapter=${adapter}
          .clock=${clock}
          locale="en-GB"
          @booking-request=${(e: Event) => e.preventDefault()}
        ></booking-widget>`,
      );
      const before = (await mock.bookings()).length;
      await page.toReview();
      page.button('Confirm booking').click();
      await new Promise((r) => setTimeout(r, 50));
      expect(page.heading()).to.equal('Review and confirm');
      expect((await mock.bookings()).length).to.equal(before);
    });
  });

  describe('text from the backend', () => {
    it('is isolated: an unclosed U+202E in a name never reverses the words, dates or prices beside it', async () => {
      const data = demoData(NOW);
      const sam = data.providers.find((p) => p.provider.id === 'sam')!.provider;
      sam.name = 'Sam Okafor\u202e';
      sam.headline = 'Coach\u202e';
      sam.services[0]!.name = 'Coaching session\u202e';
      ({ mock, adapter } = backend(data));
      const page = await widget('sam', 'Europe/Berlin');
      expect(leftToRight(textNode(page.$('legend')!, 'Length'))).to.equal(true);
      await page.toTimes();
      await page.pickFirstTime();
      const summary = page.$('dl')!;
      expect(leftToRight(textNode(summary, '60 min'))).to.equal(true);
      await page.fill('f-name', 'Jo Park\u202e');
      await page.fill('f-email', 'jo@example.com');
      await page.submitDetails();
      expect(leftToRight(textNode(page.$('dl')!, 'jo@example.com'))).to.equal(true);
      await expect(page.el).to.be.accessible();
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(leftToRight(textNode(page.root, 'is booked.'))).to.equal(true);
      await expect(page.el).to.be.accessible();
    });
  });

  describe('at 320 px', () => {
    const long = (word: string) => word.repeat(Math.ceil(120 / word.length)).slice(0, 120);

    it('never sticks out: 120-character unbroken names, questions and e-mail, on every step', async () => {
      const data = demoData(NOW);
      const eleanor = data.providers.find((p) => p.provider.id === 'eleanor')!.provider;
      eleanor.name = long('Hart');
      eleanor.headline = long('Physio');
      eleanor.services[0]!.name = long('Consultation');
      eleanor.services[0]!.description = long('Assessment');
      for (const q of eleanor.services[0]!.questions ?? []) {
        q.label = long('Question');
        if (q.help !== undefined) q.help = long('Help');
      }
      ({ mock, adapter } = backend(data));
      const page = await mountIn(
        html`<div style="width: 320px">
          <booking-widget
            provider="eleanor"
            time-zone="Europe/London"
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-widget>
        </div>`,
      );
      const check = async (step: string) => {
        expect(overflowing(page.el), step).to.deep.equal([]);
        await expect(page.el).to.be.accessible();
      };
      await check('service');
      await page.toTimes();
      await check('time');
      await page.pickFirstTime();
      await check('details');
      await page.fill('f-name', long('Name').slice(0, 100)); // the longest name a client may give
      await page.fill('f-email', `${'x'.repeat(60)}@${'y'.repeat(50)}.com`);
      for (const box of page.$$<HTMLInputElement>('input[type=checkbox]')) box.click();
      for (const area of page.$$<HTMLTextAreaElement>('textarea[id^=q-]')) {
        area.value = long('Knee');
        area.dispatchEvent(new Event('input'));
      }
      await page.el.updateComplete;
      await page.submitDetails();
      expect(page.heading()).to.equal('Review and confirm');
      await check('review');
      await page.confirm();
      expect(page.heading()).to.match(/Booked|Request sent/);
      await check('success');
    });

    it('keeps Confirm inside the review step with a long e-mail address', async () => {
      const page = await mountIn(
        html`<div style="width: 320px">
          <booking-widget
            provider="sam"
            time-zone="Europe/London"
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-widget>
        </div>`,
      );
      await page.toReview('Jo Park', `${'jo.park.'.repeat(7)}x@${'example'.repeat(5)}.com`);
      expect(page.heading()).to.equal('Review and confirm');
      const confirm = page.button('Confirm booking').getBoundingClientRect();
      expect(confirm.right).to.be.at.most(page.el.getBoundingClientRect().right);
      expect(overflowing(page.el)).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
    });

    it('keeps the therapy theme’s month grid inside its card at 360 px and 320 px, in English and Arabic', async () => {
      for (const locale of ['en-GB', 'ar'])
        for (const width of [360, 320]) {
          document.querySelector('[data-box]')?.remove();
          const page = await mountIn(
            html`<div data-box style="width: ${width}px; padding: 16px; box-sizing: border-box">
              <booking-widget
                provider="eleanor"
                time-zone="Europe/London"
                locale=${locale}
                style="--booking-font-family: Georgia, 'Times New Roman', serif; --booking-radius: 6px"
                .adapter=${adapter}
                .clock=${clock}
              ></booking-widget>
            </div>`,
          );
          await page.toTimes();
          expect(overflowing(page.el), `${locale} at ${width} px`).to.deep.equal([]);
          await expect(page.el).to.be.accessible();
        }
    });
  });

  describe('a stored booking is never shown as failed', () => {
    const links = (page: Page) =>
      page.$$<HTMLAnchorElement>('a').map((a) => a.getAttribute('href') ?? '');

    for (const unsafe of ['javascript:alert(document.domain)//{id}', 'data:text/html,<b>{id}</b>'])
      it(`shows a booking whose manage link is ${unsafe.split(':')[0]}:, without the link (api-base)`, async () => {
        ({ mock } = backend(undefined, { manageUrl: unsafe, checkResponses: false }));
        const fetch = window.fetch;
        window.fetch = (input, init) => mock.handle(new Request(input, init));
        const confirmed: BookingConfirmedDetail[] = [];
        const errors: BookingErrorDetail[] = [];
        try {
          const logged = await captureConsole(async () => {
            const page = await mount(
              html`<booking-widget
                provider="sam"
                api-base=${BASE}
                locale="en-GB"
                .clock=${clock}
                @booking-confirmed=${(e: CustomEvent<BookingConfirmedDetail>) => confirmed.push(e.detail)}
                @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
              ></booking-widget>`,
            );
            await page.toReview('Safe Link', 'safe@example.com');
            await page.confirm();
            expect(page.heading()).to.equal('Booked');
            expect(page.root.textContent).to.contain('Your session with Sam Okafor is booked.');
            expect(page.$('.notice.error')).to.equal(null);
            expect(links(page).filter((href) => !/^(https:|blob:)/.test(href))).to.deep.equal([]);
            expect(page.$$('a').map((a) => a.textContent!.trim())).to.not.include(en.manage);
            await expect(page.el).to.be.accessible();
          });
          expect(logged.join('\n')).to.contain('manageUrl');
        } finally {
          window.fetch = fetch;
        }
        expect(confirmed.length).to.equal(1);
        expect(confirmed[0]!).to.not.have.property('manageUrl');
        expect(errors.map((e) => [e.kind, e.shown])).to.deep.equal([['contract', '']]);
        expect(errors[0]!.message).to.contain('manageUrl');
        expect(
          (await mock.bookings()).filter((b) => b.client.email === 'safe@example.com').length,
        ).to.equal(1);
      });

    it('never links to a manage URL that is not http(s), whatever the adapter answers', async () => {
      const unsafe: BookingAdapter = {
        ...adapter,
        createBooking: async (request, options) => ({
          ...(await adapter.createBooking(request, options)),
          manageUrl: 'javascript:alert(1)',
        }),
      };
      const confirmed: BookingConfirmedDetail[] = [];
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${unsafe}
          .clock=${clock}
          @booking-confirmed=${(e: CustomEvent<BookingConfirmedDetail>) => confirmed.push(e.detail)}
        ></booking-widget>`,
      );
      await page.toReview();
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(links(page).filter((href) => !/^(https:|blob:)/.test(href))).to.deep.equal([]);
      const ics = await (await fetch(page.$<HTMLAnchorElement>('a[download]')!.href)).text();
      expect(ics).to.not.contain('javascript:');
      expect(confirmed[0]!).to.not.have.property('manageUrl');
    });

    it('says a booking was received when the backend stored it but its answer cannot be read', async () => {
      ({ mock, adapter } = backend(undefined, {
        manageUrl: 'javascript:void({id})',
        checkResponses: false,
      }));
      const errors: BookingErrorDetail[] = [];
      const logged = await captureConsole(async () => {
        const page = await mount(
          html`<booking-widget
            provider="sam"
            time-zone="Europe/Berlin"
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
            @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
          ></booking-widget>`,
        );
        await page.toReview('Stored Anyway', 'stored@example.com');
        await page.confirm();
        expect(page.heading()).to.equal('Booked');
        expect(page.root.textContent).to.contain(en.receivedUnreadable);
        expect(page.$('dl')!.textContent!.replace(/\s+/g, ' ')).to.contain(
          'Monday, 23 November 2026 at 14:00',
        );
        expect(page.$('.notice.error')).to.equal(null);
        expect(page.$$('button').map((b) => b.textContent!.trim())).to.not.include('Try again');
        await expect(page.el).to.be.accessible();
      });
      expect(errors.map((e) => e.kind)).to.deep.equal(['contract']);
      expect(logged.join('\n')).to.contain('POST /bookings answered outside the booking contract');
      expect(
        (await mock.bookings()).filter((b) => b.client.email === 'stored@example.com').length,
      ).to.equal(1);
    });

    it('says so when the stored price differs from the one the visitor confirmed', async () => {
      const dearer: BookingAdapter = {
        ...adapter,
        createBooking: async (request, options) => {
          const created = await adapter.createBooking(request, options);
          const quote = { ...created.booking.quote, total: created.booking.quote.total + 500 };
          return { ...created, booking: { ...created.booking, quote } };
        },
      };
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          .adapter=${dearer}
          .clock=${clock}
        ></booking-widget>`,
      );
      await page.toReview();
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(page.$('.notice')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Please note: the price stored with your booking is US$95.00; you confirmed US$90.00.',
      );
      await expect(page.el).to.be.accessible();
    });
  });

  describe('when things go wrong', () => {
    it('recovers from a taken slot: keeps what was typed and offers the three nearest times', async () => {
      const errors: CustomEvent[] = [];
      const page = await widget('sam', 'Europe/Berlin');
      page.el.addEventListener('booking-error', (e) => errors.push(e as CustomEvent));
      await page.toReview('Jo Park', 'jo@example.com');
      mock.faults.conflictNextCreate = true;
      await page.confirm();
      expect(page.heading()).to.equal('Review and confirm');
      const notice = page.$('.notice')!;
      expect(notice.textContent).to.contain('that time was just taken');
      const alternatives = page.$$('.alternatives button').map((b) => b.textContent!.trim());
      expect(alternatives.length).to.equal(3);
      expect(errors[0]!.detail.code).to.equal('slot_unavailable');
      await expect(page.el).to.be.accessible();
      page.$$<HTMLButtonElement>('.alternatives button')[0]!.click();
      await page.el.updateComplete;
      expect(page.$('.notice')).to.equal(null);
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      const booked = (await mock.bookings()).filter((b) => b.client.email === 'jo@example.com');
      expect(booked.length).to.equal(1);
      expect(booked[0]!.client.name).to.equal('Jo Park');
    });

    it('shows a changed price for confirmation', async () => {
      let first = true;
      const changing: BookingAdapter = {
        ...adapter,
        createBooking: async (request, options) => {
          if (!first) return adapter.createBooking(request, options);
          first = false;
          const fresh = {
            ...request.quote,
            total: request.quote.total + 1000,
            subtotal: request.quote.subtotal + 1000,
            lines: [{ ...request.quote.lines[0]!, unitAmount: 10000, amount: 10000 }],
          } as typeof request.quote;
          throw new ConflictError('POST /bookings', 'The price changed.', 409, {
            type: 'x',
            title: 'x',
            status: 409,
            code: 'price_changed',
            quote: fresh,
          });
        },
      };
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${changing}
          .clock=${clock}
        ></booking-widget>`,
      );
      await page.toReview();
      await page.confirm();
      expect(page.$('.notice')!.textContent).to.contain('The price has changed');
      expect(page.$('.price-table tr.total')!.textContent).to.contain('US$100.00');
    });

    it('retries a create whose answer was lost with the same key, and books once', async () => {
      let lost = 0;
      const keys: string[] = [];
      const flaky = createHttpAdapter({
        baseUrl: BASE,
        retry: { limit: 2, delayMs: () => 1 },
        fetch: async (input, init) => {
          const request = new Request(input as RequestInfo, init);
          if (request.method === 'POST') keys.push(request.headers.get('idempotency-key')!);
          const response = await mock.handle(request);
          if (request.method === 'POST' && lost++ === 0) throw new TypeError('connection reset');
          return response;
        },
      });
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${flaky}
          .clock=${clock}
        ></booking-widget>`,
      );
      await page.toReview('Retry Person', 'retry@example.com');
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(keys.length).to.equal(2);
      expect(keys[0]).to.equal(keys[1]);
      expect(
        (await mock.bookings()).filter((b) => b.client.email === 'retry@example.com').length,
      ).to.equal(1);
    });

    it('keeps everything after a network failure, and the retry reuses the key', async () => {
      let down = true;
      const keys: string[] = [];
      const flaky = createHttpAdapter({
        baseUrl: BASE,
        retry: { limit: 1, delayMs: () => 1 },
        fetch: async (input, init) => {
          const request = new Request(input as RequestInfo, init);
          if (request.method === 'POST') {
            keys.push(request.headers.get('idempotency-key')!);
            if (down) throw new TypeError('network down');
          }
          return mock.handle(request);
        },
      });
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="en-GB"
          .adapter=${flaky}
          .clock=${clock}
        ></booking-widget>`,
      );
      await page.toReview('Net Person', 'net@example.com');
      await page.confirm();
      expect(page.$('.notice.error')!.textContent).to.contain('Everything you entered is kept');
      await expect(page.el).to.be.accessible();
      down = false;
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      expect(new Set(keys).size).to.equal(1);
      expect(
        (await mock.bookings()).filter((b) => b.client.email === 'net@example.com').length,
      ).to.equal(1);
    });

    it('says when the browser is offline and holds the confirmation', async () => {
      const page = await widget('sam');
      await page.toReview();
      window.dispatchEvent(new Event('offline'));
      await page.el.updateComplete;
      expect(page.$('[role=alert]')!.textContent).to.contain('You are offline');
      expect(page.button('Confirm booking').disabled).to.equal(true);
      window.dispatchEvent(new Event('online'));
      await page.el.updateComplete;
      expect(page.button('Confirm booking').disabled).to.equal(false);
    });

    it('keeps the choices and what was typed across a reload', async () => {
      const first = await widget('sam');
      first.el.id = 'booking';
      await first.toTimes();
      await first.pickFirstTime();
      await first.fill('f-name', 'Kept Across');
      await first.fill('f-email', 'kept@example.com');
      const html2 = html`<booking-widget
        id="booking"
        provider="sam"
        time-zone="Europe/Berlin"
        locale="en-GB"
        .adapter=${adapter}
        .clock=${clock}
      ></booking-widget>`;
      first.el.remove();
      const el = await fixture<BookingWidget>(html2);
      const again = new Page(el);
      await again.ready();
      await again.settle();
      expect(again.heading()).to.equal('Your details');
      expect(again.$<HTMLInputElement>('#f-name')!.value).to.equal('Kept Across');
      expect(again.$('dl')!.textContent).to.contain('14:00');
    });
  });

  describe('language, direction, theme, attributes', () => {
    it('speaks German, French, Spanish and Arabic, with dates and money from Intl', async () => {
      const page = await widget('ana', 'Europe/Lisbon');
      const texts: Record<string, string> = {
        de: 'Termin wählen',
        fr: 'Choisissez une séance',
        es: 'Elige una sesión',
        ar: 'اختر جلسة',
      };
      for (const [locale, heading] of Object.entries(texts)) {
        page.el.setAttribute('locale', locale);
        await page.el.updateComplete;
        expect(page.heading()).to.equal(heading);
      }
      page.el.setAttribute('locale', 'de');
      await page.el.updateComplete;
      expect(page.$('label.choice .price')!.textContent).to.equal('45,00\u00a0€');
    });

    it('takes the page’s language when it has no locale', async () => {
      const lang = document.documentElement.lang;
      document.documentElement.lang = 'es';
      try {
        const page = await mount(
          html`<booking-widget
            provider="sam"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-widget>`,
        );
        expect(page.heading()).to.equal('Elige una sesión');
      } finally {
        document.documentElement.lang = lang;
      }
    });

    it('lays out right to left in Arabic, arrows following the reading direction', async () => {
      const page = await mount(
        html`<booking-widget
          provider="sam"
          locale="ar"
          time-zone="Asia/Dubai"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      expect(page.$('.widget')!.getAttribute('dir')).to.equal('rtl');
      await page.toTimes();
      const grid = page.$('table')!;
      expect(getComputedStyle(grid).direction).to.equal('rtl');
      await expect(page.el).to.be.accessible();
      page.$<HTMLButtonElement>('td button[tabindex="0"]')!.focus();
      const before = page.root.activeElement!.getAttribute('aria-label');
      await sendKeys({ press: 'ArrowLeft' });
      const after = page.root.activeElement!.getAttribute('aria-label');
      expect(after).to.not.equal(before);
      expect(page.days().findIndex((d) => d.label === after)).to.equal(
        page.days().findIndex((d) => d.label === before) + 1,
      );
    });

    it('follows dir="rtl" on the element itself', async () => {
      const page = await mount(
        html`<booking-widget
          dir="rtl"
          provider="sam"
          locale="en"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      expect(page.$('.widget')!.getAttribute('dir')).to.equal('rtl');
      await expect(page.el).to.be.accessible();
    });

    it('passes axe in the dark theme too', async () => {
      const page = await mount(
        html`<booking-widget
          theme="dark"
          provider="sam"
          locale="en-GB"
          time-zone="Europe/Berlin"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      await expect(page.el).to.be.accessible();
      await page.toTimes();
      await expect(page.el).to.be.accessible();
      await page.pickFirstTime();
      await page.submitDetails();
      await expect(page.el).to.be.accessible();
    });

    it('loads another provider when the attribute changes', async () => {
      const page = await widget('sam');
      page.el.setAttribute('provider', 'kenji');
      await waitUntil(() => page.$('.header .name')?.textContent === 'Kenji Watanabe');
      expect(page.$('label.choice .price')!.textContent).to.equal('JP¥2,500');
    });

    it('keeps several widgets on one page apart', async () => {
      sessionStorage.clear();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <booking-widget
            provider="sam"
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-widget>
          <booking-widget
            provider="ana"
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-widget>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('booking-widget')].map((el) => new Page(el));
      await a!.ready();
      await b!.ready();
      await a!.toTimes();
      expect(a!.heading()).to.equal('Pick a date and time');
      expect(b!.heading()).to.equal('Choose a session');
      expect(b!.$('.header .name')!.textContent).to.equal('Ana Ferreira');
    });
  });

  describe('manage page', () => {
    const manageLink = (page: Page) =>
      page
        .$$<HTMLAnchorElement>('.links a')
        .find((a) => [en.manage, ar.manage].includes(a.textContent!.trim()));

    it('reflects manage-page, and links the success view to that page with the booking and its token', async () => {
      ({ mock, adapter } = backend(undefined, { manageUrl: 'https://backend.example/m/{id}' }));
      const confirmed: BookingConfirmedDetail[] = [];
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          manage-page="https://shop.example/manage?lang=en"
          .adapter=${adapter}
          .clock=${clock}
          @booking-confirmed=${(e: CustomEvent<BookingConfirmedDetail>) => confirmed.push(e.detail)}
        ></booking-widget>`,
      );
      expect(page.el.managePage).to.equal('https://shop.example/manage?lang=en');
      page.el.managePage = 'https://shop.example/manage?lang=en#top';
      await page.el.updateComplete;
      expect(page.el.getAttribute('manage-page')).to.equal(
        'https://shop.example/manage?lang=en#top',
      );
      await page.toReview();
      await page.confirm();
      expect(page.heading()).to.equal('Booked');
      const { booking, manageToken } = confirmed[0]!;
      const url = new URL(manageLink(page)!.href);
      expect(url.origin + url.pathname).to.equal('https://shop.example/manage');
      expect(url.searchParams.get('lang')).to.equal('en');
      expect(url.searchParams.get('booking')).to.equal(booking.id);
      expect(url.searchParams.get('token')).to.equal(manageToken);
      expect(url.hash).to.equal('#top');
      // The calendar entry links there too; the event still carries the backend's link.
      const ics = await (await fetch(page.$<HTMLAnchorElement>('a[download]')!.href)).text();
      expect(ics.replace(/\r\n /g, '')).to.contain(`token=${manageToken}`);
      expect(confirmed[0]!.manageUrl).to.match(/^https:\/\/backend\.example\/m\//);
      await expect(page.el).to.be.accessible();
      page.el.setAttribute('theme', 'dark');
      await page.el.updateComplete;
      await expect(page.el).to.be.accessible();
      page.el.setAttribute('locale', 'ar');
      await waitUntil(() => page.root.textContent!.includes(ar.manage), 'not in Arabic');
      expect(new URL(manageLink(page)!.href).searchParams.get('token')).to.equal(manageToken);
      await expect(page.el).to.be.accessible();
    });

    it('resolves a relative manage page against the document', async () => {
      const confirmed: BookingConfirmedDetail[] = [];
      const page = await mount(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          manage-page="manage.html"
          .adapter=${adapter}
          .clock=${clock}
          @booking-confirmed=${(e: CustomEvent<BookingConfirmedDetail>) => confirmed.push(e.detail)}
        ></booking-widget>`,
      );
      await page.toReview();
      await page.confirm();
      const url = new URL(manageLink(page)!.href);
      expect(url.href).to.equal(
        new URL(
          `manage.html?booking=${confirmed[0]!.booking.id}&token=${confirmed[0]!.manageToken}`,
          document.baseURI,
        ).href,
      );
    });

    it('uses the backend’s manage link without a manage page', async () => {
      ({ mock, adapter } = backend(undefined, { manageUrl: 'https://backend.example/m/{id}' }));
      const page = await widget();
      await page.toReview();
      await page.confirm();
      expect(manageLink(page)!.href).to.match(/^https:\/\/backend\.example\/m\//);
    });
  });

  describe('steps downloaded later', () => {
    it('says so in plain words when the steps after the calendar cannot download, and retries', async () => {
      const saved = later.importer;
      let fail = true;
      later.importer = () =>
        fail
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : saved();
      const errors: BookingErrorDetail[] = [];
      try {
        const logged = await captureConsole(async () => {
          const page = await mount(
            html`<booking-widget
              provider="sam"
              time-zone="Europe/Berlin"
              locale="en-GB"
              .adapter=${adapter}
              .clock=${clock}
              @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
            ></booking-widget>`,
          );
          await page.toTimes();
          await page.pickFirstTime();
          await waitUntil(() => page.$('.notice.error'), 'no error shown', { timeout: 8000 });
          expect(page.heading()).to.equal('Your details');
          expect(page.$('.notice.error')!.textContent).to.contain(en.networkError);
          expect(page.root.textContent).to.not.match(DEVELOPER_WORDS);
          await expect(page.el).to.be.accessible();
          page.el.setAttribute('theme', 'dark');
          await page.el.updateComplete;
          await expect(page.el).to.be.accessible();
          page.el.setAttribute('locale', 'ar');
          await waitUntil(() => page.root.textContent!.includes(ar.networkError), 'not in Arabic');
          expect(page.$('.widget')!.getAttribute('dir')).to.equal('rtl');
          await expect(page.el).to.be.accessible();
          page.el.setAttribute('theme', 'light');
          page.el.setAttribute('locale', 'en-GB');
          await page.el.updateComplete;
          fail = false;
          page.button(en.retry).click();
          // The retried download may take a moment on a loaded machine.
          await waitUntil(() => page.$('#f-name'), 'the details step did not open', {
            timeout: 8000,
          });
          await page.settle();
          expect(page.$('#f-name')).to.not.equal(null);
          await page.fill('f-name', 'Jo Park');
          await page.fill('f-email', 'jo@example.com');
          await page.submitDetails();
          expect(page.heading()).to.equal('Review and confirm');
        });
        expect(logged.join('\n')).to.contain('dynamically imported module');
      } finally {
        later.importer = saved;
      }
      expect(errors.map((e) => e.shown)).to.deep.equal([en.networkError]);
    });

    it('opens a restored draft on the review step once its module is here', async () => {
      const page = await widget();
      await page.toReview();
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('booking-widget:'))!;
      const draft = sessionStorage.getItem(key)!;
      page.el.remove();
      sessionStorage.setItem(key, draft);
      const el = await fixture<BookingWidget>(
        html`<booking-widget
          provider="sam"
          time-zone="Europe/Berlin"
          locale="en-GB"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-widget>`,
      );
      const again = new Page(el);
      await again.ready();
      await again.settle();
      expect(again.heading()).to.equal('Review and confirm');
      expect(again.$$('.price-table tr').length).to.be.greaterThan(0);
    });
  });

  it('can be booked with the keyboard alone', async () => {
    const page = await widget('sam', 'Europe/Berlin');
    const active = () => page.root.activeElement as HTMLElement | null;
    // Step 1: Tab to Continue (after the length radios) and press Enter.
    page.$<HTMLInputElement>('input[name=duration]:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(
      page.$<HTMLInputElement>('input[name=duration]:checked')!.closest('label')!.textContent,
    ).to.contain('90 min');
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Continue');
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(active()).to.equal(page.$('h2'));
    // Step 2: Tab to the zone button, the next-month button, then the grid; move and choose a day.
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(page.$('.zone-button'));
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('aria-label')).to.equal('Next month');
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('aria-label')).to.match(/^Monday,? 23 November/);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(page.$('.slots h3')!.textContent).to.equal('Times on Tuesday, 24 November 2026');
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('14:00');
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    // Step 3: type the details, Tab between fields, Enter submits.
    expect(active()).to.equal(page.$('h2'));
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(page.$('#f-name'));
    await sendKeys({ type: 'Kay Board' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kay@example.com' });
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(page.heading()).to.equal('Review and confirm');
    // Step 4: Tab to Confirm and press it.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Confirm booking');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.heading() === 'Booked', 'not booked', { timeout: 8000 });
    const booked = (await mock.bookings()).find((b) => b.client.email === 'kay@example.com')!;
    expect(booked.durationMinutes).to.equal(90);
    expect(booked.start).to.equal('2026-11-24T13:00:00Z');
  });
});
