// The success step: the booking as stored (its status, time, total, a price that differs from the
// one confirmed), add-to-calendar and the manage link; or, when the backend stored it but its
// answer could not be read, what the visitor confirmed. Downloaded when first needed.
import { html, nothing, type TemplateResult } from 'lit';
import type { Quote } from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import { isolate } from '../shared/bidi.js';
import { renderCalendarLinks } from '../shared/booked.js';
import { safeLink } from '../shared/config.js';
import { formatDateTime, money } from '../shared/format.js';
import { bookingEntry, type CalendarEntry } from '../shared/ics.js';
import type { Chosen } from './details.js';

/**
 * The manage link: with a manage page, that page with the booking's id and manage token as the
 * `booking` and `token` query parameters (what `<booking-manage from-url>` reads); else the
 * backend's manage URL. Only ever an absolute http(s) URL.
 */
export function manageLink(page: string, created: CreatedBooking): string | undefined {
  if (!page.trim()) return safeLink(created.manageUrl);
  try {
    const url = new URL(page.trim(), document.baseURI);
    url.searchParams.set('booking', created.booking.id);
    url.searchParams.set('token', created.manageToken);
    return safeLink(url.href);
  } catch {
    return undefined;
  }
}

/** The calendar entry of a booked session (its UID stays the booking's, whatever changes). */
export function calendarEntry(
  created: CreatedBooking,
  title: string,
  manageUrl: string | undefined,
  now: number,
): CalendarEntry {
  return bookingEntry(created.booking, {
    title,
    ...(manageUrl ? { description: manageUrl, url: manageUrl } : {}),
    now,
  });
}

export interface BookedOptions {
  chosen: Chosen;
  providerName: string;
  created: CreatedBooking;
  /** The quote the visitor confirmed. */
  confirmed: Quote | undefined;
  entry: CalendarEntry;
  icsUrl: string | undefined;
  manageUrl: string | undefined;
  again(): void;
}

export function renderBooked(o: BookedOptions): TemplateResult {
  const { t, locale, zone, cycle } = o.chosen;
  const { booking } = o.created;
  const stored = booking.quote;
  const pending = booking.status === 'pending';
  return html`
    <div class="success-mark" aria-hidden="true">✓</div>
    <p>
      ${isolate(t, pending ? 'successPending' : 'successConfirmed', { provider: o.providerName })}
    </p>
    ${renderPriceDiffers(o.chosen, stored, o.confirmed)}
    <dl>
      <dt>${t('session')}</dt>
      <dd><bdi>${o.chosen.serviceName}</bdi> · ${t('minutes', { n: booking.durationMinutes })}</dd>
      <dt>${t('when')}</dt>
      <dd>${formatDateTime(booking.start, zone, locale, cycle)}</dd>
      <dt>${t('total')}</dt>
      <dd>${money({ amount: stored.total, currency: stored.currency }, locale)}</dd>
    </dl>
    ${renderCalendarLinks(t, o.entry, o.icsUrl, o.manageUrl)}
    <div class="actions">
      <button part="button" @click=${o.again}>${t('bookAnother')}</button>
    </div>
  `;
}

/** The stored price, when it is not the one the visitor confirmed. */
function renderPriceDiffers(
  c: Chosen,
  stored: Quote,
  confirmed: Quote | undefined,
): TemplateResult | typeof nothing {
  if (!confirmed || (confirmed.total === stored.total && confirmed.currency === stored.currency))
    return nothing;
  return html`<p class="notice" part="notice">
    ${isolate(c.t, 'priceDiffers', {
      stored: money({ amount: stored.total, currency: stored.currency }, c.locale),
      confirmed: money({ amount: confirmed.total, currency: confirmed.currency }, c.locale),
    })}
  </p>`;
}

/** Stored, but the answer could not be read: what the visitor confirmed, and not to book again. */
export function renderReceived(
  c: Chosen,
  confirmed: Quote | undefined,
  again: () => void,
): TemplateResult {
  const { t, locale, zone, cycle } = c;
  return html`
    <div class="success-mark" aria-hidden="true">✓</div>
    <p>${t('receivedUnreadable')}</p>
    <dl>
      <dt>${t('session')}</dt>
      <dd><bdi>${c.serviceName}</bdi> · ${t('minutes', { n: c.duration })}</dd>
      ${
        c.start
          ? html`<dt>${t('when')}</dt>
              <dd>${formatDateTime(c.start, zone, locale, cycle)}</dd>`
          : nothing
      }
      ${
        confirmed
          ? html`<dt>${t('total')}</dt>
              <dd>${money({ amount: confirmed.total, currency: confirmed.currency }, locale)}</dd>`
          : nothing
      }
    </dl>
    <div class="actions">
      <button part="button" @click=${again}>${t('bookAnother')}</button>
    </div>
  `;
}
