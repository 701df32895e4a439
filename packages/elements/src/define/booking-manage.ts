// Registers <booking-manage> (once, even when loaded twice).
import { BookingManage } from '../booking-manage/booking-manage.js';

if (!customElements.get('booking-manage')) customElements.define('booking-manage', BookingManage);
