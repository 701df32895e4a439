import type { BookingErrorDetail } from './detail.js';

/**
 * `booking-error`: something failed; the widget shows it and keeps what was entered. Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-error', (event) => console.log(event.detail));
 */
export class BookingErrorEvent extends CustomEvent<BookingErrorDetail> {
  static readonly type = 'booking-error';
  constructor(detail: BookingErrorDetail) {
    super('booking-error', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-error', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-error': BookingErrorEvent;
  }
  interface DocumentEventMap {
    'booking-error': BookingErrorEvent;
  }
}
