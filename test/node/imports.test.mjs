// Importing any module of the package in Node, where there is no DOM, must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

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

test('the CDN ES module imports in Node and exports the classes', async () => {
  const bundle = await import(new URL('essay-widgets.js', dist).href);
  assert.equal(typeof bundle.PullQuote, 'function');
  assert.equal(typeof bundle.define, 'function');
});

test('the classic script runs in a bare Node context', async () => {
  const code = await readFile(new URL('essay-widgets.iife.js', dist), 'utf8');
  const context = {};
  context.globalThis = context;
  runInNewContext(code, context);
  assert.equal(typeof context.EssayWidgets.LeaderMeeting, 'function');
});

test('the package version and the library version agree', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const { VERSION } = await import(new URL('lib/core/version.js', dist).href);
  assert.equal(VERSION, pkg.version);
});
