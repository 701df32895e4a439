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
