// Subresource Integrity: dist/manifest.json holds the sha384 value of each CDN file as built.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('dist/manifest.json', () => {
  it('names the package and version', () => {
    assert.equal(manifest.name, pkg.name);
    assert.equal(manifest.version, pkg.version);
  });

  it('lists every CDN file there is', () => {
    const cdnFiles = [
      'essay-widgets.js',
      'essay-widgets.iife.js',
      'essay-widgets.hydrate.js',
      'essay-widgets.css',
      'essay-widgets.frame.js',
      'essay-widgets.loader.js',
    ];
    // What they load when a page needs it: the readable copy's code, each element's file and
    // what the element files share (the loader's), and each locale.
    const loaded = [
      'essay-widgets.readable.js',
      'essay-widgets.hydrate.readable.js',
      ...readdirSync(new URL('elements/', dist)).map((name) => `elements/${name}`),
      ...readdirSync(new URL('locales/', dist)).map((name) => `locales/${name}`),
    ];
    const present = [...cdnFiles, ...loaded].filter((file) => existsSync(new URL(file, dist)));
    assert.ok(present.includes('essay-widgets.js') && present.includes('essay-widgets.hydrate.js'));
    assert.ok(present.includes('locales/ar.js') && present.includes('essay-widgets.readable.js'));
    assert.ok(present.includes('essay-widgets.loader.js') && present.includes('elements/pull-quote.js'));
    assert.deepEqual(Object.keys(manifest.files).sort(), present.sort());
  });

  it('holds the sha384 integrity value and size of each file as built', () => {
    for (const [file, { integrity, bytes }] of Object.entries(manifest.files)) {
      const content = readFileSync(new URL(file, dist));
      assert.equal(integrity, `sha384-${createHash('sha384').update(content).digest('base64')}`, file);
      assert.equal(bytes, content.length, file);
    }
  });
});
