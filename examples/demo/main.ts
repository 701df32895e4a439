// The live demo: starts the mock backend in the browser, then loads the elements bundle and
// shows each demo provider's next available times, computed by @booking/core in the viewer's zone.
import {
  browserTimeZone,
  computeSlots,
  formatLocalTime,
  groupSlotsByDay,
  type SlotQuery,
} from '@booking/core';
import { demoProviders } from '@booking/mock';
import { startMockWorker } from '@booking/mock/browser';

const root = document.getElementById('demo')!;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function renderProvider(id: string, viewerZone: string): Promise<HTMLElement> {
  const provider = await getJson<{ name: string; headline: string; policy: SlotQuery['policy'] }>(
    `/api/providers/${id}`,
  );
  const availability = await getJson<Pick<SlotQuery, 'timeZone' | 'weekly' | 'overrides' | 'busy'>>(
    `/api/providers/${id}/availability`,
  );
  const now = new Date();
  const slots = computeSlots({
    ...availability,
    policy: provider.policy,
    now: now.toISOString(),
    from: now.toISOString(),
    to: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
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
  section.querySelector('p')!.textContent =
    `${provider.headline} · works in ${availability.timeZone} · times shown in ${viewerZone}`;
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
  const sections = await Promise.all(demoProviders.map((p) => renderProvider(p.id, viewerZone)));
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
