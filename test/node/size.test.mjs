// Sizes (GNU gzip -9; see scripts/size.mjs): the whole CDN bundle under its hard stop, each
// element's own bytes and each locale under their goals, and the measures themselves checked
// against values taken independently of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { ELEMENT_GOAL, HARD_STOP, LOCALE_GOAL, measure, sizes } from '../../scripts/size.mjs';

const dist = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url));

describe('size', () => {
  let report;
  before(async () => {
    report = await sizes();
  });

  it(`keeps dist/essay-widgets.js under its hard stop of ${HARD_STOP / 1024} KB gzip`, () => {
    const { gzip } = measure(dist('essay-widgets.js'));
    assert.ok(gzip <= HARD_STOP, `dist/essay-widgets.js is ${gzip} bytes gzip, over ${HARD_STOP}`);
  });

  it(`keeps what each element adds to the shared core under ${ELEMENT_GOAL} B gzip, but the whole essay`, () => {
    for (const [tag, size] of Object.entries(report.elements)) {
      if (tag === 'essay-article') continue;
      assert.ok(size.beyondCore.gzip < ELEMENT_GOAL, `<${tag}> adds ${size.beyondCore.gzip} B gzip`);
    }
  });

  it('brings a page through the loader no more than the single file, and an essay within 5% of it', () => {
    const single = report.files['essay-widgets.js'].gzip;
    for (const [tag, size] of Object.entries(report.elements)) {
      const { gzip, files } = size.throughLoader;
      assert.ok(files.includes('essay-widgets.loader.js'), tag);
      if (tag === 'essay-article')
        assert.ok(gzip <= single * 1.05, `an essay: ${gzip} B gzip, single file ${single} B`);
      else assert.ok(gzip < single, `<${tag}>: ${gzip} B gzip through the loader, single file ${single} B`);
    }
    // A page with one pull quote loads its own code, and none of another element's.
    const quote = report.elements['pull-quote'].throughLoader.files;
    assert.ok(quote.includes('elements/pull-quote.js'));
    assert.ok(
      !quote.some((file) => /elements\/(key-points|leader-meeting|essay-byline)/.test(file)),
      quote.join(),
    );
  });

  it(`keeps each locale file under ${LOCALE_GOAL} B gzip`, () => {
    assert.ok(Object.keys(report.locales).length >= 25, 'locales measured');
    for (const [tag, size] of Object.entries(report.locales)) {
      assert.ok(size.gzip < LOCALE_GOAL, `dist/locales/${tag}.js is ${size.gzip} B gzip`);
    }
  });

  it('measures Lit as its published build weighs', () => {
    // Lit's own minified modules, compressed one after the other: a bound that owes nothing to
    // how the elements are bundled.
    const published = [
      '@lit/reactive-element/reactive-element.js',
      'lit-html/lit-html.js',
      'lit-element/lit-element.js',
    ]
      .map((module) => readFileSync(new URL(`../../node_modules/${module}`, import.meta.url), 'utf8'))
      .join('\n');
    const { gzip } = measure(published);
    assert.ok(
      Math.abs(report.lit.gzip - gzip) / gzip < 0.1,
      `Lit measured ${report.lit.gzip} B, published ${gzip} B`,
    );
  });

  it('adds up: the shared core and every element’s own bytes make the whole bundle', () => {
    const own = Object.values(report.elements).reduce((sum, size) => sum + size.beyondCore.minified, 0);
    const whole = report.files['essay-widgets.js'].minified;
    const sum = report.core.minified + own;
    // The bundle also holds the entry's code, and each measure its own module wrappers.
    assert.ok(Math.abs(sum - whole) / whole < 0.1, `core and elements ${sum} B, bundle ${whole} B`);
  });
});
