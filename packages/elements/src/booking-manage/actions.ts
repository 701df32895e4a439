// What <booking-manage> does once a booking is open: the views (booking, cancel, reschedule,
// done) and what the client does in them (cancel, pick a time, move), sending each change once.
// Downloaded as the element opens its first booking, beside the request (a page of other
// elements never loads it); the cancel form and the reschedule view are modules of their own.
import type { TemplateResult } from 'lit';
import type { Booking, Money, Slot } from '@booking/core';
import { ConflictError, newIdempotencyKey, type CreateOptions } from '@booking/core/http';
import { BookingCancelRequestEvent } from '../events/booking-cancel-request.js';
import { BookingCancelledEvent } from '../events/booking-cancelled.js';
import { BookingRescheduleRequestEvent } from '../events/booking-reschedule-request.js';
import { BookingRescheduledEvent } from '../events/booking-rescheduled.js';
import {
  EVENT_VERSION,
  type BookingCancelRequestDetail,
  type ManageView,
} from '../events/detail.js';
import { errorText } from '../shared/errors.js';
import { formatDateTime } from '../shared/format.js';
import { weekStartOf } from '../steps/week-start.js';
import type { BookingManage as El } from './booking-manage.js';
import type { ManageHost } from './host.js';
import { drafts, refusalNotice, uncertain } from './support.js';
import { renderBooking, renderDone, renderReady } from './views.js';

export { calendarEntry } from './support.js';
export { icsUrl } from '../shared/booked.js';

/** The open booking's view under its heading; undefined until the booking and provider are here. */
export function renderOpen(el: El): TemplateResult | undefined {
  const host = hostOf(el);
  return host ? renderReady(host, title(el), renderView(el, host)) : undefined;
}

// --- views ---------------------------------------------------------------------------------

export async function open(el: El, view: ManageView): Promise<void> {
  el._notice = undefined;
  try {
    if (view === 'cancel') el._modules.cancel ??= await import('./cancel-view.js');
    if (view === 'reschedule') {
      const module = (el._modules.reschedule ??= await import('./reschedule-view.js'));
      el._reschedule ??= new module.Reschedule(el, {
        adapter: () => el._api,
        manage: () => hostOf(el),
        weekStart: () => (el.weekStart ? weekStartOf(el.weekStart, el._locale) : undefined),
        rtl: () => el._dir === 'rtl',
        announce: (text) => (el._announcement = text),
        report: (error, shown) => el._report(error, shown),
      });
    }
  } catch (error) {
    el._notice = { kind: 'error', text: el._t('networkError') };
    el._report(error, el._notice.text);
    return;
  }
  el._modules = { ...el._modules };
  el._view = view;
  el._focus = 'heading';
  el._announcement = title(el);
  if (view === 'reschedule') {
    const calendar = el._reschedule!.calendar;
    // It opens on the day of the new time picked (a reload), else of the booked one.
    const booking = el._booking!;
    calendar.show(el._newSlot ?? { start: booking.start, end: booking.end });
    void calendar.load();
  }
  saveDraft(el);
}

export function showBooking(el: El): void {
  el._view = 'booking';
  el._done = undefined;
  el._notice = undefined;
  el._newSlot = undefined;
  el._key = undefined;
  el._focus = 'heading';
  el._announcement = title(el);
  clearDraft(el);
}

export function title(el: El): string {
  const t = el._t;
  if (el._view === 'cancel') return t('cancelTitle');
  if (el._view === 'reschedule') return t('rescheduleTitle');
  if (el._view === 'done') return el._done === 'cancelled' ? t('cancelledTitle') : t('movedTitle');
  return t('manageTitle');
}

// --- cancel and reschedule ----------------------------------------------------------------

/**
 * Sends a change once: after a failure that may have reached the server, the booking is read
 * first, and when it already shows the change (`shows`), that is the answer (never twice, never
 * a refusal of what went through).
 */
async function submit(
  el: El,
  busy: string,
  shows: (booking: Booking) => boolean,
  send: (id: string, token: string) => Promise<Booking>,
  done: (booking: Booking) => void,
): Promise<void> {
  const adapter = el._api!;
  const { token } = el._target;
  const id = el._booking!.id;
  el._submitting = true;
  el._notice = undefined;
  el._announcement = busy;
  try {
    const now = el._unsure ? await adapter.getBooking(id, token) : undefined;
    const changed = now && shows(now) ? now : await send(id, token);
    el._unsure = false;
    el._key = undefined;
    el._setBooking(changed);
    done(changed);
  } catch (error) {
    await failed(el, error);
  } finally {
    el._submitting = false;
  }
}

function cancel(el: El, refund: Money, fullRefund: boolean): void {
  const booking = el._booking!;
  const reason = el._reason.trim();
  const detail: BookingCancelRequestDetail = {
    version: EVENT_VERSION,
    bookingId: booking.id,
    reason,
    refund,
    fullRefund,
  };
  if (el._submitting || !el.dispatchEvent(new BookingCancelRequestEvent(detail))) return;
  void submit(
    el,
    el._t('cancelling'),
    (now) => now.status === 'cancelled',
    (id, token) => el._api!.cancelBooking(id, token, reason ? { reason } : {}),
    (done) => {
      finish(el, 'cancelled');
      const amount = (done.refundedAmount ?? 0) - (booking.refundedAmount ?? 0);
      el.dispatchEvent(
        new BookingCancelledEvent({
          version: EVENT_VERSION,
          booking: done,
          reason,
          refund: { amount, currency: done.quote.currency },
          timeZone: el._viewerZone,
        }),
      );
    },
  );
}

function pick(el: El, slot: Slot): void {
  // The booked time itself: nothing to move.
  const same = Date.parse(slot.start) === Date.parse(el._booking!.start);
  if (same || el._newSlot?.start !== slot.start) el._key = undefined;
  el._newSlot = same ? undefined : { start: slot.start, end: slot.end };
  el._notice = undefined;
  if (!same) el._focus = 'move';
  const when = formatDateTime(slot.start, el._viewerZone, el._locale, el._cycle);
  el._announcement = `${el._t(same ? 'currentTime' : 'newTime')}: ${when}`;
  saveDraft(el);
}

function move(el: El): void {
  const booking = el._booking!;
  const slot = el._newSlot;
  if (!slot || el._submitting || !el._reschedule) return;
  const check = el._reschedule.check(slot);
  if (!check.ok) return refuse(el, check.code, check.alternatives);
  const key = (el._key ??= newIdempotencyKey());
  saveDraft(el);
  const detail = {
    version: EVENT_VERSION,
    bookingId: booking.id,
    previousStart: booking.start,
    ...slot,
    timeZone: el._viewerZone,
    idempotencyKey: key,
  } as const;
  if (!el.dispatchEvent(new BookingRescheduleRequestEvent(detail))) return;
  // The same key goes with every attempt of this move; an adapter that can use it does.
  const options: CreateOptions = { idempotencyKey: key };
  void submit(
    el,
    el._t('moving'),
    (now) => Date.parse(now.start) === Date.parse(slot.start),
    (id, token) => el._api!.rescheduleBooking(id, token, { start: slot.start }, options),
    (moved) => {
      finish(el, 'moved');
      el.dispatchEvent(
        new BookingRescheduledEvent({
          version: EVENT_VERSION,
          booking: moved,
          previousStart: booking.start,
          timeZone: el._viewerZone,
        }),
      );
    },
  );
}

/** A refusal by core's rules (here or on the server): words, and what to do instead. */
function refuse(el: El, code: string, alternatives: Slot[]): void {
  const hours = el._provider?.policy.cancellation?.cutoffHours ?? 0;
  el._notice = refusalNotice(el._t, code, alternatives, hours);
  if (code === 'slot_unavailable') {
    el._key = undefined;
    void el._reschedule?.calendar.load({ quiet: true });
  }
  el._announcement = el._notice.text;
}

async function failed(el: El, error: unknown): Promise<void> {
  if (error instanceof ConflictError) {
    const reason = String((error.problem as { reason?: unknown } | undefined)?.reason ?? '');
    refuse(el, error.code === 'slot_unavailable' ? error.code : reason, error.alternatives);
    el._report(error, el._notice!.text);
    if (el._notice?.kind === 'refused' && reason !== 'cancellation_cutoff') {
      // The booking changed under the client: show it as it is now.
      const notice = el._notice;
      showBooking(el);
      await el._reload();
      el._notice = notice;
    }
    return;
  }
  el._unsure = uncertain(error);
  el._notice = { kind: 'error', text: errorText(el._t, error), retry: el._unsure };
  el._announcement = el._notice.text;
  el._report(error, el._notice.text);
}

function finish(el: El, done: 'cancelled' | 'moved'): void {
  el._done = done;
  el._view = 'done';
  el._notice = undefined;
  el._newSlot = undefined;
  el._reason = '';
  el._focus = 'heading';
  el._announcement = title(el);
  clearDraft(el);
}

// --- drafts ----------------------------------------------------------------------------------

function saveDraft(el: El): void {
  if (el._view !== 'cancel' && el._view !== 'reschedule') return;
  drafts.save(el._booking!.id, {
    view: el._view,
    reason: el._reason,
    ...(el._newSlot ? { slot: el._newSlot } : {}),
    ...(el._key ? { key: el._key } : {}),
  });
}

export function restore(el: El): void {
  const draft = drafts.read(el._booking!.id);
  if (!draft) return;
  el._reason = draft.reason ?? '';
  el._newSlot = draft.slot;
  el._key = draft.key;
  void open(el, draft.view);
}

function clearDraft(el: El): void {
  if (el._booking) drafts.clear(el._booking.id);
}

/** What the views read and call (see host.ts). */
export function hostOf(el: El): ManageHost | undefined {
  const booking = el._booking;
  const provider = el._provider;
  if (!booking || !provider) return undefined;
  return {
    t: el._t,
    locale: el._locale,
    zone: el._viewerZone,
    cycle: el._cycle,
    booking,
    provider,
    submitting: el._submitting,
    offline: el._offline,
    notice: el._notice,
    reason: el._reason,
    newSlot: el._newSlot,
    icsHref: el._ics,
    now: () => el._now(),
    zonePicker: () => el._zonePicker(),
    setReason: (reason) => {
      el._reason = reason;
      saveDraft(el);
    },
    pickSlot: (slot) => pick(el, slot),
    confirmCancel: (refund, full) => cancel(el, refund, full),
    confirmMove: () => move(el),
    showBooking: () => showBooking(el),
    openCancel: () => void open(el, 'cancel'),
    openReschedule: () => void open(el, 'reschedule'),
  };
}

function renderView(el: El, host: ManageHost): TemplateResult {
  const { cancel: cancelView, reschedule: rescheduleView } = el._modules;
  if (el._view === 'cancel' && cancelView) return cancelView.renderCancel(host);
  if (el._view === 'reschedule' && rescheduleView && el._reschedule)
    return el._reschedule.render(host);
  if (el._view === 'done' && el._done) return renderDone(host, el._done);
  return renderBooking(host);
}
