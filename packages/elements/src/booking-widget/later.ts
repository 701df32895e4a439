// The part of <booking-widget> that the first render does not need: the details, review and
// success steps with the form, its validation, pricing, the submit and the .ics. One chunk of the
// script-tag build, downloaded when the page is idle or when the visitor gets there (steps.ts).
import { html, type TemplateResult } from 'lit';
import { changeField } from '../shared/details-form.js';
import { emptyForm } from '../shared/form-values.js';
import { renderDetailsStep, type Chosen } from '../steps/details.js';
import { renderReviewStep } from '../steps/review.js';
import { manageLink, renderBooked, renderReceived } from '../steps/success.js';
import type { WidgetFlow } from './flow.js';
import { confirm, entryOf, pickAlternative, priceSlot, submitDetails } from './submit.js';

export { priceSlot };

function chosen(flow: WidgetFlow): Chosen {
  const { t, locale, zone, cycle } = flow._env;
  return {
    t,
    locale,
    zone,
    cycle,
    serviceName: flow._service?.name,
    duration: flow._duration ?? 0,
    start: flow._slot?.start,
  };
}

export function details(flow: WidgetFlow): TemplateResult {
  return renderDetailsStep({
    chosen: chosen(flow),
    form: flow._form,
    errors: flow._errors,
    questions: flow._service?.questions ?? [],
    change: (field, value) => {
      ({ form: flow._form, errors: flow._errors } = changeField(
        flow._form,
        flow._errors,
        field,
        value,
      ));
    },
    back: () => flow._go('time'),
    submit: () => submitDetails(flow),
  });
}

export function review(flow: WidgetFlow): TemplateResult {
  return renderReviewStep({
    chosen: chosen(flow),
    now: flow._env.now(),
    providerName: flow._provider?.name ?? '',
    clientName: flow._form.name,
    clientEmail: flow._form.email,
    quote: flow._quote,
    notice: flow._notice,
    submitting: flow._submitting,
    offline: flow._offline,
    back: () => flow._go('details'),
    confirm: () => void confirm(flow),
    pick: (slot) => pickAlternative(flow, slot),
    toTimes: () => flow._go('time'),
  });
}

export function success(flow: WidgetFlow): TemplateResult {
  const created = flow._result;
  const again = () => restart(flow);
  if (!created)
    return flow._received ? renderReceived(chosen(flow), flow._confirmedQuote, again) : html``;
  return renderBooked({
    chosen: chosen(flow),
    providerName: flow._provider?.name ?? '',
    created,
    confirmed: flow._confirmedQuote,
    entry: entryOf(flow, created),
    icsUrl: flow._icsUrl,
    manageUrl: manageLink(flow.managePage, created),
    again,
  });
}

/** Book another: the time and answers go, the visitor's name, email and phone stay. */
function restart(flow: WidgetFlow): void {
  flow._result = undefined;
  flow._received = false;
  flow._confirmedQuote = undefined;
  flow._slot = undefined;
  flow._quote = undefined;
  flow._form = {
    ...emptyForm(),
    name: flow._form.name,
    email: flow._form.email,
    phone: flow._form.phone,
  };
  flow._go('service');
}
