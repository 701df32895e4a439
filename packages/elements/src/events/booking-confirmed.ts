import type { BookingConfirmedDetail } from './detail.js';

/**
 * `booking-confirmed`: the backend accepted the booking (confirmed, or pending approval). Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-confirmed', (event) => console.log(event.detail));
 */
export class BookingConfirmedEvent extends CustomEvent<BookingConfirmedDetail> {
  static readonly type = 'booking-confirmed';
  constructor(detail: BookingConfirmedDetail) {
    super('booking-confirmed', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-confirmed', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-confirmed': BookingConfirmedEvent;
  }
  interface DocumentEventMap {
    'booking-confirmed': BookingConfirmedEvent;
  }
}
