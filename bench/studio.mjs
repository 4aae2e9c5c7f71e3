// The studio's typing latency, in headless Chromium: how long from the last key typed in the
// editor to the preview showing it, and how much of that is the work itself (reading and
// checking the Essay Markdown, rendering the essay) rather than the pause the studio waits
// for before it updates. Then the same on a 2 MB essay (the seed essay's body over and over):
// how long each key takes to show in the editor (from the key to the next frame painted)
// while the worker reads the essay and the preview renders, and how long the preview takes.
//   npm run build && node bench/studio.mjs
// Prints a summary and writes bench/studio.json. STUDIO_TRIALS sets the number of trials (20),
// STUDIO_LARGE_KEYS the keys typed into the 2 MB essay (80).
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer';
import { CHROMIUM_PATH, chromiumFlags, required } from '../scripts/engines.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url);
const TRIALS = Number(process.env.STUDIO_TRIALS ?? 20);
const LARGE_KEYS = Number(process.env.STUDIO_LARGE_KEYS ?? 80);
/** Characters of the 2 MB essay: about 1.97 MB in UTF-8, just under the default limit on input (2,000,000 bytes). */
const LARGE_BYTES = 1_950_000;
/** A word typed into the 2 MB essay, once, to find in the preview. */
const MARKER = 'Quillwort';
/** The paragraph typed into: the seed essay's first, which ends with these words. */
const PARAGRAPH_END = 'positive elements in the relationship”.';

const median = (values) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;
const percentile = (values, p) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) => ({
  median: round(median(values)),
  p95: round(percentile(values, 95)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
  samples: values.map(round),
});

// The Essay Markdown reader as the studio bundles it, to time it alone in the same page.
const reader = await build({
  entryPoints: [new URL('src/markdown/index.ts', root).pathname],
  bundle: true,
  format: 'iife',
  globalName: 'essayMarkdownForBench',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'warning',
});

const studioJs = await readFile(new URL('dist/studio/studio.js', root)).catch(() => {
  throw new Error('dist/studio/studio.js is missing: npm run build');
});
const workerJs = await readFile(new URL('dist/studio/worker.js', root));

const server = await serve({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: required(CHROMIUM_PATH),
  headless: true,
  args: chromiumFlags,
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/studio/`, { waitUntil: 'load' });

  // In the page: the time of each key, and a wait for the preview on show to hold a text,
  // checked at every frame (rAF callbacks run before the frame is painted).
  await page.evaluate(() => {
    const editor = document.getElementById('editor');
    window.benchLastKey = 0;
    editor.addEventListener('keydown', () => (window.benchLastKey = performance.now()), true);
    window.benchPreviewShows = (text, timeout = 10_000) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + timeout;
        const check = (now) => {
          const shown = document.querySelector('#preview .buffer:not(.pending) > essay-article');
          if (shown?.shadowRoot?.textContent.includes(text)) resolve(now);
          else if (now > deadline) reject(new Error(`the preview never showed ${text}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
  });
  await page.waitForFunction(
    (end) => {
      const shown = document.querySelector('#preview .buffer:not(.pending) > essay-article');
      return shown?.shadowRoot?.textContent.includes(end);
    },
    {},
    PARAGRAPH_END,
  );

  // The cursor at the end of the paragraph, the editor focused; then keys, as a person types.
  // (`cmTile` is the link from the DOM to the editor that CodeMirror's own
  // EditorView.findFromDOM follows; the studio exposes nothing for scripts.)
  await page.evaluate((end) => {
    const content = document.getElementById('editor').shadowRoot.querySelector('.cm-content');
    const view = content.cmTile.root.view;
    const { doc } = view.state;
    let number = 1;
    while (!doc.line(number).text.endsWith(end)) number++;
    view.dispatch({ selection: { anchor: doc.line(number).to }, scrollIntoView: true });
    view.focus();
  }, PARAGRAPH_END);

  const latencies = [];
  let typed = '';
  for (let trial = 0; trial < TRIALS; trial++) {
    const character = String.fromCharCode(97 + (trial % 26));
    typed += character;
    const shown = page.evaluate((text) => window.benchPreviewShows(text), `${PARAGRAPH_END}${typed}`);
    await page.keyboard.type(character);
    const at = await shown;
    latencies.push(at - (await page.evaluate(() => window.benchLastKey)));
    // A pause longer than the studio's, so that each trial is a key on its own.
    await new Promise((resolve) => setTimeout(resolve, 400));
  }

  // The work alone: reading and checking the editor's text, then rendering the essay.
  await page.evaluate(reader.outputFiles[0].text);
  const work = await page.evaluate(async (trials) => {
    const content = document.getElementById('editor').shadowRoot.querySelector('.cm-content');
    const text = content.cmTile.root.view.state.doc.toString();
    const parse = [];
    const render = [];
    const stage = document.createElement('div');
    stage.style.cssText = 'position:absolute;left:0;top:0;width:640px;visibility:hidden';
    document.body.append(stage);
    for (let trial = 0; trial < trials; trial++) {
      const start = performance.now();
      const result = window.essayMarkdownForBench.parseEssayMarkdown(text);
      const parsed = performance.now();
      if (!result.ok) throw new Error(`the essay has problems: ${JSON.stringify(result.errors[0])}`);
      const element = document.createElement('essay-article');
      element.data = result.value;
      stage.replaceChildren(element);
      await element.updateComplete;
      parse.push(parsed - start);
      render.push(performance.now() - parsed);
    }
    stage.remove();
    return { parse, render };
  }, TRIALS);

  // The 2 MB essay: the seed's front matter, then its body over and over, put in the editor
  // as a paste would; the cursor in the middle, after a word to find in the preview.
  const large = await page.evaluate(
    async ({ bytes, marker, end }) => {
      const content = document.getElementById('editor').shadowRoot.querySelector('.cm-content');
      const view = content.cmTile.root.view;
      const seed = view.state.doc.toString();
      const bodyAt = seed.indexOf('\n---\n', 4) + 5;
      const copies = [];
      for (let size = bodyAt; size < bytes; size += seed.length - bodyAt + 1) {
        copies.push(seed.slice(bodyAt));
      }
      const middle = copies.length >> 1;
      copies[middle] = copies[middle].replace(end, `${end} ${marker}`);
      const text = `${seed.slice(0, bodyAt)}${copies.join('\n')}`;
      const cursor = text.indexOf(marker) + marker.length;
      const start = performance.now();
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: cursor },
        scrollIntoView: true,
        userEvent: 'input.paste',
      });
      view.focus();
      const shown = await window.benchPreviewShows(marker, 600_000);
      return {
        bytes: text.length,
        previewMs: shown - start,
        status: document.getElementById('preview-status').textContent,
      };
    },
    { bytes: LARGE_BYTES, marker: MARKER, end: PARAGRAPH_END },
  );

  // Keys as a person types them: bursts of a few keys 120 ms apart, then a pause long enough
  // for the worker to answer and the preview to render, so that keys meet that work. Each key's
  // latency runs from its event to the frame after it is handled (the next paint).
  await page.evaluate(() => {
    const editor = document.getElementById('editor');
    window.benchKeyLatencies = [];
    editor.addEventListener(
      'keydown',
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.benchKeyLatencies.push(performance.now() - at)));
      },
      true,
    );
  });
  for (let key = 0; key < LARGE_KEYS; key++) {
    await page.keyboard.type(String.fromCharCode(97 + (key % 26)));
    const pause = key % 5 === 4 ? 1500 + (key % 3) * 700 : 120;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const keyLatencies = await page.evaluate(() => window.benchKeyLatencies);
  if (errors.length) throw new Error(`the studio failed: ${errors.join('; ')}`);

  const gzip = gzipSync(studioJs, { level: 9 }).length;
  const results = {
    date: new Date().toISOString(),
    browser: await browser.version(),
    // The machine's load while measuring (1-minute average, runnable processes): the figures are
    // of a quiet machine only when it is below its number of cores.
    loadAverage: round(loadavg()[0]),
    trials: TRIALS,
    settleDelayMs: 150,
    keyToPreviewMs: summary(latencies),
    parseAndValidateMs: summary(work.parse),
    renderMs: summary(work.render),
    studioJs: { bytes: studioJs.length, gzip9: gzip },
    workerJs: { bytes: workerJs.length, gzip9: gzipSync(workerJs, { level: 9 }).length },
    large: {
      essayBytes: large.bytes,
      previewNote: large.status,
      pasteToPreviewMs: round(large.previewMs),
      keys: keyLatencies.length,
      keyToFrameMs: summary(keyLatencies),
    },
  };
  await writeFile(new URL('bench/studio.json', root), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Studio typing latency, ${TRIALS} trials, ${results.browser}`);
  console.log(`  last key to preview updated: median ${results.keyToPreviewMs.median} ms`);
  console.log(`    of which the studio waits for a pause in typing: ${results.settleDelayMs} ms`);
  console.log(`  import + validate (parseEssayMarkdown): median ${results.parseAndValidateMs.median} ms`);
  console.log(`  render (<essay-article>, whole): median ${results.renderMs.median} ms`);
  console.log(`  dist/studio/studio.js: ${studioJs.length} bytes, ${gzip} gzip -9`);
  console.log(`  dist/studio/worker.js: ${workerJs.length} bytes, ${results.workerJs.gzip9} gzip -9`);
  console.log(`A ${(large.bytes / 1024 / 1024).toFixed(1)} MB essay:`);
  console.log(`  pasted to previewed (around the cursor): ${results.large.pasteToPreviewMs} ms`);
  console.log(
    `  key to next frame, ${results.large.keys} keys: median ${results.large.keyToFrameMs.median} ms, ` +
      `p95 ${results.large.keyToFrameMs.p95} ms, max ${results.large.keyToFrameMs.max} ms`,
  );
  console.log('Written: bench/studio.json');
} finally {
  await browser.close();
  server.close();
}
