// Type-checks every JavaScript and TypeScript example of the README and the docs under
// `tsc --strict` against the packages' sources, so an example that no longer matches the API
// fails `npm test`. (The programs under examples/ are type-checked by the root tsconfig.)
// A fragment that only makes sense inside a host page may use the names declared in PRELUDE.
//
// Usage: node scripts/check-examples.mjs   (exit code 1 and tsc's errors when one fails)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFiles } from './files.mjs';

const out = join('.cache', 'examples');
const PRELUDE = `// Names the docs' host-page fragments use without declaring them.
import type { BookingManage, BookingWidget } from '@booking/elements';
declare global {
  const widget: BookingWidget;
  const manage: BookingManage;
  const analytics: { track(name: string, data?: unknown): void };
  function track(name: string, data?: unknown): void;
  const campaign: string;
}
export {};
`;

/** The code blocks of a markdown file that are JavaScript or TypeScript. */
function blocks(file) {
  const found = [];
  const fence = /^```(js|ts|javascript|typescript)\b[^\n]*\n([\s\S]*?)^```$/gm;
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split('\n').length + 1;
    found.push({ language: match[1].startsWith('t') ? 'ts' : 'js', code: match[2], line });
  }
  return found;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
for (const file of ['README.md', ...findFiles('docs', (p) => p.endsWith('.md'))]) {
  for (const { language, code, line } of blocks(file)) {
    const name = `${file.replace(/[/\\.]/g, '_')}_L${line}.${language}`;
    // Each example is its own module, and the first line says where it came from.
    writeFileSync(join(out, name), `// ${file}:${line}\n${code}\nexport {};\n`);
    files.push(name);
  }
}
writeFileSync(join(out, 'prelude.d.ts'), PRELUDE);
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../tsconfig.json',
      compilerOptions: { allowJs: true, checkJs: true, strict: true, noEmit: true },
      include: ['*.js', '*.ts'],
      exclude: [],
    },
    null,
    2,
  ),
);
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', join(out, 'tsconfig.json')],
  { stdio: 'inherit' },
);
console.log(`${files.length} examples from the README and docs type-checked`);
process.exit(tsc.status ?? 1);
