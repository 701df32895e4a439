// The review step: who, what, when (in the viewer's zone), the price breakdown, and what the
// backend said when the submit did not go through (a taken time with the nearest free ones, a new
// price, a failure to retry). Downloaded when the visitor reaches it (see steps/lazy.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { Quote, Slot } from '@booking/core';
import { formatDateTime, zoneLabel } from '../shared/format.js';
import { renderAlternatives, renderNotice } from '../shared/notice.js';
import { renderPrice } from '../shared/price.js';
import type { Chosen } from './details.js';

/** What the backend said to a submit that did not go through. */
export interface Notice {
  kind: 'slot_taken' | 'price_changed' | 'error';
  text: string;
  alternatives?: Slot[];
  retry?: boolean;
}

export interface ReviewStepOptions {
  chosen: Chosen;
  now: number;
  providerName: string;
  clientName: string;
  clientEmail: string;
  quote: Quote | undefined;
  notice: Notice | undefined;
  submitting: boolean;
  offline: boolean;
  back(): void;
  confirm(): void;
  /** One of the alternatives of a taken time. */
  pick(slot: Slot): void;
  /** Back to the calendar (a taken time without alternatives). */
  toTimes(): void;
}

export function renderReviewStep(o: ReviewStepOptions): TemplateResult {
  const { t, locale, zone, cycle, start } = o.chosen;
  const { notice, quote } = o;
  const disabled = o.submitting || o.offline || !start || notice?.kind === 'slot_taken';
  return html`
    <dl>
      <dt>${t('with')}</dt>
      <dd><bdi>${o.providerName}</bdi></dd>
      <dt>${t('session')}</dt>
      <dd><bdi>${o.chosen.serviceName}</bdi></dd>
      <dt>${t('when')}</dt>
      <dd>
        ${start ? formatDateTime(start, zone, locale, cycle) : ''}
        <span class="muted">· ${zoneLabel(zone, locale, o.now)}</span>
      </dd>
      <dt>${t('duration')}</dt>
      <dd>${t('minutes', { n: o.chosen.duration })}</dd>
      <dt>${t('name')}</dt>
      <dd><bdi>${o.clientName}</bdi> · <bdi>${o.clientEmail}</bdi></dd>
    </dl>
    ${quote ? renderPrice(quote, t, locale) : nothing}
    ${renderNotice(
      notice,
      notice?.alternatives?.length
        ? renderAlternatives(notice.alternatives, o.pick, { zone, locale, cycle })
        : notice?.kind === 'slot_taken'
          ? html`<button part="button" @click=${o.toTimes}>${t('stepTime')}</button>`
          : nothing,
    )}
    <div class="actions">
      <button part="button" ?disabled=${o.submitting} @click=${o.back}>${t('back')}</button>
      <button
        class="primary"
        part="button primary"
        ?disabled=${disabled}
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${o.confirm}
      >
        ${o.submitting ? t('confirming') : notice?.retry ? t('retry') : t('confirm')}
      </button>
    </div>
  `;
}
