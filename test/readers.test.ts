/**
 * Readers beyond the shadow DOM: what a reader mode (Firefox's Readability, in Node through the
 * `readability` server command of test/helpers/readability.mjs) makes of the live page's light
 * DOM; React rendering wrapped elements whose readable copies change under it; `readable="off"`;
 * and an `<essay-article src>` holding the screen while it loads.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../src/index.js';
import type { EssayArticle } from '../src/index.js';
import { PullQuote } from '../src/react/index.js';
import { openPage, until } from './helpers/dom.js';
import { boxesOf, shiftScore } from './helpers/layout.js';
import { renderWidget } from './helpers/render.js';
import { characteristics, charapQuote } from './seed.js';

const SEED = '/examples/sino-russian-relations.json';
const COPY = ':scope > [data-essay-generated]:not(script)';

interface ReaderView {
  found: boolean;
  title: string;
  content: string;
  textContent: string;
  coverage?: { share: number; total: number; missing: string[] };
}

/** Readability's view of the page as it is now (its light DOM: what readers see). */
async function readerView(data?: unknown, dataFile?: string): Promise<ReaderView> {
  // (Reading the page's HTML, as a reader does; nothing is written.)
  // eslint-disable-next-line no-restricted-properties
  const html = `<!DOCTYPE html>${document.documentElement.outerHTML}`;
  const view = await executeServerCommand<ReaderView, object>('readability', { html, data, dataFile });
  if (!view?.found) throw new Error('Readability found no article');
  console.log(
    'READERS',
    JSON.stringify(view.coverage && { share: view.coverage.share, total: view.coverage.total }),
  );
  return view;
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The readable copy's HTML, once it has stopped changing (it is written after the render). */
async function settledCopy(el: Updatable, timeout = 8000): Promise<Element[]> {
  let last: string | undefined;
  let still = 0;
  await until(
    async () => {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
      // eslint-disable-next-line no-restricted-properties -- read, to see it stop changing
      const now = [...el.querySelectorAll(COPY)].map((node) => node.outerHTML).join('');
      still = now && now === last ? still + 1 : 0;
      last = now;
      return still >= 3 && !el.shadowRoot?.querySelector('[aria-busy]');
    },
    'a settled readable copy',
    timeout,
  );
  return [...el.querySelectorAll(COPY)];
}

/** Waits a little for anything late (a copy written, or removed, after an update). */
const quiet = (el: Updatable) =>
  el.updateComplete.then(() => new Promise((resolve) => setTimeout(resolve, 150)));

const seedData = async () => (await (await fetch(SEED)).json()) as { title: string };

/** An essay-article on the page, with a paragraph after it. */
let page: HTMLElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

function expectArticleCopy(copy: Element[], title: string) {
  expect(copy.map((node) => node.localName)).to.deep.equal(['article']);
  const heading = copy[0].querySelector('h1, h2, h3, h4, h5, h6');
  expect(heading?.parentElement?.localName, 'the title heads the article').to.equal('header');
  expect(heading?.textContent).to.equal(title);
  expect(copy[0].querySelector('h1, h2, h3, h4, h5, h6')).to.equal(heading);
}

describe('Reader mode (Readability) over the live page', () => {
  it('reads 95% of a client-rendered essay given as data', async () => {
    const essay = await seedData();
    page = document.createElement('main');
    const el = document.createElement('essay-article') as EssayArticle;
    el.data = essay as EssayArticle['data'];
    page.append(el);
    document.body.append(page);
    const copy = await settledCopy(el);
    expectArticleCopy(copy, essay.title);
    const view = await readerView(undefined, SEED);
    expect(view.coverage!.share, view.coverage!.missing.join(' | ')).to.be.at.least(0.95);
  });

  it('reads 95% of a client-rendered essay loaded from src', async () => {
    const essay = await seedData();
    page = document.createElement('main');
    page.setHTMLUnsafe(`<essay-article src="${SEED}"></essay-article>`);
    document.body.append(page);
    const el = page.firstElementChild as EssayArticle;
    await until(() => !el.hasAttribute('aria-busy'), 'the essay to load', 8000);
    const copy = await settledCopy(el);
    expectArticleCopy(copy, essay.title);
    const view = await readerView(undefined, SEED);
    expect(view.coverage!.share, view.coverage!.missing.join(' | ')).to.be.at.least(0.95);
  });

  it('reads 95% of a server-rendered essay, hydrated', async () => {
    const essay = await seedData();
    const el = (await renderWidget('essay-article', essay, {}, 'ssr')) as unknown as Updatable;
    page = el.parentElement!;
    const copy = await settledCopy(el);
    expectArticleCopy(copy, essay.title);
    const view = await readerView(undefined, SEED);
    expect(view.coverage!.share, view.coverage!.missing.join(' | ')).to.be.at.least(0.95);
  });

  it("keeps every widget's text in a CMS article with widgets as inline JSON", async () => {
    const json = (data: unknown) =>
      `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
    page = document.createElement('main');
    page.setHTMLUnsafe(`<article>
      <h1>Xi and Putin meet again, and the Shanghai Spirit sets the course</h1>
      <p>Chinese President Xi Jinping and Russian President Vladimir Putin met again during the BRICS
      Summit in Johannesburg. They exchanged in-depth views on current international situation and major
      issues of common concern, as frequent consultations between the two heads indicate.</p>
      <pull-quote>${json(charapQuote)}</pull-quote>
      <p>Over the years the two sides have built a habit of meeting at every summit, and the topics of
      these meetings tell of the weight both give to the relationship and its future course.</p>
      <key-points>${json(characteristics)}</key-points>
      <p>The construction of a new world order just begins with such constructive processes in
      different aspects, and the relationship is one of its foundations.</p>
    </article>`);
    document.body.append(page);
    for (const tag of ['pull-quote', 'key-points']) await settledCopy(page.querySelector(tag) as Updatable);
    const quote = await readerView(charapQuote);
    expect(quote.coverage!.share, quote.coverage!.missing.join(' | ')).to.equal(1);
    const points = await readerView(characteristics);
    expect(points.coverage!.share, points.coverage!.missing.join(' | ')).to.equal(1);
    // Short strings, which have no 4-grams, too.
    const text = points.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain(charapQuote.speaker!.name);
    expect(text).to.contain(characteristics.title);
  });
});

describe('readable="off"', () => {
  it('leaves no copy, and removes one when set later', async () => {
    page = document.createElement('div');
    const off = document.createElement('pull-quote');
    off.setAttribute('readable', 'off');
    off.data = charapQuote;
    const on = document.createElement('pull-quote');
    on.data = charapQuote;
    page.append(off, on);
    document.body.append(page);
    expect(await settledCopy(on)).to.have.length.above(0);
    await quiet(off);
    expect(off.querySelectorAll(COPY)).to.have.length(0);
    on.setAttribute('readable', 'off');
    await until(() => !on.querySelector(COPY), 'the copy to go', 3000);
    // And back: the copy returns.
    on.removeAttribute('readable');
    expect(await settledCopy(on)).to.have.length.above(0);
  });
});

describe('React and the readable copy', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let container: HTMLElement;
  let root: Root;
  let errors: string[];
  const originalError = console.error;
  const show = (node: ReactNode) => act(async () => root.render(node));
  const onError = (event: ErrorEvent) => errors.push(String(event.message));

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    window.addEventListener('error', onError);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
    console.error = originalError;
    window.removeEventListener('error', onError);
  });

  const quoteA = { text: 'The first words, which the copy holds at first.', speaker: { name: 'Ada' } };
  const quoteB = { text: 'The second words, which replace the first ones.', speaker: { name: 'Bo' } };

  /** A quote between siblings that change with `n`, some before it and some after. */
  const tree = (data: object, n: number, extra: object = {}, children?: ReactNode) =>
    createElement(
      'section',
      null,
      ...Array.from({ length: n }, (_, i) => createElement('p', { key: `b${i}` }, `Before ${i}`)),
      createElement(PullQuote, { key: 'quote', data, ...extra } as never, children),
      ...Array.from({ length: 3 - n }, (_, i) => createElement('p', { key: `a${i}` }, `After ${i}`)),
    );

  it('re-renders with new data, children and siblings: the copy follows, React never throws', async () => {
    await show(tree(quoteA, 1));
    const el = container.querySelector('pull-quote') as Updatable;
    expect((await settledCopy(el)).map((node) => node.textContent).join(' ')).to.contain('first words');

    await show(tree(quoteB, 2));
    expect(container.querySelector('pull-quote')).to.equal(el);
    await until(() => !!el.querySelector(COPY)?.textContent?.includes('second words'), 'the new copy');
    expect(el.shadowRoot!.textContent).to.contain('second words');
    expect((await settledCopy(el)).map((node) => node.textContent).join(' ')).not.to.contain('first words');

    // React's own children in the element, and then none again, beside the element's copy.
    await show(tree(quoteA, 0, {}, createElement('span', { key: 'c' }, 'A child of React')));
    await quiet(el);
    await show(tree(quoteA, 3, {}, [createElement('em', { key: 'd' }, 'Another child')]));
    await quiet(el);
    await show(tree(quoteB, 1));
    await until(() => !!el.querySelector(COPY)?.textContent?.includes('second words'), 'the copy again');
    expect(el.shadowRoot!.textContent).to.contain('second words');
    expect(el.querySelectorAll(':scope > span, :scope > em')).to.have.length(0);
    expect(container.querySelectorAll('section > p')).to.have.length(3);

    const domErrors = errors.filter((each) =>
      /removeChild|insertBefore|NotFoundError|not a child/i.test(each),
    );
    expect(domErrors, domErrors.join('\n')).to.deep.equal([]);
  });

  it('keeps no copy with readable="off", and drops it when the prop changes to "off"', async () => {
    await show(tree(quoteA, 1, { readable: 'off' }));
    const el = container.querySelector('pull-quote') as Updatable;
    await quiet(el);
    expect(el.shadowRoot!.textContent).to.contain('first words');
    expect(el.querySelectorAll(COPY)).to.have.length(0);
    await show(tree(quoteA, 1));
    expect(await settledCopy(el)).to.have.length.above(0);
    await show(tree(quoteB, 2, { readable: 'off' }));
    await until(() => !el.querySelector(COPY), 'the copy to go', 3000);
    expect(el.shadowRoot!.textContent).to.contain('second words');
    expect(errors.filter((each) => /removeChild|insertBefore/.test(each))).to.deep.equal([]);
  });
});

describe('<essay-article src> while it loads', () => {
  // A phone's screen and a laptop's, each a frame of that size (WebKit's driver sets no viewport).
  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ]) {
    it(`holds the screen, defined or not, and moves nothing when the essay arrives (${width} px)`, async () => {
      const win = await openPage(
        '/test/pages/essay-src.html',
        (doc) => doc.readyState === 'complete',
        width,
        height,
      );
      const doc = win.document;
      const el = doc.querySelector('essay-article') as EssayArticle;
      const blocks = [doc.querySelector('#before')!, doc.querySelector('#after')!];
      const holds = (what: string) => {
        expect(el.getBoundingClientRect().height, `${what}: its height`).to.be.at.least(win.innerHeight);
        const top = blocks[1].getBoundingClientRect().top;
        expect(top, `${what}: what follows is out of view`).to.be.at.least(win.innerHeight);
      };
      // Before the script: essay-widgets.css holds the room.
      expect(win.customElements.get('essay-article')).to.equal(undefined);
      holds('before the script');

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/essay-widgets.js';
      doc.head.append(script);
      await until(() => el.hasAttribute('aria-busy'), 'the essay to start loading');
      holds('while it loads');

      // Layout shifts as the engine reports them (Chromium), and as the boxes moved (all three).
      const shifts: number[] = [];
      const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
      const observer = Observer.supportedEntryTypes?.includes('layout-shift')
        ? new Observer((list) => {
            for (const entry of list.getEntries())
              shifts.push((entry as PerformanceEntry & { value: number }).value);
          })
        : undefined;
      observer?.observe({ type: 'layout-shift', buffered: false });
      const before = boxesOf(blocks);
      await until(() => !el.hasAttribute('aria-busy'), 'the essay', 8000);
      await settledCopy(el);
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      observer?.disconnect();
      expect(el.shadowRoot!.textContent).to.contain('Sino-Russian');
      const view = { left: win.scrollX, top: win.scrollY, width: win.innerWidth, height: win.innerHeight };
      expect(shiftScore(before, boxesOf(blocks), view), 'layout shift of the paragraphs').to.be.at.most(0.01);
      const reported = shifts.reduce((sum, each) => sum + each, 0);
      expect(reported, 'layout shift reported').to.be.at.most(0.01);
      win.frameElement!.remove();
    });
  }
});
