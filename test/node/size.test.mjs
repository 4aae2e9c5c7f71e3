// The size budget: the whole CDN bundle, every element and Lit, within 20 KB gzip
// (GNU gzip -9; see scripts/size.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { leanLit } from '../../rollup.config.mjs';
import { BUDGET, measure, sizes } from '../../scripts/size.mjs';

const bundle = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url));

describe('size', () => {
  it(`keeps dist/essay-widgets.js under ${BUDGET / 1024} KB gzip`, () => {
    const { gzip } = measure(bundle('essay-widgets.js'));
    assert.ok(gzip <= BUDGET, `dist/essay-widgets.js is ${gzip} bytes gzip, over the budget of ${BUDGET}`);
  });

  it('measures every element on its own, beyond the shared core', async () => {
    const { elements: sized, core, lit } = await sizes();
    const { elements } = await import('../../dist/lib/index.js');
    assert.deepEqual(Object.keys(sized), Object.keys(elements));
    assert.ok(lit.gzip < core.gzip);
    for (const [tag, size] of Object.entries(sized)) {
      assert.ok(size.gzip > 0 && size.brotli < size.gzip && size.gzip < size.minified, tag);
      assert.equal(size.beyondCore.minified, size.minified - core.minified, tag);
    }
  });

  it('leaves out of the CDN files what of Lit they cannot use, and keeps its hydration hook', () => {
    for (const file of ['essay-widgets.js', 'essay-widgets.iife.js', 'essay-widgets.hydrate.js']) {
      const code = bundle(file).toString();
      for (const name of ['PolyfillSupport', 'Versions', 'litPropertyMetadata', 'addInitializer']) {
        assert.ok(!code.includes(name), `${file} holds ${name}`);
      }
      assert.ok(code.includes('litElementHydrateSupport'), file);
    }
  });

  it('fails the build when a release of Lit no longer matches a cut', () => {
    const file = new URL('../../node_modules/lit-html/lit-html.js', import.meta.url);
    const id = file.pathname;
    const code = readFileSync(file, 'utf8');
    assert.ok(!leanLit.transform(code, id).code.includes('litHtmlVersions'));
    assert.throws(
      () => leanLit.transform(code.replace('litHtmlVersions', 'litHtmlReleases'), id),
      /expected one match/,
    );
  });
});
