// Date overrides: a month calendar (the ARIA date grid of calendar/month.ts, roving tabindex) in
// the provider's zone where a date is picked, and each picked date's change below it: closed all
// day, or other hours.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toLocal } from '@booking/core';
import { addMonths, monthGrid, monthStart, moveFocus } from '../../calendar/month.js';
import { formatDate, formatMonth } from '../../shared/format.js';
import {
  addOverride,
  addOverrideWindow,
  fieldId,
  removeOverride,
  removeOverrideWindow,
  setOverrideClosed,
  setOverrideTime,
  type OverrideForm,
} from '../model.js';
import { describe, renderWindow, type EditorView } from './context.js';
import { orderedDays } from './weekly.js';

/** The calendar's month and focused date, and where the keys move them. */
export class DateGrid {
  month = '';
  focused = '';
  #focusAfterRender = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Today in the provider's zone; the grid opens on its month. */
  today(view: EditorView): string {
    try {
      return toLocal(new Date(view.now).toISOString(), view.form.timeZone).date;
    } catch {
      return new Date(view.now).toISOString().slice(0, 10);
    }
  }

  show(month: string, focus: string): void {
    this.month = monthStart(month);
    this.focused = focus;
    this.host.requestUpdate();
  }

  key(event: KeyboardEvent, view: EditorView): void {
    const next = moveFocus(this.focused, event.key, {
      weekStart: view.weekStart,
      rtl: view.rtl,
      shift: event.shiftKey,
    });
    if (!next) return;
    event.preventDefault();
    this.#focusAfterRender = true;
    this.show(next, next);
  }

  /** After a render: the focused date's button takes the focus when a key moved it. */
  updated(root: ShadowRoot | HTMLElement | DocumentFragment): void {
    if (!this.#focusAfterRender) return;
    this.#focusAfterRender = false;
    root.querySelector<HTMLElement>(`[data-date="${this.focused}"]`)?.focus();
  }
}

function pick(view: EditorView, grid: DateGrid, date: string): void {
  const { t, form, locale } = view;
  grid.focused = date;
  if (form.overrides.some((o) => o.date === date)) {
    view.focus(fieldId(`overrides-${date}-closed`));
    return;
  }
  view.change((f) => addOverride(f, date), t('overrideAdded', { date: formatDate(date, locale) }));
}

export function renderOverrides(view: EditorView, grid: DateGrid): TemplateResult {
  const { t, form, locale } = view;
  const today = grid.today(view);
  if (!grid.month) grid.month = monthStart(today);
  if (!grid.focused || grid.focused.slice(0, 7) !== grid.month.slice(0, 7))
    grid.focused = today.slice(0, 7) === grid.month.slice(0, 7) ? today : grid.month;
  const month = grid.month;
  const byDate = new Map(form.overrides.map((o) => [o.date, o]));
  const names = orderedDays(locale, view.weekStart);
  const thisMonth = monthStart(today);
  const prev = addMonths(month, -1);
  const next = addMonths(month, 1);
  return html`<section class="block" part="section" aria-labelledby="overrides-heading">
    <h3 id="overrides-heading">${t('overridesHeading')}</h3>
    <p id="overrides-hint" class="hint">${t('overridesHint')}</p>
    <div class="calendar" part="calendar">
      <div class="month-nav">
        <button
          type="button"
          part="button"
          aria-label=${t('prevMonth')}
          ?disabled=${month <= thisMonth}
          @click=${() => grid.show(prev, prev < thisMonth ? today : prev)}
        >
          <span class="arrow" aria-hidden="true">‹</span>
        </button>
        <h4 id="month-label">
          ${formatMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)), locale)}
        </h4>
        <button
          type="button"
          part="button"
          aria-label=${t('nextMonth')}
          @click=${() => grid.show(next, next)}
        >
          <span class="arrow" aria-hidden="true">›</span>
        </button>
      </div>
      <table
        role="grid"
        aria-labelledby="month-label"
        aria-describedby="overrides-hint"
        @keydown=${(e: KeyboardEvent) => grid.key(e, view)}
      >
        <thead>
          <tr>
            ${names.map(
              (n) =>
                html`<th scope="col" abbr=${n.long}>
                  <span aria-hidden="true">${n.short}</span
                  ><span class="visually-hidden">${n.long}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${monthGrid(month, view.weekStart).map(
            (week) =>
              html`<tr>
                ${week.map((cell) => {
                  const override = byDate.get(cell.date);
                  const past = cell.date < today;
                  const mark = override ? (override.closed ? t('markClosed') : t('markHours')) : '';
                  const label = [
                    formatDate(cell.date, locale),
                    mark,
                    cell.date === today ? t('today') : '',
                  ]
                    .filter(Boolean)
                    .join(', ');
                  return html`<td role="gridcell" aria-selected=${override ? 'true' : 'false'}>
                    <button
                      type="button"
                      part="day"
                      id="day-${cell.date}"
                      data-date=${cell.date}
                      class="${override ? (override.closed ? 'closed' : 'hours') : ''} ${
                        cell.inMonth ? '' : 'outside'
                      } ${cell.date === today ? 'today' : ''}"
                      tabindex=${cell.date === grid.focused ? 0 : -1}
                      aria-label=${label}
                      aria-disabled=${past || view.busy ? 'true' : 'false'}
                      @click=${() => {
                        if (!cell.inMonth) grid.show(cell.date, cell.date);
                        if (!past && !view.busy) pick(view, grid, cell.date);
                      }}
                      @focus=${() => (grid.focused = cell.date)}
                    >
                      ${cell.day}
                    </button>
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      form.overrides.length
        ? html`<ul class="overrides" role="list">
            ${form.overrides.map((o, i) => renderOverride(view, grid, o, i))}
          </ul>`
        : html`<p class="muted">${t('noOverrides')}</p>`
    }
  </section>`;
}

function renderOverride(
  view: EditorView,
  grid: DateGrid,
  o: OverrideForm,
  index: number,
): TemplateResult {
  const { t, locale } = view;
  const date = formatDate(o.date, locale);
  const path = `overrides[${index}]`;
  const name = `mode-${o.date}`;
  const closedId = fieldId(`overrides-${o.date}-closed`);
  const dateField = describe(view, `${path}.date`);
  const add = `add-${o.date}`;
  return html`<li class="override" part="override">
    <fieldset aria-describedby=${dateField.describedby || nothing}>
      <legend id=${dateField.id}>${date}</legend>
      ${dateField.error}
      <div class="modes">
        <label class="choice">
          <input
            type="radio"
            id=${closedId}
            name=${name}
            ?disabled=${view.busy}
            .checked=${o.closed}
            @change=${() => view.change((f) => setOverrideClosed(f, o.date, true))}
          />
          <span class="label">${t('overrideClosed')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name=${name}
            ?disabled=${view.busy}
            .checked=${!o.closed}
            @change=${() => view.change((f) => setOverrideClosed(f, o.date, false))}
          />
          <span class="label">${t('overrideHours')}</span>
        </label>
      </div>
      ${
        o.closed
          ? nothing
          : html`${o.windows.map((w, i) =>
                renderWindow(view, {
                  path: `${path}.windows[${i}]`,
                  label: t('hoursGroup', { n: i + 1, day: date }),
                  window: w,
                  removeLabel: t('removeHours', { n: i + 1, day: date }),
                  set: (edge, value) =>
                    view.change((f) => setOverrideTime(f, o.date, i, edge, value)),
                  remove: () => {
                    view.change((f) => removeOverrideWindow(f, o.date, i));
                    view.focus(o.windows.length > 1 ? add : closedId);
                  },
                }),
              )}
              <div class="day-actions">
                <button
                  type="button"
                  id=${add}
                  part="button"
                  ?disabled=${view.busy}
                  aria-labelledby="${add} ${dateField.id}"
                  @click=${() => {
                    view.change((f) => addOverrideWindow(f, o.date));
                    view.focus(fieldId(`${path}.windows[${o.windows.length}].start`));
                  }}
                >
                  <span aria-hidden="true">+</span> ${t('addHours')}
                </button>
              </div>`
      }
      <div class="day-actions">
        <button
          type="button"
          part="button"
          ?disabled=${view.busy}
          @click=${() => {
            grid.show(o.date, o.date);
            view.change((f) => removeOverride(f, o.date), t('overrideRemoved', { date }));
            view.focus(`day-${o.date}`);
          }}
        >
          ${t('removeOverride', { date })}
        </button>
      </div>
    </fieldset>
  </li>`;
}
