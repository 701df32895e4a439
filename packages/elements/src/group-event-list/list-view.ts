// The list view of <group-event-list>: the filters (as attributes, so a page can set them too), the
// events with their seats and prices, and "load more".
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { groupSeatPrice, type GroupEvent } from '@booking/core';
import { errorText } from '../shared/errors.js';
import { formatDateTime, money } from '../shared/format.js';
import { seatsLeft, type GroupFlow } from './flow.js';

export function renderFilters(f: GroupFlow): TemplateResult {
  const t = f._env.t;
  const currency = f.currency || f._lastCurrency;
  const set = (attribute: string) => (e: Event) => {
    const input = e.target as HTMLInputElement;
    const value =
      input.type === 'checkbox' ? (input.checked ? '' : null) : input.value.trim() || null;
    if (value === null) f.removeAttribute(attribute);
    else f.setAttribute(attribute, value);
    if (
      (attribute === 'min-price' || attribute === 'max-price') &&
      value !== null &&
      !f.currency &&
      currency
    )
      f.setAttribute('currency', currency);
  };
  const active =
    [f.tag, f.from, f.to, f.minPrice, f.maxPrice].filter(Boolean).length + (f.hasSeats ? 1 : 0);
  return html`<form
    class="filters"
    part="filters"
    role="search"
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field">
      <label for="f-q">${t('search')}</label>
      <input id="f-q" part="input" type="search" .value=${live(f.q)} @change=${set('q')} />
    </div>
    <details class="more-filters" ?open=${active > 0}>
      <summary>${t('filters')}${active ? ` (${active})` : ''}</summary>
      <fieldset>
        <legend class="visually-hidden">${t('filters')}</legend>
        <div class="field">
          <label for="f-tag">${t('tag')}</label>
          <input id="f-tag" part="input" type="text" .value=${live(f.tag)} @change=${set('tag')} />
        </div>
        <div class="field">
          <label for="f-from">${t('fromDate')}</label>
          <input
            id="f-from"
            part="input"
            type="date"
            .value=${live(f.from)}
            @change=${set('from')}
          />
        </div>
        <div class="field">
          <label for="f-to">${t('toDate')}</label>
          <input id="f-to" part="input" type="date" .value=${live(f.to)} @change=${set('to')} />
        </div>
        ${
          currency
            ? html`<div class="field">
                  <label for="f-min">${t('minPrice', { currency })}</label>
                  <input
                    id="f-min"
                    part="input"
                    type="number"
                    min="0"
                    step="any"
                    inputmode="decimal"
                    .value=${live(f.minPrice)}
                    @change=${set('min-price')}
                  />
                </div>
                <div class="field">
                  <label for="f-max">${t('maxPrice', { currency })}</label>
                  <input
                    id="f-max"
                    part="input"
                    type="number"
                    min="0"
                    step="any"
                    inputmode="decimal"
                    .value=${live(f.maxPrice)}
                    @change=${set('max-price')}
                  />
                </div>`
            : nothing
        }
        <div class="field check">
          <label
            ><input
              id="f-seats"
              type="checkbox"
              .checked=${live(f.hasSeats)}
              @change=${set('has-seats')}
            />
            <span>${t('hasSeats')}</span></label
          >
        </div>
      </fieldset>
    </details>
  </form>`;
}

export function renderList(f: GroupFlow, zones: TemplateResult): TemplateResult {
  const t = f._env.t;
  const body =
    f._listState === 'loading'
      ? html`<div class="skeleton-grid" aria-busy="true">
          <span class="visually-hidden">${t('loadingEvents')}</span>
          <div class="skeleton skeleton-card"></div>
          <div class="skeleton skeleton-card"></div>
        </div>`
      : f._listState === 'error' && !f._events.length
        ? html`<div class="notice error" part="notice" role="alert">
            <p>${t('eventsLoadError')}</p>
            <p class="muted">${errorText(t, f._listError)}</p>
            <button part="button" @click=${() => void f._fetch(false)}>${t('retry')}</button>
          </div>`
        : !f._events.length
          ? html`<p class="notice" part="notice">${t('noEvents')}</p>`
          : html`<ul class="events" role="list">
                ${f._events.map((e) => renderEvent(f, e))}
              </ul>
              ${
                f._moreFailed
                  ? html`<div class="notice error" part="notice" role="alert">
                      <p>${t('moreEventsError')}</p>
                      <button part="button" @click=${() => void f._fetch(true)}>
                        ${t('retry')}
                      </button>
                    </div>`
                  : f._cursor
                    ? html`<div class="actions">
                        <button
                          part="button"
                          ?disabled=${f._listState === 'more'}
                          aria-busy=${f._listState === 'more' ? 'true' : 'false'}
                          @click=${() => void f._fetch(true)}
                        >
                          ${f._listState === 'more' ? t('loading') : t('loadMore')}
                        </button>
                      </div>`
                    : nothing
              }`;
  return html`${zones} ${renderFilters(f)} ${body}`;
}

function renderEvent(f: GroupFlow, e: GroupEvent): TemplateResult {
  const t = f._env.t;
  const locale = f._env.locale;
  const left = seatsLeft(e);
  const full = left === 0;
  const { price } = groupSeatPrice(e.pricing, e.durationMinutes);
  const tier = e.pricing.groupSizeTiers?.[0];
  const provider = f._providers.get(e.providerId);
  const titleId = `t-${e.id}`;
  return html`<li class="event" part="event">
    <h3 id=${titleId}><bdi>${e.title}</bdi></h3>
    <p class="meta">
      ${provider ? html`<bdi>${provider.name}</bdi> · ` : nothing}
      <span>${formatDateTime(e.start, f._env.zone, locale, f._env.cycle)}</span> ·
      <span>${t('minutes', { n: e.durationMinutes })}</span>
    </p>
    <p class="price-line">
      <strong>${t('perPerson', { price: money(price, locale) })}</strong>
      ${tier ? html`<span class="muted">· ${t('tierFrom', { price: money({ amount: tier.pricePerPerson, currency: e.pricing.currency }, locale), n: tier.minSeats })}</span>` : nothing}
    </p>
    <p class="seats ${full ? 'full' : ''}">
      ${full ? (e.waitlist === false ? t('full') : t('waitlistOpen')) : left === 1 ? t('seatsLeftOne') : t('seatsLeftOther', { n: left })}
    </p>
    ${
      e.tags?.length
        ? html`<ul class="tags" role="list">
            ${e.tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
          </ul>`
        : nothing
    }
    ${
      e.description || e.instructions
        ? html`<details>
            <summary>${t('more')}</summary>
            ${e.description ? html`<p dir="auto">${e.description}</p>` : nothing}
            ${e.instructions ? html`<p class="instructions"><strong>${t('instructions')}:</strong> <bdi>${e.instructions}</bdi></p>` : nothing}
          </details>`
        : nothing
    }
    <div class="actions">
      <button
        class=${full ? '' : 'primary'}
        part=${full ? 'button' : 'button primary'}
        data-event=${e.id}
        aria-describedby=${titleId}
        ?disabled=${full && e.waitlist === false}
        @click=${() => f._open(e)}
      >
        ${full ? t('joinWaitlist') : t('register')}
      </button>
    </div>
  </li>`;
}
