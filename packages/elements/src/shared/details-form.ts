// The details form the elements share: name, email, optional phone, notes and the provider's
// extra questions, validated by core, with each error next to its field.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { validateBookingDetails, type FieldError, type Question } from '@booking/core';
import { fieldErrorText, type Translate } from './i18n.js';

export { emptyForm, withPrefill, type BookingPrefill, type FormValues } from './form-values.js';
import type { FormValues } from './form-values.js';

/** Field errors (core's or the backend's) as translated messages keyed by form field. */
export function errorMap(errors: readonly FieldError[], t: Translate): Record<string, string> {
  return Object.fromEntries(
    errors.map((e) => [e.field.replace(/^client\./, ''), fieldErrorText(t, e.code, e.message)]),
  );
}

/** Validates the form with core; `{}` when it is fine. */
export function formErrors(
  form: FormValues,
  questions: readonly Question[],
  t: Translate,
): Record<string, string> {
  const result = validateBookingDetails(
    {
      client: { name: form.name, email: form.email, phone: form.phone },
      notes: form.notes,
      answers: form.answers,
    },
    questions,
  );
  return result.ok ? {} : errorMap(result.errors, t);
}

/** The request's client, notes and answers from the form (trimmed, empty answers left out). */
export function requestParts(form: FormValues, extra: { timeZone: string; locale: string }) {
  const answers = Object.fromEntries(
    Object.entries(form.answers).filter(([, v]) => v !== '' && v !== false),
  );
  return {
    client: {
      name: form.name.trim(),
      email: form.email.trim(),
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      timeZone: extra.timeZone,
      locale: extra.locale,
    },
    ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
  };
}

/** Everything the form template needs. */
export interface DetailsFormOptions {
  t: Translate;
  form: FormValues;
  errors: Record<string, string>;
  questions: readonly Question[];
  /** A field (`name`, `email`, `phone`, `notes`, `answers.<id>`) changed. */
  change(field: string, value: string | boolean): void;
}

/** The fields of the details form (the host wraps them in its form with its own buttons). */
export function renderDetailFields(o: DetailsFormOptions): TemplateResult {
  const { t, form, errors } = o;
  const field = (
    name: 'name' | 'email' | 'phone',
    type: string,
    autocomplete: string,
    required: boolean,
  ) => {
    const error = errors[name];
    return html`<div class="field">
      <label for="f-${name}"
        >${t(name)}
        ${required ? nothing : html`<span class="hint">(${t('optional')})</span>`}</label
      >
      <input
        id="f-${name}"
        part="input"
        type=${type}
        autocomplete=${autocomplete}
        ?required=${required}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `e-${name}` : ''}
        .value=${live(form[name])}
        @input=${(e: Event) => o.change(name, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p id="e-${name}" class="field-error">${error}</p>` : nothing}
    </div>`;
  };
  return html`${field('name', 'text', 'name', true)} ${field('email', 'email', 'email', true)}
    ${field('phone', 'tel', 'tel', false)}
    <div class="field">
      <label for="f-notes">${t('notes')} <span class="hint">(${t('optional')})</span></label>
      <textarea
        id="f-notes"
        part="input"
        maxlength="2000"
        aria-invalid=${errors.notes ? 'true' : 'false'}
        aria-describedby=${errors.notes ? 'e-notes' : ''}
        .value=${live(form.notes)}
        @input=${(e: Event) => o.change('notes', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${errors.notes ? html`<p id="e-notes" class="field-error">${errors.notes}</p>` : nothing}
    </div>
    ${o.questions.map((q) => renderQuestion(o, q))}`;
}

function renderQuestion(o: DetailsFormOptions, q: Question): TemplateResult {
  const { t, form, errors } = o;
  const key = `answers.${q.id}`;
  const error = errors[key];
  const id = `q-${q.id}`;
  const described = error ? `e-${id}` : q.help ? `h-${id}` : '';
  const value = form.answers[q.id];
  const text = typeof value === 'string' ? value : '';
  const set = (v: string | boolean) => o.change(key, v);
  const message = error ? html`<p id="e-${id}" class="field-error">${error}</p>` : nothing;
  if (q.kind === 'checkbox')
    return html`<div class="field check">
      <label>
        <input
          id=${id}
          type="checkbox"
          ?required=${q.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described}
          .checked=${live(value === true)}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
        />
        <bdi>${q.label}</bdi>
      </label>
      ${message}
    </div>`;
  const control =
    q.kind === 'select'
      ? html`<select
          id=${id}
          part="input"
          ?required=${q.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described}
          .value=${live(text)}
          @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
        >
          <option value=""></option>
          ${(q.options ?? []).map((option) => html`<option value=${option} dir="auto" ?selected=${option === text}>${option}</option>`)}
        </select>`
      : q.kind === 'textarea'
        ? html`<textarea
            id=${id}
            part="input"
            ?required=${q.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${live(text)}
            @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}
          ></textarea>`
        : html`<input
            id=${id}
            part="input"
            type="text"
            ?required=${q.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${live(text)}
            @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
          />`;
  return html`<div class="field">
    <label for=${id}
      ><bdi>${q.label}</bdi>
      ${q.required ? nothing : html`<span class="hint">(${t('optional')})</span>`}</label
    >
    ${q.help ? html`<span id="h-${id}" class="muted" dir="auto">${q.help}</span>` : nothing}
    ${control} ${message}
  </div>`;
}

/** The form with one field changed, and the errors without that field's. */
export function changeField(
  form: FormValues,
  errors: Record<string, string>,
  field: string,
  value: string | boolean,
): { form: FormValues; errors: Record<string, string> } {
  const next = field.startsWith('answers.')
    ? { ...form, answers: { ...form.answers, [field.slice(8)]: value } }
    : { ...form, [field]: value };
  const { [field]: _gone, ...rest } = errors;
  return { form: next, errors: rest };
}
