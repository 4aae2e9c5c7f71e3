// The package as published: package.json covers every element of the registry, the
// tarball holds what it needs and nothing else, and once installed into a fresh project
// every entry point imports in Node. (The browser entries are loaded in test/entries.test.ts;
// publint and attw check the rest in `npm run test:package`.)
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { elements } = await import('../../dist/lib/index.js');
const tags = Object.keys(elements);

describe('package.json', () => {
  it('has an entry point with types for every element, and marks it as having side effects', () => {
    for (const tag of tags) {
      const entry = pkg.exports[`./${tag}.js`];
      assert.deepEqual(entry, { types: `./dist/lib/${tag}.d.ts`, default: `./dist/lib/${tag}.js` }, tag);
      assert.ok(pkg.sideEffects.includes(`./dist/lib/${tag}.js`), `${tag} in sideEffects`);
    }
  });

  it('points every export, type and side effect at a built file', () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    const files = [
      ...targets,
      ...pkg.sideEffects.filter((path) => path.startsWith('./')),
      pkg.bin['essay-widgets'],
    ];
    // A pattern export (`./locales/*.js`) points at the built files its `*` stands for: one each.
    for (const file of files) assert.ok(existsSync(join(root, file.replace('*', 'de'))), file);
  });

  it('marks only the modules that define elements as having side effects', () => {
    const classes = ['./dist/lib/elements.js', './dist/lib/ssr/index.js', './dist/lib/react/index.js'];
    for (const file of classes) assert.ok(!pkg.sideEffects.includes(file), file);
  });
});

describe('the packed tarball', () => {
  let temp;
  let files;

  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'essay-widgets-pack-'));
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', temp], { cwd: root, encoding: 'utf8' }),
    );
    files = packed.files.map((file) => file.path);
    // A fresh project: the tarball unpacked where npm would put it, and the package's
    // dependencies (only those) linked from this repository's node_modules.
    const installed = join(temp, 'project/node_modules/essay-widgets');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(temp, packed.filename), '-C', installed, '--strip-components=1']);
    const linked = [
      ...Object.keys(pkg.dependencies),
      ...Object.keys(pkg.peerDependencies ?? {}),
      'react-dom',
    ];
    for (const name of linked) {
      const link = join(temp, 'project/node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), link, 'dir');
    }
    writeFileSync(join(temp, 'project/package.json'), '{ "type": "module", "private": true }\n');
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  it('holds the bundles, modules, types, manifests, schema, integrations, README and LICENSE', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/essay-widgets.js',
      'dist/essay-widgets.iife.js',
      'dist/essay-widgets.hydrate.js',
      'dist/manifest.json',
      'dist/essay-widgets.schema.json',
      'dist/custom-elements.json',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/ssr/index.js',
      'dist/lib/react/index.d.ts',
      'dist/lib/cli/index.js',
      ...tags.flatMap((tag) => [`dist/lib/${tag}.js`, `dist/lib/${tag}.d.ts`]),
      'integrations/README.md',
      'integrations/hugo/layouts/shortcodes/essay-widgets.html',
      'integrations/jekyll/_includes/essay-widgets.html',
    ]) {
      assert.ok(files.includes(file), file);
    }
  });

  it('holds nothing else: no sources, tests, maps or configuration', () => {
    // The build, and the Hugo shortcode and Jekyll include a site copies from the package.
    const extra = files.filter(
      (file) =>
        !['package.json', 'README.md', 'LICENSE'].includes(file) &&
        !file.startsWith('dist/') &&
        !file.startsWith('integrations/'),
    );
    assert.deepEqual(extra, []);
    assert.deepEqual(
      files.filter((file) => file.endsWith('.map')),
      [],
    );
  });

  it('imports every entry point in Node, and renders on the server', () => {
    const check = `
      const json = { with: { type: 'json' } };
      const exportsMap = (await import('essay-widgets/package.json', json)).default.exports;
      const loaded = {};
      for (const subpath of Object.keys(exportsMap)) {
        // A pattern export is imported for one of the files it stands for.
        const specifier = 'essay-widgets' + subpath.slice(1).replace('*', 'de');
        // A stylesheet is for pages, not for import: it only has to resolve.
        if (subpath.endsWith('.css')) {
          loaded[subpath] = [import.meta.resolve(specifier).split('/').pop()];
          continue;
        }
        const module = await import(specifier, subpath.endsWith('.json') ? json : undefined);
        loaded[subpath] = Object.keys(module).sort();
      }
      const { renderElement } = await import('essay-widgets/ssr');
      const html = await renderElement('pull-quote', { text: 'Installed.' });
      console.log(JSON.stringify({ loaded, html }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', check], {
      cwd: join(temp, 'project'),
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const { loaded, html } = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(loaded), Object.keys(pkg.exports));
    assert.ok(loaded['./elements.js'].includes('PullQuote'));
    assert.ok(loaded['./ssr'].includes('renderElement') && loaded['./ssr'].includes('renderEssay'));
    assert.ok(loaded['./react'].includes('PullQuote'));
    assert.deepEqual(loaded['./schema.json'], ['default']);
    // The opening tag alone on the first line, so that Markdown keeps the element as one block.
    assert.match(html, /^<pull-quote>\n<template shadowroot="open" shadowrootmode="open">/);
  });

  it('runs its command line', () => {
    const bin = join(temp, 'project/node_modules/essay-widgets', pkg.bin['essay-widgets']);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const run = spawnSync(process.execPath, [bin, 'validate', join(root, 'test/fixtures/essay.json')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /: valid\n$/);
  });
});
