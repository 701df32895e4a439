// What every view of the editor gets from the element: its words, the form, the errors by core's
// path, and the ways back into the element (a change of the form, focus after the next render).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../shared/i18n.js';
import { fieldId, overnight, type ScheduleForm, type WindowForm } from '../model.js';
import type { EditorTranslate } from '../words.js';

export interface EditorView {
  /** The editor's words. */
  t: EditorTranslate;
  /** The visitor elements' words (the zone picker's, the errors'). */
  tv: Translate;
  locale: string;
  rtl: boolean;
  cycle: 'h12' | 'h23' | undefined;
  /** 1 (Monday) … 7 (Sunday). */
  weekStart: number;
  now: number;
  form: ScheduleForm;
  /** Translated errors by core's path (`weekly.monday[0].end`). */
  errors: Record<string, string>;
  /**
   * Change the form: `update` gets the form as it is now (two changes before a render both
   * count); `announce` is said in the live region.
   */
  change(update: (form: ScheduleForm) => ScheduleForm, announce?: string): void;
  /** Focus the element with this id after the next render. */
  focus(id: string): void;
  /** Nothing can be changed (saving). */
  busy: boolean;
}

/** `aria-describedby` and `aria-invalid` of a field, with its error line. */
export function describe(
  view: EditorView,
  path: string,
  hint?: string,
): {
  id: string;
  describedby: string;
  invalid: 'true' | 'false';
  error: TemplateResult | typeof nothing;
} {
  const id = fieldId(path);
  const message = view.errors[path];
  const ids = [message ? `${id}-error` : '', hint ?? ''].filter(Boolean).join(' ');
  return {
    id,
    describedby: ids,
    invalid: message ? 'true' : 'false',
    error: message ? html`<p id="${id}-error" class="field-error">${message}</p>` : nothing,
  };
}

/** A wall time for people (`HH:mm` in the locale's hour cycle). */
export function wallTime(time: string, locale: string, cycle: 'h12' | 'h23' | undefined): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (!Number.isFinite(h) || !Number.isFinite(m)) return time;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
    ...(cycle ? { hourCycle: cycle } : {}),
  }).format(Date.UTC(2026, 0, 5, h, m));
}

/** One window's row: from, to, "ends the next day", remove. `path` is core's (`weekly.monday[0]`). */
export function renderWindow(
  view: EditorView,
  options: {
    path: string;
    label: string;
    window: WindowForm;
    removeLabel: string;
    set(edge: 'start' | 'end', value: string): void;
    remove(): void;
  },
): TemplateResult {
  const { t } = view;
  const { path, window: w } = options;
  const start = describe(view, `${path}.start`);
  const end = describe(view, `${path}.end`, overnight(w) ? `${fieldId(path)}-night` : undefined);
  const input = (edge: 'start' | 'end') => (e: Event) => {
    const field = e.target as HTMLInputElement;
    options.set(edge, field.value);
  };
  return html`<div class="window" role="group" aria-label=${options.label}>
    <div class="field">
      <label for=${start.id}>${t('from')}</label>
      <input
        id=${start.id}
        part="input"
        type="time"
        step="300"
        ?disabled=${view.busy}
        aria-invalid=${start.invalid}
        aria-describedby=${start.describedby || nothing}
        .value=${live(w.start)}
        @input=${input('start')}
      />
    </div>
    <div class="field">
      <label for=${end.id}>${t('to')}</label>
      <input
        id=${end.id}
        part="input"
        type="time"
        step="300"
        ?disabled=${view.busy}
        aria-invalid=${end.invalid}
        aria-describedby=${end.describedby || nothing}
        .value=${live(w.end)}
        @input=${input('end')}
      />
    </div>
    <button
      type="button"
      class="remove"
      part="button"
      aria-label=${options.removeLabel}
      ?disabled=${view.busy}
      @click=${options.remove}
    >
      ${t('remove')}
    </button>
    ${overnight(w) ? html`<p id="${fieldId(path)}-night" class="night muted">${t('nextDay')}</p>` : nothing}
    ${start.error} ${end.error}
  </div>`;
}
