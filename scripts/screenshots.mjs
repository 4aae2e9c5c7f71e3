// Screenshots of the demo and the elements page in the three engines, at a phone's width and a
// laptop's, light and dark, for looking at what we make side by side:
//   npm run screenshots [-- --out screenshots] [--font "DejaVu Serif"] [--engines chromium,webkit]
// writes <out>/<engine>/<page>-<width>-<light|dark>.png. The page's type is set in one font
// (DejaVu Serif by default, installed with every engine here) so that differences are layout,
// not typefaces; `--font ""` keeps the pages' own.
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ENGINE_NAMES, openEngine, setPageFont, settleEssayElements } from './engines.mjs';
import { serve } from './serve.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    font: { type: 'string', default: "'DejaVu Serif', 'DejaVu Sans'" },
    engines: { type: 'string', default: ENGINE_NAMES.join(',') },
  },
});
const PAGES = { demo: 'examples/index.html', elements: 'examples/elements.html' };
const WIDTHS = [375, 1280];

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
try {
  for (const engine of values.engines.split(',')) {
    await mkdir(`${values.out}/${engine}`, { recursive: true });
    for (const scheme of ['light', 'dark']) {
      const browser = await openEngine(engine, { dark: scheme === 'dark' });
      try {
        for (const [name, path] of Object.entries(PAGES)) {
          for (const width of WIDTHS) {
            await browser.open(base + path, width);
            if (values.font) await browser.evaluate(setPageFont, values.font);
            const settled = await browser.evaluate(settleEssayElements);
            if (settled < 0) throw new Error(`${engine}: ${path} never settled`);
            const file = `${values.out}/${engine}/${name}-${width}-${scheme}.png`;
            await browser.screenshot(file);
            console.log(`wrote ${file}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
}
