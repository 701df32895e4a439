// `npm run size`: builds the script-tag bundle and checks it against the budget. The first render
// of a page downloads `booking-elements.js` (both elements, every dependency) plus the messages of
// the one language it shows; for the heaviest language that must stay within BUDGET_KB gzip.
// Parts only later steps need (floating-ui, for the zone picker's popover) load lazily and are
// printed too, with the total a page can ever download. Exits 1 when over. `npm test` runs it.
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { scriptTagBuild } from '../rollup.config.mjs';

export const BUDGET_KB = 60;
const dir = '.cache/size';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzip = (data) => gzipSync(data, { level: 9 }).length;
const sum = (values) => values.reduce((a, b) => a + b, 0);

/** Builds the bundle into `dir`; resolves with its entry and, per language, its catalog chunk. */
async function build() {
  rmSync(dir, { recursive: true, force: true });
  const config = scriptTagBuild(dir);
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const catalogs = chunks.filter((chunk) => /[\\/]catalogs[\\/]/.test(chunk.facadeModuleId ?? ''));
  const others = chunks.filter((chunk) => chunk !== entry && !catalogs.includes(chunk));
  return { entry, catalogs, others };
}

const { entry, catalogs, others } = await build();
const size = (chunk) => {
  const data = readFileSync(join(dir, chunk.fileName));
  return { raw: data.length, gzip: gzip(data) };
};
const eager = others.filter((chunk) => entry.imports.includes(chunk.fileName));
const lazy = others.filter((chunk) => !eager.includes(chunk));
const rows = [];
const add = (chunk, label) => {
  const s = size(chunk);
  rows.push([`${chunk.fileName} (${label})`, s]);
  return s.gzip;
};
const first =
  add(entry, 'both elements, all dependencies') + sum(eager.map((c) => add(c, 'imported by it')));
const later = sum(lazy.map((c) => add(c, 'lazy: when first needed')));
const pages = catalogs.map((chunk) => {
  const language = /catalogs[\\/](\w+)\./.exec(chunk.facadeModuleId)[1];
  return { language, catalog: add(chunk, `${language} messages`) };
});

console.log(`${'file'.padEnd(62)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const [name, s] of rows)
  console.log(`${name.padEnd(62)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(7)}`);
console.log(`\nWhat a page downloads, by the language it shows (gzip KB):`);
console.log(`  language  first render  everything`);
for (const { language, catalog } of pages)
  console.log(
    `  ${language.padEnd(8)}  ${kb(first + catalog).padStart(12)}  ${kb(first + catalog + later).padStart(10)}`,
  );

const worst = pages.reduce((a, b) => (b.catalog > a.catalog ? b : a));
const firstRender = first + worst.catalog;
const over = firstRender > BUDGET_KB * 1024;
console.log(
  `\nBudget: first render at most ${BUDGET_KB} KB gzip. Heaviest (${worst.language}): ${kb(firstRender)} KB, ` +
    (over
      ? `OVER by ${kb(firstRender - BUDGET_KB * 1024)} KB`
      : `${kb(BUDGET_KB * 1024 - firstRender)} KB to spare`) +
    ` (with every lazy part: ${kb(firstRender + later)} KB).`,
);
process.exit(over ? 1 : 0);
