/**
 * @booking/elements/provider: the provider's elements (`<booking-inbox>`, `<availability-editor>`),
 * their base class and
 * events. Kept apart from the main entry, so a visitor's page never carries the provider's code.
 * Classes are exported without side effects; `./define/provider` registers them.
 *
 * @packageDocumentation
 */
export { BookingInbox } from './booking-inbox/booking-inbox.js';
export { AvailabilityEditor } from './availability-editor/availability-editor.js';
export {
  ProviderElement,
  type ProviderApi,
  type ProviderStep,
  type TranslateOf,
} from './shared/provider-element.js';
export { BookingTransitionRequestEvent } from './events/booking-transition-request.js';
export { BookingTransitionedEvent } from './events/booking-transitioned.js';
export { AvailabilitySaveRequestEvent } from './events/availability-save-request.js';
export { AvailabilitySavedEvent } from './events/availability-saved.js';
export {
  EVENT_VERSION,
  type ProviderView,
  type ProviderAction,
  type BookingErrorDetail,
  type BookingTransitionRequestDetail,
  type BookingTransitionedDetail,
  type AvailabilitySaveRequestDetail,
  type AvailabilitySavedDetail,
} from './events/detail.js';
export { BookingErrorEvent } from './events/booking-error.js';
export { LANGUAGES } from './shared/i18n.js';
