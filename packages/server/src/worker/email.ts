// Writing an email from its outbox message: subject, plain text and HTML in the recipient's
// language, times in the recipient's zone, and the calendar invitation. Everything that came from
// people (names, titles, reasons) is escaped in the HTML.
import { formatMoney } from '@booking/core';
import { calendarIdentity, icsEvent } from '@booking/core/calendar';
import type { EmailPayload } from '../notify/plan.js';
import { EMAIL_CATALOGS, type Words } from './catalog.js';

/** An email ready for the transport. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** The invitation, when the message carries one. */
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string } | undefined;
  /** The language it is written in (`Content-Language`). */
  locale: string;
}

/** What rendering needs besides the message. */
export interface RenderOptions {
  /** The manage link (with a fresh token) for the client, when the server has a manage page. */
  manageUrl?: string | undefined;
  /** The sender, the organizer of invitations when the provider has no address. */
  from: string;
  now: number;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text for HTML content or a quoted attribute. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

function range(start: string, end: string, locale: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  });
  return format.formatRange(new Date(start), new Date(end));
}

function instant(at: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at));
}

const unit = (locale: string, name: 'minute' | 'hour' | 'day', n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(n);

/** "24 hours", "1 hour", "30 minutes", "2 days", in the locale. */
function lead(locale: string, minutes: number): string {
  if (minutes >= 2880 && minutes % 1440 === 0) return unit(locale, 'day', minutes / 1440);
  if (minutes % 60 === 0) return unit(locale, 'hour', minutes / 60);
  return unit(locale, 'minute', minutes);
}

/**
 * The email of an outbox message.
 *
 * @example
 * const email = renderEmail(payload, { from: 'booking@tutor.example', now: Date.now() });
 */
export function renderEmail(payload: EmailPayload, options: RenderOptions): RenderedEmail {
  const { to, booking } = payload;
  const locale = to.locale;
  const t = EMAIL_CATALOGS[locale];
  const words: Words = {
    title: payload.title,
    provider: payload.providerName,
    client: booking?.client.name ?? payload.entry?.client.name ?? '',
    soon: payload.reminderMinutes === undefined ? '' : lead(locale, payload.reminderMinutes),
    seats: payload.entry ? new Intl.NumberFormat(locale).format(payload.entry.seats) : '',
    until: payload.entry?.offerExpiresAt
      ? instant(payload.entry.offerExpiresAt, locale, to.timeZone)
      : '',
  };
  const subject = t.subject[payload.kind][to.role](words);
  const intro = t.intro[payload.kind][to.role](words);

  const rows: [string, string][] = [[t.what, payload.title]];
  if (booking) {
    rows.push([
      t.with,
      to.role === 'client'
        ? payload.providerName
        : `${booking.client.name} <${booking.client.email}>`,
    ]);
    rows.push([t.when, range(booking.start, booking.end, locale, to.timeZone)]);
    if (payload.previous)
      rows.push([
        t.before,
        range(payload.previous.start, payload.previous.end, locale, to.timeZone),
      ]);
    rows.push([t.length, unit(locale, 'minute', booking.durationMinutes)]);
  } else if (payload.event) {
    const end = new Date(
      Date.parse(payload.event.start) + payload.event.durationMinutes * 60_000,
    ).toISOString();
    rows.push([t.with, payload.providerName]);
    rows.push([t.when, range(payload.event.start, end, locale, to.timeZone)]);
  }
  if (payload.reason) rows.push([t.reason, payload.reason]);
  if (payload.refund)
    rows.push([
      t.refund,
      formatMoney({ amount: payload.refund.amount, currency: payload.refund.currency }, locale),
    ]);

  const link = options.manageUrl;
  const linkText = payload.kind === 'seats_offered' ? t.answerOffer : t.manage;
  const text = [
    t.hello(to.name),
    '',
    intro,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    t.zone(to.timeZone),
    ...(link ? ['', `${linkText}: ${link}`] : []),
    '',
    '-- ',
    t.footer(payload.providerName),
    '',
  ].join('\n');

  const html = `<!doctype html>
<html lang="${locale}" dir="${t.dir}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">
<p>${escapeHtml(t.hello(to.name))}</p>
<p>${escapeHtml(intro)}</p>
<table role="presentation" style="border-collapse: collapse">
${rows
  .map(
    ([label, value]) =>
      `<tr><th scope="row" style="text-align: start; padding: 2px 12px 2px 0; font-weight: 600">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
  )
  .join('\n')}
</table>
<p style="color: #555">${escapeHtml(t.zone(to.timeZone))}</p>
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(linkText)}</a></p>\n` : ''}<p style="color: #555; font-size: 0.9em">${escapeHtml(t.footer(payload.providerName))}</p>
</body>
</html>
`;

  let ics: RenderedEmail['ics'];
  if (payload.ics && booking) {
    const status =
      payload.ics.method === 'CANCEL'
        ? 'CANCELLED'
        : booking.status === 'pending'
          ? 'TENTATIVE'
          : 'CONFIRMED';
    ics = {
      method: payload.ics.method,
      content: icsEvent({
        // The UID and SEQUENCE every maker of a file about this booking uses (the elements' "add
        // to calendar" too), so a calendar keeps one entry for it.
        ...calendarIdentity(booking),
        method: payload.ics.method,
        product: 'booking-server',
        start: booking.start,
        end: booking.end,
        title: `${payload.title}: ${payload.providerName}`,
        description: link ? `${intro}\n${linkText}: ${link}` : intro,
        ...(link ? { url: link } : {}),
        status,
        organizer: { name: payload.providerName, email: payload.providerEmail ?? options.from },
        attendee: { name: booking.client.name, email: booking.client.email },
        now: new Date(options.now).toISOString(),
      }),
    };
  }
  return { subject, text, html, ics, locale };
}
