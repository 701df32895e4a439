// The step table of <booking-widget>: service, time, details, review, success. The first two are
// in the script tag (the first render shows one of them); the last three come with later.ts, a
// chunk downloaded when the page is idle, or when the visitor gets there (a skeleton meanwhile, and
// a plain message with a retry if the download fails).
import { html, type TemplateResult } from 'lit';
import { sessionPrice, type Slot } from '@booking/core';
import { EVENT_VERSION, type BookingStep } from '../events/detail.js';
import { BookingSlotSelectEvent } from '../events/booking-slot-select.js';
import { LazyModule } from '../steps/lazy.js';
import { customLength, renderServiceStep } from '../steps/service.js';
import type { StepTable } from '../steps/table.js';
import type { WidgetFlow } from './flow.js';
import type * as LaterModule from './later.js';

type Later = typeof LaterModule;

/** The details, review and success steps, downloaded apart from the script tag. */
export const later = new LazyModule<Later>(() => import('./later.js'));

/** A step of `later`, or a skeleton while it downloads, or the failure with a retry. */
const lazy = (flow: WidgetFlow, render: (module: Later) => TemplateResult) =>
  later.render(flow, flow._env.t, render);

/** The steps that come with `later`. */
export const needsLater = (step: BookingStep) =>
  step === 'details' || step === 'review' || step === 'success';

/** From the service step: a custom length must be one the service offers. */
function continueFromService(flow: WidgetFlow): void {
  const service = flow._service;
  if (!service || flow._duration === undefined) return;
  if (flow._customText !== '') {
    const length = customLength(service, flow._customText, flow._env.t);
    if ('error' in length) {
      flow._customError = length.error;
      flow._focus('field');
      return;
    }
    flow._duration = length.minutes;
  }
  flow._customError = '';
  flow._slot = undefined;
  flow._go(widgetSteps.service.next!);
  void flow._calendar.load();
}

/** A time was picked: `booking-slot-select`, then the details. */
function selectSlot(flow: WidgetFlow, slot: Slot): void {
  const service = flow._service!;
  const duration = flow._duration!;
  flow._slot = { start: slot.start, end: slot.end };
  flow._key = undefined;
  flow.dispatchEvent(
    new BookingSlotSelectEvent({
      version: EVENT_VERSION,
      providerId: flow._provider!.id,
      serviceId: service.id,
      start: slot.start,
      end: slot.end,
      durationMinutes: duration,
      timeZone: flow._env.zone,
      price: sessionPrice(service, duration).price,
    }),
  );
  flow._go(widgetSteps.time.next!);
}

export const widgetSteps: StepTable<BookingStep, WidgetFlow> = {
  service: {
    id: 'service',
    title: (f) => f._env.t('stepService'),
    next: 'time',
    render: (f) =>
      renderServiceStep({
        t: f._env.t,
        locale: f._env.locale,
        services: f._provider?.services ?? [],
        service: f._service,
        duration: f._duration,
        customText: f._customText,
        customError: f._customError,
        choose: (id) => f._chooseService(id),
        length: (minutes, customText) => {
          f._duration = minutes;
          f._customText = customText;
          f._customError = '';
        },
        customInput: (text) => {
          f._customText = text;
          f._customError = '';
        },
        next: () => continueFromService(f),
      }),
  },
  time: {
    id: 'time',
    title: (f) => f._env.t('stepTime'),
    next: 'details',
    render: (f) => html`
      ${f._renderZones()} ${f._calendar.render()}
      <div class="actions">
        <button part="button" @click=${() => f._go('service')}>${f._env.t('back')}</button>
      </div>
    `,
  },
  details: {
    id: 'details',
    title: (f) => f._env.t('stepDetails'),
    next: 'review',
    render: (f) => lazy(f, (m) => m.details(f)),
  },
  review: {
    id: 'review',
    title: (f) => f._env.t('stepReview'),
    next: 'success',
    render: (f) => lazy(f, (m) => m.review(f)),
  },
  success: {
    id: 'success',
    title: (f) => {
      const pending = f._result
        ? f._result.booking.status === 'pending'
        : f._provider?.policy.requiresApproval === true;
      return pending ? f._env.t('stepPending') : f._env.t('stepSuccess');
    },
    render: (f) => lazy(f, (m) => m.success(f)),
  },
};

/** What the calendar step calls when a time is picked. */
export { selectSlot };
