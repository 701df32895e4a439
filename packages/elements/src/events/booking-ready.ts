import type { BookingReadyDetail } from './detail.js';

/**
 * `booking-ready`: the provider is loaded and the widget can be used. Bubbles and crosses shadow roots.
 *
 * @example
 * widget.addEventListener('booking-ready', (event) => console.log(event.detail));
 */
export class BookingReadyEvent extends CustomEvent<BookingReadyDetail> {
  static readonly type = 'booking-ready';
  constructor(detail: BookingReadyDetail) {
    super('booking-ready', { detail, bubbles: true, composed: true, cancelable: false });
  }
}
