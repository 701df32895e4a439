// The codes table of docs/core.md lists exactly the codes core gives programs (codes.ts), so a
// program can rely on the docs. Each code appears once, in one table.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as codes from './codes.js';

/** Every table of codes.ts (its values that are objects). */
const tables = Object.values(codes as Record<string, unknown>).filter(
  (v): v is Record<string, string> => typeof v === 'object' && v !== null,
);

const docs = readFileSync(new URL('../../../docs/core.md', import.meta.url), 'utf8');

describe('the codes table', () => {
  it('lists every code of core, and no other', () => {
    const section = docs.slice(
      docs.indexOf('### Codes'),
      docs.indexOf('\n## ', docs.indexOf('### Codes')),
    );
    const documented = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]!);
    const known = tables.flatMap((table) => Object.keys(table));
    assert.deepEqual([...documented].sort(), [...known].sort());
  });

  it('gives each code one meaning', () => {
    const all = tables.flatMap((table) => Object.keys(table));
    assert.deepEqual(
      all.filter((code, i) => all.indexOf(code) !== i),
      [],
    );
  });
});
