// The same page lays out alike in Chromium, Firefox and WebKit: every widget's rendered height
// on the demo and the elements page, at a phone's width and a laptop's, with the page's type set
// in one font installed for all three (DejaVu Serif), within 10% of the same widget's in the
// other engines, or within one line of its text: the engines' glyph widths differ by fractions
// of a pixel, which can carry one word over a line break. A layout that breaks in one engine
// (a column that does not form, a part that overflows) is off by far more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINE_NAMES, openEngine, setPageFont, settleEssayElements } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';

const PAGES = ['examples/index.html', 'examples/elements.html'];
const WIDTHS = [375, 1280];
const TOLERANCE = 0.1;

/** Runs in a page: each essay element's height by a name that says where it is. */
function widgetHeights() {
  const heights = {};
  const visit = (root, path) => {
    const counts = {};
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.includes('-') || !('updateComplete' in el) || el.localName === 'glossary-term')
        continue;
      counts[el.localName] = (counts[el.localName] ?? 0) + 1;
      const name = `${path}${el.localName}[${counts[el.localName]}]`;
      heights[name] = {
        height: el.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(el).lineHeight),
      };
      if (el.shadowRoot) visit(el.shadowRoot, `${name} > `);
    }
  };
  visit(document, '');
  return heights;
}

describe('layout across engines', { timeout: 300_000 }, () => {
  let server;
  const measured = {};
  before(async () => {
    server = await serve();
    const base = `http://127.0.0.1:${server.address().port}/`;
    for (const engine of ENGINE_NAMES) {
      const browser = await openEngine(engine);
      try {
        for (const page of PAGES) {
          for (const width of WIDTHS) {
            await browser.open(base + page, width);
            // (DejaVu Sans for the Arabic that DejaVu Serif lacks, rather than each engine's own fallback.)
            await browser.evaluate(setPageFont, "'DejaVu Serif', 'DejaVu Sans'");
            assert.ok((await browser.evaluate(settleEssayElements)) > 0, `${engine}: ${page} settled`);
            measured[`${page} at ${width} px`] ??= {};
            measured[`${page} at ${width} px`][engine] = await browser.evaluate(widgetHeights);
          }
        }
      } finally {
        await browser.close();
      }
    }
  });
  after(() => {
    server?.closeAllConnections();
    server?.close();
  });

  for (const page of PAGES) {
    for (const width of WIDTHS) {
      it(`gives every widget of ${page} the same height within 10% at ${width} px`, () => {
        const byEngine = measured[`${page} at ${width} px`];
        const names = Object.keys(byEngine.chromium).sort();
        assert.ok(names.length > 10, `found ${names.length} widgets`);
        for (const engine of ENGINE_NAMES)
          assert.deepEqual(Object.keys(byEngine[engine]).sort(), names, engine);
        const off = names.flatMap((name) => {
          const heights = ENGINE_NAMES.map((engine) => byEngine[engine][name].height);
          const [low, high] = [Math.min(...heights), Math.max(...heights)];
          const line = byEngine.chromium[name].line;
          return high - low > Math.max(low * TOLERANCE, line)
            ? [`${name}: ${ENGINE_NAMES.map((e, i) => `${e} ${heights[i].toFixed(0)}`).join(', ')}`]
            : [];
        });
        assert.deepEqual(off, []);
      });
    }
  }
});
