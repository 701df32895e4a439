// The reschedule view of <booking-manage> (downloaded when the client first opens it): the
// widget's calendar step (one shared module) for the booking's provider and length, the current
// and the new time side by side, and core's checkReschedule on the chosen time before it is sent.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { checkReschedule, type Slot } from '@booking/core';
import type { AvailabilityResponse } from '@booking/core/schemas';
import type { BookingAdapter } from '@booking/core/http';
import { CalendarStep } from '../steps/calendar.js';
import { formatDateTime } from '../shared/format.js';
import { renderAlternatives, renderNotice } from '../shared/notice.js';
import type { ManageHost } from './host.js';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface RescheduleOptions {
  adapter(): BookingAdapter | undefined;
  manage(): ManageHost | undefined;
  weekStart(): number | undefined;
  rtl(): boolean;
  announce(text: string): void;
  report(error: unknown, shown: string): void;
}

/** What checking a new time gave: fine, or refused with words and the nearest free times. */
export type RescheduleCheck = { ok: true } | { ok: false; code: string; alternatives: Slot[] };

export class Reschedule {
  readonly calendar: CalendarStep;
  #options: RescheduleOptions;
  #last: AvailabilityResponse | undefined;
  #wrapped: { base: BookingAdapter; adapter: BookingAdapter } | undefined;

  constructor(host: Host, options: RescheduleOptions) {
    this.#options = options;
    const m = () => options.manage();
    this.calendar = new CalendarStep(host, {
      adapter: () => this.#adapter(),
      providerId: () => m()?.booking.providerId ?? '',
      policy: () => m()?.provider.policy,
      duration: () => m()?.booking.durationMinutes,
      zone: () => m()?.zone ?? 'UTC',
      locale: () => m()?.locale ?? 'en',
      hourCycle: () => m()?.cycle,
      weekStart: () => options.weekStart(),
      rtl: () => options.rtl(),
      now: () => m()?.now() ?? Date.now(),
      t: () => m()!.t,
      // The booked time shows pressed until another is picked.
      selected: () => {
        const host = m();
        return (
          host?.newSlot ?? (host ? { start: host.booking.start, end: host.booking.end } : undefined)
        );
      },
      pick: (slot) => m()?.pickSlot(slot),
      announce: (text) => options.announce(text),
      report: (error, shown) => options.report(error, shown),
    });
  }

  /**
   * The adapter, with the booking's own time taken out of the busy time it answers: the client
   * may move a session to a time that overlaps its current one (the server leaves it out too).
   */
  #adapter(): BookingAdapter | undefined {
    const base = this.#options.adapter();
    if (!base) return undefined;
    if (this.#wrapped?.base === base) return this.#wrapped.adapter;
    const adapter: BookingAdapter = Object.create(base);
    adapter.getAvailability = async (...args: Parameters<BookingAdapter['getAvailability']>) => {
      const answer = await base.getAvailability(...args);
      const booking = this.#options.manage()?.booking;
      const own = (b: AvailabilityResponse['busy'][number]) =>
        booking !== undefined &&
        b.kind === 'booking' &&
        Date.parse(b.start) === Date.parse(booking.start) &&
        Date.parse(b.end) === Date.parse(booking.end);
      const filtered = { ...answer, busy: answer.busy.filter((b) => !own(b)) };
      this.#last = filtered;
      return filtered;
    };
    this.#wrapped = { base, adapter };
    return adapter;
  }

  /** Core's checkReschedule on a new time, against the availability the calendar shows. */
  check(slot: Slot): RescheduleCheck {
    const host = this.#options.manage();
    const availability = this.#last;
    if (!host || !availability) return { ok: true };
    const result = checkReschedule(host.booking, slot.start, {
      actor: 'client',
      provider: host.provider,
      availability: {
        weekly: availability.weekly,
        overrides: availability.overrides,
        timeZone: availability.timeZone,
      },
      busy: availability.busy,
      now: new Date(host.now()).toISOString(),
    });
    if (result.ok) return { ok: true };
    return {
      ok: false,
      code: result.code,
      alternatives: 'alternatives' in result ? result.alternatives : [],
    };
  }

  render(host: ManageHost): TemplateResult {
    const { t, locale, zone, booking, newSlot, notice } = host;
    const disabled = host.submitting || host.offline || !newSlot;
    return html`
      <dl>
        <dt>${t('currentTime')}</dt>
        <dd>${formatDateTime(booking.start, zone, locale, host.cycle)}</dd>
        ${
          newSlot
            ? html`<dt>${t('newTime')}</dt>
                <dd>
                  <strong>${formatDateTime(newSlot.start, zone, locale, host.cycle)}</strong>
                </dd>`
            : nothing
        }
      </dl>
      ${host.zonePicker()} ${this.calendar.render()}
      ${renderNotice(
        notice,
        html`${renderAlternatives(notice?.alternatives, (s) => host.pickSlot(s), {
          zone,
          locale,
          cycle: host.cycle,
        })}
        ${
          notice?.kind === 'refused'
            ? html`<button part="button" @click=${() => host.openCancel()}>
                ${t('cancelBooking')}
              </button>`
            : nothing
        }`,
      )}
      <div class="actions">
        <button part="button" ?disabled=${host.submitting} @click=${() => host.showBooking()}>
          ${t('back')}
        </button>
        <button
          class="primary move"
          part="button primary"
          ?disabled=${disabled}
          aria-disabled=${disabled ? 'true' : 'false'}
          @click=${() => host.confirmMove()}
        >
          ${host.submitting ? t('moving') : notice?.retry ? t('retry') : t('moveConfirm')}
        </button>
      </div>
    `;
  }
}
