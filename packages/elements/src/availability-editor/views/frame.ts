// What the editor shows before its parts and its schedule are here: the skeleton, a failed load.
import { html, type TemplateResult } from 'lit';
import type { EditorTranslate } from '../words.js';

/** A message under the form or above it. */
export interface Notice {
  kind: 'saved' | 'error' | 'restored';
  text: string;
}

export function renderLoading(t: EditorTranslate): TemplateResult {
  return html`<div class="skeleton-grid" aria-busy="true">
    <span class="visually-hidden">${t('loading')}</span>
    <div class="skeleton skeleton-block wide"></div>
    <div class="skeleton skeleton-block"></div>
    <div class="skeleton skeleton-block narrow"></div>
  </div>`;
}

export function renderLoadError(
  t: EditorTranslate,
  why: string,
  retry: () => void,
): TemplateResult {
  return html`<div class="notice error" part="notice" role="alert">
    <p>${t('loadError')}</p>
    <p class="muted">${why}</p>
    <button type="button" part="button" @click=${retry}>${t('retry')}</button>
  </div>`;
}
