// The live demo: ../shared/live.ts (loaded first) starts the mock backend in the browser and loads
// the script-tag bundle as a site owner would; this puts one <booking-widget> on the page. The
// controls only set attributes.

const root = document.getElementById('demo')!;
const group = document.getElementById('group')!;
const controls = document.getElementById('controls') as HTMLFormElement;
const log = document.getElementById('log')!;

try {
  await customElements.whenDefined('booking-widget');
  const widget = document.createElement('booking-widget');
  widget.setAttribute('api-base', '/api');
  widget.setAttribute('provider', 'ana');
  root.replaceChildren(widget);
  // The expert marketplace (seed 000) sells one-to-one sessions and group events side by side.
  const events = document.createElement('group-event-list');
  events.setAttribute('api-base', '/api');
  const showGroups = () => {
    const provider = widget.getAttribute('provider') ?? '';
    group.hidden = provider !== 'mia';
    if (!group.hidden && events.getAttribute('provider') !== provider) {
      events.setAttribute('provider', provider);
      if (!events.isConnected) group.replaceChildren(events);
    }
  };
  controls.addEventListener('change', (event) => {
    const field = event.target as HTMLSelectElement;
    for (const element of [widget, events]) {
      if (field.name === 'provider' && element === events) continue;
      if (field.value) element.setAttribute(field.name, field.value);
      else element.removeAttribute(field.name);
    }
    showGroups();
  });
  for (const type of [
    'booking-ready',
    'booking-step-change',
    'booking-confirmed',
    'booking-error',
  ]) {
    widget.addEventListener(type, (event) => {
      const detail = (event as CustomEvent<Record<string, unknown>>).detail;
      log.textContent = `${type}: ${JSON.stringify(detail).slice(0, 160)}`;
    });
  }
  await new Promise((resolve) => widget.addEventListener('booking-ready', resolve, { once: true }));
} catch (error) {
  const message = document.createElement('p');
  message.className = 'error';
  message.textContent = `The demo could not start: ${(error as Error).message}`;
  root.replaceChildren(message);
  throw error;
} finally {
  root.setAttribute('aria-busy', 'false');
}
export {};
