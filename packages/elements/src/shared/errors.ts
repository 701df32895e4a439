// Failures as both elements show and report them: a sentence for people, and a `booking-error`
// event for the host page.
import { BookingApiError, NetworkError } from '@booking/core/http';
import { BookingErrorEvent } from '../events/booking-error.js';
import { EVENT_VERSION, type BookingErrorDetail } from '../events/detail.js';
import type { Translate } from './i18n.js';

/** What to tell the user: offline, unreachable, a server problem, or the error's own words. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof NetworkError) return error.offline ? t('offline') : t('networkError');
  if (error instanceof BookingApiError)
    return error.kind === 'timeout' || error.kind === 'server'
      ? t('serverError')
      : t('genericError', { message: error.message });
  return t('genericError', { message: error instanceof Error ? error.message : String(error) });
}

/** The `booking-error` event of a failure (`error` may be a kind such as `config`). */
export function errorEvent(
  step: BookingErrorDetail['step'],
  error: unknown,
  message: string,
): BookingErrorEvent {
  return new BookingErrorEvent({
    version: EVENT_VERSION,
    step,
    kind:
      error instanceof BookingApiError ? error.kind : typeof error === 'string' ? error : 'unknown',
    ...(error instanceof BookingApiError && error.code ? { code: error.code } : {}),
    message,
  });
}
