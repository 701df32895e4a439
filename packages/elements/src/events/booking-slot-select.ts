import type { BookingSlotSelectDetail } from './detail.js';

/**
 * `booking-slot-select`: the client picked a time. Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-slot-select', (event) => console.log(event.detail));
 */
export class BookingSlotSelectEvent extends CustomEvent<BookingSlotSelectDetail> {
  static readonly type = 'booking-slot-select';
  constructor(detail: BookingSlotSelectDetail) {
    super('booking-slot-select', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-slot-select', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-slot-select': BookingSlotSelectEvent;
  }
  interface DocumentEventMap {
    'booking-slot-select': BookingSlotSelectEvent;
  }
}
