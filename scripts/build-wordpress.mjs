// Builds what the WordPress plugin (wordpress/essay-widgets/) ships beside its PHP, into its
// build/ folder (not in git: it is made from dist/, so run after the main build):
//   release.php       the version and the integrity of dist/essay-widgets.js, from dist/manifest.json
//   elements.php      the essay elements and the attributes each reads, from
//                     dist/custom-elements.json: what kses must keep
//   essay-widgets.js  a copy of that bundle, and of the file it loads from beside it
//                     (essay-widgets.readable.js), for sites that serve them themselves
//   markdown.js       Essay Markdown's reader as a plain script (window.essayWidgetsMarkdown),
//                     for the block editor, which has no module loader
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const out = new URL('wordpress/essay-widgets/build/', root);

const manifest = JSON.parse(
  await readFile(new URL('dist/manifest.json', root), 'utf8').catch(() => {
    throw new Error('dist/manifest.json is missing: run `npm run build` first');
  }),
);
const bundle = manifest.files?.['essay-widgets.js'];
if (!manifest.version || !bundle?.integrity) {
  throw new Error('dist/manifest.json has no version or no integrity for essay-widgets.js');
}
/** A PHP single-quoted string: only `\` and `'` are special. */
const php = (text) => `'${String(text).replace(/[\\']/g, '\\$&')}'`;

await mkdir(out, { recursive: true });
await writeFile(
  new URL('release.php', out),
  `<?php
// Made by scripts/build-wordpress.mjs from dist/manifest.json: do not edit.
return array(
\t'version'   => ${php(manifest.version)},
\t'integrity' => ${php(bundle.integrity)},
);
`,
);

// Every attribute an element reads, and those that any HTML element takes which the elements
// read too (`lang`, `dir`), and `data-json`, which holds the embed form's data.
const elements = JSON.parse(await readFile(new URL('dist/custom-elements.json', root), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => [
    declaration.tagName,
    ['data-json', 'lang', 'dir', ...(declaration.attributes ?? []).map((attribute) => attribute.name)],
  ])
  .sort(([a], [b]) => a.localeCompare(b));
await writeFile(
  new URL('elements.php', out),
  `<?php
// Made by scripts/build-wordpress.mjs from dist/custom-elements.json: do not edit.
return array(
${elements.map(([tag, attributes]) => `\t${php(tag)} => array( ${attributes.map(php).join(', ')} ),`).join('\n')}
);
`,
);
for (const name of ['essay-widgets.js', 'essay-widgets.readable.js']) {
  await copyFile(new URL(`dist/${name}`, root), new URL(name, out));
}
await build({
  entryPoints: [new URL('dist/lib/markdown/index.js', root).pathname],
  outfile: new URL('markdown.js', out).pathname,
  bundle: true,
  format: 'iife',
  globalName: 'essayWidgetsMarkdown',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(
  `wordpress/essay-widgets/build/: essay-widgets@${manifest.version}, its bundle and the Markdown reader`,
);
