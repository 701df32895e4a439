// <booking-manage> in real Chromium against the mock backend (in process, through the HTTP adapter
// and a fetch that hands requests to the mock). The clock is pinned to Monday 2026-11-23 09:00Z;
// bookings are made through the API first, then opened with their manage token.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultDuration, quote, type Booking } from '@booking/core';
import { createHttpAdapter, newIdempotencyKey, type BookingAdapter } from '@booking/core/http';
import { createMockBackend, type MockBackend } from '@booking/mock';
import '../define/booking-manage.js';
import type {
  BookingCancelledDetail,
  BookingCancelRequestDetail,
  BookingErrorDetail,
  BookingRescheduledDetail,
  BookingRescheduleRequestDetail,
} from '../events/detail.js';
import ar from './catalogs/ar.js';
import de from './catalogs/de.js';
import en from './catalogs/en.js';
import es from './catalogs/es.js';
import fr from './catalogs/fr.js';
import type { BookingManage } from './booking-manage.js';
import { overflowing } from '../testing/layout.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const clock = () => NOW;
const BASE = 'http://mock.test/api';

/** What only a developer should read: endpoints, placeholders, the contract's own words. */
const DEVELOPER_WORDS = /GET \/|POST \/|\{\w+\}|JSON|booking contract|answered|attribute/;

function backend(): { mock: MockBackend; adapter: BookingAdapter } {
  const mock = createMockBackend({ baseUrl: BASE, now: clock });
  return { mock, adapter: httpAdapter(mock) };
}

function httpAdapter(
  mock: MockBackend,
  around?: (request: Request, answer: () => Promise<Response>) => Promise<Response>,
): BookingAdapter {
  return createHttpAdapter({
    baseUrl: BASE,
    retry: { limit: 2, delayMs: () => 1 },
    fetch: (input, init) => {
      const request = new Request(input as RequestInfo, init);
      const answer = () => mock.handle(request);
      return around ? around(request, answer) : answer();
    },
  });
}

/** The adapter, with every booking it reads marked paid (the mock takes no payments). */
function paid(adapter: BookingAdapter): BookingAdapter {
  const wrapped: BookingAdapter = Object.create(adapter);
  wrapped.getBooking = async (...args: Parameters<BookingAdapter['getBooking']>) => ({
    ...(await adapter.getBooking(...args)),
    paymentStatus: 'paid' as const,
  });
  return wrapped;
}

/** Books a session through the API; resolves with the booking and its manage token. */
async function book(
  adapter: BookingAdapter,
  providerId: string,
  serviceId: string,
  start: string,
  email = 'jo@example.com',
): Promise<{ booking: Booking; token: string }> {
  const provider = await adapter.getProvider(providerId);
  const service = provider.services.find((s) => s.id === serviceId)!;
  const durationMinutes = defaultDuration(service);
  const created = await adapter.createBooking(
    {
      providerId,
      serviceId,
      start,
      durationMinutes,
      client: { name: 'Jo Park', email },
      quote: quote({
        kind: 'one_to_one',
        service,
        durationMinutes,
        start,
        now: new Date(NOW).toISOString(),
      }),
    },
    { idempotencyKey: newIdempotencyKey() },
  );
  return { booking: created.booking, token: created.manageToken };
}

/** Runs `body` with console.error and console.warn captured; resolves with what they got. */
async function captureConsole(body: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => logged.push(`warn: ${args.map(String).join(' ')}`);
  try {
    await body();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return logged;
}

/** The element as a user sees it. */
class Page {
  constructor(readonly el: BookingManage) {}
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
  text(): string {
    return (this.$('.widget')?.textContent ?? '').replace(/\s+/g, ' ');
  }
  buttons(): string[] {
    return this.$$('button').map((b) => b.textContent!.trim());
  }
  button(name: string | RegExp): HTMLButtonElement {
    const found = this.$$<HTMLButtonElement>('button').find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${String(name)} in: ${this.buttons().join(' | ')}`);
    return found;
  }
  async ready(): Promise<void> {
    await waitUntil(() => this.$('h2'), 'the booking did not load', { timeout: 8000 });
    await this.settle();
  }
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await waitUntil(() => !this.$('[aria-busy="true"]'), 'still loading', { timeout: 8000 });
    await this.el.updateComplete;
  }
  async click(name: string | RegExp): Promise<void> {
    this.button(name).click();
    await this.el.updateComplete;
  }
  async toHeading(heading: string): Promise<void> {
    await waitUntil(() => this.heading() === heading, `not "${heading}": ${this.heading()}`, {
      timeout: 8000,
    });
    await this.settle();
  }
  async openCancel(): Promise<void> {
    await this.click('Cancel booking');
    await this.toHeading('Cancel this booking?');
  }
  async openReschedule(): Promise<void> {
    await this.click('Change time');
    await this.toHeading('Choose a new time');
  }
  times(): HTMLButtonElement[] {
    return this.$$<HTMLButtonElement>('.slots button');
  }
  /** Picks the first time of the listed day that is not the booked one. */
  async pickOtherTime(): Promise<string> {
    const time = this.times().find((b) => b.getAttribute('aria-pressed') !== 'true')!;
    time.click();
    await this.el.updateComplete;
    return time.textContent!.trim();
  }
  async ics(): Promise<string> {
    const link = this.$<HTMLAnchorElement>('a[download]')!;
    expect(link.href).to.match(/^blob:/);
    return (await fetch(link.href)).text();
  }
}

/** Ready-made fixtures: the mock, its adapter, and bookings on it. */
describe('<booking-manage>', () => {
  let mock: MockBackend;
  let adapter: BookingAdapter;
  /** Sam (New York, 12-hour cutoff, no late refund): Tuesday 24 Nov 14:00 New York. */
  let sam: { booking: Booking; token: string };
  beforeEach(async () => {
    sessionStorage.clear();
    ({ mock, adapter } = backend());
    sam = await book(adapter, 'sam', 'coaching', '2026-11-24T19:00:00Z');
  });

  const mount = async (
    opened: { booking: Booking; token: string },
    options: {
      locale?: string;
      theme?: string;
      zone?: string;
      adapter?: BookingAdapter;
    } = {},
  ): Promise<Page> => {
    const el = await fixture<BookingManage>(
      html`<booking-manage
        booking=${opened.booking.id}
        .token=${opened.token}
        locale=${options.locale ?? 'en-GB'}
        theme=${options.theme ?? 'light'}
        time-zone=${options.zone ?? 'Europe/Berlin'}
        .adapter=${options.adapter ?? adapter}
        .clock=${clock}
      ></booking-manage>`,
    );
    const page = new Page(el);
    await page.ready();
    return page;
  };

  describe('loading and opening', () => {
    it('shows a skeleton, then the booking: service, provider, time in the viewer’s zone, price, status, history', async () => {
      const el = await fixture<BookingManage>(
        html`<booking-manage
          booking=${sam.booking.id}
          .token=${sam.token}
          locale="en-GB"
          time-zone="Europe/Berlin"
          .adapter=${adapter}
          .clock=${clock}
        ></booking-manage>`,
      );
      const page = new Page(el);
      expect(page.$('[aria-busy="true"]')).to.not.equal(null);
      expect(page.text()).to.contain('Loading your booking');
      await expect(el).to.be.accessible();
      await page.ready();
      expect(page.heading()).to.equal('Your booking');
      expect(page.$('.header .name')!.textContent).to.equal('Sam Okafor');
      const text = page.text();
      expect(text).to.contain('Coaching session · 60 min');
      expect(text).to.contain('Tuesday, 24 November 2026 at 20:00');
      expect(text).to.contain('Berlin');
      expect(text).to.contain('US$90.00');
      expect(page.$('.status')!.textContent).to.match(/Status:\s*Confirmed/);
      expect(
        page.$$('.history li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['Monday, 23 November 2026 at 10:00 Booked · by you']);
      expect(page.buttons()).to.include.members(['Change time', 'Cancel booking']);
      // The calendar file of the booking as it stands: the widget's UID, SEQUENCE 0.
      const ics = await page.ics();
      expect(ics).to.contain(`UID:${sam.booking.id}@booking.dev`);
      expect(ics).to.contain('SEQUENCE:0');
      await expect(el).to.be.accessible();
    });

    it('shows a request waiting for confirmation', async () => {
      const eleanor = await book(adapter, 'eleanor', 'follow-up', '2026-11-25T10:00:00Z');
      const page = await mount(eleanor);
      expect(page.$('.status')!.textContent).to.contain('Waiting for confirmation');
      expect(page.text()).to.contain('Follow-up session · 50 min');
      expect(page.text()).to.contain('£65.00');
      expect(page.buttons()).to.include.members(['Change time', 'Cancel booking']);
      await expect(page.el).to.be.accessible();
    });

    it('shows a cancelled booking with its reason, and nothing left to do', async () => {
      await adapter.cancelBooking(sam.booking.id, sam.token, { reason: 'Travelling' });
      const page = await mount(sam);
      expect(page.$('.status')!.textContent).to.contain('Cancelled');
      expect(page.$('.history li')!.textContent).to.match(
        /Cancelled · by you\s*Reason: Travelling/,
      );
      expect(page.buttons().map((b) => b.replace(/\s+/g, ' '))).to.deep.equal(['Berlin (GMT+1) ▾']);
      expect(page.$('a[download]')).to.equal(null);
      await expect(page.el).to.be.accessible();
    });

    it('opens the booking of the page’s URL with from-url, and says what to do without one', async () => {
      const before = location.href;
      try {
        history.replaceState(null, '', `?booking=${sam.booking.id}&token=${sam.token}`);
        const el = await fixture<BookingManage>(
          html`<booking-manage
            from-url
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
          ></booking-manage>`,
        );
        const page = new Page(el);
        await page.ready();
        expect(page.$('.header .name')!.textContent).to.equal('Sam Okafor');
        expect((await page.ics()).replace(/\r\n /g, '')).to.contain(`URL:${location.href}`);
        history.replaceState(null, '', '?');
        const logged = await captureConsole(async () => {
          const bare = new Page(
            await fixture<BookingManage>(
              html`<booking-manage
                from-url
                locale="en-GB"
                .adapter=${adapter}
                .clock=${clock}
              ></booking-manage>`,
            ),
          );
          await bare.ready();
          expect(bare.text()).to.contain('Open the link in your confirmation email');
          await expect(bare.el).to.be.accessible();
        });
        expect(logged).to.deep.equal([]);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('opens a booking a page before kept (the mock restores it with its manage token)', async () => {
      const bookings = (await mock.bookings()).filter((b) => b.id === sam.booking.id);
      const next = createMockBackend({
        baseUrl: BASE,
        now: clock,
        restore: { bookings, manageTokens: { [sam.token]: sam.booking.id } },
      });
      const page = await mount(sam, { adapter: httpAdapter(next) });
      expect(page.$('.status')!.textContent).to.contain('Confirmed');
      expect(page.text()).to.contain('Tuesday, 24 November 2026 at 20:00');
    });

    it('says a wrong token or an unknown booking is not found, in words, and reports it', async () => {
      const errors: BookingErrorDetail[] = [];
      const logged = await captureConsole(async () => {
        const el = await fixture<BookingManage>(
          html`<booking-manage
            booking=${sam.booking.id}
            .token=${'not-the-token'}
            locale="en-GB"
            .adapter=${adapter}
            .clock=${clock}
            @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
          ></booking-manage>`,
        );
        const page = new Page(el);
        await page.ready();
        expect(page.text()).to.contain('This booking could not be found, or the link is not valid');
        expect(page.text()).to.not.match(DEVELOPER_WORDS);
        await expect(el).to.be.accessible();
      });
      expect(errors.map((e) => e.kind)).to.deep.equal(['not_found']);
      expect(errors[0]!.message).to.match(/booking/i);
      expect(logged.some((l) => l.startsWith('error:'))).to.equal(false);
    });

    it('says the page is not set up, the detail for the developer only', async () => {
      const logged = await captureConsole(async () => {
        const page = new Page(
          await fixture<BookingManage>(
            html`<booking-manage booking="b1" locale="en-GB" .clock=${clock}></booking-manage>`,
          ),
        );
        await page.ready();
        expect(page.text()).to.contain('Booking is not available on this page at the moment.');
        expect(page.text()).to.not.match(DEVELOPER_WORDS);
        expect(page.buttons()).to.deep.equal([]);
        await expect(page.el).to.be.accessible();
      });
      expect(logged.join('\n')).to.match(/error: <booking-manage>: Set the api-base attribute/);
    });

    it('shows a load failure with a retry, and loads on retry', async () => {
      let fail = true;
      const flaky = httpAdapter(mock, async (request, answer) => {
        if (fail && request.method === 'GET') throw new TypeError('connection reset');
        return answer();
      });
      const page = new Page(
        await fixture<BookingManage>(
          html`<booking-manage
            booking=${sam.booking.id}
            .token=${sam.token}
            locale="en-GB"
            .adapter=${flaky}
            .clock=${clock}
          ></booking-manage>`,
        ),
      );
      await page.ready();
      expect(page.text()).to.contain('Your booking could not load.');
      expect(page.text()).to.contain('We could not reach the booking service');
      await expect(page.el).to.be.accessible();
      fail = false;
      await page.click('Try again');
      await waitUntil(() => page.$('.header .name'));
      expect(page.heading()).to.equal('Your booking');
    });
  });

  describe('cancel', () => {
    it('asks for a reason, shows the refund first, cancels, and the calendar file cancels the event', async () => {
      const requests: BookingCancelRequestDetail[] = [];
      const cancelled: BookingCancelledDetail[] = [];
      const page = await mount(sam, { adapter: paid(adapter) });
      page.el.addEventListener('booking-cancel-request', (e) => requests.push(e.detail));
      page.el.addEventListener('booking-cancelled', (e) => cancelled.push(e.detail));
      await page.openCancel();
      expect(page.root.activeElement).to.equal(page.$('h2'));
      const refund = page.$('.refund')!.textContent!.replace(/\s+/g, ' ');
      expect(refund).to.contain('You get back everything you paid: US$90.00.');
      expect(refund).to.contain(
        'Cancellations at least 12 hours before the start are refunded in full; later ones get 0% back.',
      );
      await expect(page.el).to.be.accessible();
      const reason = page.$<HTMLTextAreaElement>('#cancel-reason')!;
      reason.value = 'A clash at work';
      reason.dispatchEvent(new Event('input'));
      await page.click('Yes, cancel it');
      await page.toHeading('Booking cancelled');
      expect(page.text()).to.contain('Your booking is cancelled.');
      const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
      expect(stored.status).to.equal('cancelled');
      expect(stored.history.at(-1)!.reason).to.equal('A clash at work');
      expect(requests).to.deep.equal([
        {
          version: 1,
          bookingId: sam.booking.id,
          reason: 'A clash at work',
          refund: { amount: 9000, currency: 'USD' },
          fullRefund: true,
        },
      ]);
      expect(cancelled[0]!.booking.status).to.equal('cancelled');
      expect(cancelled[0]!.timeZone).to.equal('Europe/Berlin');
      const ics = await page.ics();
      expect(page.$('a[download]')!.textContent).to.equal('Remove from your calendar (.ics)');
      expect(ics).to.contain('METHOD:CANCEL');
      expect(ics).to.contain('STATUS:CANCELLED');
      expect(ics).to.contain(`UID:${sam.booking.id}@booking.dev`);
      expect(ics).to.contain('SEQUENCE:1');
      await expect(page.el).to.be.accessible();
      await page.click('Back to the booking');
      expect(page.$('.status')!.textContent).to.contain('Cancelled');
      expect(page.buttons()).to.not.include('Cancel booking');
    });

    it('says after the cutoff that the refund is partial, or none', async () => {
      const ana = await book(adapter, 'ana', 'gcse-maths', '2026-11-23T11:00:00Z');
      let page = await mount(ana, { adapter: paid(adapter), zone: 'Europe/Lisbon' });
      await page.openCancel();
      expect(page.$('.refund')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'It is less than 24 hours before the start, so only part is refunded: €22.50 of €45.00.',
      );
      await expect(page.el).to.be.accessible();
      const late = await book(
        adapter,
        'sam',
        'coaching',
        '2026-11-23T15:00:00Z',
        'late@example.com',
      );
      page = await mount(late, { adapter: paid(adapter) });
      await page.openCancel();
      expect(page.$('.refund')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'It is less than 12 hours before the start, so nothing is refunded.',
      );
      await expect(page.el).to.be.accessible();
      await page.click('Keep the booking');
      expect(page.heading()).to.equal('Your booking');
    });

    it('says when nothing was paid', async () => {
      const page = await mount(sam);
      await page.openCancel();
      expect(page.$('.refund')!.textContent).to.contain(
        'Nothing has been paid for this booking, so there is nothing to refund.',
      );
    });

    it('lets the host page stop the cancellation', async () => {
      const page = await mount(sam);
      page.el.addEventListener('booking-cancel-request', (e) => e.preventDefault());
      await page.openCancel();
      await page.click('Yes, cancel it');
      expect(page.heading()).to.equal('Cancel this booking?');
      expect((await mock.bookings()).find((b) => b.id === sam.booking.id)!.status).to.equal(
        'confirmed',
      );
    });

    it('keeps the reason after a failure and a reload, and cancels once on retry', async () => {
      let lose = true;
      const flaky = httpAdapter(mock, async (request, answer) => {
        const response = await answer();
        if (lose && request.method === 'POST') {
          lose = false;
          throw new TypeError('connection reset');
        }
        return response;
      });
      let page = await mount(sam, { adapter: flaky });
      await page.openCancel();
      const reason = page.$<HTMLTextAreaElement>('#cancel-reason')!;
      reason.value = 'Moving away';
      reason.dispatchEvent(new Event('input'));
      await page.el.updateComplete;
      // A reload: the form comes back as it was.
      page.el.remove();
      page = await mount(sam, { adapter: flaky });
      await page.toHeading('Cancel this booking?');
      expect(page.$<HTMLTextAreaElement>('#cancel-reason')!.value).to.equal('Moving away');
      await page.click('Yes, cancel it');
      await waitUntil(() => page.$('.notice.error'), 'no error shown');
      expect(page.$('.notice.error')!.textContent).to.contain(
        'We could not reach the booking service',
      );
      expect(page.$<HTMLTextAreaElement>('#cancel-reason')!.value).to.equal('Moving away');
      await expect(page.el).to.be.accessible();
      // The answer was lost, but the cancellation went through: the retry sees it, never refuses.
      await page.click('Try again');
      await page.toHeading('Booking cancelled');
      const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
      expect(stored.history.filter((h) => h.action === 'cancel').length).to.equal(1);
    });

    it('says when the browser is offline and holds the confirmation', async () => {
      const page = await mount(sam);
      await page.openCancel();
      window.dispatchEvent(new Event('offline'));
      await page.el.updateComplete;
      expect(page.$('[role=alert]')!.textContent).to.contain('You are offline');
      expect(page.button('Yes, cancel it').disabled).to.equal(true);
      await expect(page.el).to.be.accessible();
      window.dispatchEvent(new Event('online'));
      await page.el.updateComplete;
      expect(page.button('Yes, cancel it').disabled).to.equal(false);
    });
  });

  describe('reschedule', () => {
    it('moves the booking on the calendar; the calendar file updates the same event', async () => {
      const requests: BookingRescheduleRequestDetail[] = [];
      const moved: BookingRescheduledDetail[] = [];
      const page = await mount(sam);
      page.el.addEventListener('booking-reschedule-request', (e) => requests.push(e.detail));
      page.el.addEventListener('booking-rescheduled', (e) => moved.push(e.detail));
      await page.openReschedule();
      // The calendar opens on the booked day, its time shown pressed.
      expect(page.$('.slots h3')!.textContent).to.equal('Times on Tuesday, 24 November 2026');
      expect(page.$('.slots button[aria-pressed="true"]')!.textContent!.trim()).to.equal('20:00');
      expect(page.button('Move the booking').disabled).to.equal(true);
      await expect(page.el).to.be.accessible();
      // The time next to it overlaps the booked session: free for this booking to move into.
      expect(page.times().map((b) => b.textContent!.trim())).to.include.members(['19:30', '20:30']);
      page
        .times()
        .find((b) => b.textContent!.trim() === '20:30')!
        .click();
      await page.el.updateComplete;
      expect(page.text()).to.contain('New time');
      expect(page.root.activeElement).to.equal(page.button('Move the booking'));
      await expect(page.el).to.be.accessible();
      await page.click('Move the booking');
      await page.toHeading('Time changed');
      expect(page.text()).to.contain('Your booking is now on Tuesday, 24 November 2026 at 20:30.');
      const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
      expect(stored.start).to.equal('2026-11-24T19:30:00Z');
      expect(requests[0]).to.include({
        version: 1,
        bookingId: sam.booking.id,
        previousStart: '2026-11-24T19:00:00Z',
        start: '2026-11-24T19:30:00Z',
        timeZone: 'Europe/Berlin',
      });
      expect(moved[0]!.booking.start).to.equal('2026-11-24T19:30:00Z');
      expect(moved[0]!.previousStart).to.equal('2026-11-24T19:00:00Z');
      const ics = await page.ics();
      expect(page.$('a[download]')!.textContent).to.equal('Update your calendar (.ics)');
      expect(ics).to.contain('METHOD:PUBLISH');
      expect(ics).to.contain(`UID:${sam.booking.id}@booking.dev`);
      expect(ics).to.contain('SEQUENCE:1');
      expect(ics).to.contain('DTSTART:20261124T193000Z');
      await expect(page.el).to.be.accessible();
      await page.click('Back to the booking');
      expect(page.$$('.history li')[0]!.textContent).to.match(
        /Moved from Tuesday, 24 November 2026 at 20:00 · by you/,
      );
    });

    it('says a client cannot move it inside the cutoff, and offers to cancel', async () => {
      const late = await book(
        adapter,
        'sam',
        'coaching',
        '2026-11-23T15:00:00Z',
        'late@example.com',
      );
      const page = await mount(late);
      expect(page.text()).to.contain(
        'It is less than 12 hours before the start, so the time can no longer be changed here. You can still cancel.',
      );
      expect(page.buttons()).to.not.include('Change time');
      expect(page.buttons()).to.include('Cancel booking');
      await expect(page.el).to.be.accessible();
    });

    it('shows the nearest free times when the new time was just taken, and moves to one', async () => {
      const page = await mount(sam);
      await page.openReschedule();
      const picked = page.times().find((b) => b.textContent!.trim() === '23:00')!;
      picked.click();
      await page.el.updateComplete;
      // Someone else books 23:00 Berlin (22:00Z) meanwhile.
      await book(adapter, 'sam', 'coaching', '2026-11-24T22:00:00Z', 'other@example.com');
      const errors: BookingErrorDetail[] = [];
      page.el.addEventListener('booking-error', (e) => errors.push(e.detail));
      await page.click('Move the booking');
      await waitUntil(() => page.$('.alternatives'), 'no alternatives');
      expect(page.$('[role=alert]')!.textContent).to.contain('Sorry, that time was just taken');
      expect(errors.map((e) => e.code)).to.deep.equal(['slot_unavailable']);
      await expect(page.el).to.be.accessible();
      const alternative = page.$$<HTMLButtonElement>('.alternatives button')[0]!;
      alternative.click();
      await page.el.updateComplete;
      await page.click('Move the booking');
      await page.toHeading('Time changed');
    });

    it('retries a move whose answer was lost with the same key, and moves once', async () => {
      let lose = true;
      const flaky = httpAdapter(mock, async (request, answer) => {
        const response = await answer();
        if (lose && request.method === 'POST') {
          lose = false;
          throw new TypeError('connection reset');
        }
        return response;
      });
      const keys: string[] = [];
      const page = await mount(sam, { adapter: flaky });
      page.el.addEventListener('booking-reschedule-request', (e) =>
        keys.push(e.detail.idempotencyKey),
      );
      await page.openReschedule();
      await page.pickOtherTime();
      await page.click('Move the booking');
      await waitUntil(() => page.$('.notice.error'), 'no error shown');
      expect(page.button('Try again')).to.not.equal(undefined);
      await expect(page.el).to.be.accessible();
      await page.click('Try again');
      await page.toHeading('Time changed');
      expect(keys.length).to.equal(2);
      expect(keys[0]).to.equal(keys[1]);
      const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
      expect(stored.history.filter((h) => h.action === 'reschedule').length).to.equal(1);
    });

    it('shows the booking as it stands when the server refuses (it was cancelled elsewhere)', async () => {
      const page = await mount(sam);
      await page.openReschedule();
      await page.pickOtherTime();
      await adapter.cancelBooking(sam.booking.id, sam.token, {});
      await page.click('Move the booking');
      await page.toHeading('Your booking');
      await waitUntil(() => page.$('.status')!.textContent!.includes('Cancelled'));
      expect(page.$('[role=alert]')!.textContent).to.contain('This can no longer be done');
      await expect(page.el).to.be.accessible();
    });

    it('keeps the picked time across a reload', async () => {
      let page = await mount(sam);
      await page.openReschedule();
      const time = await page.pickOtherTime();
      page.el.remove();
      page = await mount(sam);
      await page.toHeading('Choose a new time');
      await waitUntil(() => page.times().length > 0);
      expect(page.$('.slots button[aria-pressed="true"]')!.textContent!.trim()).to.equal(time);
      expect(page.button('Move the booking').disabled).to.equal(false);
    });
  });

  describe('language, direction, theme', () => {
    it('speaks German, French, Spanish and Arabic, every new message translated', async () => {
      const page = await mount(sam);
      const texts: Record<string, string> = {
        de: 'Ihre Buchung',
        fr: 'Votre réservation',
        es: 'Tu reserva',
        ar: 'حجزك',
      };
      for (const [locale, heading] of Object.entries(texts)) {
        page.el.setAttribute('locale', locale);
        await page.el.updateComplete;
        await waitUntil(() => page.heading() === heading, `${locale}: ${page.heading()}`);
      }
      for (const catalog of [de, fr, es, ar] as Record<string, string>[]) {
        expect(Object.keys(catalog)).to.have.members(Object.keys(en));
        for (const key of Object.keys(en).filter((k) => /^(manage|refund|status_|hist_)/.test(k)))
          expect(catalog[key], key).to.not.equal((en as Record<string, string>)[key]);
      }
    });

    it('lays out right to left in Arabic, every view passing axe', async () => {
      const page = await mount(sam, { locale: 'ar', zone: 'Asia/Dubai', adapter: paid(adapter) });
      expect(page.$('.widget')!.getAttribute('dir')).to.equal('rtl');
      expect(page.heading()).to.equal('حجزك');
      await expect(page.el).to.be.accessible();
      await page.click('إلغاء الحجز');
      await page.toHeading('هل تريد إلغاء هذا الحجز؟');
      await expect(page.el).to.be.accessible();
      await page.click('الإبقاء على الحجز');
      await page.click('تغيير الموعد');
      await page.toHeading('اختر موعدًا جديدًا');
      expect(getComputedStyle(page.$('table')!).direction).to.equal('rtl');
      await expect(page.el).to.be.accessible();
      await page.pickOtherTime();
      await page.click('نقل الحجز');
      await page.toHeading('تم تغيير الموعد');
      await expect(page.el).to.be.accessible();
    });

    it('passes axe in the dark theme in every view', async () => {
      const page = await mount(sam, { theme: 'dark', adapter: paid(adapter) });
      await expect(page.el).to.be.accessible();
      await page.openCancel();
      await expect(page.el).to.be.accessible();
      await page.click('Keep the booking');
      await page.openReschedule();
      await expect(page.el).to.be.accessible();
      await page.pickOtherTime();
      await page.click('Move the booking');
      await page.toHeading('Time changed');
      await expect(page.el).to.be.accessible();
      await page.click('Back to the booking');
      await page.openCancel();
      await page.click('Yes, cancel it');
      await page.toHeading('Booking cancelled');
      await expect(page.el).to.be.accessible();
    });
  });

  it('never sticks out at 320 px, in English and Arabic, in every view', async () => {
    for (const locale of ['en-GB', 'ar']) {
      sessionStorage.clear();
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <booking-manage
            booking=${sam.booking.id}
            .token=${sam.token}
            locale=${locale}
            time-zone="Europe/Berlin"
            .adapter=${paid(adapter)}
            .clock=${clock}
          ></booking-manage>
        </div>`,
      );
      const page = new Page(wrapper.querySelector('booking-manage')!);
      await page.ready();
      expect(overflowing(page.el), `${locale} booking`).to.deep.equal([]);
      page.$$<HTMLButtonElement>('.actions button')[1]!.click();
      await waitUntil(() => page.$('#cancel-reason'));
      await page.settle();
      expect(overflowing(page.el), `${locale} cancel`).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
      page.$$<HTMLButtonElement>('.actions button')[0]!.click();
      await waitUntil(() => page.$$('.actions button').length === 2 && !page.$('#cancel-reason'));
      page.$$<HTMLButtonElement>('.actions button')[0]!.click();
      await waitUntil(() => page.times().length > 0, 'no times');
      await page.settle();
      expect(overflowing(page.el), `${locale} reschedule`).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
    }
  });

  it('can be moved with the keyboard alone', async () => {
    const page = await mount(sam);
    const active = () => page.root.activeElement as HTMLElement | null;
    // Tab from the zone button to Change time, and press Enter.
    page.$<HTMLElement>('.zone-button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Change time');
    await sendKeys({ press: 'Enter' });
    await page.toHeading('Choose a new time');
    expect(active()).to.equal(page.$('h2'));
    // Tab to the grid (the booked day holds the focus), move a day on, choose it.
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(page.$('.zone-button'));
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('aria-label')).to.equal('Next month');
    await sendKeys({ press: 'Tab' });
    expect(active()!.getAttribute('aria-label')).to.match(/^Tuesday,? 24 November/);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(page.$('.slots h3')!.textContent).to.equal('Times on Wednesday, 25 November 2026');
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('14:00');
    await sendKeys({ press: 'Enter' });
    await page.el.updateComplete;
    expect(active()!.textContent!.trim()).to.equal('Move the booking');
    await sendKeys({ press: 'Enter' });
    await page.toHeading('Time changed');
    const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
    expect(stored.start).to.equal('2026-11-25T13:00:00Z');
  });

  it('can be cancelled with the keyboard alone', async () => {
    const page = await mount(sam);
    const active = () => page.root.activeElement as HTMLElement | null;
    page.$<HTMLElement>('.zone-button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Cancel booking');
    await sendKeys({ press: 'Enter' });
    await page.toHeading('Cancel this booking?');
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(page.$('#cancel-reason'));
    await sendKeys({ type: 'Ill' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.textContent!.trim()).to.equal('Yes, cancel it');
    await sendKeys({ press: 'Enter' });
    await page.toHeading('Booking cancelled');
    expect(active()).to.equal(page.$('h2'));
    const stored = (await mock.bookings()).find((b) => b.id === sam.booking.id)!;
    expect(stored.history.at(-1)!.reason).to.equal('Ill');
  });
});
