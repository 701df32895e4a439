import type { BookingRequestDetail } from './detail.js';

/**
 * `booking-request`: the client confirmed; the booking is about to be sent. Bubbles and crosses shadow roots. Cancelable: call `preventDefault()` to stop it.
 *
 * @example
 * widget.addEventListener('booking-request', (event) => console.log(event.detail));
 */
export class BookingRequestEvent extends CustomEvent<BookingRequestDetail> {
  static readonly type = 'booking-request';
  constructor(detail: BookingRequestDetail) {
    super('booking-request', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-request': BookingRequestEvent;
  }
  interface DocumentEventMap {
    'booking-request': BookingRequestEvent;
  }
}
