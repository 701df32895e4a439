/**
 * @booking/elements: the booking web components (`<booking-widget>`, `<group-event-list>`,
 * `<booking-manage>`), built with Lit on @booking/core. Classes are exported here without side effects; `./define` registers
 * them.
 *
 * @packageDocumentation
 */
export const version = '0.1.0';
export { BookingWidget, type BookingPrefill } from './booking-widget/booking-widget.js';
export { GroupEventList } from './group-event-list/group-event-list.js';
export { BookingManage } from './booking-manage/booking-manage.js';
export { BookingReadyEvent } from './events/booking-ready.js';
export { BookingSlotSelectEvent } from './events/booking-slot-select.js';
export { BookingRequestEvent } from './events/booking-request.js';
export { BookingConfirmedEvent } from './events/booking-confirmed.js';
export { BookingErrorEvent } from './events/booking-error.js';
export { BookingStepChangeEvent } from './events/booking-step-change.js';
export { GroupEventSelectEvent } from './events/group-event-select.js';
export { GroupEventRegisterRequestEvent } from './events/group-event-register-request.js';
export { GroupEventRegisteredEvent } from './events/group-event-registered.js';
export { GroupEventWaitlistedEvent } from './events/group-event-waitlisted.js';
export { BookingCancelRequestEvent } from './events/booking-cancel-request.js';
export { BookingCancelledEvent } from './events/booking-cancelled.js';
export { BookingRescheduleRequestEvent } from './events/booking-reschedule-request.js';
export { BookingRescheduledEvent } from './events/booking-rescheduled.js';
export {
  EVENT_VERSION,
  type BookingStep,
  type BookingReadyDetail,
  type BookingSlotSelectDetail,
  type BookingRequestDetail,
  type BookingConfirmedDetail,
  type BookingErrorDetail,
  type BookingStepChangeDetail,
  type GroupEventView,
  type ProviderView,
  type ProviderAction,
  type BookingTransitionRequestDetail,
  type BookingTransitionedDetail,
  type AvailabilitySaveRequestDetail,
  type AvailabilitySavedDetail,
  type GroupEventSelectDetail,
  type GroupEventRegisterRequestDetail,
  type GroupEventRegisteredDetail,
  type GroupEventWaitlistedDetail,
  type ManageView,
  type BookingCancelRequestDetail,
  type BookingCancelledDetail,
  type BookingRescheduleRequestDetail,
  type BookingRescheduledDetail,
} from './events/detail.js';
export { LANGUAGES } from './shared/i18n.js';
