// `npm run build`: per package an ESM build plus bundled `.d.ts`, and the minified script-tag
// bundles: `booking-elements.js` (the visitor's elements) and `booking-provider.js` (the
// provider's). The site (`npm start`, `npm run docs`) and `npm run size` reuse `scriptTagBuild`
// and `providerTagBuild`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import terser from '@rollup/plugin-terser';
import { basename } from 'node:path';
import MagicString from 'magic-string';

const entries = {
  core: ['index', 'schemas', 'contract', 'http', 'calendar', 'openapi'],
  elements: [
    'index',
    'provider',
    'define/index',
    'define/booking-widget',
    'define/group-event-list',
    'define/provider',
    'define/booking-inbox',
    'define/availability-editor',
    'define/booking-manage',
  ],
  mock: ['index', 'browser', 'server'],
  conformance: ['index', 'cli'],
};

export const ts = (options = {}) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', ...options });
/** Bare imports stay imports in the per-package builds: consumers' bundlers resolve them. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
/** Resolution for bundles that run in browsers: workspace packages from source, production builds. */
export const browserResolve = () =>
  nodeResolve({ browser: true, exportConditions: ['@booking/source', 'browser', 'production'] });

export const silence = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // Dependencies' own circular imports and misplaced annotations are theirs, not ours.
  const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) =>
    id?.includes('node_modules'),
  );
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  warn(warning);
};

const packageBuilds = Object.entries(entries).flatMap(([pkg, names]) => {
  const input = Object.fromEntries(names.map((n) => [n, `packages/${pkg}/src/${n}.ts`]));
  return [
    {
      input,
      external,
      plugins: [ts()],
      output: { dir: `packages/${pkg}/dist`, format: 'es', sourcemap: true },
      onwarn: silence,
    },
    {
      input,
      external,
      plugins: [dts({ tsconfig: 'tsconfig.json' })],
      output: { dir: `packages/${pkg}/dist`, format: 'es' },
    },
  ];
});

/**
 * After minifying, the only line breaks left are inside template literals: the indentation of
 * Lit's `html` and `css` templates. A break and its indentation render as one space there.
 */
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  renderChunk(code) {
    const out = new MagicString(code);
    for (const match of code.matchAll(/\n\s*/g)) {
      out.overwrite(match.index, match.index + match[0].length, ' ');
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/**
 * Lit's `css` templates (in `*.styles.ts`) lose their comments and the spaces that CSS does not
 * need. Only whitespace next to punctuation goes, so selectors keep their descendant spaces.
 */
const minifyLitCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const out = new MagicString(code);
    for (const match of code.matchAll(/css`([^`]*)`/g)) {
      const start = match.index + 4;
      const minified = match[1]
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      out.overwrite(start, start + match[1].length, minified);
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/**
 * For the script-tag bundle `name`: its entry holds what two or more elements' first renders use
 * (and what the entry itself imports); a module only one element, language or lazy part needs
 * stays in that part's chunk.
 */
const sharedIntoEntry =
  (name) =>
  (id, { getModuleInfo }) => {
    const roots = new Set();
    const seen = new Set();
    const climb = (at) => {
      if (seen.has(at)) return;
      seen.add(at);
      const info = getModuleInfo(at);
      if (!info) return;
      // A module loaded by a dynamic import starts a part of its own.
      if (info.isEntry || info.dynamicImporters.length > 0) roots.add(at);
      for (const importer of info.importers) climb(importer);
    };
    climb(id);
    const entry = [...roots].some((root) => getModuleInfo(root).isEntry);
    // Lazy parts (later steps, the popover) do not count: what only they share stays lazy.
    const elements = [...roots].filter((root) => /[\\/]define[\\/]/.test(root));
    return entry || elements.length > 1 ? name : undefined;
  };

/**
 * An element's code arrives as its own chunk, which may import small chunks it shares with lazy
 * parts; the browser would only ask for those once the element's chunk is parsed. The entry gets a
 * list of them per element (`__bookingChunkImports()`, appended, so nothing before it moves in
 * the source map), and the autoloader asks for them beside the element's chunk (define/auto.ts).
 */
const listElementChunkImports = () => ({
  name: 'list-element-chunk-imports',
  renderChunk(code, chunk, _options, { chunks }) {
    if (!chunk.isEntry) return null;
    const imports = {};
    for (const file of chunk.dynamicImports) {
      const id = chunks[file]?.facadeModuleId;
      if (!id || !/[\\/]define[\\/][^\\/]+\.ts$/.test(id)) continue;
      const found = new Set();
      const walk = (at) => {
        for (const next of chunks[at]?.imports ?? []) {
          if (next === chunk.fileName || found.has(next)) continue;
          found.add(next);
          walk(next);
        }
      };
      walk(file);
      if (found.size) imports[basename(id, '.ts')] = [...found];
    }
    const out = new MagicString(code);
    // File names still hold Rollup's hash placeholders here; Rollup fills them in afterwards.
    out.append(`\nfunction __bookingChunkImports(){return ${JSON.stringify(imports)}}`);
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/** The plugins of a script-tag bundle: every dependency inside, minified, production Lit. */
const tagPlugins = () => [
  browserResolve(),
  minifyLitCss(),
  ts({ define: { 'process.env.NODE_ENV': '"production"' } }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  collapseTemplateWhitespace(),
  listElementChunkImports(),
];

/** A script-tag bundle `<name>.js` of one entry, its chunks named after it. */
const tagBuild = (name, input, dir) => ({
  input: { [name]: input },
  // What the elements share goes into the entry itself (one download), not a chunk behind it.
  preserveEntrySignatures: 'allow-extension',
  plugins: tagPlugins(),
  output: {
    dir,
    format: 'es',
    sourcemap: true,
    manualChunks: sharedIntoEntry(name),
    entryFileNames: '[name].js',
    chunkFileNames: `${name}-[name]-[hash].js`,
  },
  onwarn: silence,
});

/**
 * The script-tag build: `booking-elements.js`, an ES module with every dependency inside, which
 * defines each visitor element when its tag appears (define/auto.ts). Each element's own code and
 * each language's messages are small modules beside it, loaded when a page needs them.
 */
export const scriptTagBuild = (dir) =>
  tagBuild('booking-elements', 'packages/elements/src/define/auto.ts', dir);

/**
 * The provider's script-tag build: `booking-provider.js`, the provider's elements
 * (`<booking-inbox>`, `<availability-editor>`) with every dependency inside; their words and the
 * visitor elements' words load per language beside it. A visitor's page never loads it.
 */
export const providerTagBuild = (dir) =>
  tagBuild('booking-provider', 'packages/elements/src/define/provider.ts', dir);

export default [
  ...packageBuilds,
  scriptTagBuild('packages/elements/dist'),
  providerTagBuild('packages/elements/dist'),
];
