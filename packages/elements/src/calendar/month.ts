// The month grid as data, apart from any template: which local dates a month shows for a week
// start, and where the ARIA date-grid keys move the focus.

/** One cell of the grid. */
export interface DayCell {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
  /** False for the leading and trailing days of the neighbouring months. */
  inMonth: boolean;
}

const DAY = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` moved by `n` days. */
export function addDays(date: string, n: number): string {
  return fromMs(toMs(date) + n * DAY);
}

/** 1 (Monday) to 7 (Sunday). */
export function isoWeekday(date: string): number {
  return ((new Date(toMs(date)).getUTCDay() + 6) % 7) + 1;
}

/** `date` moved by `n` months, its day clamped to the month's length. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** The first day of the month of `date`. */
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

const HOUR = 3_600_000;

/**
 * The instants that hold a month's local dates in every zone (UTC-12 to UTC+14), as ISO strings:
 * a month's availability can be asked for before the zone it is shown in is known.
 */
export function monthWindow(month: string): { from: string; to: string } {
  const first = toMs(monthStart(month));
  const next = toMs(addMonths(monthStart(month), 1));
  return {
    from: new Date(first - 14 * HOUR).toISOString(),
    to: new Date(next + 14 * HOUR).toISOString(),
  };
}

/**
 * The months (`YYYY-MM-01`) that an instant falls in across every zone, UTC-12 to UTC+14: one,
 * or two near a month's turn. Plain arithmetic, no zone data.
 */
export function currentMonths(now: number): string[] {
  const earliest = monthStart(fromMs(now - 12 * HOUR));
  const latest = monthStart(fromMs(now + 14 * HOUR));
  return earliest === latest ? [earliest] : [earliest, latest];
}

/** The weeks (rows of 7) that show a month, starting on `weekStart` (1 = Monday … 7 = Sunday). */
export function monthGrid(month: string, weekStart: number): DayCell[][] {
  const first = monthStart(month);
  const lead = (isoWeekday(first) - weekStart + 7) % 7;
  const start = addDays(first, -lead);
  const weeks: DayCell[][] = [];
  for (let w = 0; w < 6; w++) {
    const row: DayCell[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, w * 7 + i);
      row.push({
        date,
        day: Number(date.slice(8)),
        inMonth: date.slice(0, 7) === first.slice(0, 7),
      });
    }
    if (w > 3 && !row.some((c) => c.inMonth)) break;
    weeks.push(row);
  }
  return weeks;
}

/**
 * Where a key moves the focus in the date grid (the ARIA date-picker pattern): arrows by a day or
 * a week (left and right swapped in right-to-left), Home / End to the week's start / end, PageUp /
 * PageDown by a month (with Shift, a year). Undefined for other keys.
 */
export function moveFocus(
  date: string,
  key: string,
  options: { weekStart: number; rtl?: boolean; shift?: boolean },
): string | undefined {
  const back = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case back:
      return addDays(date, -1);
    case forward:
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -((isoWeekday(date) - options.weekStart + 7) % 7));
    case 'End':
      return addDays(date, 6 - ((isoWeekday(date) - options.weekStart + 7) % 7));
    case 'PageUp':
      return addMonths(date, options.shift ? -12 : -1);
    case 'PageDown':
      return addMonths(date, options.shift ? 12 : 1);
    default:
      return undefined;
  }
}
