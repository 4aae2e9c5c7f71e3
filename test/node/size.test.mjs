// The size budget: the whole CDN bundle, every element and Lit, within 20 KB gzip
// (GNU gzip -9; see scripts/size.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
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
});
