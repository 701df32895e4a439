import type { BookingRescheduleRequestDetail } from './detail.js';

/**
 * `booking-reschedule-request`: the client confirmed a new time; the move is about to be sent. Bubbles and crosses shadow roots. Cancelable: call `preventDefault()` to stop it.
 *
 * @example
 * manage.addEventListener('booking-reschedule-request', (event) => console.log(event.detail));
 */
export class BookingRescheduleRequestEvent extends CustomEvent<BookingRescheduleRequestDetail> {
  static readonly type = 'booking-reschedule-request';
  constructor(detail: BookingRescheduleRequestDetail) {
    super('booking-reschedule-request', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-reschedule-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-reschedule-request': BookingRescheduleRequestEvent;
  }
  interface DocumentEventMap {
    'booking-reschedule-request': BookingRescheduleRequestEvent;
  }
}
