// Registers <booking-widget> (once, even when loaded twice).
import { BookingWidget } from '../booking-widget/booking-widget.js';

if (!customElements.get('booking-widget')) customElements.define('booking-widget', BookingWidget);
