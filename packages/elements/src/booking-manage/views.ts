// What <booking-manage> shows once a booking is open: the booking (service, provider, time in the
// viewer's zone, price, status, history) with the actions core allows the client now, and the
// view after a change with the updated calendar file. Downloaded as the element opens a booking,
// beside its request (a page of other elements never downloads it); cancel and reschedule are
// lazy modules of their own.
import { html, nothing, type TemplateResult } from 'lit';
import { transition, type Booking } from '@booking/core';
import { isolate } from '../shared/bidi.js';
import { formatDateTime, money, zoneLabel } from '../shared/format.js';
import { renderNotice } from '../shared/notice.js';
import type { ManageHost } from './host.js';
import type { ManageKey } from './words.js';

const DAY = 86_400_000;

/** What the client may do to the booking now, by core's lifecycle (the server decides the same). */
export function clientActions(
  booking: Booking,
  host: Pick<ManageHost, 'provider' | 'now'>,
): { cancel: boolean; reschedule: boolean; cutoffHours: number | undefined } {
  const now = host.now();
  const context = {
    actor: 'client' as const,
    now: new Date(now).toISOString(),
    policy: host.provider.policy,
  };
  const cancel = transition(booking, { type: 'cancel' }, context).ok;
  // A probe a day after the later of now and the start: only the lifecycle's answer is read here
  // (the chosen time is checked with checkReschedule when the client confirms it).
  const probe = new Date(Math.max(now, Date.parse(booking.start)) + DAY).toISOString();
  const moved = transition(booking, { type: 'reschedule', start: probe }, context);
  const group = booking.kind === 'group';
  return {
    cancel,
    reschedule: moved.ok && !group,
    cutoffHours:
      !moved.ok && moved.code === 'cancellation_cutoff' && !group
        ? (host.provider.policy.cancellation?.cutoffHours ?? 0)
        : undefined,
  };
}

/** The booking's service name, else the provider's name (a group registration has no service). */
export function serviceName(host: Pick<ManageHost, 'booking' | 'provider'>): string {
  const { booking, provider } = host;
  return provider.services.find((s) => s.id === booking.serviceId)?.name ?? provider.name;
}

/** Session, provider, time, length and price. */
export function renderSummary(host: ManageHost, start = host.booking.start): TemplateResult {
  const { t, locale, zone, booking, provider } = host;
  const refunded = booking.refundedAmount ?? 0;
  return html`<dl part="summary">
    <dt>${t('session')}</dt>
    <dd><bdi>${serviceName(host)}</bdi> · ${t('minutes', { n: booking.durationMinutes })}</dd>
    <dt>${t('with')}</dt>
    <dd><bdi>${provider.name}</bdi></dd>
    <dt>${t('when')}</dt>
    <dd>
      ${formatDateTime(start, zone, locale, host.cycle)}
      <span class="muted">· ${zoneLabel(zone, locale, host.now())}</span>
    </dd>
    <dt>${t('total')}</dt>
    <dd>${money({ amount: booking.quote.total, currency: booking.quote.currency }, locale)}</dd>
    ${
      refunded > 0
        ? html`<dt>${t('refunded')}</dt>
            <dd>${money({ amount: refunded, currency: booking.quote.currency }, locale)}</dd>`
        : nothing
    }
  </dl>`;
}

/** The booking as it stands, its history, and what the client can do. */
export function renderBooking(host: ManageHost): TemplateResult {
  const { t, booking } = host;
  const can = clientActions(booking, host);
  const blocked = host.offline || host.submitting;
  return html`
    <p class="status status-${booking.status}" part="status">
      <span class="muted">${t('status')}:</span>
      <strong>${t(`status_${booking.status}` as ManageKey)}</strong>
    </p>
    ${host.zonePicker()} ${renderSummary(host)} ${renderNotice(host.notice)}
    ${
      can.cutoffHours !== undefined
        ? html`<p class="notice" part="notice">
            ${t('rescheduleCutoff', { hours: can.cutoffHours })}
          </p>`
        : !can.cancel &&
            !can.reschedule &&
            (booking.status === 'pending' || booking.status === 'confirmed')
          ? html`<p class="notice" part="notice">${t('actionsClosed')}</p>`
          : nothing
    }
    ${
      can.cancel || can.reschedule
        ? html`<div class="actions">
            ${
              can.reschedule
                ? html`<button
                    part="button"
                    ?disabled=${blocked}
                    @click=${() => host.openReschedule()}
                  >
                    ${t('changeTime')}
                  </button>`
                : nothing
            }
            ${
              can.cancel
                ? html`<button
                    part="button danger"
                    class="danger"
                    ?disabled=${blocked}
                    @click=${() => host.openCancel()}
                  >
                    ${t('cancelBooking')}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    ${
      host.icsHref && (booking.status === 'pending' || booking.status === 'confirmed')
        ? html`<div class="links">
            <a part="button" href=${host.icsHref} download="booking.ics">${t('addToCalendar')}</a>
          </div>`
        : nothing
    }
    ${renderHistory(host)}
  `;
}

const ACTION_KEYS: Record<string, ManageKey> = {
  create: 'hist_create',
  confirm: 'hist_confirm',
  decline: 'hist_decline',
  cancel: 'hist_cancel',
  start: 'hist_start',
  complete: 'hist_complete',
  no_show: 'hist_no_show',
  reschedule: 'hist_reschedule',
  mark_paid: 'hist_mark_paid',
  payment_failed: 'hist_payment_failed',
};

/** What happened to the booking, newest first, with who did it and why. */
export function renderHistory(host: ManageHost): TemplateResult {
  const { t, locale, zone, booking, provider } = host;
  const entries = [...booking.history].reverse();
  return html`<h3>${t('history')}</h3>
    <ol class="history" part="history" role="list">
      ${entries.map((entry) => {
        const key = ACTION_KEYS[entry.action] ?? 'hist_create';
        const what =
          entry.action === 'reschedule' && entry.previousStart
            ? isolate(t, key, {
                date: formatDateTime(entry.previousStart, zone, locale, host.cycle),
              })
            : t(key);
        const who =
          entry.actor === 'client'
            ? t('byClient')
            : entry.actor === 'provider'
              ? isolate(t, 'byProvider', { provider: provider.name })
              : t('bySystem');
        return html`<li>
          <span class="muted">${formatDateTime(entry.at, zone, locale, host.cycle)}</span>
          <span>${what} · ${who}</span>
          ${entry.reason ? html`<span class="reason">${t('reason')}: <bdi>${entry.reason}</bdi></span>` : nothing}
        </li>`;
      })}
    </ol>`;
}

/** After a change: what happened, and the calendar file that updates (or removes) the event. */
export function renderDone(host: ManageHost, done: 'cancelled' | 'moved'): TemplateResult {
  const { t, locale, zone, booking, icsHref } = host;
  return html`
    <div class="success-mark" aria-hidden="true">✓</div>
    <p>
      ${
        done === 'cancelled'
          ? t('cancelledDone')
          : t('movedDone', { date: formatDateTime(booking.start, zone, locale, host.cycle) })
      }
    </p>
    ${renderSummary(host)}
    <div class="links">
      ${
        icsHref
          ? html`<a part="button" href=${icsHref} download="booking.ics"
              >${done === 'cancelled' ? t('removeFromCalendar') : t('updateCalendar')}</a
            >`
          : nothing
      }
      <button part="button" @click=${() => host.showBooking()}>${t('backToBooking')}</button>
    </div>
  `;
}

/** The provider, the view's heading (focused when the view changes) and the view. */
export function renderReady(host: ManageHost, title: string, view: TemplateResult): TemplateResult {
  const { provider } = host;
  return html`
    <div class="header" part="header">
      <bdi class="name">${provider.name}</bdi>
      ${provider.headline ? html`<bdi class="muted">${provider.headline}</bdi>` : nothing}
    </div>
    <section aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1" part="step-heading">${title}</h2>
      ${view}
    </section>
  `;
}
