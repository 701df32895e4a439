// What <booking-widget> hands to its steps: its state and the few things a step may do. The step
// table (steps.ts) and the steps downloaded later (later.ts) work on this, not on the class.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Provider, Quote, Service, Slot } from '@booking/core';
import type { CreatedBooking } from '@booking/core/schemas';
import type { BookingStep } from '../events/detail.js';
import type { FormValues } from '../shared/form-values.js';
import type { Env } from '../shared/env.js';
import type { LazyCalendarStep } from '../steps/calendar-lazy.js';
import type { Notice } from '../steps/review.js';

export type { Env };

export interface WidgetFlow extends HTMLElement, ReactiveControllerHost {
  /** The page of `<booking-manage from-url>` the success view links to (the attribute). */
  readonly managePage: string;

  _step: BookingStep;
  _serviceId: string | undefined;
  _duration: number | undefined;
  _customText: string;
  _customError: string;
  _slot: Slot | undefined;
  _quote: Quote | undefined;
  _notice: Notice | undefined;
  _result: CreatedBooking | undefined;
  /** The backend stored the booking (a 2xx) but its answer could not be read. */
  _received: boolean;
  /** The quote the visitor confirmed, to compare with the one stored. */
  _confirmedQuote: Quote | undefined;
  _form: FormValues;
  _errors: Record<string, string>;
  _submitting: boolean;
  _offline: boolean;
  _announcement: string;
  /** The idempotency key of the submit under way (kept in the draft until it is answered). */
  _key: string | undefined;
  /** The Blob URL of the booked session's .ics (revoked by the element). */
  _icsUrl: string | undefined;

  readonly _provider: Provider | undefined;
  readonly _service: Service | undefined;
  readonly _env: Env;
  readonly _calendar: LazyCalendarStep;

  /** The zone picker's button and popover. */
  _renderZones(): TemplateResult;
  /** Opens a step (focus on its heading, announced, `booking-step-change`). */
  _go(step: BookingStep): void;
  /** After the next render, focus goes to the step's heading or the first invalid field. */
  _focus(target: 'heading' | 'field'): void;
  _chooseService(id: string, duration?: number): void;
  /** `booking-error` and the console; `shown` is what the visitor read. */
  _report(error: unknown, shown: string): void;
  _saveDraft(): void;
  _clearDraft(): void;
}
