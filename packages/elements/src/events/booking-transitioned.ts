import type { BookingTransitionedDetail } from './detail.js';

/**
 * `booking-transitioned`: the server took a lifecycle step on a booking (`<booking-inbox>`);
 * `booking` is what it answered. Bubbles and crosses shadow roots.
 *
 * @example
 * inbox.addEventListener('booking-transitioned', (event) => console.log(event.detail.booking.status));
 */
export class BookingTransitionedEvent extends CustomEvent<BookingTransitionedDetail> {
  static readonly type = 'booking-transitioned';
  constructor(detail: BookingTransitionedDetail) {
    super('booking-transitioned', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-transitioned', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-transitioned': BookingTransitionedEvent;
  }
  interface DocumentEventMap {
    'booking-transitioned': BookingTransitionedEvent;
  }
}
