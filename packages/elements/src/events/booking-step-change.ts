import type { BookingStepChangeDetail } from './detail.js';

/**
 * `booking-step-change`: the flow moved to another step. Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-step-change', (event) => console.log(event.detail));
 */
export class BookingStepChangeEvent extends CustomEvent<BookingStepChangeDetail> {
  static readonly type = 'booking-step-change';
  constructor(detail: BookingStepChangeDetail) {
    super('booking-step-change', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('booking-step-change', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'booking-step-change': BookingStepChangeEvent;
  }
  interface DocumentEventMap {
    'booking-step-change': BookingStepChangeEvent;
  }
}
