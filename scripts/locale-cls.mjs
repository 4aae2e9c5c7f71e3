// Layout shift while a non-English page's strings arrive: a German and an Arabic page, with the
// CDN bundle (dist/essay-widgets.js, which loads locales/<tag>.js from beside itself) and
// dist/essay-widgets.css, widgets in light-DOM and inline-JSON forms, at 375 and 1280 px.
// Cumulative Layout Shift from Chromium's `layout-shift` entries, from first paint until every
// widget has rendered in the page's language. English is measured too: what the strings'
// arrival adds is the difference, whose target is 0 (within 0.001); the rest is the estimate
// essay-widgets.css holds for widgets whose data is inline JSON, the same in every language.
//   node scripts/locale-cls.mjs        (after npm run build; writes bench/locale-cls.json)
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, chromiumFlags, required, settleEssayElements } from './engines.mjs';
import { serve } from './serve.mjs';

/** What the arrival of a language's strings may add to the English page's shift. */
export const TARGET = 0.001;
const LANGS = (process.env.LANGS ?? 'en,de,ar').split(',');
const WIDTHS = [375, 1280];

/** A news page in `lang` with one widget of each light-DOM form and two from inline JSON. */
export function page(lang) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>locale CLS</title>
<link rel="stylesheet" href="/dist/essay-widgets.css" />
<script type="module" src="/dist/essay-widgets.js"></script>
<style>body { margin: 0 auto; max-inline-size: 42rem; padding: 1rem; font: 18px/1.55 'DejaVu Serif', serif; }</style>
</head>
<body>
<h1>Sino-Russian relations</h1>
<p>Xi Jinping and Vladimir Putin met again during the BRICS Summit in Johannesburg.</p>
<pull-quote speaker="Samuel Charap" affiliation="IISS" date="2017">Both sides devote significant effort and political capital to managing their bilateral relations effectively.</pull-quote>
<principle-list advocate="SCO"><h3>The Shanghai Spirit</h3><ul><li>Mutual trust</li><li>Mutual benefit</li><li>Equality</li></ul></principle-list>
<key-points><h3>Four characteristics</h3><ol><li><strong>Charting the course.</strong> A major issue of mutual concern.</li><li><strong>Not ties in the general sense.</strong> Close neighbours.</li><li><strong>Strong government.</strong> Markets and social forces.</li></ol></key-points>
<editor-note kind="disclaimer">Views expressed are of individual Members and Contributors.</editor-note>
<leader-meeting><script type="application/json">{"participants":[{"name":"Xi Jinping","country":"CN","role":"President"},{"name":"Vladimir Putin","country":"RU","role":"President"}],"date":"2018-07-26","location":{"city":"Johannesburg","country":"ZA"},"topics":["The international situation"]}</script></leader-meeting>
<p>The construction of a new world order begins with such constructive processes.</p>
<event-timeline><script type="application/json">{"events":[{"date":"2018-05-24","title":"Wang Qishan meets Vladimir Putin"},{"date":"2018-06-08","title":"The first Friendship Medal"}]}</script></event-timeline>
<p>End of the article.</p>
</body>
</html>`;
}

/** What each non-English page's shift adds to the English page's at the same width. */
export function addedByStrings(results) {
  const added = {};
  for (const [page, cls] of Object.entries(results)) {
    const [lang, width] = page.split('@');
    if (lang !== 'en') added[page] = Number((cls - results[`en@${width}`]).toFixed(4));
  }
  return added;
}

/** Measures every page at every width; resolves with `{ "de@375": cls, … }`. */
export async function measure() {
  const { default: puppeteer } = await import('puppeteer');
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: required(CHROMIUM_PATH),
    headless: true,
    args: chromiumFlags,
  });
  const results = {};
  try {
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const match = new URL(request.url()).pathname.match(/^\/locale-cls\/(\w+)\.html$/);
      if (match)
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: page(match[1]) });
      else request.continue();
    });
    // Collects shifts from the first paint on (the observer runs before any of the page's scripts).
    await tab.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        await tab.setViewport({ width, height: 900 });
        await tab.goto(`${origin}/locale-cls/${lang}.html`, { waitUntil: 'load' });
        const settled = await tab.evaluate(settleEssayElements);
        if (settled < 0) throw new Error(`${lang}@${width}: the widgets did not settle`);
        // Two frames more, for shifts of the last render to be reported.
        await tab.evaluate(
          () =>
            new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))),
        );
        const { cls, advocate } = await tab.evaluate(() => ({
          cls: window.__cls,
          advocate: document.querySelector('principle-list').shadowRoot?.textContent ?? '',
        }));
        if (lang !== 'en' && advocate.includes('Advocated by'))
          throw new Error(`${lang}@${width}: still in English`);
        results[`${lang}@${width}`] = Number(cls.toFixed(4));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measure();
  const added = addedByStrings(results);
  for (const [page, cls] of Object.entries(results)) {
    const more = added[page] === undefined ? '' : `, ${added[page].toFixed(4)} more than English`;
    console.log(`${page.padEnd(8)} CLS ${cls.toFixed(4)}${more}`);
  }
  await writeFile(
    new URL('../bench/locale-cls.json', import.meta.url),
    JSON.stringify(
      { target: TARGET, measured: new Date().toISOString().slice(0, 10), cls: results, added },
      null,
      2,
    ) + '\n',
  );
  process.exit(Object.values(added).every((more) => more <= TARGET) ? 0 : 1);
}
