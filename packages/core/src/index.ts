/**
 * @booking/core: headless scheduling. Slot math from weekly availability, overrides, buffers and
 * busy time; time-zone conversion that is right on every DST day; money, pricing tiers and
 * quotes; validation; the booking lifecycle, conflicts, seats and waitlists; schemas; typed errors.
 *
 * @packageDocumentation
 */
export { BookingInputError, MoneyError, type InputErrorCode } from './errors.js';
export {
  WallTimeSchema,
  LocalDateSchema,
  InstantSchema,
  TimeZoneSchema,
  TimeWindowSchema,
  WeeklyAvailabilitySchema,
  DateOverrideSchema,
  BusyIntervalSchema,
  SlotPolicySchema,
  AvailabilitySchema,
  SlotQuerySchema,
  SlotSchema,
  WEEKDAYS,
  type TimeWindow,
  type Weekday,
  type WeeklyAvailability,
  type DateOverride,
  type BusyInterval,
  type SlotPolicy,
  type Availability,
  type SlotQuery,
  type Slot,
} from './schemas/availability.js';
export {
  computeSlots,
  isBookable,
  MAX_QUERY_DAYS,
  type Bookability,
  type UnbookableReason,
} from './slots/engine.js';
export { groupSlotsByDay, type LocalSlot, type SlotDay } from './slots/group.js';
export { nextAvailableDay, nearestAlternatives, type NextAvailable } from './slots/search.js';
export {
  isValidTimeZone,
  assertTimeZone,
  supportedTimeZones,
  currentZoneName,
  browserTimeZone,
  toLocal,
  fromLocal,
  formatLocalTime,
  timeZoneOptions,
  type LocalDateTime,
  type FormatTimeOptions,
  type TimeZoneOption,
} from './time/index.js';
export {
  type Money,
  type Rounding,
  money,
  parseMoney,
  isCurrency,
  assertCurrency,
  currencyExponent,
  toDecimalString,
  formatMoney,
  addMoney,
  subtractMoney,
  sumMoney,
  multiplyMoney,
  splitMoney,
  compareMoney,
  equalMoney,
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
export {
  PriceSchema,
  AmountSchema,
  CurrencySchema,
  IdSchema,
  UrlSchema,
} from './schemas/fields.js';
export {
  DurationOptionSchema,
  CustomDurationSchema,
  EarlyBookingRuleSchema,
  PackageOfferSchema,
  GroupSizeTierSchema,
  ServicePricingSchema,
  GroupPricingSchema,
  PriceSourceSchema,
  QuoteLineSchema,
  QuoteSchema,
  type DurationOption,
  type CustomDuration,
  type EarlyBookingRule,
  type PackageOffer,
  type GroupSizeTier,
  type ServicePricing,
  type GroupPricing,
  type PriceSource,
  type QuoteLine,
  type Quote,
} from './schemas/pricing.js';
export {
  QuestionSchema,
  ServiceSchema,
  CancellationPolicySchema,
  BookingPolicySchema,
  ProviderSchema,
  GroupEventSchema,
  type Question,
  type Service,
  type CancellationPolicy,
  type BookingPolicy,
  type Provider,
  type GroupEvent,
} from './schemas/provider.js';
export {
  ClientDetailsSchema,
  AnswersSchema,
  BookingStatusSchema,
  PaymentStatusSchema,
  ActorSchema,
  BookingActionTypeSchema,
  HistoryEntrySchema,
  BookingSchema,
  WaitlistEntrySchema,
  BOOKING_STATUSES,
  PAYMENT_STATUSES,
  BOOKING_ACTIONS,
  type ClientDetails,
  type Answers,
  type BookingStatus,
  type PaymentStatus,
  type Actor,
  type BookingActionType,
  type HistoryEntry,
  type Booking,
  type WaitlistEntry,
} from './schemas/booking.js';
export {
  CreateBookingRequestSchema,
  GroupRegistrationRequestSchema,
  CancelBookingRequestSchema,
  RescheduleBookingRequestSchema,
  FieldErrorSchema,
  ProblemSchema,
  PROBLEM_CODES,
  pageOf,
  type CreateBookingRequest,
  type GroupRegistrationRequest,
  type CancelBookingRequest,
  type RescheduleBookingRequest,
  type FieldError,
  type Problem,
  type ProblemCode,
} from './schemas/contract.js';
export { validate, parse, type Validation } from './schemas/validate.js';
export { messages, fieldMessages, pricingMessages, lifecycleMessages } from './messages.js';
export {
  transition,
  allowedActions,
  refundFor,
  openBooking,
  isActive,
  TransitionError,
  EARLY_START_MINUTES,
  type BookingAction,
  type LifecyclePolicy,
  type TransitionErrorCode,
  type TransitionResult,
  type NewBooking,
} from './booking/lifecycle.js';
export {
  busyFromBookings,
  busyFromEvents,
  findConflicts,
  type Candidate,
} from './booking/conflicts.js';
export {
  seatState,
  checkSeats,
  joinWaitlist,
  waitlistPosition,
  offerSeats,
  answerOffer,
  type SeatState,
  type SeatCheck,
  type SeatEvent,
} from './booking/seats.js';
export { summarizeClient, type ClientSummary } from './booking/summary.js';
export {
  validateBookingDetails,
  checkBookingRequest,
  type BookingDetails,
  type BookingContext,
  type BookingCheck,
} from './booking/validate.js';
