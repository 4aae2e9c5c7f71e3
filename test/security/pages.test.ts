import { expect } from '@open-wc/testing';
import { allRendered, openPage, shadowText } from '../helpers/dom.js';
import { elements } from '../../src/index.js';

const TAGS = Object.keys(elements);

describe('pages we do not control', () => {
  it('renders under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const win = await openPage('/test/pages/csp/strict.html', (doc) => allRendered(doc, TAGS));
    const doc = win.document;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    for (const tag of new Set(
      [...doc.querySelectorAll('*')].map((el) => el.localName).filter((name) => TAGS.includes(name)),
    )) {
      for (const el of doc.querySelectorAll(tag)) {
        expect(el.shadowRoot!.querySelector('[part=error]'), `${tag} error`).to.equal(null);
      }
    }
    expect(shadowText(doc.querySelectorAll('leader-meeting')[1])).to.contain('Xi Jinping and Vladimir Putin');
    expect(shadowText(doc.querySelector('key-points')!)).to.contain('First First thesis and its body.');
    expect(shadowText(doc.querySelector('event-timeline')!)).to.match(
      /^July 25 – 27, 2018 10th BRICS Summit/,
    );
    // The essay's metadata is written through a policy that admits only JSON, once it is whole.
    const essay = doc.querySelector('essay-article') as HTMLElement & { updateComplete: Promise<unknown> };
    await essay.updateComplete;
    const linkedData = essay.querySelector(':scope > script[type="application/ld+json"]');
    expect(JSON.parse(linkedData!.textContent!)['@type']).to.equal('OpinionNewsArticle');
    // The policy really is in force: the page refuses a script written from a string.
    const script = doc.createElement('script');
    // (Each engine words the error its own way.)
    expect(() => (script.textContent = 'window.__inlineRan = true')).to.throw();
    expect(script.textContent).to.equal('');
  });

  it('stays intact on a page whose CSS hides every common element, with the bundle loaded twice', async () => {
    const win = await openPage('/test/pages/hostile-css.html', (doc) => allRendered(doc, TAGS));
    const doc = win.document;
    expect(win.__errors).to.deep.equal([]);
    for (const tag of TAGS.filter((name) => doc.querySelector(name))) {
      const el = doc.querySelector(tag)!;
      expect(el.getBoundingClientRect().height, `${tag} height`).to.be.greaterThan(40);
      const texts = [...el.shadowRoot!.querySelectorAll('p, li, h2, figcaption')];
      expect(texts.length, `${tag} text blocks`).to.be.greaterThan(0);
      for (const text of texts)
        expect(getComputedStyle(text).display, `${tag} ${text.localName}`).to.not.equal('none');
    }
  });
});
