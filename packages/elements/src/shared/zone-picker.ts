// The time-zone picker every element shares: a button that opens a searchable listbox in a
// popover, driven by the keyboard: arrows, Enter, Escape (focus back on the button). A Lit reactive
// controller. The first render needs only the button: the popover (its list of zones, its template
// and floating-ui, which positions it and cleans up on close) is ./zone-popover.ts, downloaded when
// the page is idle or on the first open.
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { zoneLabel } from './format.js';
import type { Translate } from './i18n.js';
import type * as PopoverModule from './zone-popover.js';

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

type Popover = typeof PopoverModule;
/** The popover's module, downloaded once (a failed download is tried again on the next open). */
let popoverModule: Promise<Popover> | undefined;
function loadPopover(): Promise<Popover> {
  popoverModule ??= import('./zone-popover.js').catch((error: unknown) => {
    popoverModule = undefined;
    throw error;
  });
  return popoverModule;
}

export class ZonePicker implements ReactiveController {
  open = false;
  query = '';
  active = 0;
  #popover: Popover | undefined;
  #opening = 0;
  #stop: (() => void) | undefined;
  #focus: 'input' | 'button' | undefined;
  #wasOpen = false;
  #placing = 0;

  constructor(
    readonly host: Host,
    readonly options: ZonePickerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#outside, true);
    // Fetch the positioning code once the page is idle, so the first open is instant.
    setTimeout(() => void loadPopover().catch(() => undefined), 1000);
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
    const { float } = await loadPopover();
    // Closed or reopened meanwhile: that later open places it.
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

  /** Opens the popover (once its module is here: at once after the first time). */
  show(): void {
    const opening = ++this.#opening;
    void loadPopover().then(
      (module) => {
        if (opening !== this.#opening) return; // closed or clicked again meanwhile
        this.#popover = module;
        this.open = true;
        this.query = '';
        this.active = module.initialIndex(this);
        this.#focus = 'input';
        this.host.requestUpdate();
      },
      () => undefined, // offline: the button stays, and the next click tries again
    );
  }

  close(returnFocus = true): void {
    ++this.#opening;
    this.open = false;
    if (returnFocus) this.#focus = 'button';
    this.host.requestUpdate();
  }

  /** The visitor chose a zone in the list. */
  choose(id: string): void {
    this.close();
    this.options.pick(id);
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
      <div
        class="zone-popover"
        part="zone-popover"
        role="dialog"
        aria-label=${t('timeZone')}
        ?hidden=${!this.open}
      >
        ${this.open && this.#popover ? this.#popover.renderList(this, t, zone) : ''}
      </div>`;
  }
}
