import type { BookingTransitionRequestDetail } from './detail.js';

/**
 * `booking-transition-request`: the provider is about to take a lifecycle step on a booking
 * (`<booking-inbox>`). Cancelable: `preventDefault()` keeps the step from being sent. Bubbles and
 * crosses shadow roots.
 *
 * @example
 * inbox.addEventListener('booking-transition-request', (event) => {
 *   if (event.detail.action === 'cancel' && !confirm('Sure?')) event.preventDefault();
 * });
 */
export class BookingTransitionRequestEvent extends CustomEvent<BookingTransitionRequestDetail> {
  static readonly type = 'booking-transition-request';
  constructor(detail: BookingTransitionRequestDetail) {
    super('booking-transition-request', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-transition-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-transition-request': BookingTransitionRequestEvent;
  }
  interface DocumentEventMap {
    'booking-transition-request': BookingTransitionRequestEvent;
  }
}
