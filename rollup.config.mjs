// `npm run build`: per package an ESM build plus bundled `.d.ts`, and one self-contained,
// minified `booking-elements.js` for script-tag use. The demo (`npm start`) reuses `demoConfig`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

const entries = {
  core: ['index', 'http', 'openapi'],
  elements: ['index', 'define/index', 'define/booking-widget', 'define/group-event-list'],
  mock: ['index', 'browser', 'server'],
  conformance: ['index', 'cli'],
};

const ts = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', ...options });
/** Bare imports stay imports in the per-package builds: consumers' bundlers resolve them. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const silence = (warning, warn) => {
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

/** One ES module with every dependency inside, for `<script type="module" src=…>`. */
export const scriptTagBuild = (dir) => ({
  input: 'packages/elements/src/define/index.ts',
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'] }),
    ts({ minify: true, legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' } }),
  ],
  output: { file: `${dir}/booking-elements.js`, format: 'es', sourcemap: true },
  onwarn: silence,
});

/** The live demo: the script-tag bundle plus the in-browser mock backend with demo data. */
export const demoConfig = [
  scriptTagBuild('examples/demo/dist'),
  {
    input: { main: 'examples/demo/main.ts' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'] }),
      ts({ minify: true, define: { 'process.env.NODE_ENV': '"production"' } }),
    ],
    output: { dir: 'examples/demo/dist', format: 'es', sourcemap: true },
    onwarn: silence,
  },
];

export default [...packageBuilds, scriptTagBuild('packages/elements/dist')];
