// What an element says under a form after a submit: an alert (red for an error) with its text and
// what the visitor can do next, such as the free times nearest to one that was taken.
import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '@booking/core';
import { formatDateTime } from './format.js';

/** The notice, with `next` (buttons, links) after its text; nothing without a notice. */
export function renderNotice(
  notice: { kind: string; text: string } | null | undefined,
  next: unknown = nothing,
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div
    class="notice ${notice.kind === 'error' ? 'error' : ''}"
    part="notice"
    role="alert"
  >
    <p>${notice.text}</p>
    ${next}
  </div>`;
}

/** The free times offered instead of a taken one, as buttons in the viewer's zone; or nothing. */
export function renderAlternatives(
  alternatives: readonly Slot[] | undefined,
  pick: (slot: Slot) => void,
  at: { zone: string; locale: string; cycle: 'h12' | 'h23' | undefined },
): TemplateResult | typeof nothing {
  if (!alternatives?.length) return nothing;
  return html`<div class="alternatives">
    ${alternatives.map(
      (s) =>
        html`<button part="button slot" @click=${() => pick(s)}>
          ${formatDateTime(s.start, at.zone, at.locale, at.cycle)}
        </button>`,
    )}
  </div>`;
}
