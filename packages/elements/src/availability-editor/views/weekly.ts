// The zone of the provider's hours (a select of every zone) and the weekly hours: each day's
// windows, several a day, overnight ones marked, with add, remove and copy to every day.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { timeZoneOptions } from '@booking/core';
import { weekdays } from '../../shared/format.js';
import {
  WEEKDAYS,
  addWeeklyWindow,
  copyDay,
  fieldId,
  removeWeeklyWindow,
  setWeeklyTime,
  setZone,
  type Weekday,
} from '../model.js';
import { describe, renderWindow, type EditorView } from './context.js';

/** The days in the order of the week (from `weekStart`), with their names. */
export function orderedDays(
  locale: string,
  weekStart: number,
): { day: Weekday; short: string; long: string }[] {
  return weekdays(locale, weekStart).map((names, i) => ({
    day: WEEKDAYS[(weekStart - 1 + i) % 7]!,
    ...names,
  }));
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** 1 (Monday) … 7 (Sunday) from a `week-start` attribute (a number or a day name), else the locale's. */
export function weekStartOf(attribute: string, locale: string): number {
  const value = attribute.trim().toLowerCase();
  if (/^[1-7]$/.test(value)) return Number(value);
  if (value === '0') return 7;
  if (DAY_NAMES.includes(value)) return DAY_NAMES.indexOf(value) + 1;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** A day's name in the locale. */
export function dayName(locale: string, day: Weekday): string {
  return orderedDays(locale, 1)[WEEKDAYS.indexOf(day)]!.long;
}

let zoneList: { day: string; options: { id: string; label: string }[] } | undefined;
/** Every zone as `Europe / London (UTC+00:00)`, by offset today (made once a day). */
function zones(now: number): { id: string; label: string }[] {
  const day = new Date(now).toISOString().slice(0, 10);
  if (zoneList?.day !== day)
    zoneList = {
      day,
      options: timeZoneOptions({ now: new Date(now).toISOString() }).map((o) => ({
        id: o.id,
        label: `${o.name} (${o.offset})`,
      })),
    };
  return zoneList.options;
}

export function renderZone(view: EditorView): TemplateResult {
  const { t, form } = view;
  const field = describe(view, 'timeZone', 'zone-hint');
  const options = zones(view.now);
  const known = options.some((o) => o.id === form.timeZone);
  return html`<section class="block" part="section" aria-labelledby="zone-heading">
    <h3 id="zone-heading">${t('zoneHeading')}</h3>
    <div class="field">
      <label for=${field.id}>${t('zoneLabel')}</label>
      <select
        id=${field.id}
        part="input"
        ?disabled=${view.busy}
        aria-invalid=${field.invalid}
        aria-describedby=${field.describedby}
        @change=${(e: Event) => view.change((f) => setZone(f, (e.target as HTMLSelectElement).value))}
      >
        ${known ? nothing : html`<option value=${form.timeZone} .selected=${true}>${form.timeZone}</option>`}
        ${guard([options, form.timeZone], () =>
          options.map(
            (o) =>
              html`<option value=${o.id} .selected=${o.id === form.timeZone}>${o.label}</option>`,
          ),
        )}
      </select>
      <p id="zone-hint" class="hint">${t('zoneHint')}</p>
      ${field.error}
    </div>
  </section>`;
}

export function renderWeekly(view: EditorView): TemplateResult {
  const { t, form, locale } = view;
  const days = orderedDays(locale, view.weekStart);
  return html`<section class="block" part="section" aria-labelledby="weekly-heading">
    <h3 id="weekly-heading">${t('weeklyHeading')}</h3>
    <p class="hint">${t('weeklyHint')}</p>
    ${days.map(({ day, long }) => {
      const windows = form.weekly[day];
      const add = `add-${day}`;
      const legend = `legend-${day}`;
      return html`<fieldset class="day" part="day-hours">
        <legend id=${legend}>${long}</legend>
        ${
          windows.length
            ? windows.map((w, i) =>
                renderWindow(view, {
                  path: `weekly.${day}[${i}]`,
                  label: t('hoursGroup', { n: i + 1, day: long }),
                  window: w,
                  removeLabel: t('removeHours', { n: i + 1, day: long }),
                  set: (edge, value) => view.change((f) => setWeeklyTime(f, day, i, edge, value)),
                  remove: () => {
                    view.change((f) => removeWeeklyWindow(f, day, i));
                    view.focus(add);
                  },
                }),
              )
            : html`<p class="closed muted">${t('closed')}</p>`
        }
        <div class="day-actions">
          <button
            type="button"
            id=${add}
            part="button"
            ?disabled=${view.busy}
            aria-labelledby="${add} ${legend}"
            @click=${() => {
              view.change((f) => addWeeklyWindow(f, day));
              view.focus(fieldId(`weekly.${day}[${windows.length}].start`));
            }}
          >
            <span aria-hidden="true">+</span> ${t('addHours')}
          </button>
          ${
            windows.length
              ? html`<button
                  type="button"
                  part="button"
                  ?disabled=${view.busy}
                  id="copy-${day}"
                  aria-labelledby="copy-${day} ${legend}"
                  @click=${() =>
                    view.change(
                      (f) =>
                        copyDay(
                          f,
                          day,
                          WEEKDAYS.filter((d) => d !== day),
                        ),
                      t('copied', { day: long }),
                    )}
                >
                  ${t('copyToAll')}
                </button>`
              : nothing
          }
        </div>
      </fieldset>`;
    })}
  </section>`;
}
