/**
 * @booking/core: headless scheduling. Slot math from weekly availability, overrides, buffers and
 * busy time; time-zone conversion that is right on every DST day; money, prices and quotes;
 * validation; the booking lifecycle, seats and waitlists; one call per backend task.
 *
 * Every function follows the conventions of docs/core.md: the clock goes in as a `now` field,
 * expected refusals come back as `{ ok: false, code, message }`, misuse throws a
 * `BookingInputError`, and `null` means the same as a missing optional field. The zod schemas
 * and the wire types are in `@booking/core/schemas`; the HTTP client in `@booking/core/http`.
 *
 * @packageDocumentation
 */

// Slots
export { computeSlots, isBookable, type Bookability } from './slots/engine.js';
export { groupSlotsByDay, type LocalSlot, type SlotDay } from './slots/group.js';
export { nextAvailableDay, nearestAlternatives, type NextAvailable } from './slots/search.js';

// Time
export {
  isValidTimeZone,
  assertTimeZone,
  browserTimeZone,
  toLocal,
  fromLocal,
  formatLocalTime,
  timeZoneOptions,
  type LocalDateTime,
  type FormatTimeOptions,
  type TimeZoneOption,
} from './time/index.js';

// Money and prices
export {
  money,
  parseMoney,
  formatMoney,
  toDecimalString,
  addMoney,
  sumMoney,
  subtractMoney,
  multiplyMoney,
  splitMoney,
  compareMoney,
  isCurrency,
  currencyExponent,
  type Money,
  type Rounding,
} from './pricing/money.js';
export {
  sessionPrice,
  defaultDuration,
  durationPrices,
  groupSeatPrice,
  type SourcedPrice,
  type DurationPrice,
} from './pricing/rates.js';
export { quote, sameQuote, type QuoteInput } from './pricing/quote.js';

// Validation and the backend's checks
export { validate, type Validation } from './schemas/validate.js';
export {
  validateBookingDetails,
  checkBookingRequest,
  checkReschedule,
  type BookingDetails,
  type BookingContext,
  type BookingCheck,
  type RescheduleContext,
  type SlotRefusal,
} from './booking/validate.js';

// The lifecycle
export {
  transition,
  allowedActions,
  refundFor,
  openBooking,
  isActive,
  type BookingAction,
  type LifecycleContext,
  type LifecyclePolicy,
  type TransitionRefusal,
  type TransitionResult,
  type NewBooking,
} from './booking/lifecycle.js';
export {
  busyTime,
  blockedRange,
  findConflicts,
  type BusySources,
  type PaddedInterval,
} from './booking/conflicts.js';
export {
  seatState,
  checkSeats,
  registerSeats,
  cancelRegistration,
  answerSeatOffer,
  updateGroupEvent,
  cancelGroupEvent,
  lapseSeatOffers,
  waitlistPosition,
  type SeatState,
  type SeatContext,
  type SeatEvent,
  type SeatRefusal,
  type OfferOptions,
  type RegistrationContext,
  type RegistrationOutcome,
  type CancellationContext,
  type OfferAnswerContext,
} from './booking/seats.js';
export { summarizeClient, type ClientSummary } from './booking/summary.js';

// Errors
export { BookingInputError, MoneyError, type InputErrorCode } from './errors.js';

// The entities every function takes and returns (their schemas are in @booking/core/schemas).
export type {
  Availability,
  BusyInterval,
  DateOverride,
  Slot,
  SlotPolicy,
  SlotQuery,
  TimeWindow,
  WeeklyAvailability,
} from './schemas/availability.js';
export type {
  Actor,
  Booking,
  BookingStatus,
  ClientDetails,
  WaitlistEntry,
} from './schemas/booking.js';
export type { FieldError } from './schemas/contract.js';
export type { Quote, QuoteLine } from './schemas/pricing.js';
export type { BookingPolicy, GroupEvent, Provider, Question, Service } from './schemas/provider.js';
