import type { BookingCancelledDetail } from './detail.js';

/**
 * `booking-cancelled`: the backend cancelled the booking. Bubbles and crosses shadow roots.
 *
 * @example
 * manage.addEventListener('booking-cancelled', (event) => console.log(event.detail));
 */
export class BookingCancelledEvent extends CustomEvent<BookingCancelledDetail> {
  static readonly type = 'booking-cancelled';
  constructor(detail: BookingCancelledDetail) {
    super('booking-cancelled', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-cancelled', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-cancelled': BookingCancelledEvent;
  }
  interface DocumentEventMap {
    'booking-cancelled': BookingCancelledEvent;
  }
}
