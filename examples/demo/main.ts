// The live demo: starts the mock backend in the browser, then loads the elements bundle and
// shows each demo provider's next available times, computed by @booking/core in the viewer's zone.
import {
  browserTimeZone,
  computeSlots,
  defaultDuration,
  formatLocalTime,
  formatMoney,
  groupSlotsByDay,
  sessionPrice,
  type Provider,
} from '@booking/core';
import { createHttpAdapter } from '@booking/core/http';
import { startMockWorker } from '@booking/mock/browser';

const root = document.getElementById('demo')!;
const adapter = createHttpAdapter({ baseUrl: '/api' });

async function renderProvider(provider: Provider, viewerZone: string): Promise<HTMLElement> {
  const now = new Date();
  const from = now.toISOString();
  const to = new Date(now.getTime() + 14 * 86_400_000).toISOString();
  const availability = await adapter.getAvailability(provider.id, { from, to });
  const service = provider.services[0]!;
  const durationMinutes = defaultDuration(service);
  const slots = computeSlots({
    ...availability,
    policy: { ...provider.policy, durationMinutes },
    now: from,
    from,
    to,
  });
  const section = document.createElement('article');
  section.className = 'provider';
  const days = groupSlotsByDay(slots, viewerZone).slice(0, 3);
  const dateFormat = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  section.innerHTML = `<h2></h2><p></p>`;
  section.querySelector('h2')!.textContent = provider.name;
  const price = formatMoney(sessionPrice(service, durationMinutes).price);
  section.querySelector('p')!.textContent =
    `${provider.headline ?? ''} · ${service.name}, ${durationMinutes} min, ${price} · works in ${availability.timeZone} · times shown in ${viewerZone}`;
  for (const day of days) {
    const heading = document.createElement('h3');
    heading.textContent = dateFormat.format(new Date(`${day.date}T00:00:00Z`));
    const list = document.createElement('ul');
    for (const slot of day.slots) {
      const item = document.createElement('li');
      item.textContent = formatLocalTime(slot.start, { timeZone: viewerZone });
      list.append(item);
    }
    section.append(heading, list);
  }
  if (!days.length) section.append('No free times in the next two weeks.');
  return section;
}

try {
  await startMockWorker({ baseUrl: '/api' });
  // Loaded as a site owner would: the self-contained script-tag bundle, next to this file.
  await import(/* @vite-ignore */ new URL('./booking-elements.js', import.meta.url).href);
  const viewerZone = browserTimeZone();
  const { items } = await adapter.listProviders({ limit: 100 });
  const sections = await Promise.all(items.map((p) => renderProvider(p, viewerZone)));
  root.replaceChildren(...sections);
} catch (error) {
  const message = document.createElement('p');
  message.className = 'error';
  message.textContent = `The demo could not start: ${(error as Error).message}`;
  root.replaceChildren(message);
  throw error;
} finally {
  root.setAttribute('aria-busy', 'false');
}
