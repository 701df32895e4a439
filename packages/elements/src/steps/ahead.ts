// The availability of the current month, asked for before the calendar step exists or knows the
// provider's policy: as the element connects, beside the provider's request. Plain arithmetic on
// the clock (no zone data), so it costs nothing on the main thread; used once by the step.
import type { AvailabilityResponse } from '@booking/core/schemas';
import type { BookingAdapter } from '@booking/core/http';
import { currentMonths, monthWindow } from '../calendar/month.js';

/** Availability asked for ahead, and for what. */
export interface Ahead {
  adapter: BookingAdapter;
  providerId: string;
  /** The months the window holds in every zone (`YYYY-MM-01`). */
  months: string[];
  availability: Promise<AvailabilityResponse>;
}

/**
 * Asks for the current month in every zone (both months near a month's turn), so the answer
 * serves whatever zone the times are shown in.
 */
export function askAhead(
  adapter: BookingAdapter,
  providerId: string,
  now: number,
  signal?: AbortSignal,
): Ahead | undefined {
  if (!Number.isFinite(now)) return undefined;
  const months = currentMonths(now);
  const range = {
    from: monthWindow(months[0]!).from,
    to: monthWindow(months[months.length - 1]!).to,
  };
  const availability = adapter.getAvailability(providerId, range, signal ? { signal } : {});
  // Used when the calendar opens, or never: a failure here is not the visitor's yet.
  availability.catch(() => undefined);
  return { adapter, providerId, months, availability };
}
