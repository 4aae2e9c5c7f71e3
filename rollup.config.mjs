import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** The CDN files: one file each, Lit and valibot inlined, every element defined. */
export default {
  input: 'src/index.ts',
  plugins: [
    nodeResolve(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
    minifyTemplateLiterals({
      filter: (id) => id.includes('/src/'),
      failOnError: true,
      // Never remove a space entirely: between inline elements it is meaningful.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
  ],
  output: [
    { file: 'dist/essay-widgets.js', format: 'es' },
    { file: 'dist/essay-widgets.iife.js', format: 'iife', name: 'EssayWidgets' },
  ].map((output) => ({
    ...output,
    // Lets the bundle be imported where there is no DOM (Node, a server-side build)
    // without throwing: the page's own globals are used wherever they exist.
    intro:
      'var HTMLElement = globalThis.HTMLElement || class {}, document = globalThis.document || { createTreeWalker: () => ({}) };',
    plugins: [
      terser({
        ecma: 2022,
        module: output.format === 'es',
        compress: { passes: 2 },
        format: { comments: false },
      }),
    ],
  })),
};
