import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform as transformCss } from 'lightningcss';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * How templates are minified, in the CDN files and the npm modules alike, since hydration needs
 * the very templates that rendered on the server. White space goes where HTML ignores it
 * (around block-level tags); between inline content it is collapsed to one space, which is
 * meaningful there. Quotes go where HTML does not need them (`part=title`).
 */
const templateMinifyOptions = {
  minifyOptions: { removeAttributeQuotes: true },
  // CSS templates are minified by `minifyCss` below.
  shouldMinifyCSS: () => false,
};

/**
 * Minifies the CSS of every css`…` template in `code` with lightningcss. No browser targets:
 * the CSS is kept as written (nothing lowered or prefixed), only written shorter. The element
 * styles hold no `${}` bindings, and must not.
 */
function minifyCss(code, id) {
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

/** Compiling and template minification, the same for every build and for scripts/size.mjs. */
export const plugins = () => [
  nodeResolve(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
  {
    name: 'minify-css-templates',
    transform: (code, id) => (id.includes('/src/') && /\bcss\s*`/.test(code) ? minifyCss(code, id) : null),
  },
  minifyTemplateLiterals({
    // The elements' templates; the server's own wrapping template (src/ssr) is built at run time.
    filter: (id) => /\/src\/(core|elements)\//.test(id),
    failOnError: true,
    options: templateMinifyOptions,
  }),
];

/** Minification of a CDN file of `format`. */
export const minify = (format) =>
  terser({
    ecma: 2022,
    module: format === 'es',
    compress: { passes: 2 },
    format: { comments: false },
  });

/**
 * The name of a CDN file loaded later by `entry`: `essay-widgets.readable.js` holds
 * src/core/readers/readable-dom.ts for `essay-widgets.js`.
 */
const cdnChunkName = (entry) => (chunk) => `${entry}.${chunk.name.replace(/-dom$/, '')}.js`;

/** The locales shipped beside the library, by tag: `src/locales/<tag>.ts`. */
const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file.slice(0, -3), `src/locales/${file}`]),
);

/** The elements, by tag: `src/elements/<tag>/`. */
const elementTags = readdirSync('src/elements');

/**
 * The entry of each element file of the CDN loader, `\0cdn-element:<tag>`: the loader's
 * setting of where the locales are (src/cdn-element.ts), then the element's own entry
 * (src/<tag>.ts), which defines it and what it renders.
 */
const CDN_ELEMENT = '\0cdn-element:';
const cdnElementEntries = () => {
  const setup = resolve('src/cdn-element.ts');
  const entry = (tag) => resolve(`src/${tag}.ts`);
  return {
    name: 'cdn-element-entries',
    // What these entries import runs for its effects (it defines elements), whatever
    // package.json's sideEffects say of the sources.
    resolveId: (id) =>
      id.startsWith(CDN_ELEMENT) || id === setup || elementTags.some((tag) => id === entry(tag))
        ? { id, moduleSideEffects: true }
        : null,
    load: (id) =>
      id.startsWith(CDN_ELEMENT)
        ? `import ${JSON.stringify(setup)};\nexport * from ${JSON.stringify(entry(id.slice(CDN_ELEMENT.length)))};\n`
        : null,
  };
};

/** The npm modules' entries: everything `package.json` exports, one module per source file. */
const libraryEntries = [
  'index',
  'elements',
  'hydrate',
  ...elementTags,
  'ssr/index',
  'react/index',
  'cli/index',
  'markdown/index',
].map((name) => `src/${name}.ts`);

/** Packages stay imports in the npm modules: the application's bundler or Node resolves them. */
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default [
  // The CDN files: one file each, Lit and valibot inlined, every element defined; the ES modules
  // load the code that writes readable copies (essay-widgets.readable.js) after a first render
  // needs it. `essay-widgets.hydrate.js`, for pages whose widgets were rendered on the server,
  // adds Lit's hydration support, which the others do without.
  {
    input: { 'essay-widgets': 'src/cdn.ts' },
    plugins: plugins(),
    // The file loaded later takes what it shares with the first from it: one file, not a chunk
    // behind a façade.
    preserveEntrySignatures: 'allow-extension',
    output: [
      { dir: 'dist', format: 'es', chunkFileNames: cdnChunkName('essay-widgets'), plugins: [minify('es')] },
      {
        dir: 'dist',
        entryFileNames: '[name].iife.js',
        format: 'iife',
        name: 'EssayWidgets',
        // A classic script is one file: what the others load later, it carries.
        inlineDynamicImports: true,
        plugins: [minify('iife')],
      },
    ],
  },
  {
    input: { 'essay-widgets.hydrate': 'src/cdn-hydrate.ts' },
    plugins: plugins(),
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: cdnChunkName('essay-widgets.hydrate'),
      plugins: [minify('es')],
    },
  },
  // The CDN loader and the element files it loads (dist/elements/<tag>.js), with what they share
  // in chunks beside them, each loaded once; the loader needs none of them.
  {
    input: {
      'essay-widgets.loader': 'src/loader.ts',
      // (For an essay, which renders every element, the loader loads essay-widgets.js.)
      ...Object.fromEntries(
        elementTags
          .filter((tag) => tag !== 'essay-article')
          .map((tag) => [`elements/${tag}`, `${CDN_ELEMENT}${tag}`]),
      ),
    },
    plugins: [cdnElementEntries(), ...plugins()],
    // An element file may carry code another one imports from it: fewer files to load.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // What every element shares (`core.js`), what several do (`shared-<name>.js`, named after
      // a module in it), and what they load after a first render (`readable.js`).
      chunkFileNames: (chunk) => {
        if (chunk.isDynamicEntry) return `elements/${chunk.name.replace(/-dom$/, '')}.js`;
        const core = chunk.moduleIds.some((id) => id.endsWith('/src/core/base/essay-element.ts'));
        return core ? 'elements/core.js' : 'elements/shared-[name].js';
      },
      plugins: [minify('es')],
    },
  },
  // The frame script, for embed pages and the pages that frame them: a classic script of its own.
  {
    input: { 'essay-widgets.frame': 'src/frame.ts' },
    plugins: plugins(),
    output: { dir: 'dist', format: 'iife', entryFileNames: '[name].js', plugins: [minify('iife')] },
  },
  // Each locale beside the CDN files, loaded when a page first needs it (dist/locales/<tag>.js).
  {
    input: locales,
    plugins: plugins(),
    output: { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js', plugins: [minify('es')] },
  },
  // The npm modules, a module per source file, not minified but for their templates.
  {
    input: [...libraryEntries, ...Object.values(locales)],
    plugins: plugins(),
    external: (id) => isPackage(id) || builtinModules.includes(id.replace(/^node:/, '')),
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
];
