// Builds the whole static site into `site/` (gitignored): what `npm start` serves and
// `npm run docs` builds. Every page runs the elements on the in-browser mock backend.
//
//   /                      the live demo (examples/demo)
//   /lib/                  the script-tag bundles (visitor, provider), and live.js (mock backend +
//                          bundles) for pages
//   /docs/                 docs/*.md as pages, the elements reference, /docs/api (typedoc)
//   /gallery/              one page per seed product, each with its own theme
//   /examples/<name>/      the script-tag, React and Vue examples
//
// Markdown conventions in docs/*.md: a ```html live block is shown and also rendered, live; a
// ```js run block is shown and run in the page, its console.log output printed below it;
// `<!-- reference: … -->` is replaced by tables generated from the custom-elements manifest.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import {
  browserResolve,
  providerTagBuild,
  scriptTagBuild,
  silence,
  ts,
} from '../rollup.config.mjs';
import { escapeHtml, STRICT_CSP } from './html.mjs';
import { elementsManifest, referenceTables } from './manifest.mjs';
import { galleryPages } from '../examples/gallery/products.mjs';

const root = resolve(import.meta.dirname, '..');
const at = (...parts) => join(root, ...parts);
const require = createRequire(import.meta.url);

/**
 * The docs' navigation: a page of docs/ by name, or a file of the built docs (with its extension).
 * Every page in docs/ must be in it (the build fails otherwise).
 */
export const NAV = [
  [
    'Start',
    [
      ['index', 'Getting started'],
      ['booking-widget', '<booking-widget>'],
      ['group-event-list', '<group-event-list>'],
      ['booking-manage', '<booking-manage>'],
      ['booking-inbox', '<booking-inbox>'],
      ['availability-editor', '<availability-editor>'],
    ],
  ],
  [
    'Headless core',
    [
      ['core', 'Core in code'],
      ['cookbook', 'Cookbook'],
      ['time-zones', 'Time zones and DST'],
      ['pricing', 'Pricing'],
      ['lifecycle', 'Booking lifecycle'],
      ['design', 'Design decisions'],
    ],
  ],
  [
    'Guides',
    [
      ['theming', 'Theming'],
      ['events', 'Events'],
      ['localisation', 'Localisation and RTL'],
      ['accessibility', 'Accessibility'],
      ['csp', 'Strict CSP'],
    ],
  ],
  [
    'Backend',
    [
      ['server', 'The reference server'],
      ['notifications', 'Emails, reminders, webhooks'],
      ['calendar-feeds', 'Calendar feeds'],
      ['http-contract', 'HTTP contract and conformance'],
    ],
  ],
  [
    'Reference',
    [
      ['elements', 'Elements reference'],
      ['api/index.html', 'Core API (typedoc)'],
      ['openapi.json', 'OpenAPI document'],
    ],
  ],
];
export const DOC_PAGES = NAV.flatMap(([, pages]) => pages.map(([name]) => name)).filter(
  (name) => !name.includes('.'),
);

/** `process.env.NODE_ENV` in dependencies' CommonJS (React) becomes "production". */
const productionEnv = () => ({
  name: 'production-env',
  transform(code, id) {
    if (!id.includes('node_modules') || !code.includes('process.env.NODE_ENV')) return null;
    return { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null };
  },
});

/** Runnable docs examples as modules: `virtual-run/<name>.js` → the example's code. */
const runnable = (sources) => ({
  name: 'docs-runnable',
  resolveId: (id) => (id in sources ? id : null),
  load: (id) => sources[id] ?? null,
});

/** One markdown page → its HTML body, live blocks and runnable examples collected. */
function renderMarkdown(name, text, manifest) {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const runs = [];
  let live = false;
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const [language, mode] = token.info.trim().split(/\s+/);
    const code = `<pre class="code" data-language="${escapeHtml(language ?? '')}"><code>${escapeHtml(token.content)}</code></pre>`;
    if (mode === 'live' && language === 'html') {
      live = true;
      return `<figure class="example">${code}<div class="live">${token.content}</div></figure>`;
    }
    if (mode === 'run' && language === 'js') {
      const id = `run-${name}-${runs.length + 1}`;
      runs.push({ id, code: token.content });
      return `<figure class="example">${code}<figcaption>Output (run in this page)</figcaption><output class="run-output" id="${id}" aria-live="polite">Running…</output></figure>`;
    }
    return fence(tokens, index, options, env, self);
  };
  // Links between pages: `pricing.md` → `pricing.html`.
  const link = md.renderer.rules.link_open ?? ((t, i, o, e, s) => s.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const href = tokens[index].attrGet('href') ?? '';
    if (/^[\w-]+\.md(#.*)?$/.test(href))
      tokens[index].attrSet('href', href.replace('.md', '.html'));
    return link(tokens, index, options, env, self);
  };
  const withTables = text.replace(/<!-- reference: ([\w-]+) -->/g, (_, what) =>
    referenceTables(manifest, what),
  );
  const body = md.render(withTables);
  const title = /^# (.+)$/m.exec(text)?.[1]?.replace(/`/g, '') ?? name;
  return { body, title, runs, live };
}

function docsLayout({ name, title, body, live, runs }) {
  const link = ([page, label]) =>
    `<li><a href="${page.includes('.') ? page : `${page}.html`}"${page === name ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;
  const nav = NAV.map(
    ([group, pages]) => `<h2>${group}</h2><ul>${pages.map(link).join('')}</ul>`,
  ).join('');
  const scripts = [
    ...(live ? ['<script type="module" src="../lib/live.js"></script>'] : []),
    ...runs.map(({ id }) => `<script type="module" src="run/${id}.js"></script>`),
  ].join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />
    <title>${escapeHtml(title)} · Booking SDK docs</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="docs.css" />
  </head>
  <body>
    <a class="skip" href="#content">Skip to content</a>
    <header class="top">
      <a class="brand" href="index.html">Booking SDK</a>
      <nav aria-label="Site"><a class="menu" href="#docs-menu">Docs menu</a> <a href="../">Live demo</a> <a href="../gallery/">Gallery</a> <a href="../examples/">Examples</a></nav>
    </header>
    <div class="layout">
      <nav class="side" id="docs-menu" aria-label="Docs">${nav}</nav>
      <main id="content">${body}</main>
    </div>
    ${scripts}
  </body>
</html>
`;
}

/**
 * The runnable example as a module: console.log prints into its <output>, which is marked
 * `data-done` once the example has run to its end (top-level awaits included).
 */
function runModule({ id, code }) {
  return `const output = document.getElementById(${JSON.stringify(id)});
output.textContent = '';
const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const console = {
  log: (...values) => {
    output.textContent += values.map(show).join(' ') + '\\n';
  },
};
${code}
output.dataset.done = '';`;
}

async function bundle(config) {
  const built = await rollup(config);
  await built.write(config.output);
  await built.close();
}

/** React's and Vue's "use client"-style directives are no concern of a bundle. */
const onwarn = (warning, warn) => {
  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') silence(warning, warn);
};

/** Typedoc for core, into `<out>/docs/api` (the slowest step: it type-checks all of core). */
export async function buildApiDocs(out = at('site')) {
  const dir = join(out, 'docs', 'api');
  const { Application } = await import('typedoc');
  const app = await Application.bootstrapWithPlugins({ out: dir, logLevel: 'Warn' });
  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert @booking/core');
  await app.generateDocs(project, dir);
}

/**
 * Builds the site into `out`. `api: false` leaves typedoc out (it takes longer than the rest; see
 * `buildApiDocs`).
 * Resolves with the list of pages built (paths relative to `out`).
 */
export async function buildSite({ out = at('site'), api = true } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pages = [];

  // The script-tag bundles, as a site owner loads them: the visitor's, and the provider's.
  for (const build of [scriptTagBuild, providerTagBuild]) {
    const lib = build(join(out, 'lib'));
    await bundle({ ...lib, output: { ...lib.output, sourcemap: false } });
  }

  // Docs pages.
  const manifest = elementsManifest();
  const docsOut = join(out, 'docs');
  mkdirSync(join(docsOut, 'run'), { recursive: true });
  const found = readdirSync(at('docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => basename(f, '.md'));
  const orphans = found.filter((name) => !DOC_PAGES.includes(name));
  const missing = DOC_PAGES.filter((name) => !found.includes(name));
  if (orphans.length || missing.length)
    throw new Error(
      `docs/ and the docs navigation (scripts/site.mjs NAV) differ: ` +
        `${orphans.length ? `not in NAV: ${orphans.join(', ')}` : ''} ` +
        `${missing.length ? `no docs/<page>.md: ${missing.join(', ')}` : ''}`.trim(),
    );
  const runSources = {};
  for (const name of DOC_PAGES) {
    const page = renderMarkdown(name, readFileSync(at('docs', `${name}.md`), 'utf8'), manifest);
    for (const run of page.runs) runSources[`virtual-run/${run.id}`] = runModule(run);
    writeFileSync(join(docsOut, `${name}.html`), docsLayout({ name, ...page }));
    pages.push(`docs/${name}.html`);
  }
  cpSync(at('docs', 'docs.css'), join(docsOut, 'docs.css'));
  cpSync(at('docs', 'openapi.json'), join(docsOut, 'openapi.json'));
  writeFileSync(join(docsOut, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // Gallery pages.
  mkdirSync(join(out, 'gallery'), { recursive: true });
  for (const { file, html } of galleryPages()) {
    writeFileSync(join(out, 'gallery', file), html);
    pages.push(`gallery/${file}`);
  }
  cpSync(at('examples', 'gallery', 'gallery.css'), join(out, 'gallery', 'gallery.css'));

  // Examples and the demo.
  cpSync(at('examples', 'index.html'), join(out, 'examples', 'index.html'));
  cpSync(at('examples', 'examples.css'), join(out, 'examples', 'examples.css'));
  pages.push('examples/index.html');
  for (const example of ['script-tag', 'react', 'vue']) {
    cpSync(at('examples', example, 'index.html'), join(out, 'examples', example, 'index.html'));
    pages.push(`examples/${example}/index.html`);
  }
  // The script-tag example is plain HTML with the bundle beside it, as a site owner copies it.
  for (const file of readdirSync(join(out, 'lib')))
    if (file.startsWith('booking-elements'))
      cpSync(join(out, 'lib', file), join(out, 'examples', 'script-tag', file));
  for (const file of ['index.html', 'demo.css'])
    cpSync(at('examples', 'demo', file), join(out, file));
  pages.push('index.html');
  writeFileSync(
    join(out, 'mockServiceWorker.js'),
    readFileSync(require.resolve('msw/mockServiceWorker.js')),
  );

  // Every page module in one build, so they share chunks (the mock backend, core).
  await bundle({
    input: {
      'lib/live': at('examples', 'shared', 'live.ts'),
      'gallery/provider': at('examples', 'gallery', 'provider.ts'),
      demo: at('examples', 'demo', 'main.ts'),
      'examples/react/main': at('examples', 'react', 'main.tsx'),
      'examples/vue/main': at('examples', 'vue', 'main.ts'),
      ...Object.fromEntries(
        Object.keys(runSources).map((id) => [`docs/run/${id.slice('virtual-run/'.length)}`, id]),
      ),
    },
    plugins: [
      runnable(runSources),
      productionEnv(),
      browserResolve(),
      commonjs(),
      ts({
        minify: true,
        jsx: 'automatic',
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
    ],
    output: { dir: out, format: 'es', chunkFileNames: 'lib/chunks/[name]-[hash].js' },
    onwarn,
  });

  if (api) await buildApiDocs(out);
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const pages = await buildSite();
  const out = relative(process.cwd(), at('site')) || '.';
  console.log(
    `Built ${pages.length} pages into ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      ` (docs: ${out}/docs/index.html, core API: ${out}/docs/api/index.html). npm start serves them.`,
  );
  if (!existsSync(join(at('site'), 'docs', 'api', 'index.html'))) process.exit(1);
}
