// Every code core gives a program to branch on, with what it means: refusals returned as results,
// field errors of validation, and the codes of errors thrown for misuse. docs/core.md lists the
// same table; a test keeps the two equal. A code, once published, keeps its meaning.

/** Why a start cannot be booked (`isBookable`, `checkBookingRequest`, `rescheduleCheck`). */
export const SLOT_CODES = {
  outside_availability: 'The session does not fit inside the provider’s hours.',
  not_on_grid: 'The start is not one of the slot grid’s starts.',
  too_soon: 'The start is in the past or inside the minimum notice.',
  beyond_horizon: 'The start is further ahead than the provider takes bookings.',
  day_full: 'The provider’s per-day cap is reached on that local date.',
  conflict: 'The session (with buffers) overlaps busy time (with its buffers).',
} as const;

/** Why a lifecycle step was refused (`transition`, `rescheduleCheck`, `cancelRegistration`). */
export const TRANSITION_CODES = {
  wrong_actor: 'This actor may not take this step (only the provider declines, …).',
  wrong_state: 'The booking’s status does not allow this step.',
  too_early: 'The step opens later (start and complete 10 minutes before the start, …).',
  too_late: 'The step has closed (the session started, or ended).',
  cancellation_cutoff: 'A client cannot reschedule inside the cancellation cutoff.',
  invalid_time: 'A reschedule’s new start is in the past or the same as the old one.',
} as const;

/** Why seats were refused (`checkSeats`, `registerSeats`, `answerSeatOffer`). */
export const SEAT_CODES = {
  invalid_seats: 'The number of seats is not a whole number of 1 or more.',
  too_many_seats: 'More seats than the event’s capacity or its per-registration limit.',
  event_full: 'Fewer seats are left than requested; `waitlist` says whether the line is open.',
  event_cancelled: 'The event was cancelled.',
  event_started: 'The event has started; registration is closed.',
  no_open_offer: 'The waitlist entry has no open offer (answered, expired or never made).',
  capacity_below_taken: 'An event’s capacity cannot go below the seats taken or offered.',
} as const;

/** Outcomes of a whole request check (`checkBookingRequest`, `registerSeats`, `rescheduleCheck`). */
export const REQUEST_CODES = {
  validation_failed: 'The request is malformed; `errors` names every field.',
  slot_unavailable: 'The start cannot be booked; `reason` is a slot code, with alternatives.',
  price_changed: 'The quote the client saw is stale; `quote` is the fresh one.',
} as const;

/** Codes of field errors (`validate`, `validateBookingDetails`, and the checks above). */
export const FIELD_CODES = {
  required: 'The field is missing or empty.',
  invalid_type: 'The value has the wrong type (text where a number belongs, …).',
  invalid_choice: 'The value is not one of the allowed choices.',
  invalid_value: 'The value breaks a rule of the field (see the message).',
  unknown_field: 'The field is not part of this input (or not a question of the form).',
  too_long: 'The text is longer than allowed.',
  too_small: 'The number or list is below its minimum.',
  too_big: 'The number or list is above its maximum.',
  invalid_email: 'Not an email address.',
  invalid_phone: 'Not a phone number (6 to 20 digits).',
  must_accept: 'A required checkbox is not ticked.',
  invalid_id: 'Not an id (1 to 128 characters without spaces).',
  invalid_url: 'Not an absolute http(s) URL.',
  invalid_wall_time: 'Not a wall time `HH:mm` (00:00 to 24:00).',
  invalid_local_date: 'Not a calendar date `YYYY-MM-DD`.',
  invalid_instant: 'Not an ISO-8601 instant with an offset or `Z`.',
  invalid_time_zone: 'Not an IANA time-zone id.',
  invalid_window: 'A window that holds no time, or starts at 24:00.',
  invalid_interval: 'A busy interval that ends before it starts.',
  duplicate_override: 'Two overrides for the same local date.',
  invalid_minutes: 'Not a whole number of minutes in range.',
  invalid_number: 'Not a whole number in range.',
  invalid_percent: 'Not a percentage (two decimals at most) in range.',
  invalid_currency: 'Not an ISO-4217 code this runtime knows.',
  negative_price: 'A price below zero.',
  fractional_price: 'A price that is not whole minor units.',
  price_too_large: 'A price above the largest allowed amount (10^11 minor units).',
  invalid_amount: 'A signed amount that is not whole minor units.',
  unknown_provider: 'The request names another provider.',
  unknown_service: 'The provider has no such service.',
  unknown_package: 'The service has no such package.',
  invalid_duration: 'The service does not offer this length (or the package is for another).',
  seats_over_capacity: 'An event’s seats taken exceed its capacity.',
  too_many_labels: 'More than 50 tags, subjects or languages.',
} as const;

/** Codes of a service’s or a group event’s pricing (field errors of the provider’s settings). */
export const PRICING_CODES = {
  no_durations: 'The service offers no length at all.',
  duplicate_duration: 'A length is listed twice.',
  duration_without_price: 'A listed length has no price and there is no hourly rate.',
  custom_min_above_max: 'The custom duration’s minimum is above its maximum.',
  custom_without_hourly_rate: 'Custom durations need an hourly rate to be priced.',
  default_duration_not_offered: 'The default length is not one the service offers.',
  duplicate_package: 'Two packages share an id.',
  package_duration_not_offered: 'A package is for a length the service does not offer.',
  package_dearer: 'A package costs more than its sessions bought singly.',
  group_price_missing: 'A group price needs pricePerPerson or hourlyRatePerPerson.',
  group_price_twice: 'A group price gives both pricePerPerson and hourlyRatePerPerson.',
  tiers_out_of_order: 'Group-size tiers are not in growing minSeats order.',
  tier_dearer: 'A larger group pays more per person than a smaller one.',
  duplicate_early_booking: 'Two early-booking rules for the same number of days.',
  duplicate_question: 'Two questions share an id.',
  question_without_options: 'A select question lists no options.',
} as const;

/** Codes of errors thrown for misuse (`BookingInputError`, `MoneyError`). */
export const THROWN_CODES = {
  invalid_input: 'The argument is not the documented shape (see the message and `path`).',
  invalid_policy: 'A slot policy value is out of range.',
  invalid_range: 'A query’s `from` is after `to`, or it spans too many days.',
  invalid_pricing: 'A pricing configuration is unsound (see the pricing codes).',
  invalid_split: 'A split into no parts, or by weights that are negative or all zero.',
  invalid_ratio: 'A ratio that is not whole numbers over a non-zero whole number.',
  currency_mismatch: 'Two currencies in one sum.',
} as const;

export type SlotCode = keyof typeof SLOT_CODES;
export type TransitionCode = keyof typeof TRANSITION_CODES;
export type SeatCode = keyof typeof SEAT_CODES;
export type FieldCode = keyof typeof FIELD_CODES | keyof typeof PRICING_CODES;
