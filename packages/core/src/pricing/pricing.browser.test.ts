// Money and the lifecycle in Chromium: its ICU must agree with Node's on currencies and exponents,
// and exact decimal formatting must hold there too.
import { expect } from '@open-wc/testing';
import {
  currencyExponent,
  formatMoney,
  isCurrency,
  multiplyMoney,
  quote,
  validateBookingDetails,
} from '@booking/core';

describe('@booking/core money in the browser', () => {
  it('knows the currencies and exponents from Intl', () => {
    expect(['JPY', 'USD', 'INR', 'KWD'].map(currencyExponent)).to.deep.equal([0, 2, 2, 3]);
    expect(isCurrency('GBP')).to.equal(true);
    expect(isCurrency('EUX')).to.equal(false);
  });

  it('formats exactly, and rounds halves as told', () => {
    expect(formatMoney({ amount: 9_007_199_254_740_991, currency: 'USD' }, 'en-US')).to.equal(
      '$90,071,992,547,409.91',
    );
    expect(multiplyMoney({ amount: 5, currency: 'USD' }, 1, 2, 'half-even').amount).to.equal(2);
  });

  it('quotes and validates a booking form', () => {
    const q = quote({
      kind: 'one_to_one',
      service: { currency: 'GBP', durations: [{ minutes: 50 }], hourlyRate: 7000 },
      start: '2026-12-01T10:00:00Z',
      now: '2026-11-22T12:00:00Z',
    });
    expect(q.total).to.equal(5833);
    const form = validateBookingDetails({ client: { name: 'Ana', email: 'ana@example' } });
    expect(form.ok ? [] : form.errors.map((e) => e.code)).to.deep.equal(['invalid_email']);
  });
});
