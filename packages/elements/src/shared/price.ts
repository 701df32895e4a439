// The price breakdown of a quote, line by line, in the viewer's locale.
import { html, type TemplateResult } from 'lit';
import type { Quote } from '@booking/core';
import { money } from './format.js';
import type { Translate } from './i18n.js';

export function renderPrice(q: Quote, t: Translate, locale: string): TemplateResult {
  const m = (amount: number) => money({ amount, currency: q.currency }, locale);
  return html`<table class="price-table" part="price">
    <caption class="visually-hidden">
      ${t('total')}
    </caption>
    <tbody>
      ${q.lines.map((line) => {
        const label =
          line.kind === 'base'
            ? t('lineBase', { quantity: line.quantity, unit: m(line.unitAmount) })
            : line.kind === 'group_size'
              ? t('lineGroup', { min: line.minSeats })
              : line.kind === 'package'
                ? t('linePackage', { n: line.sessions })
                : t('lineEarly', {
                    percent: new Intl.NumberFormat(locale).format(line.percentOff),
                  });
        return html`<tr>
          <td>${label}</td>
          <td>${m(line.amount)}</td>
        </tr>`;
      })}
      <tr class="total">
        <td>${t('total')}</td>
        <td>${m(q.total)}</td>
      </tr>
    </tbody>
  </table>`;
}
