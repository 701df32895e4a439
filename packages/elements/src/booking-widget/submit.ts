// What <booking-widget> does from the details on: checking the form, pricing the time, sending the
// booking (idempotent, cancelable `booking-request`), and what each answer means (booked, a taken
// time with alternatives, a new price, field errors, a failure to retry). Downloaded with the
// steps that need it (later.ts).
import { quote as priceQuote, type Slot } from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import {
  ConflictError,
  ContractError,
  ValidationError,
  newIdempotencyKey,
} from '@booking/core/http';
import { EVENT_VERSION } from '../events/detail.js';
import { BookingConfirmedEvent } from '../events/booking-confirmed.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { icsUrl } from '../shared/booked.js';
import { safeLink } from '../shared/config.js';
import { errorMap, formErrors, requestParts } from '../shared/details-form.js';
import { errorText } from '../shared/errors.js';
import { formatDateTime } from '../shared/format.js';
import { calendarEntry, manageLink } from '../steps/success.js';
import type { WidgetFlow } from './flow.js';

/** The calendar entry of what the widget booked, linking to where it is managed. */
export function entryOf(flow: WidgetFlow, created: CreatedBooking) {
  const title = `${flow._service?.name ?? ''} · ${flow._provider?.name ?? ''}`.replace(/^ · /, '');
  return calendarEntry(created, title, manageLink(flow.managePage, created), flow._env.now());
}

/** Checks the details with core; on to the review when they are fine. */
export function submitDetails(flow: WidgetFlow): void {
  const errors = formErrors(flow._form, flow._service?.questions ?? [], flow._env.t);
  flow._errors = errors;
  if (Object.keys(errors).length) {
    flow._announcement = flow._env.t('errFix');
    flow._focus('field');
    return;
  }
  priceSlot(flow);
  flow._go('review');
}

/** The quote of the chosen time (core's, as the backend will compute it). */
export function priceSlot(flow: WidgetFlow): void {
  const service = flow._service;
  if (!service || !flow._slot || flow._duration === undefined) return;
  flow._quote = priceQuote({
    kind: 'one_to_one',
    service,
    durationMinutes: flow._duration,
    start: flow._slot.start,
    now: new Date(flow._env.now()).toISOString(),
  });
}

/** One of the times offered after a 409: priced, and the review stays open. */
export function pickAlternative(flow: WidgetFlow, slot: Slot): void {
  const { zone, locale, cycle, t } = flow._env;
  flow._slot = slot;
  flow._calendar.show(slot);
  priceSlot(flow);
  flow._notice = undefined;
  flow._focus('heading');
  flow._announcement = `${t('when')}: ${formatDateTime(slot.start, zone, locale, cycle)}`;
}

export async function confirm(flow: WidgetFlow): Promise<void> {
  const provider = flow._provider!;
  const service = flow._service!;
  const { adapter, zone, locale, t } = flow._env;
  if (!adapter || !flow._slot || !flow._quote || flow._submitting) return;
  const request = {
    providerId: provider.id,
    serviceId: service.id,
    start: flow._slot.start,
    durationMinutes: flow._duration!,
    ...requestParts(flow._form, { timeZone: zone, locale }),
    quote: flow._quote,
  };
  flow._key ??= newIdempotencyKey();
  flow._saveDraft();
  const before = new BookingRequestEvent({
    version: EVENT_VERSION,
    request,
    idempotencyKey: flow._key,
  });
  if (!flow.dispatchEvent(before)) return;
  flow._submitting = true;
  flow._notice = undefined;
  flow._announcement = t('confirming');
  const confirmed = before.detail.request.quote;
  try {
    const answer = await adapter.createBooking(before.detail.request, {
      idempotencyKey: flow._key,
    });
    const manageUrl = safeLink(answer.manageUrl);
    if (answer.manageUrl && !manageUrl)
      flow._report(
        new ContractError(
          'POST /bookings',
          'manageUrl',
          'the manage link is not an http(s) URL. The booking is shown; the link was left out.',
        ),
        '',
      );
    const { manageUrl: _unsafe, ...rest } = answer;
    const created: CreatedBooking = { ...rest, ...(manageUrl ? { manageUrl } : {}) };
    flow._result = created;
    flow._confirmedQuote = confirmed;
    flow._key = undefined;
    flow._clearDraft();
    if (flow._icsUrl) URL.revokeObjectURL(flow._icsUrl);
    flow._icsUrl = icsUrl(entryOf(flow, created));
    flow._go('success');
    flow.dispatchEvent(
      new BookingConfirmedEvent({
        version: EVENT_VERSION,
        booking: created.booking,
        status: created.booking.status,
        quote: created.booking.quote,
        timeZone: zone,
        manageToken: created.manageToken,
        ...(manageUrl ? { manageUrl } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof ContractError && (error.status ?? 0) >= 200 && (error.status ?? 0) < 300) {
      // The backend stored the booking and answered 2xx, but not in the contract's shape:
      // the visitor is told it went through (never to book again), the developer why.
      flow._received = true;
      flow._confirmedQuote = confirmed;
      flow._key = undefined;
      flow._clearDraft();
      flow._go('success');
      flow._report(error, t('receivedUnreadable'));
    } else failed(flow, error);
  } finally {
    flow._submitting = false;
  }
}

function failed(flow: WidgetFlow, error: unknown): void {
  const { t } = flow._env;
  if (error instanceof ConflictError && error.code === 'slot_unavailable') {
    // A new attempt at another time is a new request: it gets a new key.
    flow._key = undefined;
    flow._notice = {
      kind: 'slot_taken',
      text: error.alternatives.length ? t('slotTaken') : t('slotGone'),
      alternatives: error.alternatives.slice(0, 3),
    };
    void flow._calendar.load({ quiet: true });
  } else if (error instanceof ConflictError && error.code === 'price_changed' && error.quote) {
    flow._key = undefined;
    flow._quote = error.quote;
    flow._notice = { kind: 'price_changed', text: t('priceChanged') };
  } else if (error instanceof ValidationError && error.fieldErrors.length) {
    flow._errors = errorMap(error.fieldErrors, t);
    flow._go('details');
    flow._focus('field');
    flow._announcement = t('errFix');
  } else {
    flow._notice = { kind: 'error', text: errorText(t, error), retry: true };
  }
  if (flow._notice) flow._announcement = flow._notice.text;
  flow._report(error, flow._notice?.text ?? t('errFix'));
}
