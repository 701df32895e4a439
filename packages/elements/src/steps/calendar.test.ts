// The calendar step on its own, as a second element uses it (the manage element reschedules with
// it): a bare Lit element passes only the adapter, provider, policy, length, zone, locale, clock,
// translator and callbacks. Both the step and its lazily downloaded form. Clock pinned to Monday
// 2026-11-23 09:00Z; Sam works 08:00-18:00 in New York.
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html, type TemplateResult } from 'lit';
import type { Provider, Slot } from '@booking/core';
import { createHttpAdapter, type BookingAdapter } from '@booking/core/http';
import { createMockBackend } from '@booking/mock';
import en from '../shared/catalogs/en.js';
import { visitorCatalogs } from '../shared/i18n.js';
import { parts } from '../shared/parts.styles.js';
import { base, tokens } from '../shared/theme.styles.js';
import { CalendarStep } from './calendar.js';
import { LazyCalendarStep, calendarModule } from './calendar-lazy.js';
import { calendarStyles } from './calendar.styles.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const BASE = 'http://mock.test/api';

/** A minimal host: what a second element passes to the step, and nothing else. */
class CalendarHost extends LitElement {
  static override styles = [tokens, base, parts, calendarStyles];
  static override properties = { zone: {}, lazy: { type: Boolean } };
  declare zone: string;
  declare lazy: boolean;
  adapter!: BookingAdapter;
  provider!: Provider;
  picked: Slot[] = [];
  announced: string[] = [];
  reported: unknown[] = [];
  chosen: Slot | undefined;
  step!: CalendarStep | LazyCalendarStep;

  override connectedCallback(): void {
    super.connectedCallback();
    const options = {
      adapter: () => this.adapter,
      providerId: () => this.provider.id,
      policy: () => this.provider.policy,
      duration: () => 60,
      zone: () => this.zone,
      locale: () => 'en-GB',
      rtl: () => false,
      now: () => NOW,
      t: () => visitorCatalogs.translator('en-GB'),
      selected: () => this.chosen,
      pick: (slot: Slot) => {
        this.picked.push(slot);
        this.chosen = slot;
        this.requestUpdate();
      },
      announce: (text: string) => this.announced.push(text),
      report: (error: unknown) => this.reported.push(error),
    };
    this.step ??= this.lazy ? new LazyCalendarStep(this, options) : new CalendarStep(this, options);
  }

  _report(error: unknown): void {
    this.reported.push(error);
  }

  protected override render(): TemplateResult {
    return html`<div class="widget">${this.step.render()}</div>`;
  }
}
customElements.define('calendar-host', CalendarHost);

describe('the calendar step, used by another element', () => {
  let adapter: BookingAdapter;
  let provider: Provider;
  beforeEach(async () => {
    const mock = createMockBackend({ baseUrl: BASE, now: () => NOW });
    adapter = createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => mock.handle(new Request(input as RequestInfo, init)),
    });
    provider = await adapter.getProvider('sam');
    await visitorCatalogs.load('en-GB');
  });

  async function mount(lazy: boolean): Promise<CalendarHost> {
    const el = await fixture<CalendarHost>(
      testHtml`<calendar-host zone="Europe/Berlin" ?lazy=${lazy} .adapter=${adapter} .provider=${provider}></calendar-host>`,
    );
    await el.step.load();
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading');
    return el;
  }

  for (const lazy of [false, true])
    it(`shows the month and the times in the viewer's zone, and hands the picked time back${lazy ? ' (downloaded lazily)' : ''}`, async () => {
      const el = await mount(lazy);
      const root = el.shadowRoot!;
      expect(root.querySelector('#month-label')!.textContent).to.equal('November 2026');
      const marked = [...root.querySelectorAll('td button.has-slots')].map((b) =>
        b.textContent!.trim(),
      );
      expect(marked).to.deep.equal(['23', '24', '25', '26', '27', '30']);
      const times = [...root.querySelectorAll<HTMLButtonElement>('.slots button')];
      expect(times.slice(0, 2).map((b) => b.textContent!.trim())).to.deep.equal(['14:00', '14:30']);
      await expect(el).to.be.accessible();
      times[1]!.click();
      await el.updateComplete;
      expect(el.picked.map((s) => Date.parse(s.start))).to.deep.equal([
        Date.parse('2026-11-23T13:30:00Z'),
      ]);
      expect(
        root.querySelector('.slots button[aria-pressed="true"]')!.textContent!.trim(),
      ).to.equal('14:30');
      // The grid's keys; another zone after reset() and load().
      root.querySelector<HTMLButtonElement>('td button[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root.activeElement!.getAttribute('aria-label')).to.match(/^Tuesday,? 24 November/);
      el.zone = 'Asia/Tokyo';
      el.step.reset();
      await el.step.load();
      await el.updateComplete;
      expect(root.querySelector('.slots button')!.textContent!.trim()).to.equal('22:00');
      expect(el.reported).to.deep.equal([]);
      expect(el.announced.length).to.be.greaterThan(0);
    });

  it('says so in plain words when the step cannot download, and loads the month after a retry', async () => {
    const saved = calendarModule.importer;
    let fail = true;
    calendarModule.importer = () =>
      fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : saved();
    try {
      const el = await fixture<CalendarHost>(
        testHtml`<calendar-host zone="Europe/Berlin" lazy .adapter=${adapter} .provider=${provider}></calendar-host>`,
      );
      await el.step.load();
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('.notice.error')!.textContent).to.contain(en.networkError);
      // Each attempt (the first render's, the load's) is reported once.
      expect(el.reported.length).to.be.within(1, 2);
      expect(el.reported.every((e) => e instanceof TypeError)).to.equal(true);
      await expect(el).to.be.accessible();
      fail = false;
      root.querySelector<HTMLButtonElement>('.notice.error button')!.click();
      await waitUntil(() => root.querySelectorAll('.slots button').length > 0, 'no times');
      expect(root.querySelector('.slots button')!.textContent!.trim()).to.equal('14:00');
    } finally {
      calendarModule.importer = saved;
    }
  });

  it('opens on the month of a slot it is shown (a draft, an alternative), before it is here', async () => {
    const el = await fixture<CalendarHost>(
      testHtml`<calendar-host zone="Europe/Berlin" lazy .adapter=${adapter} .provider=${provider}></calendar-host>`,
    );
    el.step.show({ start: '2026-12-02T14:00:00Z', end: '2026-12-02T15:00:00Z' });
    await el.step.load();
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading');
    expect(el.shadowRoot!.querySelector('#month-label')!.textContent).to.equal('December 2026');
    expect(el.shadowRoot!.querySelector('.slots h3')!.textContent).to.contain('2 December 2026');
  });
});
