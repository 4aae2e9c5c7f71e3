import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../src/registry.js';
import { openPage, shadowText, until, type ProbedWindow } from './helpers/dom.js';

/** The files of the library a page has requested, by path below /dist/. */
const requested = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.slice('/dist/'.length))
    .sort();

describe('the CDN loader', () => {
  it('loads the element a page uses, what the elements share and its language, and no other element', async () => {
    const win = await openPage(
      '/test/pages/loader-one.html',
      (doc) => !!doc.querySelector('pull-quote')?.shadowRoot?.querySelector('[part=text]'),
    );
    const quote = win.document.querySelector('pull-quote')!;
    expect(shadowText(quote)).to.contain('Mein engster Freund');
    // The page speaks German: the date is German, from the locale beside the element files.
    await until(() => shadowText(quote).includes('Juni 2019'), 'the German date');
    // The readable copy's code loads after the first render.
    await until(() => !!quote.querySelector('[data-essay-generated]'), 'the readable copy');
    expect(requested(win)).to.deep.equal([
      'elements/core.js',
      'elements/pull-quote.js',
      'elements/readable.js',
      'elements/shared-glossary-term.js',
      'elements/shared-pull-quote.js',
      'essay-widgets.loader.js',
      'locales/de.js',
    ]);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('loads an element added to the page later, once, and each element of an essay-free page', async () => {
    const win: ProbedWindow = await openPage(
      '/test/pages/loader-one.html',
      (doc) => !!doc.querySelector('pull-quote')?.shadowRoot?.childElementCount,
    );
    const doc = win.document;
    for (const tag of ELEMENT_TAGS.filter((each) => each !== 'essay-article')) {
      doc.body.append(doc.createElement(tag), doc.createElement(tag));
      await until(() => !!win.customElements.get(tag), `<${tag}> defined`);
    }
    // Each file once; an element defined by another's file (a glossary term by any text) needs none of its own.
    const files = requested(win);
    expect(new Set(files).size).to.equal(files.length);
    expect(files).to.not.include('elements/glossary-term.js');
    for (const tag of ELEMENT_TAGS.filter((each) => !['essay-article', 'glossary-term'].includes(each))) {
      expect(files).to.include(`elements/${tag}.js`);
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('loads the single file for an essay, which renders every element, and no element file', async () => {
    const win = await openPage(
      '/test/pages/loader-essay.html',
      (doc) => !!doc.querySelector('essay-article')?.shadowRoot?.querySelector('article'),
    );
    const essay = win.document.querySelector('essay-article')!;
    expect(shadowText(essay)).to.contain('The Evolution of Sino-Russian Relationship');
    const files = requested(win);
    expect(files).to.include('essay-widgets.js');
    expect(files.filter((path) => path.startsWith('elements/'))).to.deep.equal([]);
    for (const tag of ELEMENT_TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(win.__errors).to.deep.equal([]);
  });
});
