// Writes dist/manifest.json: the Subresource Integrity value (sha384) and size of each
// file a page loads from a CDN, for `<script integrity>` and `<link integrity>`.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/** The CDN files; the stylesheet is optional. */
export const CDN_FILES = [
  'essay-widgets.js',
  'essay-widgets.loader.js',
  'essay-widgets.iife.js',
  'essay-widgets.hydrate.js',
  'essay-widgets.frame.js',
  'essay-widgets.css',
];

/**
 * What the CDN files load when a page needs it: the readable copy's code, each element's file
 * and what they share (the loader's), and each locale.
 */
const loaded = async () => [
  ...(await readdir(new URL('.', dist))).filter((name) => /^essay-widgets\..*readable\.js$/.test(name)),
  ...(await readdir(new URL('elements/', dist))).map((name) => `elements/${name}`),
  ...(await readdir(new URL('locales/', dist))).map((name) => `locales/${name}`),
];

export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const files = {};
for (const name of [...CDN_FILES, ...(await loaded())]) {
  const bytes = await readFile(new URL(name, dist)).catch(() => undefined);
  if (bytes) files[name] = { integrity: integrity(bytes), bytes: bytes.length };
}
if (!files['essay-widgets.js']) throw new Error('dist/essay-widgets.js is missing: run rollup first');

await writeFile(
  new URL('manifest.json', dist),
  JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n',
);
console.log(`dist/manifest.json: integrity for ${Object.keys(files).length} files`);
