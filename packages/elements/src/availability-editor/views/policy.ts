// The booking rules: buffers, notice, how far ahead, the daily cap and the start-time step, each a
// number field with its hint and core's error beside it.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { policyPath, setPolicy, type PolicyField } from '../model.js';
import type { EditorKey } from '../words.js';
import { describe, type EditorView } from './context.js';

const FIELDS: {
  field: PolicyField;
  label: EditorKey;
  hint?: EditorKey;
  min: number;
  step: string;
}[] = [
  { field: 'bufferBefore', label: 'bufferBefore', min: 0, step: '1' },
  { field: 'bufferAfter', label: 'bufferAfter', min: 0, step: '1' },
  { field: 'noticeHours', label: 'noticeHours', hint: 'noticeHint', min: 0, step: 'any' },
  { field: 'horizonDays', label: 'horizonDays', hint: 'noLimit', min: 0, step: '1' },
  { field: 'maxPerDay', label: 'maxPerDay', hint: 'noLimit', min: 1, step: '1' },
  { field: 'stepMinutes', label: 'stepMinutes', hint: 'stepHint', min: 1, step: '1' },
];

export function renderPolicy(view: EditorView): TemplateResult {
  const { t, form } = view;
  return html`<section class="block" part="section" aria-labelledby="policy-heading">
    <h3 id="policy-heading">${t('policyHeading')}</h3>
    <div class="policy">
      ${FIELDS.map(({ field, label, hint, min, step }) => {
        const path = policyPath(field);
        const hintId = hint ? `${path.replace('.', '-')}-hint` : undefined;
        const f = describe(view, path, hintId);
        return html`<div class="field">
          <label for=${f.id}>${t(label)}</label>
          <input
            id=${f.id}
            part="input"
            type="number"
            inputmode=${step === 'any' ? 'decimal' : 'numeric'}
            min=${min}
            step=${step}
            ?disabled=${view.busy}
            aria-invalid=${f.invalid}
            aria-describedby=${f.describedby || nothing}
            .value=${live(form.policy[field] === 'NaN' ? '' : form.policy[field])}
            @input=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              // Text the field cannot read as a number is kept as such, so core says what is wrong.
              const value = input.validity.badInput ? 'NaN' : input.value;
              view.change((f) => setPolicy(f, field, value));
            }}
          />
          ${hint ? html`<p id=${hintId!} class="hint">${t(hint)}</p>` : nothing} ${f.error}
        </div>`;
      })}
    </div>
  </section>`;
}
