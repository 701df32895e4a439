// When someone else saved first (412): what the provider typed stays in the form; this says so,
// shows where the saved version and theirs differ, and offers to keep theirs or to save over it.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, zoneLabel } from '../../shared/format.js';
import { WEEKDAYS, type PolicyField, type ScheduleForm, type WindowForm } from '../model.js';
import type { EditorKey } from '../words.js';
import { wallTime, type EditorView } from './context.js';
import { dayName } from './weekly.js';

interface Row {
  key: string;
  label: string;
  value: string;
}

const POLICY_LABELS: [PolicyField, EditorKey][] = [
  ['bufferBefore', 'bufferBefore'],
  ['bufferAfter', 'bufferAfter'],
  ['noticeHours', 'noticeHours'],
  ['horizonDays', 'horizonDays'],
  ['maxPerDay', 'maxPerDay'],
  ['stepMinutes', 'stepMinutes'],
];

/** A form as lines a provider reads: the zone, each day's hours, each date change, each rule. */
export function summaryRows(view: EditorView, form: ScheduleForm): Row[] {
  const { t, locale, cycle } = view;
  const hours = (windows: readonly WindowForm[]) =>
    windows.length
      ? windows
          .map((w) => `${wallTime(w.start, locale, cycle)}–${wallTime(w.end, locale, cycle)}`)
          .join(', ')
      : t('closed');
  const number = (text: string) => {
    const n = Number(text);
    return text.trim() === ''
      ? t('notSet')
      : Number.isFinite(n)
        ? new Intl.NumberFormat(locale).format(n)
        : text;
  };
  return [
    { key: 'zone', label: t('zoneHeading'), value: zoneLabel(form.timeZone, locale, view.now) },
    ...WEEKDAYS.map((day) => ({
      key: `day-${day}`,
      label: dayName(locale, day),
      value: hours(form.weekly[day]),
    })),
    ...form.overrides.map((o) => ({
      key: `date-${o.date}`,
      label: formatDate(o.date, locale),
      value: o.closed ? t('overrideClosed') : hours(o.windows),
    })),
    ...POLICY_LABELS.map(([field, label]) => ({
      key: `policy-${field}`,
      label: t(label),
      value: number(form.policy[field]),
    })),
  ];
}

/** The rows where two forms differ, in the order they are shown (a date only one has included). */
export function differences(
  view: EditorView,
  theirs: ScheduleForm,
  mine: ScheduleForm,
): { label: string; theirs: string; mine: string }[] {
  const a = new Map(summaryRows(view, theirs).map((r) => [r.key, r]));
  const b = new Map(summaryRows(view, mine).map((r) => [r.key, r]));
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const none = view.t('notSet');
  return keys
    .map((key) => ({
      key,
      label: (a.get(key) ?? b.get(key))!.label,
      theirs: a.get(key)?.value ?? none,
      mine: b.get(key)?.value ?? none,
    }))
    .filter((r) => r.theirs !== r.mine)
    .sort((x, y) => Number(x.key.startsWith('policy')) - Number(y.key.startsWith('policy')));
}

export interface ConflictState {
  /** Their saved version, once loaded. */
  theirs: ScheduleForm | undefined;
  /** Loading theirs failed. */
  failed: boolean;
  loading: boolean;
  keepMine(): void;
  useTheirs(): void;
  loadTheirs(): void;
}

export function renderConflict(view: EditorView, state: ConflictState): TemplateResult {
  const { t } = view;
  const rows = state.theirs ? differences(view, state.theirs, view.form) : [];
  return html`<div class="notice error conflict" part="notice conflict" role="alert">
    <p>${t('conflict')}</p>
    ${state.failed ? html`<p>${t('conflictLoadError')}</p>` : nothing}
    ${
      state.theirs && rows.length
        ? html`<div class="table-scroll">
            <table class="differences">
              <caption>
                ${t('conflictCompare')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('what')}</th>
                  <th scope="col">${t('theirs')}</th>
                  <th scope="col">${t('yours')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.label}</th>
                      <td>${r.theirs}</td>
                      <td>${r.mine}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : state.theirs
          ? html`<p>${t('conflictSame')}</p>`
          : nothing
    }
    <div class="actions">
      ${
        state.theirs
          ? html`<button
                type="button"
                part="button"
                ?disabled=${view.busy}
                @click=${state.useTheirs}
              >
                ${t('useTheirs')}
              </button>
              <button
                type="button"
                class="primary"
                part="button primary"
                ?disabled=${view.busy}
                @click=${state.keepMine}
              >
                ${t('keepMine')}
              </button>`
          : html`<button
              type="button"
              part="button"
              ?disabled=${state.loading}
              aria-busy=${state.loading ? 'true' : 'false'}
              @click=${state.loadTheirs}
            >
              ${t('loadTheirs')}
            </button>`
      }
    </div>
  </div>`;
}
