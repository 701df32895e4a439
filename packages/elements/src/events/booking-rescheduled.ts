import type { BookingRescheduledDetail } from './detail.js';

/**
 * `booking-rescheduled`: the backend moved the booking to its new time. Bubbles and crosses shadow roots.
 *
 * @example
 * manage.addEventListener('booking-rescheduled', (event) => console.log(event.detail));
 */
export class BookingRescheduledEvent extends CustomEvent<BookingRescheduledDetail> {
  static readonly type = 'booking-rescheduled';
  constructor(detail: BookingRescheduledDetail) {
    super('booking-rescheduled', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-rescheduled', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-rescheduled': BookingRescheduledEvent;
  }
  interface DocumentEventMap {
    'booking-rescheduled': BookingRescheduledEvent;
  }
}
