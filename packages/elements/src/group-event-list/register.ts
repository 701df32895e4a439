// The registration of <group-event-list>: the seats and details form with the price, the submit
// (idempotent, cancelable `group-event-register-request`) and what each answer means (registered,
// waitlisted, full, a new price, field errors, a failure to retry), and the success view with
// add-to-calendar. Downloaded when the page is idle or when an event is opened (not on the first
// render).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { quote as priceQuote, type GroupEvent } from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import {
  ConflictError,
  ContractError,
  ValidationError,
  newIdempotencyKey,
} from '@booking/core/http';
import { EVENT_VERSION } from '../events/detail.js';
import { GroupEventRegisterRequestEvent } from '../events/group-event-register-request.js';
import { GroupEventRegisteredEvent } from '../events/group-event-registered.js';
import { GroupEventWaitlistedEvent } from '../events/group-event-waitlisted.js';
import { isolate } from '../shared/bidi.js';
import { icsUrl, renderCalendarLinks } from '../shared/booked.js';
import { safeLink } from '../shared/config.js';
import {
  changeField,
  errorMap,
  formErrors,
  renderDetailFields,
  requestParts,
} from '../shared/details-form.js';
import { errorText } from '../shared/errors.js';
import { formatDateTime, money } from '../shared/format.js';
import { bookingEntry, type CalendarEntry } from '../shared/ics.js';
import { renderPrice } from '../shared/price.js';
import { renderNotice } from '../shared/notice.js';
import { seatsLeft, type GroupFlow } from './flow.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function maxSeats(event: GroupEvent): number {
  return Math.min(seatsLeft(event), event.maxSeatsPerRegistration ?? event.capacity);
}

/** The quote of the seats chosen (core's, as the backend will compute it). */
export function price(f: GroupFlow): void {
  const event = f._selected;
  if (!event) return;
  f._quote = priceQuote({ kind: 'group', event, seats: f._seats, now: iso(f._env.now()) });
}

function setSeats(f: GroupFlow, value: string): void {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return;
  f._seats = n;
  f._key = undefined;
  price(f);
}

async function submit(f: GroupFlow, event: Event, waitlist = false): Promise<void> {
  event.preventDefault();
  const selected = f._selected;
  if (!selected || f._submitting) return;
  const errors = formErrors(f._form, [], f._env.t);
  f._errors = errors;
  if (Object.keys(errors).length) {
    f._announcement = f._env.t('errFix');
    f._focus('field');
    return;
  }
  if (f._offline) {
    f._notice = { kind: 'error', text: f._env.t('offline'), retry: true };
    return;
  }
  const request = {
    seats: f._seats,
    ...requestParts(f._form, { timeZone: f._env.zone, locale: f._env.locale }),
    ...(waitlist ? { waitlist: true } : f._quote ? { quote: f._quote } : {}),
  };
  f._key ??= newIdempotencyKey();
  const before = new GroupEventRegisterRequestEvent({
    version: EVENT_VERSION,
    eventId: selected.id,
    request,
    idempotencyKey: f._key,
  });
  if (!f.dispatchEvent(before)) return;
  f._submitting = true;
  f._notice = undefined;
  f._announcement = f._env.t('confirming');
  const sent = before.detail.request;
  const confirmed = ('quote' in sent ? sent.quote : undefined) ?? undefined;
  try {
    const result = await f._env.adapter!.register(selected.id, before.detail.request, {
      idempotencyKey: f._key,
    });
    f._key = undefined;
    if (result.status === 'waitlisted') {
      f._waitlisted = result;
      f._view = 'waitlisted';
      f.dispatchEvent(
        new GroupEventWaitlistedEvent({
          version: EVENT_VERSION,
          eventId: selected.id,
          entry: result.entry,
          position: result.position,
          manageToken: result.manageToken,
        }),
      );
    } else {
      const manageUrl = safeLink(result.manageUrl);
      if (result.manageUrl && !manageUrl)
        f._report(
          new ContractError(
            'POST /events/{id}/registrations',
            'manageUrl',
            'the manage link is not an http(s) URL. The registration is shown; the link was left out.',
          ),
          '',
        );
      const { manageUrl: _unsafe, status: _status, ...rest } = result;
      const booked: CreatedBooking = { ...rest, ...(manageUrl ? { manageUrl } : {}) };
      f._booked = booked;
      f._confirmedQuote = confirmed;
      if (f._icsUrl) URL.revokeObjectURL(f._icsUrl);
      f._icsUrl = icsUrl(entry(f, selected, booked));
      f._view = 'success';
      f.dispatchEvent(
        new GroupEventRegisteredEvent({
          version: EVENT_VERSION,
          eventId: selected.id,
          booking: booked.booking,
          quote: booked.booking.quote,
          timeZone: f._env.zone,
          manageToken: booked.manageToken,
          ...(manageUrl ? { manageUrl } : {}),
        }),
      );
    }
    f._focus('heading');
    f._announcement = f._heading();
  } catch (error) {
    if (error instanceof ContractError && (error.status ?? 0) >= 200 && (error.status ?? 0) < 300) {
      // Stored (a 2xx), but not in the contract's shape: it went through; never register again.
      f._key = undefined;
      f._booked = undefined;
      f._confirmedQuote = confirmed;
      f._view = 'success';
      f._focus('heading');
      f._announcement = f._env.t('receivedUnreadable');
      f._report(error, f._env.t('receivedUnreadable'));
    } else await failed(f, error);
  } finally {
    f._submitting = false;
  }
}

async function failed(f: GroupFlow, error: unknown): Promise<void> {
  const t = f._env.t;
  if (error instanceof ConflictError && error.code === 'event_full') {
    // Someone took the seats first: a new attempt is a new request with a new key.
    f._key = undefined;
    const left = error.waitlist?.seatsLeft ?? 0;
    f._notice = {
      kind: 'full',
      text: left > 0 ? t('eventFull', { n: left }) : t('eventFullNone'),
      waitlist: error.waitlist?.available ?? false,
    };
    await f._refreshSelected();
  } else if (error instanceof ConflictError && error.code === 'price_changed' && error.quote) {
    f._key = undefined;
    f._quote = error.quote;
    f._notice = { kind: 'price_changed', text: t('priceChanged') };
  } else if (error instanceof ValidationError && error.fieldErrors.length) {
    f._errors = errorMap(error.fieldErrors, t);
    f._focus('field');
    f._notice = { kind: 'error', text: t('errFix') };
  } else {
    f._notice = { kind: 'error', text: errorText(t, error), retry: true };
  }
  f._announcement = f._notice.text;
  f._report(error, f._notice.text);
}

function entry(f: GroupFlow, event: GroupEvent, created: CreatedBooking): CalendarEntry {
  return bookingEntry(created.booking, {
    title: event.title,
    ...(event.instructions ? { description: event.instructions } : {}),
    ...(created.manageUrl ? { url: created.manageUrl } : {}),
    now: f._env.now(),
  });
}

export function renderRegister(f: GroupFlow): TemplateResult {
  const t = f._env.t;
  const locale = f._env.locale;
  const e = f._selected!;
  const max = maxSeats(e);
  const full = max < 1;
  const notice = f._notice;
  const waitlistOnly = full || (notice?.kind === 'full' && f._seats > max);
  const left = seatsLeft(e);
  return html`<dl>
      <dt>${t('when')}</dt>
      <dd>${formatDateTime(e.start, f._env.zone, locale, f._env.cycle)}</dd>
      <dt>${t('duration')}</dt>
      <dd>${t('minutes', { n: e.durationMinutes })}</dd>
      <dt>${t('seats')}</dt>
      <dd>
        ${full ? t('full') : left === 1 ? t('seatsLeftOne') : t('seatsLeftOther', { n: left })}
      </dd>
    </dl>
    <form part="form" novalidate @submit=${(ev: Event) => void submit(f, ev, waitlistOnly)}>
      <div class="field">
        <label for="f-seat-count">${t('seats')}</label>
        <input
          id="f-seat-count"
          part="input"
          type="number"
          inputmode="numeric"
          min="1"
          max=${Math.max(1, full ? (e.maxSeatsPerRegistration ?? e.capacity) : max)}
          step="1"
          aria-describedby="seat-hint"
          .value=${live(String(f._seats))}
          @input=${(ev: Event) => setSeats(f, (ev.target as HTMLInputElement).value)}
        />
        <span id="seat-hint" class="muted"
          >${t('seatsHint', { n: Math.max(1, full ? (e.maxSeatsPerRegistration ?? e.capacity) : max) })}</span
        >
      </div>
      ${renderDetailFields({
        t,
        form: f._form,
        errors: f._errors,
        questions: [],
        change: (field, value) => {
          ({ form: f._form, errors: f._errors } = changeField(f._form, f._errors, field, value));
        },
      })}
      ${f._quote && !waitlistOnly ? renderPrice(f._quote, t, locale) : nothing}
      ${renderNotice(notice)}
      <div class="actions">
        <button
          type="button"
          part="button"
          ?disabled=${f._submitting}
          @click=${() => f._backToList()}
        >
          ${t('backToList')}
        </button>
        <button
          type="submit"
          class="primary"
          part="button primary"
          ?disabled=${f._submitting || f._offline}
        >
          ${f._submitting ? t('confirming') : waitlistOnly ? t('joinWaitlist') : notice?.retry ? t('retry') : t('register')}
        </button>
      </div>
    </form>`;
}

export function renderWaitlisted(f: GroupFlow): TemplateResult {
  const t = f._env.t;
  const w = f._waitlisted!;
  return html`<p>${t('waitlisted', { n: w.position })}</p>
    <div class="actions">
      <button part="button" @click=${() => f._backToList()}>${t('backToList')}</button>
    </div>`;
}

export function renderSuccess(f: GroupFlow): TemplateResult {
  const t = f._env.t;
  const locale = f._env.locale;
  const created = f._booked;
  const event = f._selected!;
  const confirmed = f._confirmedQuote;
  const stored = created?.booking.quote;
  const differs =
    confirmed &&
    stored &&
    (confirmed.total !== stored.total || confirmed.currency !== stored.currency);
  const total = stored ?? confirmed;
  return html`<div class="success-mark" aria-hidden="true">✓</div>
    <p>${created ? isolate(t, 'registered', { title: event.title }) : t('receivedUnreadable')}</p>
    ${
      differs
        ? html`<p class="notice" part="notice">
            ${isolate(t, 'priceDiffers', {
              stored: money({ amount: stored.total, currency: stored.currency }, locale),
              confirmed: money({ amount: confirmed.total, currency: confirmed.currency }, locale),
            })}
          </p>`
        : nothing
    }
    <dl>
      <dt>${t('when')}</dt>
      <dd>
        ${formatDateTime(created?.booking.start ?? event.start, f._env.zone, locale, f._env.cycle)}
      </dd>
      <dt>${t('seats')}</dt>
      <dd>${created?.booking.seats ?? f._seats}</dd>
      ${
        total
          ? html`<dt>${t('total')}</dt>
              <dd>${money({ amount: total.total, currency: total.currency }, locale)}</dd>`
          : nothing
      }
    </dl>
    ${event.instructions ? html`<p class="instructions"><strong>${t('instructions')}:</strong> <bdi>${event.instructions}</bdi></p>` : nothing}
    ${created ? renderCalendarLinks(t, entry(f, event, created), f._icsUrl, created.manageUrl ?? undefined) : nothing}
    <div class="actions">
      <button part="button" @click=${() => f._backToList()}>${t('backToList')}</button>
    </div>`;
}
