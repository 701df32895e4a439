// `npm run size`: builds both script-tag bundles and checks each against its budget.
// - `booking-elements.js`, the visitor's: the first render of a page with one element downloads
//   the entry (what every element stands on: Lit, core, the HTTP client), that element's own
//   module, and, in the one language it shows, the shared words and that element's own.
// - `booking-provider.js`, the provider's: the entry (both provider elements) and, per language,
//   the shared words and the provider elements' own.
// For the heaviest element and language that must stay within the bundle's budget, gzip. Parts no
// first render needs (the zone picker's popover, later steps, the other elements) load lazily and
// are printed too, with the total a page can ever download. Exits 1 when either is over.
// `npm test` runs it.
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { providerTagBuild, scriptTagBuild } from '../rollup.config.mjs';

/** The visitor bundle's budget (first render, heaviest element and language), KB gzip. */
export const BUDGET_KB = 55;
/** The provider bundle's budget (first render, heaviest language), KB gzip. */
export const PROVIDER_BUDGET_KB = 60;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const sum = (values) => values.reduce((a, b) => a + b, 0);
const languageOf = (chunk) => /[\\/]catalogs[\\/](\w+)\./.exec(chunk.facadeModuleId ?? '')?.[1];
/** The tag whose registration module (define/<tag>.ts) a chunk holds, if any. */
const tagOf = (chunk) =>
  chunk.moduleIds
    .map((id) => /[\\/]define[\\/]([\w-]+)\.ts$/.exec(id)?.[1])
    .find((tag) => tag && tag !== 'auto' && tag !== 'index' && tag !== 'provider');

/** Measures one bundle and prints its table and budget line; resolves with whether it is over. */
async function measure({ name, config, dir, budgetKb }) {
  rmSync(dir, { recursive: true, force: true });
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();
  const chunks = new Map(
    output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const gzipOf = new Map();
  for (const file of chunks.keys()) {
    const data = readFileSync(join(dir, file));
    gzipOf.set(file, { raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  const bytes = (files) => sum([...files].map((file) => gzipOf.get(file).gzip));
  /** A chunk and everything it imports statically: what loading it downloads. */
  const closure = (file, into = new Set()) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const imported of chunks.get(file).imports) closure(imported, into);
    return into;
  };
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const eager = closure(entry.fileName);
  const catalogs = [...chunks.values()].filter(languageOf);
  // Elements the entry defines when their tag appears, each a module of its own; a bundle whose
  // entry defines its elements itself has one page: the entry.
  const elements = [...chunks.values()].filter((c) => !eager.has(c.fileName) && tagOf(c));
  const languages = [...new Set(catalogs.map(languageOf))];
  // A language's messages on a page: the catalog chunks of that language its code loads (the
  // shared words, and the set of each element on it that has words of its own).
  const messages = (language, files = [...chunks.keys()]) =>
    bytes(
      catalogs
        .filter((c) => languageOf(c) === language)
        .filter((c) => files.some((file) => chunks.get(file).dynamicImports.includes(c.fileName)))
        .map((c) => c.fileName),
    );

  const label = (chunk) => {
    if (chunk === entry) return 'entry';
    if (eager.has(chunk.fileName)) return 'imported by the entry';
    if (elements.includes(chunk)) return `<${tagOf(chunk)}>: when one is on the page`;
    if (languageOf(chunk)) return `${languageOf(chunk)} messages`;
    return 'lazy: when first needed';
  };
  console.log(`\n${name}\n`);
  console.log(`${'file'.padEnd(70)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
  for (const chunk of chunks.values()) {
    const { raw, gzip } = gzipOf.get(chunk.fileName);
    const file = `${chunk.fileName} (${label(chunk)})`;
    console.log(`${file.padEnd(70)} ${kb(raw).padStart(7)} ${kb(gzip).padStart(7)}`);
  }

  console.log(`\nWhat a first render downloads, by the language it shows (gzip KB):`);
  console.log(`  ${'page'.padEnd(22)}${languages.map((l) => l.padStart(7)).join('')}`);
  const pages = (elements.length ? elements : [entry]).map((chunk) => {
    const files = closure(chunk.fileName, closure(entry.fileName));
    const row = languages.map((language) => bytes(files) + messages(language, [...files]));
    const page = chunk === entry ? 'every element' : `<${tagOf(chunk)}>`;
    console.log(`  ${page.padEnd(22)}${row.map((v) => kb(v).padStart(7)).join('')}`);
    const worst = Math.max(...row);
    return { page, language: languages[row.indexOf(worst)], first: worst };
  });

  const worst = pages.reduce((a, b) => (b.first > a.first ? b : a));
  const over = worst.first > budgetKb * 1024;
  const everything =
    bytes(chunks.keys()) -
    bytes(catalogs.map((c) => c.fileName)) +
    Math.max(...languages.map((language) => messages(language)));
  console.log(
    `\nBudget: first render at most ${budgetKb} KB gzip. Heaviest (${worst.page}, ` +
      `${worst.language}): ${kb(worst.first)} KB, ` +
      (over
        ? `OVER by ${kb(worst.first - budgetKb * 1024)} KB`
        : `${kb(budgetKb * 1024 - worst.first)} KB to spare`) +
      ` (with every lazy part: ${kb(everything)} KB).`,
  );
  return over;
}

const visitorOver = await measure({
  name: 'booking-elements.js: the visitor bundle',
  config: scriptTagBuild('.cache/size'),
  dir: '.cache/size',
  budgetKb: BUDGET_KB,
});
const providerOver = await measure({
  name: 'booking-provider.js: the provider bundle',
  config: providerTagBuild('.cache/size-provider'),
  dir: '.cache/size-provider',
  budgetKb: PROVIDER_BUDGET_KB,
});
process.exit(visitorOver || providerOver ? 1 : 0);
