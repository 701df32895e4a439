import type { BookingReadyDetail } from './detail.js';

/**
 * `booking-ready`: the provider is loaded and the widget can be used. Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-ready', (event) => console.log(event.detail));
 */
export class BookingReadyEvent extends CustomEvent<BookingReadyDetail> {
  static readonly type = 'booking-ready';
  constructor(detail: BookingReadyDetail) {
    super('booking-ready', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-ready', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-ready': BookingReadyEvent;
  }
  interface DocumentEventMap {
    'booking-ready': BookingReadyEvent;
  }
}
