// The cancel form of <booking-manage> (downloaded when the client first opens it): an optional
// reason, and before confirming, what the provider's policy refunds if the booking is cancelled
// now, by core's refund rule (the server applies the same one).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { refundFor, type Booking, type Money, type Provider } from '@booking/core';
import { isolate } from '../shared/bidi.js';
import { money } from '../shared/format.js';
import { renderNotice } from '../shared/notice.js';
import type { ManageTranslate } from './words.js';
import type { ManageHost } from './host.js';
import { renderSummary } from './views.js';

/** What a cancellation now refunds: the amount, what was paid, and which case it is. */
export interface RefundPreview {
  refund: Money;
  paid: Money;
  /** `unpaid`: nothing was paid; `full`, `partial`, `none`: of what was paid. */
  kind: 'unpaid' | 'full' | 'partial' | 'none';
}

export function refundPreview(booking: Booking, provider: Provider, now: number): RefundPreview {
  const refund = refundFor(booking, 'cancel', {
    actor: 'client',
    now: new Date(now).toISOString(),
    policy: provider.policy,
  });
  const paid: Money = {
    amount:
      booking.paymentStatus === 'paid' ? booking.quote.total - (booking.refundedAmount ?? 0) : 0,
    currency: booking.quote.currency,
  };
  const kind =
    paid.amount <= 0
      ? 'unpaid'
      : refund.amount >= paid.amount
        ? 'full'
        : refund.amount > 0
          ? 'partial'
          : 'none';
  return { refund, paid, kind };
}

/** The preview in words, with the policy it follows. */
function renderRefund(
  t: ManageTranslate,
  locale: string,
  preview: RefundPreview,
  provider: Provider,
): TemplateResult {
  const policy = provider.policy.cancellation;
  const hours = policy?.cutoffHours ?? 0;
  const amount = money(preview.refund, locale);
  const sentence =
    preview.kind === 'unpaid'
      ? t('refundUnpaid')
      : preview.kind === 'full'
        ? isolate(t, 'refundFull', { amount })
        : preview.kind === 'partial'
          ? isolate(t, 'refundPartial', { hours, amount, paid: money(preview.paid, locale) })
          : t('refundNone', { hours });
  return html`<div class="refund ${preview.kind}" part="refund" id="refund">
    <p><strong>${sentence}</strong></p>
    ${
      policy
        ? html`<p class="muted">
            ${t('refundPolicy', { hours: policy.cutoffHours, percent: policy.refundPercent })}
          </p>`
        : nothing
    }
  </div>`;
}

export function renderCancel(host: ManageHost): TemplateResult {
  const { t, locale, booking, provider } = host;
  const preview = refundPreview(booking, provider, host.now());
  const disabled = host.submitting || host.offline;
  const submit = (event: Event) => {
    event.preventDefault();
    host.confirmCancel(preview.refund, preview.kind !== 'partial' && preview.kind !== 'none');
  };
  return html`
    ${renderSummary(host)}
    <form part="form" novalidate @submit=${submit}>
      <div class="field">
        <label for="cancel-reason"
          >${t('reason')} <span class="muted">(${t('optional')})</span></label
        >
        <textarea
          id="cancel-reason"
          rows="3"
          maxlength="500"
          .value=${live(host.reason)}
          @input=${(e: Event) => host.setReason((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${renderRefund(t, locale, preview, provider)} ${renderNotice(host.notice)}
      <div class="actions">
        <button
          type="button"
          part="button"
          ?disabled=${host.submitting}
          @click=${() => host.showBooking()}
        >
          ${t('keepBooking')}
        </button>
        <button
          type="submit"
          class="primary danger"
          part="button primary danger"
          aria-describedby="refund"
          ?disabled=${disabled}
          aria-disabled=${disabled ? 'true' : 'false'}
        >
          ${host.submitting ? t('cancelling') : host.notice?.retry ? t('retry') : t('cancelConfirm')}
        </button>
      </div>
    </form>
  `;
}
