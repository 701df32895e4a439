// The gallery's provider pages: each provider element gets the in-browser mock's demo token of its
// provider (`demo-<id>-token`) as a property, never an attribute, so it never shows in the markup.
// This runs before live.js loads the bundles: the elements upgrade with their token already set.
// When the page's widget books, the inbox reads its bookings again at once.
type WithToken = HTMLElement & { token?: string };

for (const element of document.querySelectorAll<WithToken>('booking-inbox, availability-editor'))
  element.token = `demo-${element.getAttribute('provider') ?? ''}-token`;

document.addEventListener('booking-confirmed', () => {
  for (const inbox of document.querySelectorAll<HTMLElement & { refresh?: () => Promise<void> }>(
    'booking-inbox',
  ))
    void inbox.refresh?.();
});
