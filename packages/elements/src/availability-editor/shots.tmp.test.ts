import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createHttpAdapter } from '@booking/core/http';
import { createMockBackend } from '@booking/mock';
import '../define/availability-editor.js';
import type { AvailabilityEditor } from './availability-editor.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const clock = () => NOW;
const BASE = 'http://mock.test/api';

for (const [locale, theme, width] of [
  ['en-GB', 'light', 320],
  ['ar', 'dark', 320],
  ['de', 'light', 1000],
] as const)
  it(`shot ${locale} ${theme} ${width}`, async () => {
    sessionStorage.clear();
    const mock = createMockBackend({ baseUrl: BASE, now: clock });
    const api = createHttpAdapter({
      baseUrl: BASE,
      token: 'demo-ana-token',
      fetch: (input, init) => mock.handle(new Request(input as RequestInfo, init)),
    });
    document.body.style.margin = '0';
    document.body.style.background = theme === 'dark' ? '#000' : '#fff';
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: ${width}px">
        <availability-editor
          provider="ana"
          locale=${locale}
          theme=${theme}
          .adapter=${api}
          .clock=${clock}
        ></availability-editor>
      </div>`,
    );
    const el = wrapper.querySelector('availability-editor')! as AvailabilityEditor;
    await waitUntil(() => el.shadowRoot!.querySelector('form'));
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-date="2026-11-26"]')!.click();
    await el.updateComplete;
    root.querySelectorAll<HTMLInputElement>('.override input[type=radio]')[1]!.click();
    await el.updateComplete;
    const end = root.getElementById('f-weekly-friday-0-end') as HTMLInputElement;
    end.value = '02:00';
    end.dispatchEvent(new Event('input'));
    const tue = root.getElementById('f-weekly-tuesday-0-end') as HTMLInputElement;
    tue.value = '09:00';
    tue.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await executeServerCommand('shot', {
      path: `/tmp/editor-${locale}-${theme}-${width}.png`,
      width,
    });
  });
