// Importing any module of the package in Node, where there is no DOM, must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../../dist/', import.meta.url);

async function modulesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

test('every per-module file imports in Node', async () => {
  const files = await modulesUnder(new URL('lib/', dist).pathname);
  assert.ok(files.length > 10, `found ${files.length} modules`);
  for (const file of files) await import(pathToFileURL(file).href);
});

test('the CDN entry, asked for in Node, gives the modules built for Node', async () => {
  // The CDN file itself is a browser's (Lit's browser build, inlined); the package's
  // `essay-widgets/essay-widgets.js` resolves in Node, by its `node` condition, to the modules.
  const bundle = await import('essay-widgets/essay-widgets.js');
  assert.equal(typeof bundle.PullQuote, 'function');
  assert.equal(typeof bundle.define, 'function');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./essay-widgets.js'].default, './dist/essay-widgets.js');
});

test('the package version and the library version agree', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const { VERSION } = await import(new URL('lib/core/base/version.js', dist).href);
  assert.equal(VERSION, pkg.version);
});
