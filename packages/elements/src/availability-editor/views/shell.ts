// The editor: the restored-draft, conflict and save notices, the form with its sections and save
// bar, and the preview beside it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderConflict, type ConflictState } from './conflict.js';
import type { EditorView } from './context.js';
import { renderOverrides, type DateGrid } from './overrides.js';
import { renderPolicy } from './policy.js';
import { renderPreview, type PreviewState } from './preview.js';
import { renderWeekly, renderZone } from './weekly.js';
import type { Notice } from './frame.js';

export interface EditorState {
  notice: Notice | undefined;
  conflict: ConflictState | undefined;
  dirty: boolean;
  submitting: boolean;
  grid: DateGrid;
  preview: PreviewState;
  save(event: Event): void;
  discard(): void;
}

export function renderEditor(view: EditorView, state: EditorState): TemplateResult {
  const { t } = view;
  const { notice } = state;
  const discard = html`<button type="button" part="button" @click=${state.discard}>
    ${t('discard')}
  </button>`;
  return html`${
      notice?.kind === 'restored'
        ? html`<div class="notice" part="notice" role="status">
            <p>${notice.text}</p>
            ${discard}
          </div>`
        : nothing
    }
    ${state.conflict ? renderConflict(view, state.conflict) : nothing}
    <div class="layout">
      <form part="form" novalidate @submit=${state.save}>
        ${renderZone(view)} ${renderWeekly(view)} ${renderOverrides(view, state.grid)}
        ${renderPolicy(view)}
        ${
          notice && notice.kind !== 'restored'
            ? html`<div
                class="notice ${notice.kind === 'error' ? 'error' : 'saved'}"
                part="notice"
                role=${notice.kind === 'error' ? 'alert' : 'status'}
              >
                <p>${notice.text}</p>
              </div>`
            : nothing
        }
        <div class="actions save-bar">
          ${
            state.dirty
              ? html`<p class="muted unsaved">${t('unsaved')}</p>
                  ${discard}`
              : nothing
          }
          <button
            type="submit"
            class="primary"
            part="button primary"
            aria-disabled=${state.submitting ? 'true' : 'false'}
          >
            ${state.submitting ? t('saving') : t('save')}
          </button>
        </div>
      </form>
      ${renderPreview(view, state.preview)}
    </div>`;
}
