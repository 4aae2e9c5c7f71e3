// Minifies the templates of the npm modules (dist/lib) exactly as the CDN bundles' build
// does (lightningcss for CSS, rollup-plugin-minify-template-literals for HTML, the same
// options), so that a page hydrates server-rendered HTML with the very templates that
// rendered it, whichever build renders on the server (essay-widgets/ssr uses these modules)
// and whichever the page loads.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';
import { minifyCss, templateMinifyOptions } from '../rollup.config.mjs';

const lib = new URL('../dist/lib/', import.meta.url);
/** Server, React and command-line modules render no element templates. */
const SKIPPED = /^(?:ssr|react|cli)\//;

const files = (await readdir(lib, { recursive: true })).filter(
  (file) => file.endsWith('.js') && !SKIPPED.test(file),
);
let changed = 0;
for (const file of files) {
  const url = new URL(file, lib);
  const code = await readFile(url, 'utf8');
  const styled = minifyCss(code, url.pathname);
  const result = await minifyHTMLLiterals(styled, { ...templateMinifyOptions, fileName: url.pathname });
  const minified = result?.code ?? styled;
  if (minified !== code) {
    await writeFile(url, minified);
    changed++;
  }
}
console.log(`dist/lib: templates minified in ${changed} of ${files.length} modules`);
