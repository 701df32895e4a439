// The custom-elements manifest of @booking/elements, made from the classes' JSDoc
// (@attr, @fires, @csspart, @cssproperty) and Lit's properties by the CEM analyzer, and its
// rendering as HTML tables for the docs. `npm run build` writes it to
// packages/elements/dist/custom-elements.json; the docs build renders it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { escapeHtml } from './html.mjs';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const root = resolve(import.meta.dirname, '..');
const SOURCES = [
  'packages/elements/src/shared/booking-element.ts',
  'packages/elements/src/booking-widget/booking-widget.ts',
  'packages/elements/src/group-event-list/group-event-list.ts',
  'packages/elements/src/booking-manage/booking-manage.ts',
  'packages/elements/src/shared/provider-element.ts',
  'packages/elements/src/booking-inbox/booking-inbox.ts',
  'packages/elements/src/availability-editor/availability-editor.ts',
];

const isPublic = (item) =>
  item.name &&
  !item.name.startsWith('_') &&
  !item.name.startsWith('#') &&
  (item.privacy ?? 'public') === 'public' &&
  !item.static;

/** The manifest (schema 1.0), with private and internal members left out. */
export function elementsManifest() {
  const modules = SOURCES.map((path) =>
    ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin()] });
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.attributes = (declaration.attributes ?? []).filter(
        (a) => !a.fieldName?.startsWith('_') && !a.name.startsWith('_'),
      );
      declaration.members = (declaration.members ?? []).filter(isPublic);
      // Dispatches the analyzer found without a name repeat the documented @fires entries.
      declaration.events = (declaration.events ?? []).filter((e) => e.name);
    }
  }
  return manifest;
}

/** JSDoc text to HTML: `code` spans become <code>. */
const prose = (text = '') => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '');

function table(caption, head, rows) {
  if (!rows.length) return '';
  return (
    `<div class="table"><table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

const elements = (manifest) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

function elementTables(element) {
  const tag = `<code>&lt;${element.tagName}&gt;</code>`;
  const propertyOnly = element.members.filter((m) => m.kind === 'field' && !m.attribute);
  return [
    table(
      `Attributes of ${tag}`,
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      element.attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        prose(a.description),
      ]),
    ),
    table(
      `Properties of ${tag} (set from script)`,
      ['Property', 'Type', 'Description'],
      propertyOnly.map((p) => [code(p.name), code(p.type?.text), prose(p.description)]),
    ),
    table(
      `Events of ${tag} (bubbling, composed)`,
      ['Event', 'Description'],
      element.events.map((e) => [code(e.name), prose(e.description)]),
    ),
    table(
      `CSS parts of ${tag}`,
      ['Part', 'Description'],
      element.cssParts.map((p) => [code(`::part(${p.name})`), prose(p.description)]),
    ),
    table(
      `CSS custom properties of ${tag}`,
      ['Property', 'Description'],
      element.cssProperties.map((p) => [code(p.name), prose(p.description)]),
    ),
  ].join('');
}

/** Union of one kind of entry over every element, with the elements that have it. */
function union(manifest, key, label, format) {
  const byName = new Map();
  for (const element of elements(manifest)) {
    for (const item of element[key] ?? []) {
      const entry = byName.get(item.name) ?? { item, tags: [] };
      entry.tags.push(element.tagName);
      byName.set(item.name, entry);
    }
  }
  return table(
    label,
    [
      key === 'events' ? 'Event' : key === 'cssParts' ? 'Part' : 'Property',
      'Description',
      'Element',
    ],
    [...byName.values()].map(({ item, tags }) => [
      format(item.name),
      prose(item.description),
      tags.map((t) => code(`<${t}>`)).join(' '),
    ]),
  );
}

/**
 * The HTML for a `<!-- reference: what -->` marker: an element's name (every table of it),
 * `css-properties`, `css-parts` or `events` (every element).
 */
export function referenceTables(manifest, what) {
  const element = elements(manifest).find((e) => e.tagName === what);
  if (element) return elementTables(element);
  if (what === 'css-properties')
    return union(manifest, 'cssProperties', 'Custom properties', (n) => code(n));
  if (what === 'css-parts')
    return union(manifest, 'cssParts', 'Parts', (n) => code(`::part(${n})`));
  if (what === 'events') return union(manifest, 'events', 'Events', (n) => code(n));
  throw new Error(
    `Unknown reference "${what}": use an element's tag, css-properties, css-parts or events.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const out = join(root, 'packages/elements/dist/custom-elements.json');
  mkdirSync(join(root, 'packages/elements/dist'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(elementsManifest(), null, 2)}\n`);
  console.log(`Wrote ${out.slice(root.length + 1)}`);
}
