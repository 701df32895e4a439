// What <booking-manage> shows before a booking is open: loading, no link on the page, not found
// (or a wrong token), or a failure. Part of the first render, so small and eager.
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../shared/errors.js';
import type { ManageTranslate } from './words.js';

/** Before the booking is shown: loading, no link, not found (or a wrong token), or a failure. */
export function renderLoadState(
  t: ManageTranslate,
  state: 'loading' | 'missing' | 'not_found' | 'error' | 'ready',
  error: unknown,
  retry: (() => void) | undefined,
): TemplateResult {
  if (state === 'loading' || state === 'ready')
    return html`<div class="skeleton-grid" aria-busy="true">
      <span class="visually-hidden">${t('manageLoading')}</span>
      <div class="skeleton skeleton-block narrow"></div>
      <div class="skeleton skeleton-block"></div>
      <div class="skeleton skeleton-block wide"></div>
    </div>`;
  const text =
    state === 'missing'
      ? t('manageNoLink')
      : state === 'not_found'
        ? t('manageNotFound')
        : errorText(t, error);
  return html`<section aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1" part="step-heading">${t('manageTitle')}</h2>
    <div
      class="notice ${state === 'missing' ? '' : 'error'}"
      part="notice"
      role=${state === 'missing' ? nothing : 'alert'}
    >
      ${state === 'error' ? html`<p>${t('manageLoadError')}</p>` : nothing}
      <p>${text}</p>
    </div>
    ${
      retry
        ? html`<div class="actions">
            <button part="button" @click=${retry}>${t('retry')}</button>
          </div>`
        : nothing
    }
  </section>`;
}
