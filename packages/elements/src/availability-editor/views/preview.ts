// The preview beside the form: the next 14 days of slots the typed hours give, for a session the
// provider offers, in the provider's zone or, on request, in another zone (the shared zone picker).
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime, zoneLabel } from '../../shared/format.js';
import type { PreviewDay, PreviewLength } from '../preview.js';
import type { EditorView } from './context.js';

export interface PreviewState {
  /** The days, or undefined before anything could be computed. */
  days: PreviewDay[] | undefined;
  /** The form has errors: the days shown are of the last hours without any. */
  invalid: boolean;
  /** The busy time could not be loaded: bookings are not taken out. */
  busyMissing: boolean;
  lengths: PreviewLength[];
  length: string;
  /** The zone the days are in. */
  zone: string;
  /** Another zone than the provider's is shown. */
  compare: boolean;
  /** The zone picker (shown while comparing). */
  picker: () => TemplateResult;
  chooseLength(id: string): void;
  toggleCompare(): void;
}

export function renderPreview(view: EditorView, state: PreviewState): TemplateResult {
  const { t, locale, cycle } = view;
  const total = state.days?.reduce((n, d) => n + d.slots.length, 0) ?? 0;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
    <h3 id="preview-heading">${t('previewHeading')}</h3>
    <p class="hint">${t('previewHint')}</p>
    <div class="field">
      <label for="preview-length">${t('previewLength')}</label>
      <select
        id="preview-length"
        part="input"
        @change=${(e: Event) => state.chooseLength((e.target as HTMLSelectElement).value)}
      >
        ${state.lengths.map(
          (l) =>
            html`<option value=${l.id} .selected=${l.id === state.length}>
              ${
                l.service
                  ? t('previewLengthOption', { service: l.service, n: l.minutes })
                  : t('previewLengthMinutes', { n: l.minutes })
              }
            </option>`,
        )}
      </select>
    </div>
    <p class="preview-zone">${t('previewIn', { zone: zoneLabel(state.zone, locale, view.now) })}</p>
    <div class="compare">
      <button
        type="button"
        part="button"
        aria-pressed=${state.compare ? 'true' : 'false'}
        @click=${state.toggleCompare}
      >
        ${state.compare ? t('compareOff') : t('compareZone')}
      </button>
      ${state.compare ? state.picker() : nothing}
    </div>
    ${state.invalid ? html`<p class="notice" part="notice">${t('previewInvalid')}</p>` : nothing}
    ${
      state.busyMissing
        ? html`<p class="notice" part="notice">${t('previewBusyMissing')}</p>`
        : nothing
    }
    ${
      state.days && !state.invalid
        ? total === 0
          ? html`<p class="notice" part="notice">${t('previewEmpty')}</p>`
          : html`<p class="total">${t('previewTotal', { n: count(total) })}</p>`
        : nothing
    }
    ${
      state.days
        ? html`<ol class="days ${state.invalid ? 'stale' : ''}" role="list">
            ${state.days.map(
              (day) =>
                html`<li class="preview-day" part="preview-day">
                  <div class="day-head">
                    <span class="date">${formatDate(day.date, locale, 'medium')}</span>
                    <span class="muted count"
                      >${
                        day.slots.length === 0
                          ? t('previewNone')
                          : day.slots.length === 1
                            ? t('countOne')
                            : t('countOther', { n: count(day.slots.length) })
                      }</span
                    >
                  </div>
                  ${
                    day.slots.length
                      ? html`<ul class="times" role="list">
                          ${day.slots.map(
                            (s) =>
                              html`<li data-start=${s.start}>
                                ${formatTime(s.start, state.zone, locale, cycle)}
                              </li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                </li>`,
            )}
          </ol>`
        : nothing
    }
  </section>`;
}
