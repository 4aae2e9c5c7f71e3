import { expect } from '@open-wc/testing';
import { openPage, shadowText, until } from './helpers/dom.js';

describe('the CDN bundle', () => {
  it('loads twice as ES module and twice as classic script with no error, and renders', async () => {
    const win = await openPage('/test/pages/bundle-twice.html', (doc) =>
      ['pull-quote', 'principle-list', 'leader-meeting'].every(
        (tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount,
      ),
    );
    const doc = win.document;
    expect(win.__errors).to.deep.equal([]);
    expect(shadowText(doc.querySelector('pull-quote')!)).to.contain('Samuel Charap');
    expect(shadowText(doc.querySelector('leader-meeting')!)).to.contain('Xi Jinping and Vladimir Putin');
    // The invalid list warns once and shows its notice; its neighbours are unaffected.
    expect(win.__warnings).to.deep.equal(['principle-list: principles[1].name: expected a non-empty string']);
    expect(doc.querySelector('principle-list')!.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
  });

  it('exposes the classes and define() on window.EssayWidgets from the classic script', async () => {
    const win = await openPage(
      '/test/pages/bundle-twice.html',
      (doc) => !!doc.querySelector('pull-quote')?.shadowRoot,
    );
    const api = win.EssayWidgets!;
    expect(api.define).to.be.a('function');
    for (const name of ['PullQuote', 'PrincipleList', 'LeaderMeeting'])
      expect(api[name], name).to.be.a('function');
    expect(api.VERSION).to.be.a('string');
  });

  it('names a different version already on the page in one warning and leaves it be', async () => {
    const win = await openPage('/test/pages/other-version.html', (doc) => doc.readyState === 'complete');
    await until(() => win.__warnings.length > 0, 'the warning');
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.match(/<pull-quote> is already defined by version 0\.0\.1/);
    expect(win.__errors).to.deep.equal([]);
  });

  for (const kind of ['module', 'classic'] as const) {
    it(`loads the page's locale from beside itself, as ${kind === 'module' ? 'an ES module' : 'a classic script'}, and takes a publisher's strings`, async () => {
      const ordinals = (doc: Document) =>
        [...doc.querySelectorAll('key-points')].map(
          (el) => el.shadowRoot?.querySelector('[part=ordinal]')?.textContent?.trim() ?? '',
        );
      const win = await openPage(`/test/pages/cdn-locale-${kind}.html`, (doc) =>
        ordinals(doc).every((ordinal) => ordinal !== ''),
      );
      expect(ordinals(win.document)).to.deep.equal(['Erstens', 'Erschtens']);
      const loaded = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      expect(loaded).to.include('/dist/locales/de.js');
      expect(win.__errors).to.deep.equal([]);
      // The strings the publisher did not give come from German, and the warning says which.
      expect(win.__warnings).to.have.length(1);
      expect(win.__warnings[0]).to.match(/locale "gsw": .*not given, taken from "de"/);
    });
  }
});
