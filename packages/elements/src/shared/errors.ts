// Failures as the elements show and report them: plain words in the visitor's language on the
// page, and the technical detail (endpoint, status, the field outside the contract, the missing
// attribute) for the developer, on the `booking-error` event and the console. A visitor never
// reads an endpoint, a schema path or an attribute name.
import { BookingApiError, NetworkError } from '@booking/core/http';
import { BookingErrorEvent } from '../events/booking-error.js';
import { EVENT_VERSION, type BookingErrorDetail } from '../events/detail.js';
import type { Translate } from './i18n.js';

/**
 * A failure that is the host page's doing, not the backend's (a missing attribute): `message` says
 * what to fix, for the developer only.
 */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}

/** What to tell the visitor, by what kind of failure it is; never the error's own words. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof SetupError) return t('configError');
  if (error instanceof NetworkError) return error.offline ? t('offline') : t('networkError');
  if (!(error instanceof BookingApiError)) return t('genericError');
  switch (error.kind) {
    case 'timeout':
    case 'server':
      return t('serverError');
    case 'contract':
      return t('contractError');
    case 'not_found':
      return t('notFoundError');
    case 'validation':
    case 'bad_request':
      return t('rejectedError');
    default:
      return t('genericError');
  }
}

/** The developer's account of a failure: the error's own message. */
function technical(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Kinds a developer has to fix: said with console.error. Expected outcomes (a taken slot, a field
 * error) are not logged; passing troubles (network, server) are warnings. */
const FIX = new Set(['config', 'contract', 'unknown']);
const QUIET = new Set(['conflict', 'validation']);

/**
 * The `booking-error` event of a failure, with `shown` the sentence the visitor saw and `message`
 * the technical detail; the detail is also written to the console, prefixed with the element's tag.
 */
export function errorEvent(
  tag: string,
  step: BookingErrorDetail['step'],
  error: unknown,
  shown: string,
): BookingErrorEvent {
  const kind =
    error instanceof BookingApiError
      ? error.kind
      : error instanceof SetupError
        ? 'config'
        : 'unknown';
  const message = technical(error);
  if (FIX.has(kind)) console.error(`<${tag}>: ${message}`);
  else if (!QUIET.has(kind)) console.warn(`<${tag}>: ${message}`);
  return new BookingErrorEvent({
    version: EVENT_VERSION,
    step,
    kind,
    ...(error instanceof BookingApiError && error.code ? { code: error.code } : {}),
    message,
    shown,
  });
}
