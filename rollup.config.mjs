import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Resolving, compiling and (unless told otherwise) template minification, shared by every bundle and scripts/size.mjs. */
export const plugins = ({ minifyTemplates = true } = {}) => [
  nodeResolve(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
  minifyTemplates &&
    minifyTemplateLiterals({
      filter: (id) => id.includes('/src/'),
      failOnError: true,
      // Never remove a space entirely: between inline elements it is meaningful.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
];

/** Minification for an output of `format`. */
export const minify = (format) =>
  terser({
    ecma: 2022,
    module: format === 'es',
    compress: { passes: 2 },
    format: { comments: false },
  });

const output = (file, format, extra = {}) => ({
  file,
  format,
  // Lets the bundle be imported where there is no DOM (Node, a server-side build)
  // without throwing: the page's own globals are used wherever they exist.
  intro:
    'var HTMLElement = globalThis.HTMLElement || class {}, document = globalThis.document || { createTreeWalker: () => ({}) };',
  plugins: [minify(format)],
  ...extra,
});

/**
 * The CDN files: one file each, Lit and valibot inlined, every element defined.
 *
 * `essay-widgets.hydrate.js` is for pages whose widgets were rendered on the server. It adds
 * Lit's hydration support (1.6 KB gzip, which the other files do without), and keeps its
 * templates as written (0.5 KB gzip more): hydration requires the very templates that
 * rendered on the server, and `essay-widgets/ssr` renders with the npm modules, whose
 * templates are as written.
 */
export default [
  {
    input: 'src/index.ts',
    plugins: plugins(),
    output: [
      output('dist/essay-widgets.js', 'es'),
      output('dist/essay-widgets.iife.js', 'iife', { name: 'EssayWidgets' }),
    ],
  },
  {
    input: 'src/hydrate.ts',
    plugins: plugins({ minifyTemplates: false }),
    output: output('dist/essay-widgets.hydrate.js', 'es'),
  },
];
