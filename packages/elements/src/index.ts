/**
 * @booking/elements: the booking web components (`<booking-widget>`, `<group-event-list>`), built
 * with Lit on @booking/core. Classes are exported here without side effects; `./define` registers
 * them.
 *
 * @packageDocumentation
 */
export const version = '0.1.0';
export { BookingWidget, type BookingPrefill } from './booking-widget/booking-widget.js';
export { BookingReadyEvent } from './events/booking-ready.js';
export { BookingSlotSelectEvent } from './events/booking-slot-select.js';
export { BookingRequestEvent } from './events/booking-request.js';
export { BookingConfirmedEvent } from './events/booking-confirmed.js';
export { BookingErrorEvent } from './events/booking-error.js';
export { BookingStepChangeEvent } from './events/booking-step-change.js';
export {
  EVENT_VERSION,
  type BookingStep,
  type BookingReadyDetail,
  type BookingSlotSelectDetail,
  type BookingRequestDetail,
  type BookingConfirmedDetail,
  type BookingErrorDetail,
  type BookingStepChangeDetail,
} from './events/detail.js';
export { LANGUAGES } from './shared/i18n.js';
