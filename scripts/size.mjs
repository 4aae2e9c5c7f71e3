// What a page downloads: minified, gzip and brotli bytes of the CDN files, and of each
// element bundled on its own (`src/<tag>.ts` with Lit inlined) with the bytes it adds
// beyond the shared core (the base element, data pipeline, i18n, templates and Lit).
// gzip is GNU gzip at -9, as a server compresses a file ahead of time (no file name in
// the header, as on the wire). Deflate encoders differ: zlib writes about 0.7% more for
// the same level, Node's own zlib (a fork tuned for speed) about 1.3% more.
//   npm run size              a Markdown table (after npm run build)
//   npm run size -- --json    the numbers as JSON
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { rollup } from 'rollup';
import { minify, plugins } from '../rollup.config.mjs';

const root = new URL('..', import.meta.url);
const path = (relative) => new URL(relative, root).pathname;

/** The contract's gzip budget of dist/essay-widgets.js, every element and Lit: 20 KB. */
export const BUDGET = 20 * 1024;

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

/** One entry bundled and minified as the CDN files are, in memory. */
async function bundle(input) {
  const build = await rollup({ input, plugins: [virtual(), ...plugins()], onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: 'es', plugins: [minify('es')] });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** `\0core`: every module of src/core, which all elements share; `\0lit`: what they use of Lit. */
function virtual() {
  const core = readdirSync(path('src/core')).filter((file) => file.endsWith('.ts'));
  const entries = {
    '\0core': core.map((file) => `export * from ${JSON.stringify(path(`src/core/${file}`))};`).join('\n'),
    '\0lit': "export { LitElement, css, html, isServer, nothing } from 'lit';",
  };
  return {
    name: 'virtual-entries',
    resolveId: (id) => (id in entries ? id : null),
    load: (id) => entries[id] ?? null,
  };
}

export async function sizes() {
  const { elements } = await import('../dist/lib/index.js');
  const files = {};
  for (const file of ['essay-widgets.js', 'essay-widgets.iife.js', 'essay-widgets.hydrate.js']) {
    files[file] = measure(await readFile(path(`dist/${file}`)));
  }
  const lit = measure(await bundle('\0lit'));
  const core = measure(await bundle('\0core'));
  const perElement = {};
  for (const tag of Object.keys(elements)) {
    const alone = measure(await bundle(path(`src/${tag}.ts`)));
    perElement[tag] = {
      ...alone,
      beyondCore: Object.fromEntries(Object.entries(alone).map(([key, value]) => [key, value - core[key]])),
    };
  }
  return { budget: BUDGET, files, lit, core, elements: perElement };
}

function table({ files, lit, core, elements }) {
  const beyond = (value) => (value >= 0 ? `+${n(value)}` : `−${n(-value)}`);
  const rows = [
    ['`dist/essay-widgets.js` (every element)', files['essay-widgets.js']],
    ['`dist/essay-widgets.iife.js`', files['essay-widgets.iife.js']],
    ['`dist/essay-widgets.hydrate.js`', files['essay-widgets.hydrate.js']],
    ['Lit (`LitElement`, `html`, `css`)', lit],
    ['core: Lit, base element, data, i18n, templates', core],
  ].map(([name, size]) => `| ${name} | ${n(size.minified)} | ${n(size.gzip)} | ${n(size.brotli)} |`);
  for (const [tag, size] of Object.entries(elements)) {
    const cell = (key) => `${n(size[key])} (${beyond(size.beyondCore[key])})`;
    rows.push(
      `| \`<${tag}>\` alone (beyond core) | ${cell('minified')} | ${cell('gzip')} | ${cell('brotli')} |`,
    );
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
      `\nBudget: ${n1(gzip)} KB gzip for dist/essay-widgets.js (${n(gzip)} B); budget ${n1(BUDGET)} KB.`,
    );
  }
}

function n(value) {
  return value.toLocaleString('en-US');
}

function n1(bytes) {
  return (bytes / 1024).toFixed(1);
}
