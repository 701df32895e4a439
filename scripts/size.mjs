// `npm run size`: builds both script-tag bundles and checks each against its budget. The first
// render of a visitor's page downloads `booking-elements.js` (the visitor's elements, every
// dependency) plus the messages of the one language it shows; a provider's page downloads
// `booking-provider.js` plus, per language, the visitor elements' messages and the provider
// elements' own. For the heaviest language that must stay within the bundle's budget, gzip.
// Parts only later steps need (floating-ui, for the zone picker's popover) load lazily and are
// printed too, with the total a page can ever download. Exits 1 when either is over. `npm test`
// runs it.
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { providerTagBuild, scriptTagBuild } from '../rollup.config.mjs';

/** The visitor bundle's budget (first render, heaviest language), KB gzip. */
export const BUDGET_KB = 60;
/** The provider bundle's budget (first render, heaviest language), KB gzip. */
export const PROVIDER_BUDGET_KB = 60;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzip = (data) => gzipSync(data, { level: 9 }).length;
const sum = (values) => values.reduce((a, b) => a + b, 0);

/** Builds a bundle into `dir`; resolves with its entry, its catalog chunks and the others. */
async function build(config, dir) {
  rmSync(dir, { recursive: true, force: true });
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const catalogs = chunks.filter((chunk) => /[\\/]catalogs[\\/]/.test(chunk.facadeModuleId ?? ''));
  const others = chunks.filter((chunk) => chunk !== entry && !catalogs.includes(chunk));
  return { entry, catalogs, others };
}

/**
 * Measures one bundle and prints its table and budget line; resolves with whether it is over.
 * A language's catalogs are every catalog chunk of that language (a provider's page loads two
 * sets: the visitor elements' and its own).
 */
async function measure({ name, config, dir, what, budgetKb }) {
  const { entry, catalogs, others } = await build(config, dir);
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
  const first = add(entry, what) + sum(eager.map((c) => add(c, 'imported by it')));
  const later = sum(lazy.map((c) => add(c, 'lazy: when first needed')));
  const byLanguage = new Map();
  for (const chunk of catalogs) {
    const language = /catalogs[\\/](\w+)\./.exec(chunk.facadeModuleId)[1];
    const bytes = add(chunk, `${language} messages`);
    byLanguage.set(language, (byLanguage.get(language) ?? 0) + bytes);
  }
  const pages = [...byLanguage].map(([language, catalog]) => ({ language, catalog }));

  console.log(`\n${name}\n`);
  console.log(`${'file'.padEnd(62)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
  for (const [file, s] of rows)
    console.log(`${file.padEnd(62)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(7)}`);
  console.log(`\nWhat a page downloads, by the language it shows (gzip KB):`);
  console.log(`  language  first render  everything`);
  for (const { language, catalog } of pages)
    console.log(
      `  ${language.padEnd(8)}  ${kb(first + catalog).padStart(12)}  ${kb(first + catalog + later).padStart(10)}`,
    );

  const worst = pages.reduce((a, b) => (b.catalog > a.catalog ? b : a));
  const firstRender = first + worst.catalog;
  const over = firstRender > budgetKb * 1024;
  console.log(
    `\nBudget: first render at most ${budgetKb} KB gzip. Heaviest (${worst.language}): ${kb(firstRender)} KB, ` +
      (over
        ? `OVER by ${kb(firstRender - budgetKb * 1024)} KB`
        : `${kb(budgetKb * 1024 - firstRender)} KB to spare`) +
      ` (with every lazy part: ${kb(firstRender + later)} KB).`,
  );
  return over;
}

const visitorOver = await measure({
  name: 'booking-elements.js: the visitor bundle',
  config: scriptTagBuild('.cache/size'),
  dir: '.cache/size',
  what: 'visitor elements, all dependencies',
  budgetKb: BUDGET_KB,
});
const providerOver = await measure({
  name: 'booking-provider.js: the provider bundle',
  config: providerTagBuild('.cache/size-provider'),
  dir: '.cache/size-provider',
  what: 'provider elements, all dependencies',
  budgetKb: PROVIDER_BUDGET_KB,
});
process.exit(visitorOver || providerOver ? 1 : 0);
