// The time-zone picker both elements share: a button that opens a searchable listbox in a popover
// (positioned with floating-ui, cleaned up on close; floating-ui is downloaded after the first
// render, as nothing needs it before the popover opens), driven by the keyboard: arrows, Enter,
// Escape (focus back on the button). A Lit reactive controller with two templates.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { timeZoneOptions } from '@booking/core';
import { zoneLabel } from './format.js';
import type { float } from './floating.js';
import type { Translate } from './i18n.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ZonePickerOptions {
  /** The zone shown now. */
  zone(): string;
  locale(): string;
  now(): number;
  rtl(): boolean;
  t(): Translate;
  /** The user picked a zone. */
  pick(zone: string): void;
}

/** floating-ui and its wrapper, downloaded on first use (it is a tenth of the script tag). */
let floatModule: Promise<{ float: typeof float }> | undefined;
function loadFloat(): Promise<typeof float> {
  floatModule ??= import('./floating.js').catch((error: unknown) => {
    floatModule = undefined; // try again next time
    throw error;
  });
  return floatModule.then((module) => module.float);
}

export class ZonePicker implements ReactiveController {
  open = false;
  query = '';
  active = 0;
  #options: { id: string; label: string }[] | undefined;
  #stop: (() => void) | undefined;
  #focus: 'input' | 'button' | undefined;
  #wasOpen = false;
  #placing = 0;

  constructor(
    private readonly host: Host,
    private readonly options: ZonePickerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#outside, true);
    // Fetch the positioning code once the page is idle, so the first open is instant.
    setTimeout(() => void loadFloat().catch(() => undefined), 1000);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#outside, true);
    this.#stop?.();
    this.#stop = undefined;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (this.#focus === 'input') root.querySelector<HTMLElement>('.zone-popover input')?.focus();
    if (this.#focus === 'button') root.querySelector<HTMLElement>('.zone-button')?.focus();
    this.#focus = undefined;
    if (this.open === this.#wasOpen) return;
    this.#wasOpen = this.open;
    this.#stop?.();
    this.#stop = undefined;
    const anchor = root.querySelector('.zone-button');
    const popover = root.querySelector<HTMLElement>('.zone-popover');
    if (this.open && anchor && popover) void this.#place(anchor, popover);
  }

  async #place(anchor: Element, popover: HTMLElement): Promise<void> {
    const placing = ++this.#placing;
    const float = await loadFloat();
    // Closed or reopened while the code downloaded: that later open places it.
    if (placing !== this.#placing || !this.open || !popover.isConnected) return;
    this.#stop = float(anchor, popover, this.options.rtl() ? 'bottom-end' : 'bottom-start');
  }

  #outside = (event: Event) => {
    if (
      this.open &&
      !event
        .composedPath()
        .some(
          (n) =>
            n instanceof HTMLElement &&
            (n.classList.contains('zone-popover') || n.classList.contains('zone-button')),
        )
    )
      this.close(false);
  };

  /** The options matching the search (at most 80). */
  list(): { id: string; label: string }[] {
    if (!this.#options) {
      const now = this.options.now();
      const locale = this.options.locale();
      this.#options = timeZoneOptions({ now: new Date(now).toISOString() }).map((o) => ({
        id: o.id,
        label: `${o.id.replace(/_/g, ' ')} (${zoneLabel(o.id, locale, now).replace(/^.*\(|\)$/g, '')})`,
      }));
    }
    const q = this.query.trim().toLowerCase().replace(/\s+/g, ' ');
    const all = this.#options;
    const matches = q
      ? all.filter(
          (o) =>
            o.label.toLowerCase().includes(q) || o.id.toLowerCase().includes(q.replace(/ /g, '_')),
        )
      : all;
    return matches.slice(0, 80);
  }

  show(): void {
    this.open = true;
    this.query = '';
    this.active = Math.max(
      0,
      this.list().findIndex((o) => o.id === this.options.zone()),
    );
    this.#focus = 'input';
    this.host.requestUpdate();
  }

  close(returnFocus = true): void {
    this.open = false;
    if (returnFocus) this.#focus = 'button';
    this.host.requestUpdate();
  }

  #choose(id: string): void {
    this.close();
    this.options.pick(id);
  }

  #key(event: KeyboardEvent): void {
    const list = this.list();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active = Math.min(
        list.length - 1,
        Math.max(0, this.active + (event.key === 'ArrowDown' ? 1 : -1)),
      );
      this.host.requestUpdate();
      void this.host.updateComplete.then(() =>
        this.host.renderRoot
          .querySelector('.zone-popover li.active')
          ?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = list[this.active];
      if (option) this.#choose(option.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  }

  /** "Time zone: Berlin (GMT+1) ▾", the popover right after it. */
  render(): TemplateResult {
    const t = this.options.t();
    const zone = this.options.zone();
    return html`<div class="zone-row">
        <span class="muted">${t('timeZone')}:</span>
        <button
          class="zone-button"
          part="button zone-button"
          aria-haspopup="dialog"
          aria-expanded=${this.open ? 'true' : 'false'}
          @click=${() => (this.open ? this.close() : this.show())}
        >
          ${zoneLabel(zone, this.options.locale(), this.options.now())}
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      ${this.#popover(t, zone)}`;
  }

  #popover(t: Translate, zone: string): TemplateResult {
    const list = this.open ? this.list() : [];
    const active = list[this.active];
    return html`<div
      class="zone-popover"
      part="zone-popover"
      role="dialog"
      aria-label=${t('timeZone')}
      ?hidden=${!this.open}
    >
      ${
        this.open
          ? html`<input
                type="search"
                role="combobox"
                aria-label=${t('timeZoneSearch')}
                placeholder=${t('timeZoneSearch')}
                aria-expanded="true"
                aria-controls="zone-list"
                aria-autocomplete="list"
                aria-activedescendant=${active ? `zone-${this.active}` : ''}
                .value=${live(this.query)}
                @input=${(e: Event) => {
                  this.query = (e.target as HTMLInputElement).value;
                  this.active = 0;
                  this.host.requestUpdate();
                }}
                @keydown=${(e: KeyboardEvent) => this.#key(e)}
              />
              <ul id="zone-list" role="listbox" aria-label=${t('timeZone')}>
                ${
                  list.length
                    ? list.map(
                        (o, i) =>
                          html`<li
                            id="zone-${i}"
                            role="option"
                            class=${i === this.active ? 'active' : ''}
                            aria-selected=${o.id === zone ? 'true' : 'false'}
                            @click=${() => this.#choose(o.id)}
                          >
                            ${o.label}
                          </li>`,
                      )
                    : html`<li role="option" aria-disabled="true" aria-selected="false">
                        ${t('timeZoneNone')}
                      </li>`
                }
              </ul>`
          : nothing
      }
    </div>`;
  }
}
