// dist/essay-widgets.css: src/host.css without comments and runs of white space.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const css = (await readFile(new URL('src/host.css', root), 'utf8'))
  .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();
await mkdir(new URL('dist/', root), { recursive: true });
await writeFile(new URL('dist/essay-widgets.css', root), css + '\n');
