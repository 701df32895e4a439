// Core's field errors (from validating the form, or a server's 422) in words a provider reads in
// their language, keyed by the path core gives each, which is also the field's id in the form.
import { LIMITS, type FieldError } from '@booking/core/schemas';
import { AuthError, BookingApiError, NetworkError } from '@booking/core/http';
import { errorText } from '../shared/errors.js';
import type { Translate } from '../shared/i18n.js';
import { normalizePath } from './model.js';
import type { EditorTranslate } from './words.js';

const numberIn = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);

/** The sentence for one field error. */
export function fieldErrorText(error: FieldError, t: EditorTranslate, locale: string): string {
  const n = numberIn(locale);
  const field = normalizePath(error.field);
  const last = field.split('.').pop() ?? field;
  switch (last) {
    case 'bufferBeforeMinutes':
    case 'bufferAfterMinutes':
      return t('errMinutes', { min: n(0), max: n(LIMITS.sessionMinutes) });
    case 'stepMinutes':
      return t('errMinutes', { min: n(1), max: n(LIMITS.sessionMinutes) });
    case 'minimumNoticeMinutes':
      return t('errHours', { max: n(LIMITS.noticeMinutes / 60) });
    case 'horizonDays':
      return t('errDays', { max: n(LIMITS.days) });
    case 'maxPerDay':
      return t('errCount', { max: n(1440) });
    case 'timeZone':
      return t('errZone');
    case 'date':
      return error.code === 'duplicate_override' ? t('errDuplicateDate') : t('errDate');
  }
  if (last === 'start' || last === 'end') {
    if (error.code === 'invalid_window')
      return last === 'start' ? t('errWindowStart') : t('errWindowEmpty');
    return t('errTime');
  }
  return t('errValue');
}

/** Every error as its sentence, by path (the first error of a field wins). */
export function fieldErrorMap(
  errors: readonly FieldError[],
  t: EditorTranslate,
  locale: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const path = normalizePath(error.field);
    out[path] ??= fieldErrorText(error, t, locale);
  }
  return out;
}

/** What a failed save tells the provider (a 412 and field errors are handled apart). */
export function saveErrorText(error: unknown, t: EditorTranslate, tv: Translate): string {
  if (error instanceof NetworkError) return error.offline ? t('offline') : t('saveNetworkError');
  if (error instanceof AuthError) return t('saveAuthError');
  if (error instanceof BookingApiError && (error.kind === 'server' || error.kind === 'timeout'))
    return t('saveServerError');
  return `${t('saveServerError')} ${errorText(tv, error)}`;
}
