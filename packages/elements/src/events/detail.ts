// What the events of the elements carry: plain, serialisable data a host page can log, store or
// send on, with a version so hosts can tell shapes apart as they evolve.
import type { Booking, Money, Quote, WaitlistEntry } from '@booking/core';
import type {
  CreateBookingRequest,
  GroupRegistrationRequest,
  Schedule,
  ScheduleInput,
} from '@booking/core/schemas';

/** The version of every event detail; it changes only when a detail changes incompatibly. */
export const EVENT_VERSION = 1;

/** The steps of `<booking-widget>`. */
export type BookingStep = 'service' | 'time' | 'details' | 'review' | 'success';

export interface BookingReadyDetail {
  version: typeof EVENT_VERSION;
  providerId: string;
  providerName: string;
  /** The provider's zone. */
  providerTimeZone: string;
  /** The zone times are shown in. */
  timeZone: string;
  serviceIds: string[];
}

export interface BookingSlotSelectDetail {
  version: typeof EVENT_VERSION;
  providerId: string;
  serviceId: string;
  start: string;
  end: string;
  durationMinutes: number;
  /** The viewer's zone. */
  timeZone: string;
  price: Money;
}

export interface BookingRequestDetail {
  version: typeof EVENT_VERSION;
  /** What will be sent; a listener may add to `request.notes` or `request.answers`. */
  request: CreateBookingRequest;
  idempotencyKey: string;
}

export interface BookingConfirmedDetail {
  version: typeof EVENT_VERSION;
  booking: Booking;
  /** `pending` when the provider approves bookings first. */
  status: Booking['status'];
  quote: Quote;
  timeZone: string;
  manageToken: string;
  manageUrl?: string;
}

export interface BookingErrorDetail {
  version: typeof EVENT_VERSION;
  /**
   * Where it happened: a step of `<booking-widget>`, a view of `<group-event-list>`, of
   * `<booking-manage>`, or of a provider element.
   */
  step: BookingStep | GroupEventView | ManageView | ProviderView;
  /**
   * `network`, `timeout`, `conflict`, `validation`, `bad_request`, `auth`, `not_found`, `server`,
   * `contract` (the backend answered outside the contract), `config` (the page is missing an
   * attribute) or `unknown`.
   */
  kind: string;
  /** The problem's `code` when the backend sent one (`slot_unavailable`, …). */
  code?: string;
  /**
   * What went wrong, for developers: the endpoint, the status, the field outside the contract, or
   * the attribute to set. Also written to the console. Never shown to visitors.
   */
  message: string;
  /** The sentence the visitor was shown, in their language. */
  shown: string;
}

export interface BookingStepChangeDetail {
  version: typeof EVENT_VERSION;
  step: BookingStep;
  previous: BookingStep | undefined;
}

/**
 * The views of the provider elements: `<booking-inbox>`'s list, one booking and a client's
 * record; `<availability-editor>`'s schedule.
 */
export type ProviderView = 'inbox' | 'booking' | 'client' | 'schedule';

/** A lifecycle step of the provider (core's action names). */
export type ProviderAction = 'confirm' | 'decline' | 'start' | 'complete' | 'no_show' | 'cancel';

export interface BookingTransitionRequestDetail {
  version: typeof EVENT_VERSION;
  bookingId: string;
  action: ProviderAction;
  /** The reason the provider typed (decline and cancel), if any. */
  reason?: string;
  /** The booking's status before the step. */
  status: Booking['status'];
}

export interface BookingTransitionedDetail {
  version: typeof EVENT_VERSION;
  action: ProviderAction;
  /** The booking as the server answered, after the step. */
  booking: Booking;
  /** The status before the step. */
  previous: Booking['status'];
}

/** The views of `<group-event-list>`. */
export type GroupEventView = 'list' | 'register' | 'waitlisted' | 'success';

export interface GroupEventSelectDetail {
  version: typeof EVENT_VERSION;
  eventId: string;
  providerId: string;
  title: string;
  start: string;
  durationMinutes: number;
  /** The viewer's zone. */
  timeZone: string;
  seatsLeft: number;
  pricePerPerson: Money;
}

export interface GroupEventRegisterRequestDetail {
  version: typeof EVENT_VERSION;
  eventId: string;
  /** What will be sent; a listener may add to `request.notes` or `request.answers`. */
  request: GroupRegistrationRequest;
  idempotencyKey: string;
}

export interface GroupEventRegisteredDetail {
  version: typeof EVENT_VERSION;
  eventId: string;
  booking: Booking;
  quote: Quote;
  timeZone: string;
  manageToken: string;
  manageUrl?: string;
}

export interface GroupEventWaitlistedDetail {
  version: typeof EVENT_VERSION;
  eventId: string;
  entry: WaitlistEntry;
  position: number;
  manageToken: string;
}

/** The views of `<booking-manage>`. */
export type ManageView = 'booking' | 'cancel' | 'reschedule' | 'done';

export interface BookingCancelRequestDetail {
  version: typeof EVENT_VERSION;
  bookingId: string;
  /** The reason the client gave (empty when none). */
  reason: string;
  /** What the provider's policy refunds if it is cancelled now (0 when nothing was paid). */
  refund: Money;
  /** Whether the refund is all that was paid (false: partial or none, after the cutoff). */
  fullRefund: boolean;
}

export interface BookingCancelledDetail {
  version: typeof EVENT_VERSION;
  /** The cancelled booking as the backend stored it. */
  booking: Booking;
  reason: string;
  /** What the provider's policy refunds for this cancellation. */
  refund: Money;
  /** The viewer's zone. */
  timeZone: string;
}

export interface BookingRescheduleRequestDetail {
  version: typeof EVENT_VERSION;
  bookingId: string;
  /** The start it moves from, and the one it moves to. */
  previousStart: string;
  start: string;
  end: string;
  /** The viewer's zone. */
  timeZone: string;
  /** One key per move the client means: the same on every retry of it. */
  idempotencyKey: string;
}

export interface BookingRescheduledDetail {
  version: typeof EVENT_VERSION;
  /** The moved booking (same id, status, length and price). */
  booking: Booking;
  previousStart: string;
  /** The viewer's zone. */
  timeZone: string;
}

export interface AvailabilitySaveRequestDetail {
  version: typeof EVENT_VERSION;
  providerId: string;
  /** What will be sent (`PUT /providers/{id}/schedule`); a listener may read or change it. */
  schedule: ScheduleInput;
  /** The schedule's version the changes were made on, sent as `If-Match`. */
  ifMatch: string;
}

export interface AvailabilitySavedDetail {
  version: typeof EVENT_VERSION;
  providerId: string;
  /** The schedule as the backend stored it, with its new `version`. */
  schedule: Schedule;
  /** The version it replaced. */
  previousVersion: string;
}
