// dist/essay-widgets.css: src/host.css minified by lightningcss (as the element styles are;
// no browser targets, so nothing is lowered or prefixed).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { transform } from 'lightningcss';

const root = new URL('..', import.meta.url);
const source = new URL('src/host.css', root);
const { code } = transform({ filename: source.pathname, code: await readFile(source), minify: true });
await mkdir(new URL('dist/', root), { recursive: true });
await writeFile(new URL('dist/essay-widgets.css', root), code.toString() + '\n');
