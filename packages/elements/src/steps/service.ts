// The first step of <booking-widget>: the service (when the provider has several) and the
// session's length, from the service's price list or a custom length within its range.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { durationPrices, sessionPrice, type Service } from '@booking/core';
import { money } from '../shared/format.js';
import type { Translate } from '../shared/i18n.js';

export interface ServiceStepOptions {
  t: Translate;
  locale: string;
  services: readonly Service[];
  /** The service chosen. */
  service: Service | undefined;
  /** The length chosen, in minutes. */
  duration: number | undefined;
  /** The custom length as typed (empty: a length of the price list is chosen). */
  customText: string;
  customError: string;
  choose(serviceId: string): void;
  /** A length was chosen, with the custom field's new text. */
  length(minutes: number, customText: string): void;
  customInput(text: string): void;
  /** Continue. */
  next(): void;
}

/** Whether the service offers a session of that length. */
export function offers(service: Service, minutes: number): boolean {
  try {
    sessionPrice(service, minutes);
    return true;
  } catch {
    return false;
  }
}

/** The custom length typed, checked: its minutes, or what to say next to the field. */
export function customLength(
  service: Service,
  text: string,
  t: Translate,
): { minutes: number } | { error: string } {
  const minutes = Number(text);
  if (Number.isInteger(minutes) && offers(service, minutes)) return { minutes };
  const c = service.customDuration;
  return {
    error: c
      ? t('customDurationInvalid', { min: c.minMinutes, max: c.maxMinutes, step: c.stepMinutes })
      : t('errChoice'),
  };
}

export function renderServiceStep(o: ServiceStepOptions): TemplateResult {
  const t = o.t;
  const locale = o.locale;
  const service = o.service;
  const custom = service?.customDuration;
  const prices = service ? durationPrices(service) : [];
  const usingCustom = o.customText !== '';
  return html`
    ${
      o.services.length > 1
        ? html`<fieldset>
            <legend>${t('session')}</legend>
            ${o.services.map(
              (s) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="service"
                    .checked=${live(s.id === o.service?.id)}
                    @change=${() => o.choose(s.id)}
                  />
                  <span class="label"
                    ><bdi>${s.name}</bdi
                    >${s.description ? html`<span class="description muted" dir="auto">${s.description}</span>` : nothing}</span
                  >
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      service
        ? html`<fieldset>
            <legend>
              ${o.services.length > 1 ? t('duration') : html`<bdi>${service.name}</bdi> · ${t('duration')}`}
            </legend>
            ${prices.map(
              (d) =>
                html`<label class="choice" part="duration">
                  <input
                    type="radio"
                    name="duration"
                    .checked=${live(!usingCustom && d.durationMinutes === o.duration)}
                    @change=${() => o.length(d.durationMinutes, '')}
                  />
                  <span class="label">${t('minutes', { n: d.durationMinutes })}</span>
                  <span class="price">${money(d.price, locale)}</span>
                </label>`,
            )}
            ${
              custom
                ? html`<label class="choice">
                      <input
                        type="radio"
                        name="duration"
                        .checked=${live(usingCustom)}
                        @change=${() => o.length(custom.minMinutes, String(custom.minMinutes))}
                      />
                      <span class="label">${t('customDuration')}</span>
                      ${
                        usingCustom && offers(service, Number(o.customText))
                          ? html`<span class="price"
                              >${money(sessionPrice(service, Number(o.customText)).price, locale)}</span
                            >`
                          : nothing
                      }
                    </label>
                    ${
                      usingCustom
                        ? html`<div class="custom field">
                            <label for="custom-minutes">${t('customDuration')}</label>
                            <input
                              id="custom-minutes"
                              type="number"
                              inputmode="numeric"
                              min=${custom.minMinutes}
                              max=${custom.maxMinutes}
                              step=${custom.stepMinutes}
                              .value=${live(o.customText)}
                              aria-describedby="custom-hint ${o.customError ? 'custom-error' : ''}"
                              aria-invalid=${o.customError ? 'true' : 'false'}
                              @input=${(e: Event) => o.customInput((e.target as HTMLInputElement).value)}
                            />
                            <span id="custom-hint" class="muted"
                              >${t('customDurationHint', { min: custom.minMinutes, max: custom.maxMinutes, step: custom.stepMinutes })}</span
                            >
                            ${o.customError ? html`<p id="custom-error" class="field-error">${o.customError}</p>` : nothing}
                          </div>`
                        : nothing
                    }`
                : nothing
            }
          </fieldset>`
        : nothing
    }
    <div class="actions">
      <button class="primary" part="button primary" @click=${() => o.next()}>
        ${t('continue')}
      </button>
    </div>
  `;
}
