import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform as transformCss } from 'lightningcss';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * How templates are minified, here and in the npm modules (scripts/minify-lib.mjs): the
 * same everywhere, since hydration needs the very templates that rendered on the server.
 * White space goes where HTML ignores it (around block-level tags); between inline content it
 * is collapsed to one space, which is meaningful there. Quotes go where HTML does not need
 * them (`part=title`); a value with a space or a binding keeps them.
 */
export const templateMinifyOptions = {
  minifyOptions: { removeAttributeQuotes: true },
  // CSS templates are minified by `minifyCss` below.
  shouldMinifyCSS: () => false,
};

/**
 * Minifies the CSS of every css`…` template in `code` with lightningcss, here and in the npm
 * modules. No browser targets: the CSS is kept as written (nothing lowered or prefixed),
 * only written shorter. The element styles hold no `${}` bindings, and must not.
 */
export function minifyCss(code, id) {
  return code.replace(/\bcss\s*`([^`]*)`/g, (_, text) => {
    if (text.includes('${')) throw new Error(`${id}: a css template with a binding cannot be minified`);
    const { code: css } = transformCss({
      filename: id,
      code: Buffer.from(text.replaceAll('\\\\', '\\')),
      minify: true,
    });
    return `css\`${css.toString().replaceAll('\\', '\\\\')}\``;
  });
}

/**
 * What the CDN files leave out of Lit: the hooks for the old web-components polyfills (for
 * browsers without custom elements or shadow DOM, which the widgets' CSS does not support
 * either), the global registry of loaded Lit versions, and the metadata of decorators (an
 * element written with decorators is compiled, and imports the npm modules). None of it
 * runs for these elements; it is 184 bytes gzip. Each cut must match Lit's published build
 * exactly once, so a Lit release that changes them fails the build instead of shipping
 * unnoticed. The npm modules import Lit whole.
 */
const LIT_CUTS = {
  '@lit/reactive-element/reactive-element.js': [
    /,\w+=\w+\.reactiveElementPolyfillSupport/,
    /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/,
    /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    /static addInitializer\(\w+\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w+\)\}/,
    /,this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)/,
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w+,\w+\]of \2\)this\.elementProperties\.set\(\w+,\w+\)\}/,
  ],
  'lit-html/lit-html.js': [
    /,(\w+)=\w+\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/,
  ],
  'lit-element/lit-element.js': [
    /const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/,
    /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/,
  ],
};

export const leanLit = {
  name: 'lean-lit',
  transform(code, id) {
    const file = Object.keys(LIT_CUTS).find((name) => id.endsWith(`/node_modules/${name}`));
    if (!file) return null;
    for (const cut of LIT_CUTS[file]) {
      const found = code.match(new RegExp(cut, 'g'))?.length ?? 0;
      if (found !== 1) throw new Error(`${file}: expected one match of ${cut}, found ${found}`);
      code = code.replace(cut, '');
    }
    return { code, map: null };
  },
};

/**
 * Resolving, compiling and template minification, shared by every bundle and scripts/size.mjs.
 * `valibot` resolves to the compact runtime in src/schema/runtime.ts (see there) unless
 * `{ valibot: true }` asks for valibot itself.
 */
export const plugins = ({ valibot = false } = {}) => [
  {
    name: 'compact-validator',
    resolveId: (id) =>
      id === 'valibot' && !valibot ? fileURLToPath(new URL('src/schema/runtime.ts', import.meta.url)) : null,
  },
  nodeResolve(),
  leanLit,
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
  {
    name: 'minify-css-templates',
    transform: (code, id) => (id.includes('/src/') && /\bcss\s*`/.test(code) ? minifyCss(code, id) : null),
  },
  minifyTemplateLiterals({
    filter: (id) => id.includes('/src/'),
    failOnError: true,
    options: templateMinifyOptions,
  }),
];

/** Minification for an output of `format`. */
export const minify = (format) =>
  terser({
    ecma: 2022,
    module: format === 'es',
    // `keep_fargs: false` drops unused parameters: nothing here reads a function's `length`;
    // `hoist_vars` gathers each function's `var`s in one declaration; `inline: 1` inlines
    // only the simplest functions (both smaller here, once compressed).
    compress: { passes: 3, keep_fargs: false, hoist_vars: true, inline: 1 },
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
 * `essay-widgets.hydrate.js`, for pages whose widgets were rendered on the server, adds
 * Lit's hydration support (1.6 KB gzip, which the others do without).
 */
export default [
  {
    input: 'src/cdn.ts',
    plugins: plugins(),
    output: [
      output('dist/essay-widgets.js', 'es'),
      output('dist/essay-widgets.iife.js', 'iife', { name: 'EssayWidgets' }),
    ],
  },
  {
    input: 'src/cdn-hydrate.ts',
    plugins: plugins(),
    output: output('dist/essay-widgets.hydrate.js', 'es'),
  },
];
