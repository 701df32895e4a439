// zod schemas of a provider's availability, busy time and slot policy: the source of the
// public types. The slot engine validates the same rules with the same messages by hand (see
// availability/normalize.ts), because it runs on thousands of busy intervals per call.
import * as z from 'zod/mini';
import { tryParseInstant, tryParseLocalDate, tryParseWallTime } from '../time/civil.js';
import { isValidTimeZone, suggestZone } from '../time/zone.js';
import { messages } from '../messages.js';
import { IdSchema, LIMITS, optional, wholeMinutes, wholeNumber } from './fields.js';

/** `HH:mm` on a 24-hour clock, `00:00` to `24:00`. */
export const WallTimeSchema = z.string().check(
  z.refine((s) => tryParseWallTime(s) !== undefined, {
    error: (issue) => messages.wallTime(issue.input),
    params: { code: 'invalid_wall_time' },
  }),
  z.meta({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', examples: ['09:30', '24:00'] }),
);

/** `YYYY-MM-DD`, a real calendar date. */
export const LocalDateSchema = z.string().check(
  z.refine((s) => tryParseLocalDate(s) !== undefined, {
    error: (issue) => messages.localDate(issue.input),
    params: { code: 'invalid_local_date' },
  }),
  z.meta({ format: 'date', examples: ['2026-03-08'] }),
);

/** An ISO-8601 instant with an offset or `Z`. */
export const InstantSchema = z.string().check(
  z.refine((s) => tryParseInstant(s) !== undefined, {
    error: (issue) => messages.instant(issue.input),
    params: { code: 'invalid_instant' },
  }),
  z.meta({ format: 'date-time', examples: ['2026-03-08T14:30:00Z'] }),
);

/** An IANA time-zone id known to the runtime. */
export const TimeZoneSchema = z.string().check(
  z.refine(isValidTimeZone, {
    error: (issue) =>
      messages.timeZone(
        issue.input,
        typeof issue.input === 'string' ? suggestZone(issue.input) : undefined,
      ),
    params: { code: 'invalid_time_zone' },
  }),
  z.meta({ description: 'An IANA time-zone id.', examples: ['Europe/London'] }),
);

/**
 * A window of wall-clock time on a local date. `end` may be `24:00`; an `end` earlier than `start`
 * runs past midnight into the next day (`22:00`-`02:00`).
 */
export const TimeWindowSchema = z.object({ start: WallTimeSchema, end: WallTimeSchema }).check(
  z.refine((w) => w.start !== '24:00', {
    error: messages.windowStartsAtMidnightEnd(),
    path: ['start'],
    params: { code: 'invalid_window' },
  }),
  z.refine((w) => w.start !== w.end, {
    error: (issue) => messages.windowEmpty((issue.input as { start: string }).start),
    path: ['end'],
    params: { code: 'invalid_window' },
  }),
);
/**
 * A window of wall-clock time on a local date. `end` may be `24:00`; an `end` earlier than `start`
 * runs past midnight into the next day (`22:00`-`02:00`).
 */
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const windows = optional(z.array(TimeWindowSchema));
/** Windows per weekday in the provider's zone; a missing or empty day is closed. */
export const WeeklyAvailabilitySchema = z.strictObject(
  {
    monday: windows,
    tuesday: windows,
    wednesday: windows,
    thursday: windows,
    friday: windows,
    saturday: windows,
    sunday: windows,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? messages.weekday(String(issue.keys[0])) : undefined,
  },
);
/** Windows per weekday in the provider's zone; a missing or empty day is closed. */
export type WeeklyAvailability = z.infer<typeof WeeklyAvailabilitySchema>;

/** Replacement windows for one local date; no windows closes the date. */
export const DateOverrideSchema = z.object({
  date: LocalDateSchema,
  windows: z.array(TimeWindowSchema),
});
/** Replacement windows for one local date; no windows closes the date. */
export type DateOverride = z.infer<typeof DateOverrideSchema>;

/**
 * Time the provider is busy. A `booking` (a session of this provider) counts toward the per-day
 * cap; an `external` block (another calendar; the default) does not. Either keeps the buffers it
 * carries clear around it.
 */
export const BusyIntervalSchema = z
  .object({
    /** What the time belongs to (a booking's or an event's id), for the caller; the engine ignores it. */
    id: optional(IdSchema),
    start: InstantSchema,
    end: InstantSchema,
    /** `external` when absent. */
    kind: optional(
      z.enum(['booking', 'external'], { error: (issue) => messages.busyKind(issue.input) }),
    ),
    bufferBeforeMinutes: optional(wholeMinutes('bufferBeforeMinutes', 0)),
    bufferAfterMinutes: optional(wholeMinutes('bufferAfterMinutes', 0)),
  })
  .check(
    z.refine(
      (b) => {
        // Only compare instants that parse; their own checks report the others.
        const start = tryParseInstant(b.start);
        const end = tryParseInstant(b.end);
        return start === undefined || end === undefined || end > start;
      },
      { error: messages.intervalOrder(), path: ['end'], params: { code: 'invalid_interval' } },
    ),
  );
/**
 * Time the provider is busy. A `booking` (a session of this provider) counts toward the per-day
 * cap; an `external` block (another calendar; the default) does not. Either keeps the buffers it
 * carries clear around it.
 */
export type BusyInterval = z.infer<typeof BusyIntervalSchema>;

/** How sessions are cut from availability. */
export const SlotPolicySchema = z.object({
  /** Length of a session. */
  durationMinutes: wholeMinutes('durationMinutes', 1),
  /** Distance between slot starts in elapsed minutes; defaults to the duration. */
  stepMinutes: optional(wholeMinutes('stepMinutes', 1)),
  /** Free time kept before each session (may lie outside the windows). */
  bufferBeforeMinutes: optional(wholeMinutes('bufferBeforeMinutes', 0)),
  /** Free time kept after each session (may lie outside the windows). */
  bufferAfterMinutes: optional(wholeMinutes('bufferAfterMinutes', 0)),
  /** A slot starts at least this long after now. */
  minimumNoticeMinutes: optional(wholeMinutes('minimumNoticeMinutes', 0, LIMITS.noticeMinutes)),
  /** Slots start before the end of the provider's local day this many days after today (0 = today only). */
  horizonDays: optional(wholeNumber('horizonDays', 0, LIMITS.days)),
  /** At most this many bookings start on one of the provider's local dates. */
  maxPerDay: optional(wholeNumber('maxPerDay', 1, 1440)),
});
/** How sessions are cut from availability. */
export type SlotPolicy = z.infer<typeof SlotPolicySchema>;

/** Date overrides, one per local date. */
export const OverridesSchema = z.array(DateOverrideSchema).check(
  z.superRefine((overrides, ctx) => {
    const seen = new Set<string>();
    overrides.forEach((o, i) => {
      if (seen.has(o.date))
        ctx.addIssue({
          code: 'custom',
          input: o.date,
          path: [i, 'date'],
          message: messages.duplicateOverride(o.date),
          params: { code: 'duplicate_override' },
        });
      seen.add(o.date);
    });
  }),
);

/** A provider's schedule: zone, weekly windows and date overrides. */
export const AvailabilitySchema = z.object({
  timeZone: TimeZoneSchema,
  weekly: WeeklyAvailabilitySchema,
  overrides: optional(OverridesSchema),
});
/** A provider's schedule: zone, weekly windows and date overrides. */
export type Availability = z.infer<typeof AvailabilitySchema>;

/** Everything computeSlots needs: the schedule, busy time, policy, the range of starts and now. */
export const SlotQuerySchema = z.object({
  ...AvailabilitySchema.shape,
  busy: optional(z.array(BusyIntervalSchema)),
  policy: SlotPolicySchema,
  /** First slot start to consider (inclusive). */
  from: InstantSchema,
  /** Slot starts are before this instant (a session may end after it). */
  to: InstantSchema,
  /** The current instant: a parameter, never read from the clock. */
  now: InstantSchema,
});
/** Everything computeSlots needs: the schedule, busy time, policy, the range of starts and now. */
export type SlotQuery = z.infer<typeof SlotQuerySchema>;

/** An offered session. */
export const SlotSchema = z.object({ start: InstantSchema, end: InstantSchema });
/** An offered session. */
export type Slot = z.infer<typeof SlotSchema>;
