// Every message core shows for malformed scheduling input, in one place, so the zod schemas and
// the fast validators of the slot engine say exactly the same thing.
export const messages = {
  wallTime: (value: unknown) =>
    `${JSON.stringify(value)} is not a wall time. Write HH:mm from "00:00" to "24:00" ("23:59" is 23:59; write "24:00" for midnight at the end of the day).`,
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
  wholeMinutes: (name: string, value: unknown, min: number) =>
    `${name} is ${JSON.stringify(value)}; it must be a whole number of minutes, at least ${min}.`,
  wholeNumber: (name: string, value: unknown, min: number) =>
    `${name} is ${JSON.stringify(value)}; it must be a whole number, at least ${min}.`,
  rangeOrder: () => `from must not be after to: the query asks for slot starts in [from, to).`,
  rangeTooLong: (days: number, max: number) =>
    `The query spans ${days} days; ask for at most ${max} days at a time (page through longer ranges).`,
} as const;
