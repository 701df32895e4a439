// What <booking-manage> works out without its state: the notice a refusal gets, which failures
// leave it unsure whether the server acted, the calendar entry of a booking, and drafts.
import type { Booking, Provider, Slot } from '@booking/core';
import { NetworkError, ServerError, TimeoutError } from '@booking/core/http';
import type { ManageTranslate } from './words.js';
import { bookingEntry, type CalendarEntry } from '../shared/ics.js';
import type { ManageNotice } from './host.js';

/** Failures after which the server may or may not have acted: read the booking before retrying. */
export const uncertain = (error: unknown): boolean =>
  error instanceof NetworkError || error instanceof TimeoutError || error instanceof ServerError;

/**
 * A refusal by core's rules (checked here, or by the server) in words: a taken time with the
 * nearest free ones, the cutoff (with the offer to cancel), or a booking that changed meanwhile.
 */
export function refusalNotice(
  t: ManageTranslate,
  code: string,
  alternatives: Slot[],
  cutoffHours: number,
): ManageNotice {
  if (code === 'slot_unavailable')
    return {
      kind: 'slot_taken',
      text: alternatives.length ? t('slotTaken') : t('slotGone'),
      alternatives: alternatives.slice(0, 3),
    };
  if (code === 'cancellation_cutoff')
    return { kind: 'refused', text: t('rescheduleCutoff', { hours: cutoffHours }) };
  return { kind: 'refused', text: t('refusedNow') };
}

/**
 * The booking's calendar entry: the widget's UID, the SEQUENCE of its changes, cancelled when it
 * is, and the manage page's address when there is one.
 */
export function calendarEntry(
  booking: Booking,
  provider: Provider,
  now: number,
  url: string | undefined,
): CalendarEntry {
  const service = provider.services.find((s) => s.id === booking.serviceId)?.name ?? provider.name;
  return bookingEntry(booking, {
    title: service === provider.name ? service : `${service} · ${provider.name}`,
    now,
    ...(url ? { url, description: url } : {}),
  });
}

/** What survives a reload: the open view, what was typed or picked, the key of a move. */
export interface Draft {
  view: 'cancel' | 'reschedule';
  reason: string;
  slot?: Slot;
  key?: string;
}

const draftKey = (bookingId: string) => `booking-manage:${bookingId}`;

export const drafts = {
  save(bookingId: string, draft: Draft): void {
    try {
      sessionStorage.setItem(draftKey(bookingId), JSON.stringify(draft));
    } catch {
      // Storage may be full or blocked; the draft then lives as long as the page.
    }
  },
  read(bookingId: string): Draft | undefined {
    try {
      return (JSON.parse(sessionStorage.getItem(draftKey(bookingId)) ?? 'null') ?? undefined) as
        Draft | undefined;
    } catch {
      return undefined;
    }
  },
  clear(bookingId: string): void {
    try {
      sessionStorage.removeItem(draftKey(bookingId));
    } catch {
      // Nothing to clear.
    }
  },
};
