// What the elements show once something is booked: add to calendar (.ics, Google, Outlook) and
// the manage link. The .ics is a Blob URL the host keeps and revokes.
import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, icsFile, outlookCalendarUrl, type CalendarEntry } from './ics.js';
import type { Translate } from './i18n.js';
import { safeLink } from './config.js';

/** A Blob URL of the entry's .ics file (revoke it when done). */
export function icsUrl(entry: CalendarEntry): string {
  return URL.createObjectURL(new Blob([icsFile(entry)], { type: 'text/calendar' }));
}

export function renderCalendarLinks(
  t: Translate,
  entry: CalendarEntry,
  ics: string | undefined,
  manageUrl: string | undefined,
): TemplateResult {
  // Only ever an http(s) link: never `javascript:` or `data:`, whatever the backend sent.
  const safe = safeLink(manageUrl);
  return html`<div class="links">
    ${ics ? html`<a part="button" href=${ics} download="booking.ics">${t('addToCalendar')}</a>` : nothing}
    <a part="button" href=${googleCalendarUrl(entry)} target="_blank" rel="noopener"
      >${t('googleCalendar')}</a
    >
    <a part="button" href=${outlookCalendarUrl(entry)} target="_blank" rel="noopener"
      >${t('outlookCalendar')}</a
    >
    ${safe ? html`<a part="button" href=${safe}>${t('manage')}</a>` : nothing}
  </div>`;
}
