// The zone picker's popover, downloaded after the first render (./zone-picker.ts loads it when the
// page is idle or on the first open): the searchable list of zones, its keyboard, and floating-ui,
// which keeps the popover next to its button.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { timeZoneOptions } from '@booking/core';
import { zoneLabel } from './format.js';
import type { Translate } from './i18n.js';
import type { ZonePicker } from './zone-picker.js';

export { float } from './floating.js';

interface Option {
  id: string;
  label: string;
}

/** Each picker's zones with their labels, made on its first open. */
const optionsOf = new WeakMap<ZonePicker, Option[]>();

/** The options matching the picker's search (at most 80). */
function list(picker: ZonePicker): Option[] {
  let all = optionsOf.get(picker);
  if (!all) {
    const now = picker.options.now();
    const locale = picker.options.locale();
    all = timeZoneOptions({ now: new Date(now).toISOString() }).map((o) => ({
      id: o.id,
      label: `${o.id.replace(/_/g, ' ')} (${zoneLabel(o.id, locale, now).replace(/^.*\(|\)$/g, '')})`,
    }));
    optionsOf.set(picker, all);
  }
  const q = picker.query.trim().toLowerCase().replace(/\s+/g, ' ');
  const matches = q
    ? all.filter(
        (o) =>
          o.label.toLowerCase().includes(q) || o.id.toLowerCase().includes(q.replace(/ /g, '_')),
      )
    : all;
  return matches.slice(0, 80);
}

/** Where the highlight starts when the popover opens: on the zone shown now. */
export function initialIndex(picker: ZonePicker): number {
  return Math.max(
    0,
    list(picker).findIndex((o) => o.id === picker.options.zone()),
  );
}

function key(picker: ZonePicker, event: KeyboardEvent): void {
  const options = list(picker);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    picker.active = Math.min(
      options.length - 1,
      Math.max(0, picker.active + (event.key === 'ArrowDown' ? 1 : -1)),
    );
    picker.host.requestUpdate();
    void picker.host.updateComplete.then(() =>
      picker.host.renderRoot
        .querySelector('.zone-popover li.active')
        ?.scrollIntoView({ block: 'nearest' }),
    );
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const option = options[picker.active];
    if (option) picker.choose(option.id);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    picker.close();
  }
}

/** The search box and the list of zones, inside the open popover. */
export function renderList(picker: ZonePicker, t: Translate, zone: string): TemplateResult {
  const options = list(picker);
  const active = options[picker.active];
  return html`<input
      type="search"
      role="combobox"
      aria-label=${t('timeZoneSearch')}
      placeholder=${t('timeZoneSearch')}
      aria-expanded="true"
      aria-controls="zone-list"
      aria-autocomplete="list"
      aria-activedescendant=${active ? `zone-${picker.active}` : ''}
      .value=${live(picker.query)}
      @input=${(e: Event) => {
        picker.query = (e.target as HTMLInputElement).value;
        picker.active = 0;
        picker.host.requestUpdate();
      }}
      @keydown=${(e: KeyboardEvent) => key(picker, e)}
    />
    <ul id="zone-list" role="listbox" aria-label=${t('timeZone')}>
      ${
        options.length
          ? options.map(
              (o, i) =>
                html`<li
                  id="zone-${i}"
                  role="option"
                  class=${i === picker.active ? 'active' : ''}
                  aria-selected=${o.id === zone ? 'true' : 'false'}
                  @click=${() => picker.choose(o.id)}
                >
                  ${o.label}
                </li>`,
            )
          : html`<li role="option" aria-disabled="true" aria-selected="false">
              ${t('timeZoneNone')}
            </li>`
      }
    </ul>`;
}
