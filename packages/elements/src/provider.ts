/**
 * @booking/elements/provider: the provider's elements (`<booking-inbox>`), their base class and
 * events. Kept apart from the main entry, so a visitor's page never carries the provider's code.
 * Classes are exported without side effects; `./define/provider` registers them.
 *
 * @packageDocumentation
 */
export { BookingInbox } from './booking-inbox/booking-inbox.js';
export {
  ProviderElement,
  type ProviderApi,
  type ProviderStep,
  type TranslateOf,
} from './shared/provider-element.js';
export { BookingTransitionRequestEvent } from './events/booking-transition-request.js';
export { BookingTransitionedEvent } from './events/booking-transitioned.js';
export {
  EVENT_VERSION,
  type ProviderView,
  type ProviderAction,
  type BookingErrorDetail,
  type BookingTransitionRequestDetail,
  type BookingTransitionedDetail,
} from './events/detail.js';
export { BookingErrorEvent } from './events/booking-error.js';
export { LANGUAGES } from './shared/i18n.js';
