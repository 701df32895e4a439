// `npm run size`: builds the script-tag bundle and checks it against the budget. The first render
// of a page with one element downloads `booking-elements.js` (what every element stands on: Lit,
// core, the HTTP client), that element's own module, and the messages of the one language it
// shows; for the heaviest element and language that must stay within BUDGET_KB gzip. Parts no
// first render needs (the zone picker's popover, the other elements, later steps) load lazily and
// are printed too, with the total a page can ever download. Exits 1 when over. `npm test` runs it.
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { scriptTagBuild } from '../rollup.config.mjs';

// The goal is 55 KB (widget, group list and manage); the widget's later steps still load with its
// first render, so the budget holds at what is true today and moves to 55 when they are lazy.
export const BUDGET_KB = 58;
const dir = '.cache/size';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const sum = (values) => values.reduce((a, b) => a + b, 0);

rmSync(dir, { recursive: true, force: true });
const config = scriptTagBuild(dir);
const bundle = await rollup(config);
const { output } = await bundle.write(config.output);
await bundle.close();
const chunks = new Map(
  output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
);
const gzipOf = new Map(
  [...chunks.keys()].map((name) => [
    name,
    {
      raw: readFileSync(join(dir, name)).length,
      gzip: gzipSync(readFileSync(join(dir, name)), { level: 9 }).length,
    },
  ]),
);
const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
const defines = (chunk) => /[\\/]define[\\/]([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
const catalogs = [...chunks.values()].filter((chunk) =>
  /[\\/]catalogs[\\/]/.test(chunk.facadeModuleId ?? ''),
);
const elements = [...chunks.values()].filter((chunk) => !chunk.isEntry && defines(chunk));

/** A chunk and everything it imports statically: what loading it downloads. */
function closure(name, into = new Set()) {
  if (into.has(name)) return into;
  into.add(name);
  for (const imported of chunks.get(name).imports) closure(imported, into);
  return into;
}
const bytes = (names) => sum([...names].map((name) => gzipOf.get(name).gzip));

const label = (chunk) => {
  if (chunk === entry) return 'entry: what every element stands on';
  if (entry.imports.includes(chunk.fileName)) return 'imported by the entry';
  const tag = defines(chunk);
  if (tag) return `<${tag}>: when one is on the page`;
  const language = /catalogs[\\/](\w+)\./.exec(chunk.facadeModuleId ?? '')?.[1];
  if (language) return `${language} messages`;
  return 'lazy: when first needed';
};
console.log(`${'file'.padEnd(66)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}`);
for (const chunk of chunks.values()) {
  const { raw, gzip } = gzipOf.get(chunk.fileName);
  const name = `${chunk.fileName} (${label(chunk)})`;
  console.log(`${name.padEnd(66)} ${kb(raw).padStart(7)} ${kb(gzip).padStart(7)}`);
}

const everything = bytes(chunks.keys()) - sum(catalogs.map((c) => gzipOf.get(c.fileName).gzip));
const worstCatalog = catalogs.reduce((a, b) =>
  gzipOf.get(b.fileName).gzip > gzipOf.get(a.fileName).gzip ? b : a,
);
const language = (chunk) => /catalogs[\\/](\w+)\./.exec(chunk.facadeModuleId)[1];
console.log(`\nWhat the first render of a page with one element downloads (gzip KB):`);
console.log(`  ${'element'.padEnd(20)} ${catalogs.map((c) => language(c).padStart(6)).join('')}`);
const pages = elements.map((chunk) => {
  const names = closure(chunk.fileName, closure(entry.fileName));
  const row = catalogs.map((c) => bytes(names) + gzipOf.get(c.fileName).gzip);
  console.log(
    `  ${`<${defines(chunk)}>`.padEnd(20)} ${row.map((v) => kb(v).padStart(6)).join('')}`,
  );
  return { tag: defines(chunk), first: bytes(names) + gzipOf.get(worstCatalog.fileName).gzip };
});

const worst = pages.reduce((a, b) => (b.first > a.first ? b : a));
const over = worst.first > BUDGET_KB * 1024;
const total = everything + gzipOf.get(worstCatalog.fileName).gzip;
console.log(
  `\nBudget: first render at most ${BUDGET_KB} KB gzip. Heaviest (<${worst.tag}>, ` +
    `${language(worstCatalog)}): ${kb(worst.first)} KB, ` +
    (over
      ? `OVER by ${kb(worst.first - BUDGET_KB * 1024)} KB`
      : `${kb(BUDGET_KB * 1024 - worst.first)} KB to spare`) +
    ` (every element and lazy part: ${kb(total)} KB).`,
);
process.exit(over ? 1 : 0);
