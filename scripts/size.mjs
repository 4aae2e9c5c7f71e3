// What a page downloads: minified, gzip and brotli bytes of the CDN files, of each element
// bundled on its own (`src/<tag>.ts` with Lit inlined) with the bytes it adds to the shared
// core (Lit, the base element and its controllers, the schema and its validator, i18n, templates,
// `<glossary-term>`), and
// of what loads later (the readable copy's code, each locale). gzip is GNU gzip at -9, as a
// server compresses a file ahead of time (no file name in the header, as on the wire).
//   npm run size              a Markdown table (after npm run build)
//   npm run size -- --json    the numbers as JSON
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { minify, plugins } from '../rollup.config.mjs';

const root = new URL('..', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;

/** The goal for dist/essay-widgets.js, every element and Lit: 20 KB gzip. */
export const GOAL = 20 * 1024;
/** Its hard stop: 24 KB gzip. */
export const HARD_STOP = 24 * 1024;
/** The goal for a page with one element through the CDN loader, every file it loads: 14 KB gzip. */
export const LOADER_GOAL = 14 * 1024;
/** The goal for each element beyond the shared core: under 1.5 KB gzip. */
export const ELEMENT_GOAL = 1.5 * 1024;
/** Each locale file, loaded when a page needs it: under 1 KB gzip. */
export const LOCALE_GOAL = 1024;

export function measure(code) {
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: execFileSync('gzip', ['-9', '-n', '-c'], { input: bytes, maxBuffer: 1 << 26 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** What of an entry a page loads first, bundled and minified as the CDN files are, in memory. */
async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [virtual(), ...plugins()],
    preserveEntrySignatures: 'allow-extension',
    onwarn: (warning) => {
      // An import that did not resolve would leave bytes out of the measure.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
  });
  try {
    const { output } = await build.generate({ format: 'es', plugins: [minify('es')] });
    return output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code;
  } finally {
    await build.close();
  }
}

/**
 * Modules of src/core that the elements' first load leaves out: the readable copy's and an essay's metadata, which load
 * when a first render needs them, and the embed code that the server, the CLI and the studio write.
 */
const NOT_FIRST = new Set(['readable.ts', 'readable-dom.ts', 'linked-data.ts', 'embed.ts']);

/**
 * What the elements share: every module of src/core that loads first, the schema, and
 * `<glossary-term>`, which every element that renders RichText renders. An element's own cost
 * is what it adds to that and the elements it renders: `\0core+<tags>` less `\0core+<its
 * dependencies>` (tags joined by `+`).
 */
const coreModules = [
  ...readdirSync(path('src/core'), { recursive: true })
    .filter((file) => file.endsWith('.ts') && !NOT_FIRST.has(file.split('/').pop()))
    .map((file) => path(`src/core/${file}`)),
  path('src/schema/common.ts'),
  path('src/schema/validate.ts'),
  path('src/glossary-term.ts'),
];
const exportAll = (modules) =>
  modules.map((module, i) => `export * as m${i} from ${JSON.stringify(module)};`).join('\n');

/** `\0core`, `\0core+<tag>` and `\0lit` (what the elements use of Lit). */
function virtual() {
  const entries = {
    '\0core': exportAll(coreModules),
    '\0lit': "export { LitElement, css, html, isServer, nothing } from 'lit';",
  };
  return {
    name: 'virtual-entries',
    resolveId: (id) => (id in entries || id.startsWith('\0core+') ? id : null),
    load: (id) => {
      if (id in entries) return entries[id];
      if (!id.startsWith('\0core+')) return null;
      const tags = id.slice('\0core+'.length).split('+').filter(Boolean);
      return exportAll([...coreModules, ...tags.map((tag) => path(`src/${tag}.ts`))]);
    },
  };
}

/** The files of dist/ a page loads first for `file`: it and what it imports, at any depth. */
async function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path(`dist/${file}`), 'utf8');
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`): `import(` loads later.
  for (const [, specifier] of code.matchAll(/\bimport\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
    await withImports(folder + specifier.slice(2), seen);
  }
  return seen;
}

/**
 * What a page with `tag` alone downloads through the CDN loader: the loader, then the files it
 * loads for `tag` (`elements/<tag>.js`, or `essay-widgets.js` for an essay) with their
 * imports, each compressed on its own, as each is a request of its own.
 */
async function throughLoader(tag) {
  const first = tag === 'essay-article' ? 'essay-widgets.js' : `elements/${tag}.js`;
  const files = ['essay-widgets.loader.js', ...(await withImports(first))];
  const sizes = await Promise.all(files.map(async (file) => measure(await readFile(path(`dist/${file}`)))));
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { files, minified: sum('minified'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export async function sizes() {
  const { elements } = await import('../dist/lib/index.js');
  const files = {};
  for (const file of [
    'essay-widgets.js',
    'essay-widgets.iife.js',
    'essay-widgets.hydrate.js',
    'essay-widgets.readable.js',
    'essay-widgets.frame.js',
    'essay-widgets.loader.js',
  ]) {
    files[file] = measure(await readFile(path(`dist/${file}`)));
  }
  const locales = {};
  for (const file of readdirSync(path('dist/locales'))) {
    locales[file.replace(/\.js$/, '')] = measure(await readFile(path(`dist/locales/${file}`)));
  }
  const lit = measure(await bundle('\0lit'));
  const core = measure(await bundle('\0core'));
  const perElement = {};
  for (const tag of Object.keys(elements)) {
    const alone = measure(await bundle(path(`src/${tag}.ts`)));
    const dependencies = elements[tag].dependencies.map((element) => element.tag).join('+');
    const base = measure(await bundle(`\0core+${dependencies}`));
    const withTag = measure(await bundle(`\0core+${dependencies}+${tag}`));
    perElement[tag] = {
      ...alone,
      beyondCore: Object.fromEntries(Object.entries(withTag).map(([key, value]) => [key, value - base[key]])),
      throughLoader: await throughLoader(tag),
    };
  }
  return { goal: GOAL, hardStop: HARD_STOP, files, locales, lit, core, elements: perElement };
}

function table({ files, locales, lit, core, elements }) {
  const beyond = (value) => (value >= 0 ? `+${n(value)}` : `−${n(-value)}`);
  const largestLocale = Object.entries(locales).sort(([, a], [, b]) => b.gzip - a.gzip)[0];
  const rows = [
    ['`dist/essay-widgets.js` (every element)', files['essay-widgets.js']],
    ['`dist/essay-widgets.iife.js` (the same, one classic script)', files['essay-widgets.iife.js']],
    ['`dist/essay-widgets.hydrate.js`', files['essay-widgets.hydrate.js']],
    ['`dist/essay-widgets.readable.js` (loaded after a first render)', files['essay-widgets.readable.js']],
    ['`dist/essay-widgets.frame.js` (the height of framed embed pages)', files['essay-widgets.frame.js']],
    ['`dist/essay-widgets.loader.js` (loads the elements a page uses)', files['essay-widgets.loader.js']],
    [`largest locale, \`dist/locales/${largestLocale[0]}.js\``, largestLocale[1]],
    ['Lit (`LitElement`, `html`, `css`)', lit],
    ['core: what the elements share (Lit, base element, schema, i18n, templates, `<glossary-term>`)', core],
  ].map(([name, size]) => `| ${name} | ${n(size.minified)} | ${n(size.gzip)} | ${n(size.brotli)} |`);
  for (const [tag, size] of Object.entries(elements)) {
    const cell = (key) => `${n(size[key])} (${beyond(size.beyondCore[key])})`;
    rows.push(
      `| \`<${tag}>\` alone (beyond core) | ${cell('minified')} | ${cell('gzip')} | ${cell('brotli')} |`,
    );
  }
  for (const [tag, size] of Object.entries(elements)) {
    const { throughLoader: loaded } = size;
    const name = `a page with \`<${tag}>\` through the loader (${loaded.files.length} files)`;
    rows.push(`| ${name} | ${n(loaded.minified)} | ${n(loaded.gzip)} | ${n(loaded.brotli)} |`);
  }
  return ['| bytes | minified | gzip | brotli |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await sizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(table(result));
    const gzip = result.files['essay-widgets.js'].gzip;
    console.log(
      `\ndist/essay-widgets.js: ${n1(gzip)} KB gzip (${n(gzip)} B); goal ${n1(GOAL)} KB, hard stop ${n1(HARD_STOP)} KB.`,
    );
  }
}

function n(value) {
  return value.toLocaleString('en-US');
}

function n1(bytes) {
  return (bytes / 1024).toFixed(1);
}
