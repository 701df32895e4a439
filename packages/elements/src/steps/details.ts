// The details step: what was chosen so far, then the details form (name, email, phone, notes and
// the provider's questions). Downloaded when the visitor reaches it (see steps/lazy.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '@booking/core';
import { renderDetailFields, type FormValues } from '../shared/details-form.js';
import { formatDateTime } from '../shared/format.js';
import type { Translate } from '../shared/i18n.js';

/** A session as chosen: its service, length and (once picked) start, in the viewer's zone. */
export interface Chosen {
  t: Translate;
  locale: string;
  zone: string;
  cycle: 'h12' | 'h23' | undefined;
  serviceName: string | undefined;
  duration: number;
  start: string | undefined;
}

/** Service, length and time, as a description list. */
export function renderChosen(c: Chosen): TemplateResult {
  const { t } = c;
  return html`<dl>
    <dt>${t('session')}</dt>
    <dd><bdi>${c.serviceName}</bdi> · ${t('minutes', { n: c.duration })}</dd>
    ${
      c.start
        ? html`<dt>${t('when')}</dt>
            <dd>${formatDateTime(c.start, c.zone, c.locale, c.cycle)}</dd>`
        : nothing
    }
  </dl>`;
}

export interface DetailsStepOptions {
  chosen: Chosen;
  form: FormValues;
  errors: Record<string, string>;
  questions: readonly Question[];
  change(field: string, value: string | boolean): void;
  back(): void;
  submit(): void;
}

export function renderDetailsStep(o: DetailsStepOptions): TemplateResult {
  const { t } = o.chosen;
  return html`<form
    part="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      o.submit();
    }}
  >
    ${renderChosen(o.chosen)}
    ${renderDetailFields({
      t,
      form: o.form,
      errors: o.errors,
      questions: o.questions,
      change: o.change,
    })}
    <div class="actions">
      <button type="button" part="button" @click=${o.back}>${t('back')}</button>
      <button type="submit" class="primary" part="button primary">${t('continue')}</button>
    </div>
  </form>`;
}
