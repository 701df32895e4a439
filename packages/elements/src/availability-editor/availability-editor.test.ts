// <availability-editor> in real Chromium against the mock backend (in process, through the HTTP
// adapter with a demo provider's token). The clock is pinned to Monday 2026-11-23 09:00Z.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { computeSlots, groupSlotsByDay } from '@booking/core';
import {
  ValidationError,
  createHttpAdapter,
  type BookingAdapter,
  type ProviderAdapter,
} from '@booking/core/http';
import { createMockBackend, type MockBackend } from '@booking/mock';
import '../define/availability-editor.js';
import type {
  AvailabilitySaveRequestDetail,
  AvailabilitySavedDetail,
  BookingErrorDetail,
} from '../events/detail.js';
import type { AvailabilityEditor } from './availability-editor.js';
import ar from './catalogs/ar.js';
import de from './catalogs/de.js';
import en from './catalogs/en.js';
import es from './catalogs/es.js';
import fr from './catalogs/fr.js';
import { overflowing } from '../testing/layout.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const clock = () => NOW;
const BASE = 'http://mock.test/api';
type Api = BookingAdapter & ProviderAdapter;

function backend(): MockBackend {
  return createMockBackend({ baseUrl: BASE, now: clock });
}

/** Set to cut the network: every request fails as fetch fails offline. */
let cut = false;

function adapterOf(mock: MockBackend, token = 'demo-ana-token'): Api {
  return createHttpAdapter({
    baseUrl: BASE,
    token,
    fetch: async (input, init) => {
      if (cut) throw new TypeError('Failed to fetch');
      return mock.handle(new Request(input as RequestInfo, init));
    },
    retry: { limit: 1, delayMs: () => 1 },
  });
}

/** The editor as a provider sees it. */
class Page {
  constructor(readonly el: AvailabilityEditor) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }
  input(id: string): HTMLInputElement {
    const found = this.root.getElementById(id) as HTMLInputElement | null;
    if (!found) throw new Error(`no #${id}`);
    return found;
  }
  button(name: string | RegExp): HTMLButtonElement {
    const found = this.$$<HTMLButtonElement>('button').find((b) =>
      typeof name === 'string'
        ? b.textContent?.trim() === name || b.getAttribute('aria-label') === name
        : name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
    if (!found)
      throw new Error(
        `no button ${String(name)} in: ${this.$$('button')
          .map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim())
          .join(' | ')}`,
      );
    return found;
  }
  async ready(): Promise<void> {
    await waitUntil(() => this.$('form') || this.$('[role=alert]'), 'the editor did not load', {
      timeout: 8000,
    });
    await this.el.updateComplete;
  }
  async type(id: string, value: string): Promise<void> {
    const input = this.input(id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await this.el.updateComplete;
  }
  /** "Add hours" of a weekday. */
  async add(day: string): Promise<void> {
    this.$<HTMLButtonElement>(`#add-${day}`)!.click();
    await this.el.updateComplete;
  }
  async click(name: string | RegExp): Promise<void> {
    this.button(name).click();
    await this.el.updateComplete;
  }
  async save(): Promise<void> {
    this.$<HTMLButtonElement>('button[type=submit]')!.click();
    await this.el.updateComplete;
    await waitUntil(
      () => this.$('button[type=submit]')?.getAttribute('aria-disabled') !== 'true',
      'still saving',
      { timeout: 8000 },
    );
    await this.el.updateComplete;
  }
  /** The preview: each day's date text and its times. */
  preview(): { date: string; times: string[] }[] {
    return this.$$('.preview-day').map((d) => ({
      date: d.querySelector('.date')!.textContent!.trim(),
      times: [...d.querySelectorAll('.times li')].map((li) => li.textContent!.trim()),
    }));
  }
  error(id: string): string | undefined {
    return this.root.getElementById(`${id}-error`)?.textContent?.trim();
  }
  /** The element that has the focus inside the shadow root. */
  get focused(): Element | null {
    return this.root.activeElement;
  }
}

async function mount(template: ReturnType<typeof html>): Promise<Page> {
  const el = await fixture<AvailabilityEditor>(template);
  const page = new Page(el);
  await page.ready();
  return page;
}

describe('<availability-editor>', () => {
  let mock: MockBackend;
  let api: Api;
  beforeEach(() => {
    sessionStorage.clear();
    cut = false;
    mock = backend();
    api = adapterOf(mock);
  });

  const editor = (
    attrs: { provider?: string; locale?: string; theme?: string; zone?: string } = {},
    adapter: Api = api,
  ) =>
    mount(
      html`<availability-editor
        provider=${attrs.provider ?? 'ana'}
        locale=${attrs.locale ?? 'en-GB'}
        theme=${attrs.theme ?? 'light'}
        time-zone=${attrs.zone ?? 'America/New_York'}
        hour-cycle="h23"
        .adapter=${adapter}
        .clock=${clock}
      ></availability-editor>`,
    );

  describe('loading', () => {
    it('shows a skeleton, then the schedule as loaded: weekly hours with several windows a day, the zone and the rules', async () => {
      mock.faults.latencyMs = 120;
      const el = await fixture<AvailabilityEditor>(
        html`<availability-editor
          provider="ana"
          locale="en-GB"
          .adapter=${api}
          .clock=${clock}
        ></availability-editor>`,
      );
      const page = new Page(el);
      expect(page.$('[aria-busy="true"]')!.textContent).to.contain(en.loading);
      await expect(el).to.be.accessible();
      await page.ready();
      expect(page.$('h2')!.textContent).to.equal(en.heading);
      // The editor's own styles came with its parts.
      expect(getComputedStyle(page.$('.layout')!).display).to.equal('grid');
      expect(page.input('f-weekly-monday-0-start').value).to.equal('09:00');
      expect(page.input('f-weekly-monday-0-end').value).to.equal('13:00');
      expect(page.input('f-weekly-wednesday-1-start').value).to.equal('17:00');
      expect(page.input('f-weekly-wednesday-1-end').value).to.equal('21:00');
      expect(page.input('f-timeZone').value).to.equal('Europe/Lisbon');
      expect(page.input('f-policy-minimumNoticeMinutes').value).to.equal('2');
      expect(page.input('f-policy-bufferAfterMinutes').value).to.equal('10');
      expect(page.input('f-policy-horizonDays').value).to.equal('14');
      expect(page.input('f-policy-stepMinutes').value).to.equal('30');
      expect(page.input('f-policy-maxPerDay').value).to.equal('');
      // Sunday has no windows.
      const sunday = page
        .$$('fieldset.day')
        .find((f) => f.querySelector('legend')!.textContent === 'Sunday')!;
      expect(sunday.querySelector('.closed')!.textContent).to.equal(en.closed);
      await expect(el).to.be.accessible();
    });

    it('explains a wrong token in plain words, reports the detail, and retries', async () => {
      const errors: BookingErrorDetail[] = [];
      const wrong = adapterOf(mock, 'demo-kenji-token');
      const el = await fixture<AvailabilityEditor>(
        html`<availability-editor
          provider="ana"
          locale="en-GB"
          .adapter=${wrong}
          .clock=${clock}
          @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
        ></availability-editor>`,
      );
      const page = new Page(el);
      await page.ready();
      const alert = page.$('[role=alert]')!.textContent!;
      expect(alert).to.contain(en.loadError);
      expect(alert).to.contain(en.authError);
      expect(alert).to.not.match(/GET \/|403|token/);
      expect(errors.map((e) => [e.step, e.kind])).to.deep.equal([['schedule', 'auth']]);
      await expect(el).to.be.accessible();
      el.adapter = api;
      await page.ready();
      await waitUntil(() => page.$('form'));
    });

    it('says what is missing when there is no token (the token is a property, never an attribute)', async () => {
      const errors: BookingErrorDetail[] = [];
      const el = await fixture<AvailabilityEditor>(
        html`<availability-editor
          provider="ana"
          api-base=${BASE}
          @booking-error=${(e: CustomEvent<BookingErrorDetail>) => errors.push(e.detail)}
        ></availability-editor>`,
      );
      const page = new Page(el);
      await page.ready();
      expect(page.$('[role=alert]')!.textContent).to.contain(en.authError);
      expect(errors[0]!.kind).to.equal('config');
      expect(errors[0]!.message).to.contain('token property');
      expect(el.hasAttribute('token')).to.equal(false);
    });
  });

  describe('the preview', () => {
    it('shows the next 14 days as core computes them for a visitor: notice, step, horizon, the provider’s sessions', async () => {
      const page = await editor();
      const days = page.preview();
      expect(days).to.have.length(14);
      // Monday 23 Nov, 09:00 in Lisbon: two hours' notice, 60-minute lessons every 30 minutes.
      expect(days[0]!.times).to.deep.equal(['11:00', '11:30', '12:00']);
      // Wednesday: morning and evening windows.
      expect(days[2]!.times).to.deep.equal([
        '9:00',
        '9:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
        '12:00',
        '17:00',
        '17:30',
        '18:00',
        '18:30',
        '19:00',
        '19:30',
        '20:00',
      ]);
      // Sunday is closed.
      expect(days[6]!.times).to.deep.equal([]);
      // The same as core gives for the stored schedule.
      const availability = await api.getAvailability('ana', {
        from: new Date(NOW).toISOString(),
        to: new Date(NOW + 15 * 86_400_000).toISOString(),
      });
      const provider = await api.getProvider('ana');
      const slots = computeSlots({
        ...availability,
        policy: { ...provider.policy, durationMinutes: 60 },
        from: new Date(NOW).toISOString(),
        to: '2026-12-07T00:00:00Z',
        now: new Date(NOW).toISOString(),
      });
      const core = groupSlotsByDay(slots, 'Europe/Lisbon');
      const shown = page.$$('.times li').map((li) => Date.parse(li.dataset.start!));
      expect(shown).to.deep.equal(core.flatMap((d) => d.slots.map((s) => Date.parse(s.start))));
      expect(shown).to.have.length(86);
      expect(page.$('.preview-zone')!.textContent).to.contain('Lisbon');
      await expect(page.el).to.be.accessible();
    });

    it('follows what is typed: another window, an overnight window, a longer notice', async () => {
      const page = await editor();
      await page.add('monday');
      // The new window follows the last one, and takes the focus.
      expect(page.focused).to.equal(page.input('f-weekly-monday-1-start'));
      await page.type('f-weekly-monday-1-start', '17:00');
      await page.type('f-weekly-monday-1-end', '18:00');
      expect(page.preview()[0]!.times).to.deep.equal(['11:00', '11:30', '12:00', '17:00']);
      // Friday 22:00 to 02:00: it runs into Saturday.
      await page.add('friday');
      await page.type('f-weekly-friday-1-start', '22:00');
      await page.type('f-weekly-friday-1-end', '02:00');
      expect(page.$('#f-weekly-friday-1-night')!.textContent).to.equal(en.nextDay);
      expect(page.input('f-weekly-friday-1-end').getAttribute('aria-describedby')).to.contain(
        'f-weekly-friday-1-night',
      );
      const [, , , , friday, saturday] = page.preview();
      expect(friday!.times.slice(-4)).to.deep.equal(['22:00', '22:30', '23:00', '23:30']);
      expect(saturday!.times.slice(0, 3)).to.deep.equal(['0:00', '0:30', '1:00']);
      await page.type('f-policy-minimumNoticeMinutes', '4');
      expect(page.preview()[0]!.times).to.deep.equal(['17:00']);
      expect(page.$('.unsaved')!.textContent).to.equal(en.unsaved);
      await expect(page.el).to.be.accessible();
    });

    it('previews each of the provider’s sessions, and in another zone on request', async () => {
      const page = await editor();
      const select = page.$<HTMLSelectElement>('#preview-length')!;
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'GCSE Maths lesson, 60 min',
        'GCSE Maths lesson, 90 min',
        'A-level Physics lesson, 60 min',
      ]);
      select.value = 'gcse-maths:90';
      select.dispatchEvent(new Event('change'));
      await page.el.updateComplete;
      expect(page.preview()[0]!.times).to.deep.equal(['11:00', '11:30']);
      await page.click(en.compareZone);
      expect(page.button(en.compareOff).getAttribute('aria-pressed')).to.equal('true');
      // The second zone is the time-zone attribute's (New York), through the shared zone picker.
      expect(page.$('.preview-zone')!.textContent).to.contain('New York');
      expect(page.preview()[0]!.times).to.deep.equal(['6:00', '6:30']);
      page.$<HTMLButtonElement>('.zone-button')!.click();
      // The popover's code downloads on the first open (or once the page is idle).
      await waitUntil(() => page.$('.zone-popover input'), 'the zone popover opens');
      const search = page.$<HTMLInputElement>('.zone-popover input')!;
      search.value = 'Tokyo';
      search.dispatchEvent(new Event('input'));
      await page.el.updateComplete;
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await page.el.updateComplete;
      expect(page.$('.preview-zone')!.textContent).to.contain('Tokyo');
      // Monday 11:00 in Lisbon is 20:00 in Tokyo.
      expect(page.preview()[0]!.times).to.deep.equal(['20:00', '20:30']);
      await expect(page.el).to.be.accessible();
    });

    it('counts two changes made before a render', async () => {
      const page = await editor();
      const friday = page.input('f-weekly-friday-0-end');
      const tuesday = page.input('f-weekly-tuesday-0-end');
      friday.value = '12:00';
      friday.dispatchEvent(new Event('input'));
      tuesday.value = '11:00';
      tuesday.dispatchEvent(new Event('input'));
      await page.el.updateComplete;
      expect(page.input('f-weekly-friday-0-end').value).to.equal('12:00');
      expect(page.input('f-weekly-tuesday-0-end').value).to.equal('11:00');
      expect(page.preview()[4]!.times).to.deep.equal(['9:00', '9:30', '10:00', '10:30', '11:00']);
    });

    it('changes with the provider’s zone', async () => {
      const page = await editor();
      const zone = page.$<HTMLSelectElement>('#f-timeZone')!;
      zone.value = 'Asia/Tokyo';
      zone.dispatchEvent(new Event('change'));
      await page.el.updateComplete;
      expect(page.$('.preview-zone')!.textContent).to.contain('Tokyo');
      // 09:00Z is 18:00 in Tokyo: Monday's hours (09:00–13:00) are over.
      expect(page.preview()[0]!.times).to.deep.equal([]);
      expect(page.preview()[1]!.times[0]).to.equal('9:00');
    });
  });

  describe('validation', () => {
    it('puts core’s errors next to their fields, in words, and keeps the last good preview', async () => {
      const page = await editor();
      await page.type('f-weekly-monday-0-end', '09:00');
      const end = page.input('f-weekly-monday-0-end');
      expect(end.getAttribute('aria-invalid')).to.equal('true');
      expect(end.getAttribute('aria-describedby')).to.contain('f-weekly-monday-0-end-error');
      expect(page.error('f-weekly-monday-0-end')).to.equal(en.errWindowEmpty);
      expect(page.$('.preview .notice')!.textContent).to.contain(en.previewInvalid);
      await page.type('f-weekly-monday-0-start', '');
      expect(page.error('f-weekly-monday-0-start')).to.equal(en.errTime);
      await page.type('f-policy-bufferBeforeMinutes', '-5');
      expect(page.error('f-policy-bufferBeforeMinutes')).to.equal(
        'Enter whole minutes from 0 to 10,080.',
      );
      await page.type('f-policy-minimumNoticeMinutes', '1.01');
      expect(page.error('f-policy-minimumNoticeMinutes')).to.equal(
        en.errHours.replace('{max}', '8,760'),
      );
      await page.type('f-policy-maxPerDay', '0');
      expect(page.error('f-policy-maxPerDay')).to.equal('Enter a whole number from 1 to 1,440.');
      await page.type('f-policy-horizonDays', '2.5');
      expect(page.error('f-policy-horizonDays')).to.equal('Enter whole days from 0 to 1,830.');
      await expect(page.el).to.be.accessible();
      // Saving is refused before anything is sent; the first wrong field takes the focus.
      const sent: unknown[] = [];
      page.el.addEventListener('availability-save-request', (e) => sent.push(e));
      await page.save();
      expect(sent).to.have.length(0);
      expect(page.focused).to.equal(page.input('f-weekly-monday-0-start'));
      // Fixed, the errors go.
      await page.type('f-weekly-monday-0-start', '08:00');
      await page.type('f-weekly-monday-0-end', '12:00');
      expect(page.error('f-weekly-monday-0-end')).to.equal(undefined);
      expect(page.input('f-weekly-monday-0-end').getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('date overrides', () => {
    it('closes a date picked on the calendar, gives it other hours, and removes it', async () => {
      const page = await editor();
      const day = page.$<HTMLButtonElement>('[data-date="2026-11-25"]')!;
      expect(day.getAttribute('aria-label')).to.equal('Wednesday, 25 November 2026');
      day.click();
      await page.el.updateComplete;
      expect(page.$('[data-date="2026-11-25"]')!.getAttribute('aria-label')).to.equal(
        'Wednesday, 25 November 2026, closed',
      );
      expect(page.$('.override legend')!.textContent).to.equal('Wednesday, 25 November 2026');
      expect(page.preview()[2]!.times).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
      // Other hours start from the weekday's usual ones.
      const hours = page.$$<HTMLInputElement>('.override input[type=radio]')[1]!;
      hours.click();
      await page.el.updateComplete;
      expect(page.input('f-overrides-0-windows-0-start').value).to.equal('09:00');
      expect(page.input('f-overrides-0-windows-1-start').value).to.equal('17:00');
      await page.click('Remove hours 1 on Wednesday, 25 November 2026');
      await page.type('f-overrides-0-windows-0-start', '19:00');
      expect(page.preview()[2]!.times).to.deep.equal(['19:00', '19:30', '20:00']);
      expect(page.$('[data-date="2026-11-25"]')!.getAttribute('aria-label')).to.contain(
        'other hours',
      );
      await expect(page.el).to.be.accessible();
      await page.click('Remove the change on Wednesday, 25 November 2026');
      expect(page.$('.override')).to.equal(null);
      expect(page.preview()[2]!.times).to.have.length(14);
      expect(page.focused).to.equal(page.$('[data-date="2026-11-25"]'));
    });

    it('loads and shows a provider’s overrides (seed 002: a closed day)', async () => {
      const page = await editor({ provider: 'eleanor' }, adapterOf(mock, 'demo-eleanor-token'));
      expect(page.$$('.override')).to.have.length(1);
      expect(page.$('.override legend')!.textContent).to.equal('Thursday, 3 December 2026');
      expect(page.$<HTMLInputElement>('.override input[type=radio]')!.checked).to.equal(true);
      expect(page.$('[data-date="2026-12-03"]')!.classList.contains('closed')).to.equal(true);
      await expect(page.el).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('saves with If-Match, announces it, and fires a cancelable request and a saved event', async () => {
      const page = await editor();
      const requests: AvailabilitySaveRequestDetail[] = [];
      const saved: AvailabilitySavedDetail[] = [];
      let cancel = true;
      page.el.addEventListener('availability-save-request', (e) => {
        requests.push(e.detail);
        if (cancel) e.preventDefault();
      });
      page.el.addEventListener('availability-saved', (e) => saved.push(e.detail));
      const before = await api.getSchedule('ana');
      await page.add('sunday');
      await page.type('f-weekly-sunday-0-start', '10:00');
      await page.type('f-weekly-sunday-0-end', '12:00');
      await page.type('f-policy-maxPerDay', '3');
      // A host that cancels: nothing is sent, nothing typed is lost.
      await page.save();
      expect(requests).to.have.length(1);
      expect(requests[0]!.ifMatch).to.equal(before.version);
      expect(requests[0]!.schedule.weekly.sunday).to.deep.equal([{ start: '10:00', end: '12:00' }]);
      expect((await api.getSchedule('ana')).version).to.equal(before.version);
      expect(page.input('f-weekly-sunday-0-start').value).to.equal('10:00');
      cancel = false;
      await page.save();
      expect(saved).to.have.length(1);
      expect(saved[0]!.previousVersion).to.equal(before.version);
      expect(saved[0]!.schedule.version).to.not.equal(before.version);
      expect(saved[0]!.schedule.policy.maxPerDay).to.equal(3);
      // The rules the editor does not show are kept.
      expect(saved[0]!.schedule.policy.cancellation).to.deep.equal(before.policy.cancellation);
      const stored = await api.getSchedule('ana');
      expect(stored.weekly.sunday).to.deep.equal([{ start: '10:00', end: '12:00' }]);
      expect(page.$('.notice.saved')!.textContent).to.contain(en.saved);
      expect(page.$('[role=status]')!.textContent).to.equal(en.saved);
      expect(page.$('.unsaved')).to.equal(null);
      await expect(page.el).to.be.accessible();
    });

    it('saves a window to midnight and a whole day as 24:00', async () => {
      const page = await editor();
      await page.add('sunday');
      await page.type('f-weekly-sunday-0-start', '00:00');
      await page.type('f-weekly-sunday-0-end', '00:00');
      await page.type('f-weekly-saturday-0-end', '00:00');
      await page.save();
      const stored = await api.getSchedule('ana');
      expect(stored.weekly.sunday).to.deep.equal([{ start: '00:00', end: '24:00' }]);
      expect(stored.weekly.saturday).to.deep.equal([{ start: '10:00', end: '24:00' }]);
      expect(page.input('f-weekly-sunday-0-end').value).to.equal('00:00');
    });

    it('keeps everything typed when the network fails, in storage too, and saves on retry', async () => {
      const page = await editor();
      const errors: BookingErrorDetail[] = [];
      page.el.addEventListener('booking-error', (e) => errors.push(e.detail));
      await page.type('f-weekly-tuesday-0-end', '15:00');
      cut = true;
      await page.save();
      expect(page.$('.notice.error')!.textContent).to.contain(en.saveNetworkError);
      expect(page.input('f-weekly-tuesday-0-end').value).to.equal('15:00');
      expect(errors.map((e) => [e.step, e.kind])).to.deep.equal([['schedule', 'network']]);
      expect(sessionStorage.length).to.equal(1);
      await expect(page.el).to.be.accessible();
      cut = false;
      await page.save();
      expect((await api.getSchedule('ana')).weekly.tuesday).to.deep.equal([
        { start: '09:00', end: '15:00' },
      ]);
      expect(sessionStorage.length).to.equal(0);
    });

    it('restores what was typed after a reload, and can undo it', async () => {
      const first = await editor();
      await first.type('f-weekly-thursday-0-start', '07:30');
      first.el.remove();
      const page = await editor();
      expect(page.input('f-weekly-thursday-0-start').value).to.equal('07:30');
      expect(page.$('.notice')!.textContent).to.contain(en.restored);
      await expect(page.el).to.be.accessible();
      await page.click(en.discard);
      expect(page.input('f-weekly-thursday-0-start').value).to.equal('09:00');
      expect(sessionStorage.length).to.equal(0);
    });
    it('shows a backend’s field errors (422) next to their fields, in words', async () => {
      // A backend with a rule of its own, answering with its paths (`weekly.monday.0.end`).
      const strict: Api = {
        ...api,
        replaceSchedule: () =>
          Promise.reject(
            new ValidationError(
              'PUT /providers/{id}/schedule',
              'weekly.monday.0.end: the window ends too late',
              422,
              {
                type: 'about:blank',
                title: 'Invalid',
                status: 422,
                code: 'validation_failed',
                errors: [
                  { field: 'weekly.monday.0.end', code: 'invalid_window', message: 'too late' },
                ],
              },
            ),
          ),
      };
      const page = await editor({}, strict);
      await page.type('f-weekly-monday-0-end', '14:00');
      await page.save();
      expect(page.$('.notice.error')!.textContent).to.contain(en.saveRejected);
      expect(page.error('f-weekly-monday-0-end')).to.equal(en.errWindowEmpty);
      expect(page.input('f-weekly-monday-0-end').getAttribute('aria-invalid')).to.equal('true');
      expect(page.focused).to.equal(page.input('f-weekly-monday-0-end'));
      expect(page.input('f-weekly-monday-0-end').value).to.equal('14:00');
      await expect(page.el).to.be.accessible();
      // Typing again clears them (the next save asks the backend again).
      await page.type('f-weekly-monday-0-end', '13:30');
      expect(page.error('f-weekly-monday-0-end')).to.equal(undefined);
    });
  });

  describe('when someone else saved first (412)', () => {
    async function conflicted(): Promise<Page> {
      const page = await editor();
      await page.type('f-weekly-tuesday-0-end', '16:00');
      // A second session (another tab, an assistant) saves first.
      const other = adapterOf(mock);
      const current = await other.getSchedule('ana');
      await other.replaceSchedule(
        'ana',
        {
          timeZone: current.timeZone,
          weekly: { ...current.weekly, tuesday: [{ start: '12:00', end: '14:00' }] },
          overrides: current.overrides,
          policy: current.policy,
        },
        { ifMatch: current.version },
      );
      await page.save();
      await waitUntil(() => page.$('.differences'), 'no comparison', { timeout: 8000 });
      return page;
    }

    it('says so, keeps what was typed and shows where the versions differ', async () => {
      const page = await conflicted();
      const conflict = page.$('.conflict')!;
      expect(conflict.getAttribute('role')).to.equal('alert');
      expect(conflict.textContent).to.contain(en.conflict);
      const rows = page
        .$$('.differences tbody tr')
        .map((r) => [...r.children].map((c) => c.textContent!.trim()));
      expect(rows).to.deep.equal([['Tuesday', '12:00–14:00', '9:00–16:00']]);
      expect(page.input('f-weekly-tuesday-0-end').value).to.equal('16:00');
      await expect(page.el).to.be.accessible();
    });

    it('keeps mine: saves over theirs with their version', async () => {
      const page = await conflicted();
      await page.click(en.keepMine);
      await waitUntil(() => page.$('.notice.saved'), 'not saved', { timeout: 8000 });
      expect(page.$('.conflict')).to.equal(null);
      expect((await api.getSchedule('ana')).weekly.tuesday).to.deep.equal([
        { start: '09:00', end: '16:00' },
      ]);
    });

    it('uses theirs: the form shows their version', async () => {
      const page = await conflicted();
      await page.click(en.useTheirs);
      expect(page.$('.conflict')).to.equal(null);
      expect(page.input('f-weekly-tuesday-0-start').value).to.equal('12:00');
      expect(page.$('.unsaved')).to.equal(null);
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('keyboard only', () => {
    it('adds hours, moves through the calendar and closes a date, and saves with Enter', async () => {
      const page = await editor();
      page.$<HTMLButtonElement>('#add-monday')!.focus();
      await sendKeys({ press: 'Enter' });
      await page.el.updateComplete;
      expect(page.focused).to.equal(page.input('f-weekly-monday-1-start'));
      // The date grid: one tab stop, arrows move by a day and a week.
      const today = page.$<HTMLButtonElement>('[data-date="2026-11-23"]')!;
      expect(today.tabIndex).to.equal(0);
      today.focus();
      await sendKeys({ press: 'ArrowRight' });
      await page.el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await page.el.updateComplete;
      expect(page.focused).to.equal(page.$('[data-date="2026-12-01"]'));
      expect(page.$('.month-nav h4')!.textContent!.trim()).to.equal('December 2026');
      await sendKeys({ press: 'Enter' });
      await page.el.updateComplete;
      expect(page.$('.override legend')!.textContent).to.equal('Tuesday, 1 December 2026');
      expect(page.$('[role=status]')!.textContent).to.contain('is closed');
      // Enter on a date that has a change moves to it.
      await sendKeys({ press: 'Enter' });
      await page.el.updateComplete;
      expect(page.focused).to.equal(page.$('.override input[type=radio]'));
      await sendKeys({ press: 'ArrowDown' });
      await page.el.updateComplete;
      expect(page.$$<HTMLInputElement>('.override input[type=radio]')[1]!.checked).to.equal(true);
      // Enter in a field saves.
      page.input('f-policy-maxPerDay').focus();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => page.$('.notice.saved'), 'not saved', { timeout: 8000 });
      const stored = await api.getSchedule('ana');
      expect(stored.policy.maxPerDay).to.equal(4);
      expect(stored.overrides).to.deep.equal([
        { date: '2026-12-01', windows: [{ start: '09:00', end: '13:00' }] },
      ]);
    });
  });

  describe('at 320 px', () => {
    for (const locale of ['en-GB', 'de', 'ar'])
      it(`keeps every part inside its box in ${locale}, with a date change, an error and a conflict`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px">
            <availability-editor
              provider="ana"
              locale=${locale}
              .adapter=${api}
              .clock=${clock}
            ></availability-editor>
          </div>`,
        );
        const page = new Page(wrapper.querySelector('availability-editor')!);
        await page.ready();
        expect(overflowing(page.el)).to.deep.equal([]);
        page.$<HTMLButtonElement>('[data-date="2026-11-26"]')!.click();
        await page.el.updateComplete;
        page.$$<HTMLInputElement>('.override input[type=radio]')[1]!.click();
        await page.el.updateComplete;
        await page.type('f-weekly-monday-0-end', '09:00');
        page.$<HTMLButtonElement>('.compare button')!.click();
        await page.el.updateComplete;
        expect(overflowing(page.el)).to.deep.equal([]);
        await page.type('f-weekly-monday-0-end', '12:00');
        const other = adapterOf(mock);
        const current = await other.getSchedule('ana');
        await other.replaceSchedule('ana', { weekly: {} }, { ifMatch: current.version });
        await page.save();
        await waitUntil(() => page.$('.differences'), 'no comparison', { timeout: 8000 });
        expect(overflowing(page.el)).to.deep.equal([]);
      });
  });

  describe('languages and themes', () => {
    const catalogs = { en, de, fr, es, ar };
    for (const [locale, words] of Object.entries(catalogs))
      it(`speaks ${locale} in every part, and passes axe`, async () => {
        const page = await editor({ locale });
        expect(page.$('h2')!.textContent).to.equal(words.heading);
        expect(page.$('#weekly-heading')!.textContent).to.equal(words.weeklyHeading);
        expect(page.$('#policy-heading')!.textContent).to.equal(words.policyHeading);
        expect(page.$('#preview-heading')!.textContent).to.equal(words.previewHeading);
        expect(page.$('button[type=submit]')!.textContent!.trim()).to.equal(words.save);
        await page.type('f-weekly-monday-0-end', '09:00');
        expect(page.error('f-weekly-monday-0-end')).to.equal(words.errWindowEmpty);
        expect(page.$('.widget')!.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        await expect(page.el).to.be.accessible();
      });

    for (const [theme, locale] of [
      ['dark', 'en-GB'],
      ['light', 'ar'],
      ['dark', 'ar'],
    ] as const)
      it(`passes axe in every state in ${theme} ${locale}`, async () => {
        // Loading, and a load that failed.
        mock.faults.latencyMs = 100;
        const loading = await fixture<AvailabilityEditor>(
          html`<availability-editor
            provider="ana"
            locale=${locale}
            theme=${theme}
            .adapter=${adapterOf(mock, 'demo-kenji-token')}
            .clock=${clock}
          ></availability-editor>`,
        );
        expect(loading.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
        await expect(loading).to.be.accessible();
        await new Page(loading).ready();
        expect(loading.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
        await expect(loading).to.be.accessible();
        mock.faults.latencyMs = 0;
        const page = await editor({ theme, locale });
        await expect(page.el).to.be.accessible();
        // Errors, a date change with other hours, another zone.
        await page.type('f-weekly-monday-0-end', '09:00');
        page.$<HTMLButtonElement>('[data-date="2026-11-26"]')!.click();
        await page.el.updateComplete;
        page.$$<HTMLInputElement>('.override input[type=radio]')[1]!.click();
        await page.el.updateComplete;
        page.$<HTMLButtonElement>('.compare button')!.click();
        await page.el.updateComplete;
        await expect(page.el).to.be.accessible();
        // A failed save, then a conflict.
        await page.type('f-weekly-monday-0-end', '13:00');
        cut = true;
        await page.save();
        expect(page.$('.notice.error')).to.not.equal(null);
        await expect(page.el).to.be.accessible();
        cut = false;
        const other = adapterOf(mock);
        const current = await other.getSchedule('ana');
        await other.replaceSchedule('ana', { weekly: {} }, { ifMatch: current.version });
        await page.save();
        await waitUntil(() => page.$('.differences'), 'no comparison', { timeout: 8000 });
        await expect(page.el).to.be.accessible();
        page.$<HTMLButtonElement>('.conflict button.primary')!.click();
        await waitUntil(() => page.$('.notice.saved'), 'not saved', { timeout: 8000 });
        await expect(page.el).to.be.accessible();
      });
  });
});
