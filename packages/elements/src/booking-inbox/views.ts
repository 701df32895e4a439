// <booking-inbox>'s templates: the tabs and search, the list, one booking with its steps and
// history, and a client's record. Pure functions of what the element holds; the element passes the
// handlers.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Booking, ClientSummary, Provider } from '@booking/core';
import { formatDateTime, formatTime, money, number } from '../shared/format.js';
import type { ProviderView } from '../events/detail.js';
import type { ProviderStep } from '../shared/provider-element.js';
import {
  ACTION_LABEL,
  ACTOR_LABEL,
  PAYMENT_LABEL,
  STATUS_LABEL,
  STEP_LABEL,
  TAB_EMPTY,
  TAB_LABEL,
  TABS,
  WITH_REASON,
  type InboxKey,
  type InboxTab,
  type InboxTranslate,
} from './model.js';

/** How the views format: the provider's language and the zone times are shown in. */
export interface Format {
  t: InboxTranslate;
  locale: string;
  zone: string;
  cycle: 'h12' | 'h23' | undefined;
  now: number;
}

/** A message whose `{values}` are each isolated in `<bdi>` (names from the backend). */
export function isolated(
  t: InboxTranslate,
  key: InboxKey,
  values: Record<string, string | number>,
): TemplateResult {
  const parts = t.raw(key).split(/\{(\w+)\}/);
  return html`${parts.map((part, i) =>
    i % 2 === 0 ? part : html`<bdi>${values[part] ?? `{${part}}`}</bdi>`,
  )}`;
}

/** The element's heading: the inbox, a booking's client, or a client's record. */
export function heading(
  t: InboxTranslate,
  view: ProviderView,
  b: Booking | undefined,
): TemplateResult | string {
  if (view === 'booking' && b) return isolated(t, 'bookingOf', { client: b.client.name });
  if (view === 'client' && b) return isolated(t, 'recordOf', { client: b.client.name });
  return t('heading');
}

const when = (f: Format, b: Booking) => formatDateTime(b.start, f.zone, f.locale, f.cycle);

/** The service's name, from the provider's profile (a group registration has none). */
export function serviceName(provider: Provider | undefined, b: Booking): string {
  return provider?.services.find((s) => s.id === b.serviceId)?.name ?? '';
}

export interface ListOptions {
  tab: InboxTab;
  counts: Partial<Record<InboxTab, number>> | undefined;
  query: string;
  search: string;
  items: Booking[];
  state: 'loading' | 'ready' | 'error';
  error: string;
  page: number;
  hasNext: boolean;
  provider: Provider | undefined;
  pick(tab: InboxTab): void;
  typeSearch(text: string): void;
  submitSearch(): void;
  clearSearch(): void;
  open(b: Booking): void;
  turn(delta: 1 | -1): void;
  retry(): void;
}

/** The tabs with their counts, the search, and the page of bookings. */
export function renderList(f: Format, o: ListOptions): TemplateResult {
  const { t } = f;
  return html`<div class="tabs" role="group" aria-label=${t('tabs')} part="tabs">
      ${TABS.map((tab) => {
        const label = t(TAB_LABEL[tab]);
        const n = o.counts?.[tab];
        return html`<button
          type="button"
          part="button tab"
          class="tab"
          data-tab=${tab}
          aria-pressed=${o.tab === tab ? 'true' : 'false'}
          @click=${() => o.pick(tab)}
        >
          ${
            n === undefined
              ? label
              : html`${label} <span class="count" part="count">${number(n, f.locale)}</span>`
          }
        </button>`;
      })}
    </div>
    <form
      class="search"
      role="search"
      part="search"
      @submit=${(e: Event) => {
        e.preventDefault();
        o.submitSearch();
      }}
    >
      <label for="q">${t('search')}</label>
      <div class="search-row">
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          .value=${live(o.search)}
          @input=${(e: Event) => o.typeSearch((e.target as HTMLInputElement).value)}
        />
        <button part="button">${t('searchButton')}</button>
      </div>
      ${
        o.query
          ? html`<p class="searching">
              <span class="muted">${isolated(t, 'searchingFor', { q: o.query })}</span>
              <button type="button" part="button" @click=${o.clearSearch}>
                ${t('clearSearch')}
              </button>
            </p>`
          : nothing
      }
    </form>
    ${renderItems(f, o)}`;
}

function renderItems(f: Format, o: ListOptions): TemplateResult {
  const { t } = f;
  if (o.state === 'loading' && o.items.length === 0)
    return html`<p class="muted" role="status">${t('loading')}</p>
      <div class="skeleton row-skeleton" aria-hidden="true"></div>`;
  if (o.state === 'error')
    return html`<div class="notice error" part="notice" role="alert">
      <p>${o.error}</p>
      <button part="button" @click=${o.retry}>${t('retry')}</button>
    </div>`;
  if (o.items.length === 0)
    return html`<p class="empty muted" part="empty">
      ${o.query ? isolated(t, 'emptySearch', { q: o.query }) : t(TAB_EMPTY[o.tab])}
    </p>`;
  return html`<ul class="bookings" part="list" aria-label=${t(TAB_LABEL[o.tab])}>
      ${o.items.map((b) => renderRow(f, b, o))}
    </ul>
    ${
      o.page > 1 || o.hasNext
        ? html`<nav class="pager" aria-label=${t('pageN', { n: o.page })}>
            <button part="button" ?disabled=${o.page <= 1} @click=${() => o.turn(-1)}>
              ${t('previousPage')}
            </button>
            <span class="muted">${t('pageN', { n: number(o.page, f.locale) })}</span>
            <button part="button" ?disabled=${!o.hasNext} @click=${() => o.turn(1)}>
              ${t('nextPage')}
            </button>
          </nav>`
        : nothing
    }`;
}

function renderRow(f: Format, b: Booking, o: ListOptions): TemplateResult {
  const { t } = f;
  const date = when(f, b);
  const service = serviceName(o.provider, b);
  return html`<li class="booking" part="booking" data-booking=${b.id}>
    <div class="who">
      <bdi class="name">${b.client.name}</bdi>
      <span class="status ${b.status}" part="status">${t(STATUS_LABEL[b.status])}</span>
    </div>
    <div class="muted">
      ${date}${service ? html` · <bdi>${service}</bdi>` : nothing} ·
      ${t('duration', { n: number(b.durationMinutes, f.locale) })}
    </div>
    <button
      part="button open"
      class="open"
      aria-label=${t('openBooking', { client: b.client.name, date })}
      @click=${() => o.open(b)}
    >
      ${t('open')}
    </button>
  </li>`;
}

export interface BookingOptions {
  booking: Booking;
  provider: Provider | undefined;
  steps: ProviderStep[];
  /** The step whose reason form is open. */
  open: ProviderStep | undefined;
  reason: string;
  reasonError: string;
  busy: ProviderStep | undefined;
  notice: { kind: 'done' | 'error'; text: string } | undefined;
  offline: boolean;
  take(step: ProviderStep): void;
  ask(step: ProviderStep | undefined): void;
  typeReason(text: string): void;
  back(): void;
  record(): void;
}

/** One booking: when, who, what, its steps allowed now (with a reason form), and its history. */
export function renderBooking(f: Format, o: BookingOptions): TemplateResult {
  const { t } = f;
  const b = o.booking;
  const service = serviceName(o.provider, b);
  const answers = Object.entries(b.answers ?? {});
  const early = Date.parse(b.start) - 10 * 60_000;
  return html`<button class="back" part="button back" @click=${o.back}>${t('backToList')}</button>
    ${
      o.notice
        ? html`<div
            class="notice ${o.notice.kind === 'error' ? 'error' : 'done'}"
            part="notice"
            role=${o.notice.kind === 'error' ? 'alert' : 'status'}
            tabindex="-1"
          >
            ${o.notice.text}
          </div>`
        : nothing
    }
    <dl class="facts" part="facts">
      <div>
        <dt>${t('when')}</dt>
        <dd>${when(f, b)} · ${t('duration', { n: number(b.durationMinutes, f.locale) })}</dd>
      </div>
      ${
        service
          ? html`<div>
              <dt>${t('service')}</dt>
              <dd><bdi>${service}</bdi></dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t('client')}</dt>
        <dd>
          <bdi>${b.client.name}</bdi><br /><bdi>${b.client.email}</bdi>${
            b.client.phone ? html`<br /><bdi>${b.client.phone}</bdi>` : nothing
          }
        </dd>
      </div>
      <div>
        <dt>${t('price')}</dt>
        <dd>
          ${money({ amount: b.quote.total, currency: b.quote.currency }, f.locale)} ·
          ${t(PAYMENT_LABEL[b.paymentStatus])}${
            b.refundedAmount
              ? html` ·
                ${t('refunded', {
                  amount: money({ amount: b.refundedAmount, currency: b.quote.currency }, f.locale),
                })}`
              : nothing
          }
        </dd>
      </div>
      ${
        b.notes
          ? html`<div>
              <dt>${t('notes')}</dt>
              <dd dir="auto">${b.notes}</dd>
            </div>`
          : nothing
      }
      ${
        answers.length
          ? html`<div>
              <dt>${t('answers')}</dt>
              <dd>
                ${answers.map(
                  ([id, value]) =>
                    html`<div><bdi>${id}</bdi>: <bdi>${value === true ? '✓' : value}</bdi></div>`,
                )}
              </dd>
            </div>`
          : nothing
      }
    </dl>
    <button class="record" part="button record" @click=${o.record}>${t('clientRecord')}</button>
    <section class="steps" aria-labelledby="steps-heading" part="steps">
      <h3 id="steps-heading">${t('steps')}</h3>
      ${
        o.steps.length === 0
          ? html`<p class="muted">${t('noSteps')}</p>`
          : html`<div class="actions">
              ${o.steps.map((step) =>
                WITH_REASON.has(step)
                  ? html`<button
                      part="button step"
                      data-step=${step}
                      aria-expanded=${o.open === step ? 'true' : 'false'}
                      ?disabled=${!!o.busy}
                      @click=${() => o.ask(o.open === step ? undefined : step)}
                    >
                      ${t(STEP_LABEL[step])}
                    </button>`
                  : html`<button
                      part="button step ${step === 'confirm' ? 'primary' : ''}"
                      class=${step === 'confirm' ? 'primary' : ''}
                      data-step=${step}
                      ?disabled=${!!o.busy || o.offline}
                      @click=${() => o.take(step)}
                    >
                      ${o.busy === step ? t('working') : t(STEP_LABEL[step])}
                    </button>`,
              )}
            </div>`
      }
      ${
        b.status === 'confirmed' && !o.steps.includes('start') && f.now < early
          ? html`<p class="muted">
              ${t('startOpensAt', { time: formatTime(new Date(early).toISOString(), f.zone, f.locale, f.cycle) })}
            </p>`
          : nothing
      }
      ${o.open && o.steps.includes(o.open) ? renderReasonForm(f, o, o.open) : nothing}
    </section>
    ${renderHistory(f, b)}`;
}

function renderReasonForm(f: Format, o: BookingOptions, step: ProviderStep): TemplateResult {
  const { t } = f;
  const title = step === 'decline' ? t('declineTitle') : t('cancelTitle');
  return html`<form
    class="reason-form"
    part="reason-form"
    aria-label=${title}
    @submit=${(e: Event) => {
      e.preventDefault();
      o.take(step);
    }}
  >
    <h4>${title}</h4>
    <div class="field">
      <label for="reason">${t('reason')}</label>
      <textarea
        id="reason"
        part="input"
        rows="3"
        aria-describedby="reason-hint${o.reasonError ? ' reason-error' : ''}"
        aria-invalid=${o.reasonError ? 'true' : 'false'}
        .value=${live(o.reason)}
        @input=${(e: Event) => o.typeReason((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <span id="reason-hint" class="hint muted">${t('reasonHint')}</span>
      ${
        o.reasonError
          ? html`<span id="reason-error" class="field-error">${o.reasonError}</span>`
          : nothing
      }
    </div>
    <div class="actions">
      <button type="button" part="button" @click=${() => o.ask(undefined)}>${t('keep')}</button>
      <button class="primary danger" part="button primary" ?disabled=${!!o.busy || o.offline}>
        ${o.busy === step ? t('working') : step === 'decline' ? t('sendDecline') : t('sendCancel')}
      </button>
    </div>
  </form>`;
}

function renderHistory(f: Format, b: Booking): TemplateResult {
  const { t } = f;
  return html`<section class="history" aria-labelledby="history-heading" part="history">
    <h3 id="history-heading">${t('history')}</h3>
    <ol>
      ${b.history.map(
        (h) =>
          html`<li>
            <span
              >${t('historyEntry', { action: t(ACTION_LABEL[h.action]), actor: t(ACTOR_LABEL[h.actor]) })}</span
            >
            <span class="muted">${formatDateTime(h.at, f.zone, f.locale, f.cycle)}</span>
            ${
              h.reason
                ? html`<span class="muted">${isolated(t, 'reasonWas', { reason: h.reason })}</span>`
                : nothing
            }
          </li>`,
      )}
    </ol>
  </section>`;
}

export interface RecordOptions {
  summary: ClientSummary | undefined;
  state: 'loading' | 'ready' | 'error';
  error: string;
  partial: number;
  provider: Provider | undefined;
  back(): void;
  open(b: Booking): void;
  retry(): void;
}

/** A client's record: sessions that count, what they paid per currency, and their sessions. */
export function renderRecord(f: Format, o: RecordOptions): TemplateResult {
  const { t } = f;
  const s = o.summary;
  const back = html`<button class="back" part="button back" @click=${o.back}>
    ${t('backToBooking')}
  </button>`;
  if (o.state === 'error')
    return html`${back}
      <div class="notice error" part="notice" role="alert">
        <p>${o.error}</p>
        <button part="button" @click=${o.retry}>${t('retry')}</button>
      </div>`;
  if (!s || o.state === 'loading')
    return html`${back}
      <p class="muted" role="status">${t('recordLoading')}</p>`;
  const spent = Object.values(s.spent).filter((m) => m.amount > 0);
  const list = (items: Booking[]) =>
    items.length === 0
      ? html`<p class="muted">${t('noSessions')}</p>`
      : html`<ul class="sessions">
          ${items.map(
            (b) =>
              html`<li>
                <button
                  part="button"
                  class="link"
                  aria-label=${t('openBooking', { client: b.client.name, date: when(f, b) })}
                  @click=${() => o.open(b)}
                >
                  ${when(f, b)}
                </button>
                <span class="muted">
                  ${
                    serviceName(o.provider, b)
                      ? html`<bdi>${serviceName(o.provider, b)}</bdi> · `
                      : nothing
                  }${t(STATUS_LABEL[b.status])}
                  · ${money({ amount: b.quote.total, currency: b.quote.currency }, f.locale)}
                </span>
              </li>`,
          )}
        </ul>`;
  return html`${back}
    <dl class="totals" part="totals">
      <div>
        <dt>${t('totalSessions')}</dt>
        <dd>${number(s.totalSessions, f.locale)}</dd>
      </div>
      <div>
        <dt>${t('spent')}</dt>
        <dd>
          ${
            spent.length === 0
              ? t('nothingSpent')
              : spent.map((m) => html`<span class="money">${money(m, f.locale)}</span> `)
          }
        </dd>
      </div>
    </dl>
    ${o.partial ? html`<p class="muted">${t('recordPartial', { n: o.partial })}</p>` : nothing}
    <section aria-labelledby="upcoming-heading">
      <h3 id="upcoming-heading">${t('upcomingSessions')}</h3>
      ${list(s.upcoming)}
    </section>
    <section aria-labelledby="past-heading">
      <h3 id="past-heading">${t('pastSessions')}</h3>
      ${list(s.past)}
    </section>`;
}
