// Every message core shows for malformed scheduling input, in one place, so the zod schemas and
// the fast validators of the slot engine say exactly the same thing.
export const messages = {
  wallTime: (value: unknown) =>
    `${JSON.stringify(value)} is not a wall time. Write HH:mm from "00:00" to "24:00" ("23:59" is 23:59; write "24:00" for midnight at the end of the day).`,
  localDate: (value: unknown) =>
    `${JSON.stringify(value)} is not a calendar date. Write it as YYYY-MM-DD, for example "2026-03-08".`,
  instant: (value: unknown) =>
    `${JSON.stringify(value)} is not an ISO-8601 instant with an offset. Write it like "2026-03-08T09:30:00-05:00" or "2026-03-08T14:30:00Z".`,
  tooManyLabels: (field: string, max: number) => `At most ${max} ${field} are allowed.`,
  seatsOverCapacity: (taken: number, capacity: number) =>
    `seatsTaken (${taken}) is more than the capacity (${capacity}).`,
  windowStartsAtMidnightEnd: () =>
    `A window cannot start at "24:00". Start it at "00:00" on the next day instead.`,
  windowEmpty: (start: string) =>
    `The window starts and ends at ${start}, so it holds no time. Give it a later end, or an earlier end for a window that runs past midnight.`,
  weekday: (key: string) =>
    `"${key}" is not a weekday. Use monday, tuesday, wednesday, thursday, friday, saturday or sunday.`,
  timeZone: (value: unknown, suggestion?: string) =>
    `${JSON.stringify(value)} is not a known IANA time zone.` +
    (suggestion
      ? ` Did you mean "${suggestion}"?`
      : ' Use an id such as "Europe/London" or "America/New_York".'),
  duplicateOverride: (date: string) =>
    `There are two overrides for ${date}. Put all of that date's windows into one override.`,
  busyKind: (value: unknown) =>
    `kind is ${JSON.stringify(value)}; say "booking" (a booking of this provider: carries its buffers and counts toward the per-day cap) or "external" (a block from another calendar).`,
  intervalOrder: () =>
    `end must be after start. A busy interval that runs past midnight simply ends on the next date.`,
  wholeMinutes: (name: string, value: unknown, min: number, max?: number) =>
    `${name} is ${JSON.stringify(value)}; it must be a whole number of minutes, at least ${min}` +
    (max === undefined ? '.' : ` and at most ${max}.`),
  wholeNumber: (name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER) =>
    `${name} is ${JSON.stringify(value)}; it must be a whole number, at least ${min}` +
    (max < Number.MAX_SAFE_INTEGER ? ` and at most ${max}.` : '.'),
  price: (value: unknown, problem?: string) =>
    problem === 'price_too_large'
      ? `The price ${JSON.stringify(value)} is too large: prices are minor units (cents, pence, …) up to 100000000000.`
      : `The price ${JSON.stringify(value)} is not allowed: prices are whole minor units (cents, pence, …) and never negative. Write 5000 for 50.00.`,
  percent: (name: string, value: unknown, allowZero: boolean) =>
    `${name} is ${JSON.stringify(value)}; it must be a percentage ${allowZero ? 'from 0' : 'above 0'} up to 100, with at most two decimals.`,
  id: (value: unknown) =>
    `${JSON.stringify(value)} is not an id: use 1 to 128 characters without spaces.`,
  url: (value: unknown) =>
    `${JSON.stringify(value)} is not a web address: write a full URL starting with https://.`,
  rangeOrder: () => `from must not be after to: the query asks for slot starts in [from, to).`,
  rangeTooLong: (days: number, max: number) =>
    `The query spans ${days} days; ask for at most ${max} days at a time (page through longer ranges).`,
  currency: (value: unknown, suggestion?: string) =>
    `${JSON.stringify(value)} is not an ISO-4217 currency code known to this runtime.` +
    (suggestion
      ? ` Did you mean "${suggestion}"?`
      : ' Use an ISO-4217 code in capitals, such as "USD", "EUR", "GBP", "INR" or "JPY".'),
  minorAmount: (value: unknown) =>
    `The amount ${JSON.stringify(value)} is not a whole number of minor units. Amounts count cents (or pence, fils, …): write 1250 for 12.50.`,
  majorAmount: (value: unknown, currency: string, exponent: number) =>
    `${JSON.stringify(value)} is not an amount of ${currency}. ` +
    (exponent === 0
      ? `${currency} has no minor unit: write a whole number such as "1500".`
      : `Write digits with at most ${exponent} decimals, such as "${(1234 / 10 ** exponent).toFixed(exponent)}".`),
  currencyMismatch: (operation: string, a: { currency: string }, b: { currency: string }) =>
    `Cannot ${operation} ${a.currency} and ${b.currency} amounts. Keep one total per currency.`,
  ratio: (numerator: unknown, denominator: unknown) =>
    `The ratio ${String(numerator)}/${String(denominator)} is not a fraction of whole numbers with a non-zero denominator.`,
  statusChoice: (value: unknown, statuses: readonly string[]) =>
    `${JSON.stringify(value)} is not a booking status. Use ${statuses.join(', ')}.`,
  priceRangeCurrency: () => 'A price range needs the currency it is in, such as currency=USD.',
  windowRange: (days: number) =>
    `to must be after from, at most ${days} days later: ask for long ranges a piece at a time.`,
  split: (parts: unknown) =>
    `Cannot split into ${JSON.stringify(parts)}: give a number of parts (at least 1) or a list of whole, non-negative weights that are not all zero.`,
} as const;

/** Messages about a provider's pricing configuration, for the site owner reading a console. */
export const pricingMessages = {
  noDurations: () =>
    'The service offers no duration. List at least one in durations, or allow customDuration.',
  duplicateDuration: (minutes: number) =>
    `The ${minutes}-minute duration is listed twice. List each length once, with its price.`,
  durationWithoutRate: (minutes: number) =>
    `The ${minutes}-minute duration has no price, and there is no hourlyRate (or sessionPrice) to derive one from. Give it a price, or set hourlyRate.`,
  minAboveMax: (min: number, max: number) =>
    `The custom duration's minimum (${min} minutes) is above its maximum (${max} minutes). Swap them.`,
  customWithoutHourly: () =>
    'Custom durations are priced from the hourly rate, and the service has none. Set hourlyRate, or remove customDuration.',
  defaultNotOffered: (minutes: number) =>
    `The default duration (${minutes} minutes) is not one the service offers. Pick one of the listed durations.`,
  duplicatePackage: (id: string) =>
    `Two packages have the id "${id}". Give each package its own id.`,
  packageDurationNotOffered: (id: string, minutes: number) =>
    `Package "${id}" is for ${minutes}-minute sessions, which the service does not offer.`,
  packageDearer: (id: string, sessions: number) =>
    `Package "${id}" costs more than ${sessions} single sessions. A package price should be a saving.`,
  groupWithoutPrice: () =>
    'A group event needs pricePerPerson or hourlyRatePerPerson (0 for a free event). Group prices never fall back to one-to-one prices.',
  groupTwoPrices: () =>
    'Give either pricePerPerson or hourlyRatePerPerson, not both: it would be unclear which one applies.',
  tiersOrder: () =>
    'Group-size tiers must be listed with growing minSeats, each number of seats once.',
  tierDearer: (minSeats: number) =>
    `The tier from ${minSeats} seats costs more per person than fewer seats do. Larger groups should pay the same or less.`,
  duplicateEarly: (days: number) =>
    `Two early-booking rules are for ${days} days ahead. Keep one percentage per number of days.`,
  unknownDuration: (minutes: unknown, offered: string) =>
    `${JSON.stringify(minutes)} minutes is not a length this service offers. Choose ${offered}.`,
  unknownPackage: (id: unknown, known: readonly string[]) =>
    `There is no package ${JSON.stringify(id)}.` +
    (known.length ? ` Choose one of: ${known.join(', ')}.` : ' The service offers no packages.'),
  packageDuration: (id: string, minutes: number) =>
    `Package "${id}" is for ${minutes}-minute sessions; quote it with that duration.`,
  duplicateQuestion: (id: string) =>
    `Two questions have the id "${id}". Give each question its own id.`,
  questionWithoutOptions: (id: string) =>
    `Question "${id}" is a select but has no options. List the choices in options.`,
  seats: (seats: unknown) => `${JSON.stringify(seats)} is not a number of seats: book 1 or more.`,
} as const;

const fieldNames: Record<string, string> = {
  name: 'your name',
  email: 'your email address',
  phone: 'your phone number',
  notes: 'the notes',
  reason: 'the reason',
};
const fieldName = (field: string) => fieldNames[field] ?? field;

/**
 * Messages for the client filling in a form, by stable code. The elements translate by code;
 * these English texts are the reference wording.
 */
export const fieldMessages = {
  required: (field: string) => `Please enter ${fieldName(field)}.`,
  tooLong: (field: string, max: number, value?: unknown) =>
    `Please shorten ${fieldName(field)} to at most ${max} characters` +
    (typeof value === 'string' ? ` (it has ${value.length}).` : '.'),
  email: () => 'Please enter an email address like name@example.com.',
  phone: () => 'Please enter a phone number with 6 to 20 digits; spaces, +, -, ( and ) are fine.',
  choice: (field: string, options: readonly string[]) =>
    `Please choose ${fieldName(field)} from: ${options.join(', ')}.`,
  answerRequired: (label: string) => `Please answer “${label}”.`,
  answerTooLong: (label: string, max: number) =>
    `Please shorten your answer to “${label}” to at most ${max} characters.`,
  answerChoice: (label: string, options: readonly string[]) =>
    `Please choose an answer to “${label}” from: ${options.join(', ')}.`,
  unknownService: (id: unknown) =>
    `This provider has no service ${JSON.stringify(id)}. Choose one of the provider's services.`,
  unknownProvider: (id: unknown) =>
    `The booking is for provider ${JSON.stringify(id)}, not this one.`,
  mustAccept: (field: string) => `Please tick “${field}” to continue.`,
  unknownField: (field: string) => `“${field}” is not a question of this booking form.`,
  wrongType: (field: string, expected: string) =>
    `Please enter ${fieldName(field)} as ${expected}.`,
} as const;

/** Why a lifecycle step was refused, for the person who tried it. */
export const lifecycleMessages = {
  wrongActor: (action: string, actor: string, allowed: readonly string[]) =>
    `A ${actor} cannot ${action.replace('_', ' ')} a booking; only ${allowed.join(' or ')} can.`,
  wrongState: (action: string, status: string, from: readonly string[]) =>
    `A ${status.replace('_', ' ')} booking cannot be ${pastTense(action)}; only ${from.map((s) => s.replace('_', ' ')).join(' or ')} ones can.`,
  wrongPayment: (action: string, payment: string) =>
    `The payment is ${payment}, so it cannot be marked ${action === 'mark_paid' ? 'paid' : 'failed'}.`,
  tooLate: (action: string, when: string) =>
    `It is too late to ${action.replace('_', ' ')} this booking: ${when}.`,
  tooEarly: (action: string, from: string) =>
    `It is too early to ${action === 'no_show' ? 'mark a no-show' : `${action} this booking`}: that is possible from ${from}.`,
  cutoff: (hours: number) =>
    `Bookings can be rescheduled by the client up to ${hours} hours before the start. Please contact the provider, or cancel instead.`,
  unknownAction: (action: unknown) =>
    `${JSON.stringify(action)} is not a booking action. Use confirm, decline, cancel, start, complete, no_show, reschedule, mark_paid or payment_failed.`,
  rescheduleTime: () => 'The new start must be in the future and differ from the current one.',
  registrationMoves: () =>
    'A registration moves with its event; cancel it and register for another event instead.',
} as const;

function pastTense(action: string): string {
  const forms: Record<string, string> = {
    confirm: 'confirmed',
    decline: 'declined',
    cancel: 'cancelled',
    start: 'started',
    complete: 'completed',
    no_show: 'marked as a no-show',
    reschedule: 'rescheduled',
  };
  return forms[action] ?? action;
}

/** Why seats were refused, for the person asking. */
export const seatMessages = {
  invalidSeats: (seats: unknown) =>
    `${JSON.stringify(seats)} is not a number of seats: ask for a whole number, 1 or more.`,
  cancelled: () => 'The event was cancelled.',
  cancelledNoChange: () => 'A cancelled event cannot be changed.',
  alreadyCancelled: () => 'The event is already cancelled.',
  started: () => 'The event has started; registration is closed.',
  tooMany: (max: number) => `At most ${max} seat${max === 1 ? '' : 's'} can be booked at once.`,
  full: (left: number) =>
    left ? `Only ${left} seat${left === 1 ? ' is' : 's are'} left.` : 'The event is full.',
  noOpenOffer: () =>
    'There is no open offer for this waitlist entry (it was answered, or it expired).',
  capacityBelowTaken: (held: number) =>
    `${held} seat${held === 1 ? ' is' : 's are'} taken or offered; the capacity cannot be lower.`,
  priceChanged: () => 'The price changed since it was shown. Please confirm the new price.',
  eventCancelledReason: () => 'The event was cancelled.',
} as const;
