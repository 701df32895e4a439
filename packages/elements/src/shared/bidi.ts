// Text from the backend (names, titles, tags, instructions) may be in any script and may carry
// stray direction controls (an unclosed U+202E). It is always bidi-isolated, so it can never
// reorder the words, dates or prices beside it: `<bdi>` inline, `dir="auto"` on blocks.
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from './i18n.js';

/**
 * A message whose `{values}` are each isolated in `<bdi>`: `isolate(t, 'successConfirmed',
 * { provider: name })`. The message's own words keep the element's direction.
 */
export function isolate<K extends string = MessageKey>(
  t: { raw(key: K): string },
  key: K,
  values: Record<string, string | number>,
): TemplateResult {
  // split() with a capturing group: even entries are the message's words, odd ones value names.
  const parts = t.raw(key).split(/\{(\w+)\}/);
  return html`${parts.map((part, i) =>
    i % 2 === 0 ? part : html`<bdi>${values[part] ?? `{${part}}`}</bdi>`,
  )}`;
}
