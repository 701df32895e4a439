// The first day of the week, from an attribute's value or the locale's custom.

/** The locale's first day of the week (1 = Monday … 7 = Sunday), from a value or the locale. */
export function weekStartOf(value: string, locale: string): number {
  const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const v = value.trim().toLowerCase();
  if (/^[1-7]$/.test(v)) return Number(v);
  if (v === '0') return 7;
  const named = names.indexOf(v);
  if (named >= 0) return named + 1;
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info?.firstDay) return info.firstDay;
  } catch {
    // Older engines: Monday.
  }
  return 1;
}
