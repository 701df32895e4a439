/**
 * @booking/core: headless scheduling. Slot math from weekly availability, overrides, buffers and
 * busy time; time-zone conversion that is right on every DST day; schemas; typed errors.
 *
 * @packageDocumentation
 */
export { BookingInputError, type InputErrorCode } from './errors.js';
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
