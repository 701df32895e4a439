// The preview beside the form: the slots of the next 14 days that the typed schedule gives, computed
// with core exactly as a visitor's calendar computes them (the same rules, busy time and policy),
// under the local dates of the zone they are shown in.
import {
  computeSlots,
  defaultDuration,
  fromLocal,
  groupSlotsByDay,
  toLocal,
  type BusyInterval,
  type LocalSlot,
  type Provider,
} from '@booking/core';
import type { ScheduleInput } from '@booking/core/schemas';
import { addDays } from '../calendar/month.js';

/** How many local dates the preview shows. */
export const PREVIEW_DAYS = 14;

/** One date of the preview: its slots in the zone shown (none: closed or full). */
export interface PreviewDay {
  date: string;
  slots: LocalSlot[];
}

/** A session length to preview with: a service's length, or a plain length without services. */
export interface PreviewLength {
  /** `serviceId:minutes`, or `:minutes`. */
  id: string;
  minutes: number;
  service?: string;
}

/** The lengths clients can book (every service's), the provider's default first. */
export function previewLengths(provider: Provider | undefined): PreviewLength[] {
  const lengths: PreviewLength[] = [];
  for (const service of provider?.services ?? []) {
    const first = defaultDuration(service);
    const minutes = [first, ...service.durations.map((d) => d.minutes).filter((m) => m !== first)];
    for (const m of minutes)
      lengths.push({ id: `${service.id}:${m}`, minutes: m, service: service.name });
  }
  return lengths.length ? lengths : [30, 60, 90].map((m) => ({ id: `:${m}`, minutes: m }));
}

/**
 * The next {@link PREVIEW_DAYS} local dates in `zone` from `now`, each with the slots that start on
 * it: the schedule's windows, overrides and policy, the busy time a visitor's calendar also gets,
 * and a session of `minutes`.
 */
export function previewDays(
  input: ScheduleInput,
  options: { minutes: number; busy: readonly BusyInterval[]; now: number; zone: string },
): PreviewDay[] {
  const now = new Date(options.now).toISOString();
  const today = toLocal(now, options.zone).date;
  const end = fromLocal(addDays(today, PREVIEW_DAYS), '00:00', options.zone);
  const slots = computeSlots({
    timeZone: input.timeZone!,
    weekly: input.weekly,
    overrides: input.overrides ?? [],
    busy: [...options.busy],
    policy: { ...input.policy, durationMinutes: options.minutes },
    from: now,
    to: end,
    now,
  });
  const byDay = new Map(groupSlotsByDay(slots, options.zone).map((d) => [d.date, d.slots]));
  return Array.from({ length: PREVIEW_DAYS }, (_, i) => {
    const date = addDays(today, i);
    return { date, slots: byDay.get(date) ?? [] };
  });
}

/** The window of busy time the preview needs: from now to 15 days on (every zone's 14th date). */
export function busyWindow(now: number): { from: string; to: string } {
  return {
    from: new Date(now).toISOString(),
    to: new Date(now + (PREVIEW_DAYS + 1) * 86_400_000).toISOString(),
  };
}

/** The last preview, computed again only when its inputs change (every keystroke renders). */
export class PreviewCache {
  #key = '';
  #busy: readonly BusyInterval[] | undefined;
  #error: unknown;
  days: PreviewDay[] | undefined;
  /** Whether the last `update` computed (rather than answered from the cache). */
  fresh = false;

  /**
   * The days for these inputs. Throws the engine's own refusals (a date missing in the zone),
   * again for the same inputs without computing them again (`fresh` says whether it is new).
   */
  update(
    input: ScheduleInput,
    options: { minutes: number; busy: readonly BusyInterval[]; now: number; zone: string },
  ): PreviewDay[] {
    const key = JSON.stringify([
      input,
      options.minutes,
      options.zone,
      Math.floor(options.now / 60_000),
    ]);
    this.fresh = key !== this.#key || options.busy !== this.#busy;
    if (!this.fresh) {
      if (this.#error !== undefined) throw this.#error;
      if (this.days) return this.days;
    }
    this.#key = key;
    this.#busy = options.busy;
    this.fresh = true;
    try {
      this.#error = undefined;
      this.days = previewDays(input, options);
      return this.days;
    } catch (error) {
      this.#error = error;
      throw error;
    }
  }
}
