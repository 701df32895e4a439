// The root entry is core's front door: every name it exports is documented, every function and
// class with an `@example`, and it stays small. The subpath entries are documented too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const src = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));
const ENTRIES = ['index.ts', 'schemas.ts', 'contract.ts', 'http.ts', 'calendar.ts', 'openapi.ts'];
/** The most functions and classes the root entry may hold (TanStack's query-core has about 35). */
const MAX_ROOT_VALUES = 60;

const program = ts.createProgram(ENTRIES.map(src), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@booking/source'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

interface Exported {
  name: string;
  value: boolean;
  documented: boolean;
  example: boolean;
}

function exportsOf(entry: string): Exported[] {
  const source = program.getSourceFile(src(entry))!;
  const module = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const value = !!(
      symbol.flags &
      (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)
    );
    const documented =
      ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim().length > 0;
    const example = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
    return { name: exported.name, value, documented, example };
  });
}

describe('the public surface', () => {
  const root = exportsOf('index.ts');

  it(`keeps the root entry small (at most ${MAX_ROOT_VALUES} functions and classes)`, () => {
    const values = root.filter((e) => e.value);
    const types = root.length - values.length;
    console.log(`root entry: ${values.length} functions and classes, ${types} types`);
    assert.ok(values.length <= MAX_ROOT_VALUES, `${values.length} values`);
  });

  it('documents every function and class of the root entry with an @example', () => {
    const missing = root
      .filter((e) => e.value && (!e.documented || !e.example))
      .map(
        (e) =>
          `${e.name}${e.documented ? '' : ' (no doc comment)'}${e.example ? '' : ' (no @example)'}`,
      );
    assert.deepEqual(missing, []);
  });

  it('documents every type of the root entry', () => {
    const missing = root.filter((e) => !e.value && !e.documented).map((e) => e.name);
    assert.deepEqual(missing, []);
  });

  it('documents each entry point', () => {
    for (const entry of ENTRIES) {
      const text = program.getSourceFile(src(entry))!.getFullText();
      assert.match(text, /@packageDocumentation/, `${entry} has no @packageDocumentation comment`);
    }
  });
});
