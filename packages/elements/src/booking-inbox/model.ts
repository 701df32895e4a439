// <booking-inbox>'s words and rules that are not templates: its catalog set, the tabs as queries
// of the contract, the steps core allows now, and the sentences for a step's outcome.
import { allowedActions, fromLocal, type Booking, type BookingStatus } from '@booking/core';
import {
  BookingApiError,
  ConflictError,
  NetworkError,
  type ProviderBookingQuery,
} from '@booking/core/http';
import { SetupError } from '../shared/errors.js';
import { catalogSet } from '../shared/i18n.js';
import { money } from '../shared/format.js';
import type { ProviderApi, ProviderStep, TranslateOf } from '../shared/provider-element.js';
import type en from './catalogs/en.js';

export type InboxKey = keyof typeof en;
export type InboxTranslate = TranslateOf<InboxKey>;

/** <booking-inbox>'s own words, one module per language, loaded beside the visitor elements' set. */
export const inboxCatalogs = catalogSet<InboxKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});

/** The lists of the inbox. */
export const TABS = ['requests', 'upcoming', 'today', 'past', 'cancelled'] as const;
export type InboxTab = (typeof TABS)[number];

export const TAB_LABEL: Record<InboxTab, InboxKey> = {
  requests: 'tabRequests',
  upcoming: 'tabUpcoming',
  today: 'tabToday',
  past: 'tabPast',
  cancelled: 'tabCancelled',
};

export const TAB_EMPTY: Record<InboxTab, InboxKey> = {
  requests: 'emptyRequests',
  upcoming: 'emptyUpcoming',
  today: 'emptyToday',
  past: 'emptyPast',
  cancelled: 'emptyCancelled',
};

const ACTIVE: BookingStatus[] = ['pending', 'confirmed', 'in_progress', 'completed', 'no_show'];
const HELD: BookingStatus[] = ['confirmed', 'in_progress', 'completed', 'no_show'];

const iso = (ms: number) => new Date(ms).toISOString();

/** The day (in `zone`) around `now`, as instants: [start, next day's start). */
export function dayAround(now: number, zone: string): { from: string; to: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const next = new Date(Date.parse(`${parts}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: fromLocal(parts, '00:00', zone), to: fromLocal(next, '00:00', zone) };
}

/**
 * A tab as the contract's query: its statuses and time window. Requests and upcoming sessions start
 * from now on; today is the viewer's day; past sessions started before now; cancelled holds the
 * declined requests too.
 */
export function tabQuery(tab: InboxTab, now: number, zone: string): ProviderBookingQuery {
  switch (tab) {
    case 'requests':
      return { status: ['pending'], from: iso(now) };
    case 'upcoming':
      return { status: ['confirmed'], from: iso(now) };
    case 'today':
      return { status: ACTIVE, ...dayAround(now, zone) };
    case 'past':
      return { status: HELD, to: iso(now) };
    case 'cancelled':
      return { status: ['cancelled', 'declined'] };
  }
}

/** The count of a tab, from the counts per status of a query with the tab's window. */
export function tabCount(tab: InboxTab, counts: Partial<Record<BookingStatus, number>>): number {
  const statuses = tabQuery(tab, 0, 'UTC').status ?? [];
  return statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
}

/** The windows whose counts make the tabs' counts (requests and upcoming share one). */
export function countWindows(now: number, zone: string): Record<InboxTab, ProviderBookingQuery> {
  const q = (tab: InboxTab) => {
    const { status: _status, ...window } = tabQuery(tab, now, zone);
    return window;
  };
  return {
    requests: q('requests'),
    upcoming: q('upcoming'),
    today: q('today'),
    past: q('past'),
    cancelled: q('cancelled'),
  };
}

const STEPS: ProviderStep[] = ['confirm', 'decline', 'start', 'complete', 'no_show', 'cancel'];

/** The steps core allows the provider on `booking` at `now`, in the order they are shown. */
export function stepsNow(booking: Booking, now: number): ProviderStep[] {
  const allowed = new Set<string>(
    allowedActions(booking, { actor: 'provider', now: new Date(now).toISOString() }),
  );
  return STEPS.filter((step) => allowed.has(step));
}

/** The steps that ask for a reason first. */
export const WITH_REASON = new Set<ProviderStep>(['decline', 'cancel']);

export const STEP_LABEL: Record<ProviderStep, InboxKey> = {
  confirm: 'stepConfirm',
  decline: 'stepDecline',
  start: 'stepStart',
  complete: 'stepComplete',
  no_show: 'stepNoShow',
  cancel: 'stepCancel',
};

export const STEP_DONE: Record<ProviderStep, InboxKey> = {
  confirm: 'doneConfirm',
  decline: 'doneDecline',
  start: 'doneStart',
  complete: 'doneComplete',
  no_show: 'doneNoShow',
  cancel: 'doneCancel',
};

export const STATUS_LABEL: Record<BookingStatus, InboxKey> = {
  pending: 'statusPending',
  confirmed: 'statusConfirmed',
  declined: 'statusDeclined',
  cancelled: 'statusCancelled',
  in_progress: 'statusInProgress',
  completed: 'statusCompleted',
  no_show: 'statusNoShow',
};

export const PAYMENT_LABEL: Record<Booking['paymentStatus'], InboxKey> = {
  pending: 'paymentPending',
  paid: 'paymentPaid',
  refunded: 'paymentRefunded',
  failed: 'paymentFailed',
};

export const ACTION_LABEL: Record<Booking['history'][number]['action'], InboxKey> = {
  create: 'actionCreate',
  confirm: 'actionConfirm',
  decline: 'actionDecline',
  cancel: 'actionCancel',
  start: 'actionStart',
  complete: 'actionComplete',
  no_show: 'actionNoShow',
  reschedule: 'actionReschedule',
  mark_paid: 'actionMarkPaid',
  payment_failed: 'actionPaymentFailed',
};

export const ACTOR_LABEL: Record<Booking['history'][number]['actor'], InboxKey> = {
  client: 'actorClient',
  provider: 'actorProvider',
  system: 'actorSystem',
};

/**
 * The sentence for a failed step or load, in the provider's language: a refusal of the lifecycle
 * (`transition_refused` with its `reason`) says why; `status` is the booking's status label now.
 */
export function failureText(t: InboxTranslate, error: unknown, status = ''): string {
  if (error instanceof SetupError) return t('setupError');
  if (error instanceof NetworkError) return error.offline ? t('offline') : t('networkError');
  if (!(error instanceof BookingApiError)) return t('genericError');
  if (error instanceof ConflictError && error.code === 'transition_refused') {
    const reason = (error.problem as { reason?: unknown } | undefined)?.reason;
    if (reason === 'too_early') return t('refusedTooEarly');
    if (reason === 'too_late') return t('refusedTooLate');
    if (reason === 'wrong_state' && status) return t('refusedWrongState', { status });
    return t('refusedOther');
  }
  switch (error.kind) {
    case 'not_found':
      return t('notFound');
    case 'auth':
      return t('authError');
    case 'timeout':
    case 'server':
      return t('serverError');
    default:
      return t('genericError');
  }
}

/** What a step did, in words: the step's outcome and the refund it made, if any. */
export function doneText(
  t: InboxTranslate,
  step: ProviderStep,
  before: Booking,
  after: Booking,
  locale: string,
): string {
  const refunded = (after.refundedAmount ?? 0) - (before.refundedAmount ?? 0);
  if (refunded <= 0) return t(STEP_DONE[step]);
  const amount = money({ amount: refunded, currency: after.quote.currency }, locale);
  return `${t(STEP_DONE[step])} ${t('doneRefund', { amount })}`;
}

/** The most of a client's bookings a record reads (one page). */
const RECORD_LIMIT = 100;

/**
 * One client's bookings with the provider (by email), up to a page of 100; `partial` when there
 * are more.
 */
export async function clientBookings(
  api: ProviderApi,
  providerId: string,
  email: string,
): Promise<{ bookings: Booking[]; partial: boolean }> {
  const page = await api.listBookings(providerId, { client: email, limit: RECORD_LIMIT });
  const wanted = email.toLowerCase();
  return {
    bookings: page.items.filter((b) => b.client.email.toLowerCase() === wanted),
    partial: page.nextCursor !== null,
  };
}
