// Builds the studio (docs/studio.md) into dist/studio/: studio/studio.ts (the page's script)
// and studio/worker.ts (its worker, which reads and checks the text) bundled by esbuild, the
// page, its stylesheet and icon copied. Run after the main build: the embed code takes the
// library's version and the integrity of dist/essay-widgets.loader.js, essay-widgets.js and
// essay-widgets.frame.js from dist/manifest.json, and the page loads that bundle from
// ../essay-widgets.js.
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const out = new URL('dist/studio/', root);

const manifest = JSON.parse(
  await readFile(new URL('dist/manifest.json', root), 'utf8').catch(() => {
    throw new Error('dist/manifest.json is missing: run `npm run build` first');
  }),
);
const bundle = manifest.files?.['essay-widgets.js'];
const frame = manifest.files?.['essay-widgets.frame.js'];
const loader = manifest.files?.['essay-widgets.loader.js'];
if (!bundle?.integrity) throw new Error('dist/manifest.json has no integrity for essay-widgets.js');
if (!loader?.integrity) throw new Error('dist/manifest.json has no integrity for essay-widgets.loader.js');
if (!frame?.integrity) throw new Error('dist/manifest.json has no integrity for essay-widgets.frame.js');

await mkdir(out, { recursive: true });
const options = {
  outdir: out.pathname,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // The seed essay travels inside the script, so that the studio works offline.
  loader: { '.md': 'text' },
  define: {
    __STUDIO_RELEASE__: JSON.stringify({
      version: manifest.version,
      integrity: bundle.integrity,
      loaderIntegrity: loader.integrity,
      frameIntegrity: frame.integrity,
    }),
  },
};
const entry = (name) => [{ in: new URL(`studio/${name}.ts`, root).pathname, out: name }];
const builds = await Promise.all([
  build({ ...options, entryPoints: entry('studio') }),
  // A worker has no document: a package with a build for workers gives that one (the
  // Markdown reader's decoder of character references has one; its browser build uses the DOM).
  build({ ...options, entryPoints: entry('worker'), conditions: ['worker'] }),
]);
const result = { metafile: { inputs: Object.assign({}, ...builds.map(({ metafile }) => metafile.inputs)) } };

// The elements come from the library's own bundle; a copy of them here would render what
// readers never see, and double the download. Element code is what renders: the elements, their
// base class and Lit. (Plain functions of src/core, such as the embed form and the limits, may
// come along with the Markdown reader and the embed code.)
const elementCode = Object.keys(result.metafile.inputs).filter((input) =>
  /(^|\/)(src\/elements\/|src\/core\/essay-element\.ts$|node_modules\/(lit|lit-html|lit-element|@lit)\/)/.test(
    input,
  ),
);
if (elementCode.length) {
  throw new Error(
    `the studio must not bundle the library's elements, but it holds ${elementCode.join(', ')}`,
  );
}

for (const name of ['index.html', 'studio.css', 'favicon.svg']) {
  await copyFile(new URL(`studio/${name}`, root), new URL(name, out));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = [];
for (const name of ['studio.js', 'worker.js']) {
  const script = await readFile(new URL(name, out));
  sizes.push(`${name} ${kb(script.length)} (${kb(gzipSync(script, { level: 9 }).length)} gzip -9)`);
}
console.log(
  `dist/studio/: ${sizes.join(', ')}, ` +
    `index.html ${kb((await stat(new URL('index.html', out))).size)}, ` +
    `embed code for essay-widgets@${manifest.version}`,
);
