import type { BookingCancelRequestDetail } from './detail.js';

/**
 * `booking-cancel-request`: the client confirmed the cancellation; it is about to be sent. Bubbles and crosses shadow roots. Cancelable: call `preventDefault()` to stop it.
 *
 * @example
 * manage.addEventListener('booking-cancel-request', (event) => console.log(event.detail));
 */
export class BookingCancelRequestEvent extends CustomEvent<BookingCancelRequestDetail> {
  static readonly type = 'booking-cancel-request';
  constructor(detail: BookingCancelRequestDetail) {
    super('booking-cancel-request', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-cancel-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-cancel-request': BookingCancelRequestEvent;
  }
  interface DocumentEventMap {
    'booking-cancel-request': BookingCancelRequestEvent;
  }
}
