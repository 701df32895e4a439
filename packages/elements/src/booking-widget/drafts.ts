// What a visitor chose and typed in a <booking-widget>, kept in sessionStorage across reloads
// (per page, provider and widget) until the booking is made.
import type { Slot } from '@booking/core';
import type { BookingStep } from '../events/detail.js';
import type { FormValues } from '../shared/form-values.js';

export interface Draft {
  serviceId?: string;
  duration?: number;
  slot?: Slot;
  form: FormValues;
  /** The idempotency key of a submit whose answer never came. */
  key?: string;
  step: BookingStep;
}

/**
 * Per page, provider and widget (its id, else its place among the provider's widgets): another
 * page of the site with the same provider starts afresh.
 */
export function draftKey(widget: HTMLElement, provider: string): string {
  const place = widget.id
    ? widget.id
    : String(
        [...document.querySelectorAll(widget.localName)]
          .filter((w) => w.getAttribute('provider') === provider)
          .indexOf(widget),
      );
  return `booking-widget:${location.pathname}:${provider}:${place}`;
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage may be full or blocked; the draft then lives as long as the page.
  }
}

export function readDraft(key: string): Draft | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** The step a restored draft opens on: a step past the time needs the time; never the success. */
export function draftStep(draft: Draft): BookingStep {
  const step = draft.slot ? draft.step : draft.step === 'service' ? 'service' : 'time';
  return step === 'success' ? 'service' : step;
}
