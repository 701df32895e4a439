// The time module's public face. Everything else in core imports time through ./civil and ./zone.
export { isValidTimeZone, assertTimeZone, supportedTimeZones, currentZoneName } from './zone.js';
export {
  browserTimeZone,
  toLocal,
  fromLocal,
  formatLocalTime,
  timeZoneOptions,
  type LocalDateTime,
  type FormatTimeOptions,
  type TimeZoneOption,
} from './format.js';
