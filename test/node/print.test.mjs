// Printing, as a reader does it from the browser: the demo essay and the CMS article page,
// printed by Chromium to PDF on A4 and on Letter, then read back page by page with pdftotext
// (Debian's poppler-utils). DESIGN.md, "Print": an essay prints as an article, with no
// near-empty pages, the glossary's definitions in its printed list and links followed by
// their address; and paper stays light with dark text when the reader's system is dark.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer';
import { CHROMIUM_PATH, chromiumFlags, required } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const examples = new URL('../../examples/', import.meta.url);
const essay = JSON.parse(await readFile(new URL('sino-russian-relations.json', examples), 'utf8'));
const { elements } = await import('../../dist/lib/index.js');
const tags = Object.keys(elements);

/**
 * A full page holds the median page's count of characters (white space left out): most
 * pages of an article are full. A page before the last that holds less than a sixth of that
 * is near-empty, the mark of a block that was pushed whole onto the next page.
 */
const NEAR_EMPTY = 1 / 6;

const FORMATS = ['A4', 'Letter'];

let server;
let browser;
let temp;

before(async () => {
  server = await serve();
  browser = await puppeteer.launch({
    executablePath: required(CHROMIUM_PATH),
    headless: true,
    args: chromiumFlags,
  });
  temp = await mkdtemp(join(tmpdir(), 'essay-widgets-print-'));
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** In the page: resolves once every widget, those inside other widgets included, has rendered. */
async function whenRendered(tags) {
  const selector = tags.join(', ');
  const widgets = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      ...(el.matches(selector) ? [el] : []),
      ...(el.shadowRoot ? widgets(el.shadowRoot) : []),
    ]);
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // An essay renders its body a structure at a time; its updateComplete waits for the last.
  await Promise.all(widgets(document).map((widget) => widget.updateComplete));
  // Widgets inside widgets exist once their outer one has rendered: wait for those too.
  await Promise.all(widgets(document).map((widget) => widget.updateComplete));
}

/** Opens `path` (under examples/) in a new tab, in the given colour scheme, and waits for its widgets. */
async function open(path, { dark = false } = {}) {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/${path}`, { waitUntil: 'load' });
  // An essay given by `src` shows a loading notice until its data is there.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('essay-article')].every((el) => el.shadowRoot?.querySelector('article')),
    { timeout: 15_000 },
  );
  await page.evaluate(whenRendered, tags);
  return page;
}

/** Prints the page to a PDF file of paper `format`; resolves with the file's path. */
async function print(page, name, format, options = {}) {
  const file = join(temp, `${name}-${format}.pdf`);
  await writeFile(file, await page.pdf({ format, preferCSSPageSize: false, ...options }));
  return file;
}

/** The text of each page of a PDF file, as laid out on the page. */
async function pagesOf(file) {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  // Every page ends with a form feed, the last one included.
  return stdout.split('\f').slice(0, -1);
}

/** A page's count of characters, white space left out. */
const charactersOf = (text) => text.replace(/\s/g, '').length;

/** The text of every page as one line, white space collapsed, for looking up phrases. */
const flat = (pages) => pages.join(' ').replace(/\s+/g, ' ');

/** A RichText string as a reader sees it: its markup (`*em*`, `[[term]]`, `[label](url)`) taken out. */
const plain = (richText) =>
  richText
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*+([^*]+)\*+/g, '$1')
    .replace(/\s+/g, ' ');

/** The pages before the last with less than a sixth of a full page's text, described. */
function nearEmptyPages(pages) {
  const counts = pages.map(charactersOf);
  const sorted = counts.toSorted((a, b) => a - b);
  const full = sorted[Math.floor(sorted.length / 2)];
  return counts
    .slice(0, -1)
    .map((count, index) => ({ page: index + 1, count }))
    .filter(({ count }) => count < full * NEAR_EMPTY)
    .map(
      ({ page, count }) => `page ${page}: ${count} characters, a full page ${full}; all: ${counts.join(' ')}`,
    );
}

/** Mean and darkest brightness (0 black to 1 white) of one page of a PDF file, rendered in grey. */
async function brightness(file, pageNumber) {
  const out = `${file}-page-${pageNumber}`;
  const page = String(pageNumber);
  await run('pdftoppm', ['-gray', '-r', '30', '-f', page, '-l', page, '-singlefile', file, out]);
  // A binary PGM: "P5", width, height and the largest value, each followed by white space, then a byte a pixel.
  const pgm = await readFile(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  assert.ok(header, `${out}.pgm is not a binary PGM image`);
  const [start, ...numbers] = header;
  const [width, height, max] = numbers.map(Number);
  const pixels = pgm.subarray(start.length, start.length + width * height);
  const sorted = Uint8Array.from(pixels).sort();
  const sum = pixels.reduce((total, value) => total + value, 0);
  // The darkest pixels of a page of text are its ink: the 1st percentile, so that a speck does not count.
  return { mean: sum / pixels.length / max, ink: sorted[Math.floor(sorted.length / 100)] / max };
}

describe('printing the demo essay', () => {
  const printed = {};
  let page;

  before(async () => {
    page = await open('index.html');
    for (const format of FORMATS) printed[format] = await pagesOf(await print(page, 'essay', format));
  });

  after(() => page?.close());

  for (const format of FORMATS) {
    it(`leaves no near-empty page before the last on ${format}`, () => {
      assert.ok(printed[format].length > 2, `${printed[format].length} pages`);
      assert.deepEqual(nearEmptyPages(printed[format]), []);
    });
  }

  it('prints the glossary with its definitions, once each: terms in the text print as plain text', () => {
    const text = flat(printed.A4);
    for (const { term, definition } of essay.glossary) {
      const occurrences = text.split(plain(definition)).length - 1;
      assert.equal(occurrences, 1, `the definition of "${term}" is printed ${occurrences} times`);
    }
  });

  it('prints the address of a link after it', () => {
    const text = flat(printed.A4);
    assert.ok(text.includes(`(${essay.byline.publisher.url})`), 'the publisher link has no address');
    assert.match(text, /\S \(https:\/\/[^\s()]+\)/);
  });

  it('takes the dotted underline off glossary terms in the text', async () => {
    await page.emulateMediaType('print');
    const decorations = await page.evaluate(() => {
      const terms = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [
          ...(el.localName === 'glossary-term' ? [el] : []),
          ...(el.shadowRoot ? terms(el.shadowRoot) : []),
        ]);
      return terms(document).map(
        (term) => getComputedStyle(term.shadowRoot.querySelector('[part="term"]')).textDecorationLine,
      );
    });
    await page.emulateMediaType(null);
    assert.ok(
      decorations.length >= essay.glossary.length,
      `${decorations.length} glossary terms in the essay`,
    );
    assert.deepEqual([...new Set(decorations)], ['none']);
  });
});

describe('printing on a system in dark mode', () => {
  for (const path of ['index.html', 'cms-article.html']) {
    it(`prints ${path} in dark text on light paper, backgrounds included`, async () => {
      const page = await open(path, { dark: true });
      const file = await print(page, `dark-${path}`, 'A4', { printBackground: true });
      await page.close();
      const { mean, ink } = await brightness(file, 1);
      assert.ok(mean > 0.85, `page 1 is dark: mean brightness ${mean.toFixed(2)}`);
      assert.ok(ink < 0.45, `page 1's text is light: its darkest pixels are ${ink.toFixed(2)}`);
    });
  }
});

describe('printing the CMS article page', () => {
  const printed = {};
  let html;

  before(async () => {
    html = await readFile(new URL('cms-article.html', examples), 'utf8');
    const page = await open('cms-article.html');
    for (const format of FORMATS) printed[format] = await pagesOf(await print(page, 'cms', format));
    await page.close();
  });

  /** The data of the page's widget `tag`, from its inline JSON. */
  const inlineJson = (tag) => {
    const found = new RegExp(`<${tag}>\\s*<script type="application/json">([^]*?)</script>`).exec(html);
    assert.ok(found, `cms-article.html has no <${tag}> with inline JSON`);
    return JSON.parse(found[1]);
  };
  /** The text content of the page's widget `tag`, written as light-DOM text. */
  const lightText = (tag) => {
    const found = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}\\s*>`).exec(html);
    assert.ok(found, `cms-article.html has no <${tag}> written as text`);
    return found[1].replace(/\s+/g, ' ').trim();
  };

  for (const format of FORMATS) {
    it(`leaves no near-empty page before the last on ${format}`, () => {
      assert.deepEqual(nearEmptyPages(printed[format]), []);
    });
  }

  it('prints the text of every widget, from light-DOM text and from inline JSON', () => {
    // Labels print in capitals (text-transform): compare without case.
    const text = flat(printed.A4).toLowerCase();
    const keyPoints = inlineJson('key-points');
    const principles = inlineJson('principle-list');
    const meeting = inlineJson('leader-meeting');
    const expected = {
      'pull-quote': [lightText('pull-quote')],
      'editor-note': [lightText('editor-note')],
      'glossary-term': [lightText('glossary-term')],
      'key-points': [keyPoints.title, ...keyPoints.points.flatMap((point) => [point.heading, point.body])],
      'principle-list': [principles.title, ...principles.principles.map((principle) => principle.name)],
      'leader-meeting': [
        meeting.occasion,
        meeting.summary,
        ...meeting.participants.map((person) => person.name),
      ],
    };
    for (const [tag, phrases] of Object.entries(expected)) {
      for (const phrase of phrases) {
        assert.ok(text.includes(plain(phrase).toLowerCase()), `<${tag}>: "${phrase}" is not printed`);
      }
    }
  });

  it('prints a glossary term as its word alone, without its definition', () => {
    const text = flat(printed.A4);
    const definition = /<glossary-term\s+definition="([^"]+)"/.exec(html)[1];
    assert.ok(text.includes(`the ${lightText('glossary-term')} Summit`));
    assert.ok(!text.includes(plain(definition)), 'the definition of the glossary term is printed');
  });
});
