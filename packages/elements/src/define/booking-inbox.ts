// Registers <booking-inbox> (once, even when loaded twice).
import { BookingInbox } from '../booking-inbox/booking-inbox.js';

if (!customElements.get('booking-inbox')) customElements.define('booking-inbox', BookingInbox);
