// The editor's form as data, apart from any template: what a provider types (weekly windows,
// date overrides, the zone, the booking policy in hours, days and minutes) and how it becomes
// core's schedule input and back. Validation is core's (ScheduleInputSchema); every error keeps
// the path core gives it, which is also the field's id in the form.
import { validate, type BookingPolicy, type FieldError } from '@booking/core';
import {
  ScheduleInputSchema,
  WEEKDAYS,
  type Schedule,
  type ScheduleInput,
  type TimeWindow,
  type Weekday,
} from '@booking/core/schemas';

export { WEEKDAYS, type Weekday };

/** One window as typed: `HH:mm` from a time field, `''` while empty. */
export interface WindowForm {
  start: string;
  end: string;
}

/** One date's override: closed, or other hours. */
export interface OverrideForm {
  /** `YYYY-MM-DD` in the provider's zone. */
  date: string;
  closed: boolean;
  windows: WindowForm[];
}

/** The booking policy as typed: text of number fields, `''` for "not set". */
export interface PolicyForm {
  bufferBefore: string;
  bufferAfter: string;
  /** Hours (decimals allowed as long as they are whole minutes). */
  noticeHours: string;
  horizonDays: string;
  maxPerDay: string;
  stepMinutes: string;
}

/** The policy fields the editor does not show: sent back as they came. */
export type KeptPolicy = Omit<
  BookingPolicy,
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'minimumNoticeMinutes'
  | 'horizonDays'
  | 'maxPerDay'
  | 'stepMinutes'
>;

/** Everything the editor holds. */
export interface ScheduleForm {
  timeZone: string;
  weekly: Record<Weekday, WindowForm[]>;
  /** In date order. */
  overrides: OverrideForm[];
  policy: PolicyForm;
  kept: KeptPolicy;
}

/** Where each policy field goes in core's input, and how a typed value becomes its number. */
export const POLICY_FIELDS = {
  bufferBefore: { key: 'bufferBeforeMinutes', scale: 1 },
  bufferAfter: { key: 'bufferAfterMinutes', scale: 1 },
  noticeHours: { key: 'minimumNoticeMinutes', scale: 60 },
  horizonDays: { key: 'horizonDays', scale: 1 },
  maxPerDay: { key: 'maxPerDay', scale: 1 },
  stepMinutes: { key: 'stepMinutes', scale: 1 },
} as const satisfies Record<keyof PolicyForm, { key: keyof BookingPolicy; scale: number }>;

export type PolicyField = keyof PolicyForm;

/** A time field holds `00:00` to `23:59`: the end of the day (`24:00`) is shown as `00:00`. */
const shown = (time: string) => (time === '24:00' ? '00:00' : time);
/** `00:00` as an end is midnight at the end of the day: `24:00` (and 00:00–00:00 the whole day). */
const sent = (end: string) => (end === '00:00' ? '24:00' : end);

const windowsOf = (windows: readonly TimeWindow[] | null | undefined): WindowForm[] =>
  (windows ?? []).map((w) => ({ start: shown(w.start), end: shown(w.end) }));

const numberText = (value: number | null | undefined, scale = 1): string =>
  value === null || value === undefined ? '' : String(value / scale);

/** The form of a schedule as loaded. */
export function fromSchedule(schedule: Schedule): ScheduleForm {
  const {
    bufferBeforeMinutes,
    bufferAfterMinutes,
    minimumNoticeMinutes,
    horizonDays,
    maxPerDay,
    stepMinutes,
    ...kept
  } = schedule.policy;
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => [day, windowsOf(schedule.weekly[day])]),
  ) as Record<Weekday, WindowForm[]>;
  return {
    timeZone: schedule.timeZone,
    weekly,
    overrides: sortOverrides(
      schedule.overrides.map((o) => ({
        date: o.date,
        closed: o.windows.length === 0,
        windows: windowsOf(o.windows),
      })),
    ),
    policy: {
      bufferBefore: numberText(bufferBeforeMinutes),
      bufferAfter: numberText(bufferAfterMinutes),
      noticeHours: numberText(minimumNoticeMinutes, 60),
      horizonDays: numberText(horizonDays),
      maxPerDay: numberText(maxPerDay),
      stepMinutes: numberText(stepMinutes),
    },
    kept,
  };
}

/** A typed number: `''` is not set; anything else is read as a number (NaN when it is none). */
function typedNumber(text: string, scale: number): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  // Hours to minutes without float noise (1.1 h is 66 min, not 66.00000000000001).
  return scale === 1 ? n : Math.round(n * scale * 1e6) / 1e6;
}

const windowsInput = (windows: readonly WindowForm[]): TimeWindow[] =>
  windows.map((w) => ({ start: w.start, end: sent(w.end) }));

/** Core's schedule input of the form (what is saved, and what the preview computes with). */
export function toInput(form: ScheduleForm): ScheduleInput {
  const weekly: ScheduleInput['weekly'] = {};
  for (const day of WEEKDAYS)
    if (form.weekly[day].length) weekly[day] = windowsInput(form.weekly[day]);
  const policy: BookingPolicy = { ...form.kept };
  for (const [field, { key, scale }] of Object.entries(POLICY_FIELDS)) {
    const n = typedNumber(form.policy[field as PolicyField], scale);
    if (n !== undefined) (policy as Record<string, unknown>)[key] = n;
  }
  return {
    timeZone: form.timeZone,
    weekly,
    overrides: form.overrides.map((o) => ({
      date: o.date,
      windows: o.closed ? [] : windowsInput(o.windows),
    })),
    policy,
  };
}

/** `overrides.0.windows.1.end` (a server's path) → `overrides[0].windows[1].end` (core's). */
export function normalizePath(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The field ids of the form: a core path as an element id (`weekly.monday[0].end` → `f-weekly-monday-0-end`). */
export function fieldId(path: string): string {
  return `f-${normalizePath(path)
    .replace(/[.[\]]+/g, '-')
    .replace(/-$/, '')}`;
}

/** Core's path of a policy field of the form. */
export const policyPath = (field: PolicyField) => `policy.${POLICY_FIELDS[field].key}`;

/**
 * Checks the form with core's schedule schema: the input to save (and preview), or every problem,
 * each with core's path.
 */
export function check(
  form: ScheduleForm,
): { ok: true; input: ScheduleInput } | { ok: false; errors: FieldError[] } {
  const result = validate(ScheduleInputSchema, toInput(form));
  return result.ok ? { ok: true, input: result.value } : { ok: false, errors: result.errors };
}

/** Overrides in date order. */
export function sortOverrides(overrides: OverrideForm[]): OverrideForm[] {
  return [...overrides].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// --- changes: each returns a new form ----------------------------------------------------------

/** The next window after the last of a list: an hour after it, or 09:00–17:00 for the first. */
function nextWindow(windows: readonly WindowForm[]): WindowForm {
  const last = windows[windows.length - 1];
  if (!last?.end || !/^\d\d:\d\d$/.test(last.end)) return { start: '09:00', end: '17:00' };
  const [h, m] = last.end.split(':').map(Number) as [number, number];
  const at = (mins: number) => {
    const wrapped = ((mins % 1440) + 1440) % 1440;
    return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
  };
  return { start: at(h * 60 + m + 60), end: at(h * 60 + m + 120) };
}

export function addWeeklyWindow(form: ScheduleForm, day: Weekday): ScheduleForm {
  const windows = form.weekly[day];
  return { ...form, weekly: { ...form.weekly, [day]: [...windows, nextWindow(windows)] } };
}

export function removeWeeklyWindow(form: ScheduleForm, day: Weekday, index: number): ScheduleForm {
  return {
    ...form,
    weekly: { ...form.weekly, [day]: form.weekly[day].filter((_, i) => i !== index) },
  };
}

export function setWeeklyTime(
  form: ScheduleForm,
  day: Weekday,
  index: number,
  edge: 'start' | 'end',
  value: string,
): ScheduleForm {
  return {
    ...form,
    weekly: {
      ...form.weekly,
      [day]: form.weekly[day].map((w, i) => (i === index ? { ...w, [edge]: value } : w)),
    },
  };
}

/** A day's windows on every other day of the list (Monday's hours on every weekday). */
export function copyDay(form: ScheduleForm, from: Weekday, to: readonly Weekday[]): ScheduleForm {
  const weekly = { ...form.weekly };
  for (const day of to) weekly[day] = form.weekly[from].map((w) => ({ ...w }));
  return { ...form, weekly };
}

/** An override for `date`, closed, unless the date has one already. */
export function addOverride(form: ScheduleForm, date: string): ScheduleForm {
  if (form.overrides.some((o) => o.date === date)) return form;
  return {
    ...form,
    overrides: sortOverrides([...form.overrides, { date, closed: true, windows: [] }]),
  };
}

export function removeOverride(form: ScheduleForm, date: string): ScheduleForm {
  return { ...form, overrides: form.overrides.filter((o) => o.date !== date) };
}

function changeOverride(
  form: ScheduleForm,
  date: string,
  change: (o: OverrideForm) => OverrideForm,
): ScheduleForm {
  return { ...form, overrides: form.overrides.map((o) => (o.date === date ? change(o) : o)) };
}

/** Closed, or other hours (starting from the weekday's usual hours, else 09:00–17:00). */
export function setOverrideClosed(form: ScheduleForm, date: string, closed: boolean): ScheduleForm {
  return changeOverride(form, date, (o) => {
    if (closed || o.windows.length) return { ...o, closed };
    const usual = form.weekly[weekdayOf(date)];
    return {
      ...o,
      closed,
      windows: usual.length ? usual.map((w) => ({ ...w })) : [{ start: '09:00', end: '17:00' }],
    };
  });
}

export function addOverrideWindow(form: ScheduleForm, date: string): ScheduleForm {
  return changeOverride(form, date, (o) => ({
    ...o,
    windows: [...o.windows, nextWindow(o.windows)],
  }));
}

export function removeOverrideWindow(
  form: ScheduleForm,
  date: string,
  index: number,
): ScheduleForm {
  return changeOverride(form, date, (o) => {
    const windows = o.windows.filter((_, i) => i !== index);
    // No hours left: the date is closed.
    return { ...o, windows, closed: windows.length === 0 ? true : o.closed };
  });
}

export function setOverrideTime(
  form: ScheduleForm,
  date: string,
  index: number,
  edge: 'start' | 'end',
  value: string,
): ScheduleForm {
  return changeOverride(form, date, (o) => ({
    ...o,
    windows: o.windows.map((w, i) => (i === index ? { ...w, [edge]: value } : w)),
  }));
}

export function setPolicy(form: ScheduleForm, field: PolicyField, value: string): ScheduleForm {
  return { ...form, policy: { ...form.policy, [field]: value } };
}

export function setZone(form: ScheduleForm, timeZone: string): ScheduleForm {
  return { ...form, timeZone };
}

/** The weekday of a local date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(Date.parse(`${date}T12:00:00Z`)).getUTCDay();
  return WEEKDAYS[(day + 6) % 7]!;
}

/** Whether a window runs past midnight into the next day (`22:00`–`02:00`). */
export function overnight(w: WindowForm): boolean {
  return w.start !== '' && w.end !== '' && w.end !== '00:00' && w.end < w.start;
}

/** Whether two forms would save the same schedule. */
export function sameSchedule(a: ScheduleForm, b: ScheduleForm): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}
