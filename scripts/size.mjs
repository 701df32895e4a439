// `npm run size`: builds the script-tag bundle and prints its raw and gzip sizes, and those of
// each package's own ESM output.
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { scriptTagBuild } from '../rollup.config.mjs';

const config = scriptTagBuild('.cache/size');
const bundle = await rollup(config);
await bundle.write(config.output);
await bundle.close();

const rows = [
  ['booking-elements.js (script tag, all dependencies)', '.cache/size/booking-elements.js'],
];
for (const pkg of ['core', 'elements', 'mock', 'conformance']) {
  const file = `packages/${pkg}/dist/index.js`;
  if (existsSync(file)) rows.push([`@booking/${pkg} dist/index.js (own code)`, file]);
}
console.log('file'.padEnd(56), 'raw KB'.padStart(8), 'gzip KB'.padStart(8));
for (const [name, file] of rows) {
  const data = readFileSync(file);
  console.log(
    name.padEnd(56),
    (data.length / 1024).toFixed(1).padStart(8),
    (gzipSync(data, { level: 9 }).length / 1024).toFixed(1).padStart(8),
  );
}
if (rows.length === 1) console.log('(run `npm run build` first for the per-package rows)');
