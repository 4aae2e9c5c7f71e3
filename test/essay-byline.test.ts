import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { BylineData, EssayByline } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { LONG, longOrganization, longPerson, overflowAt, WIDTHS } from './helpers/overflow.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { fengByline } from './seed.js';

/** The byline with a second author and an update, to show every field. */
const full: BylineData = {
  ...fengByline,
  authors: [
    ...fengByline.authors,
    { name: 'A. Editor', role: 'Editor', country: 'RU', url: 'https://example.org/editor' },
  ],
  published: '2018-07-30',
  updated: '2018-08',
};

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<essay-byline>', () => {
  it('reads a child JSON script', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ authors: [{ name: 'Feng Shaolei' }], updated: '2018-11-05' }),
    });
    const el = await fixture<EssayByline>(html`<essay-byline>${script}</essay-byline>`);
    expect(texts(el, '[part="name"], [part="updated"]')).to.deep.equal([
      'Feng Shaolei',
      'Updated November 5, 2018',
    ]);
  });

  it('loads a JSON file named by src', async () => {
    const el = await fixture<EssayByline>(
      html`<essay-byline src="/test/fixtures/essay-byline.json"></essay-byline>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part="authors"]'), 'the fetched data');
    expect(texts(el, '[part="name"], [part="publisher"]')).to.deep.equal([
      'Feng Shaolei冯绍雷',
      'Valdai Discussion Club',
    ]);
  });

  it('speaks the language of the nearest lang', async () => {
    const ru = (
      await fixture(html`<div lang="ru"><essay-byline .data=${full}></essay-byline></div>`)
    ).querySelector('essay-byline')!;
    await ru.updateComplete;
    expect(texts(ru, '[part="authors"]')[0]).to.match(/^Текст: Feng Shaolei/);
    expect(texts(ru, '[part="published"], [part="updated"]')).to.deep.equal([
      'Опубликовано 30 июля 2018 г.',
      'Обновлено август 2018 г.',
    ]);
    expect(texts(ru, '[part="details"]')[1]).to.equal('Editor, Россия');
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<essay-byline>', () => {
  it('renders the author with role and affiliation, the publisher and the date', async () => {
    const el = await renderWidget('essay-byline', fengByline);
    const root = el.shadowRoot!;
    expect(texts(el, '[part="authors"]')).to.deep.equal([
      'By Feng Shaolei冯绍雷, Director of the Centre for Russian Studies, East China Normal University',
    ]);
    expect(texts(el, '[part="name"]')).to.deep.equal(['Feng Shaolei冯绍雷']);
    expect(texts(el, '[part="native-name"]')).to.deep.equal(['冯绍雷']);
    expect(texts(el, '[part="details"]')).to.deep.equal([
      'Director of the Centre for Russian Studies, East China Normal University',
    ]);
    expect(texts(el, '[part="publisher"]')).to.deep.equal(['Valdai Discussion Club']);
    expect(root.querySelector('[part="publisher"] a')!.getAttribute('href')).to.equal(
      'https://valdaiclub.com/',
    );
    expect(texts(el, '[part="published"]')).to.deep.equal(['Published 2018']);
    expect(root.querySelector('[part="published"] time')!.getAttribute('datetime')).to.equal('2018');
    expect(root.querySelector('[part="updated"]')).to.equal(null);
    expect(root.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders several authors, linked names, and published and updated dates', async () => {
    const el = await renderWidget('essay-byline', full);
    const root = el.shadowRoot!;
    expect(texts(el, '[part="author"]')).to.deep.equal([
      'Feng Shaolei冯绍雷, Director of the Centre for Russian Studies, East China Normal University',
      'A. Editor, Editor, Russia',
    ]);
    expect(root.querySelector('[part="author"]:nth-child(3) a')!.getAttribute('href')).to.equal(
      'https://example.org/editor',
    );
    expect(texts(el, '[part="published"], [part="updated"]')).to.deep.equal([
      'Published July 30, 2018',
      'Updated August 2018',
    ]);
    expect([...root.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2018-07-30',
      '2018-08',
    ]);
    await expect(el).to.be.accessible();
  });

  it('renders an author alone, with no line of publisher and dates', async () => {
    const el = await renderWidget('essay-byline', { authors: [{ name: 'Feng Shaolei' }] });
    expect(texts(el, '[part="authors"]')).to.deep.equal(['By Feng Shaolei']);
    expect(el.shadowRoot!.querySelector('[part="meta"], [part="details"]')).to.equal(null);
  });

  it('reports every invalid field by its path', async () => {
    expect((await renderInvalid('essay-byline', { authors: [] })).detail.errors).to.deep.equal([
      { path: 'authors', message: 'expected at least 1 author' },
    ]);
    expect(
      (await renderInvalid('essay-byline', { publisher: { name: 'Valdai' } })).detail.errors,
    ).to.deep.equal([{ path: 'authors', message: 'expected a list' }]);
    const {
      detail: { errors },
      warnings,
    } = await renderInvalid('essay-byline', {
      authors: [
        { name: 'Feng Shaolei', url: 'javascript:alert(1)' },
        { name: '', country: 'cn' },
      ],
      publisher: { abbreviation: 'VDC' },
      published: '2018-02-30',
      updated: 'July 2018',
    });
    expect(errors).to.deep.equal([
      { path: 'authors[0].url', message: 'expected an http:, https: or mailto: URL' },
      { path: 'authors[1].name', message: 'expected a non-empty string' },
      {
        path: 'authors[1].country',
        message: 'expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
      },
      { path: 'publisher.name', message: 'expected a non-empty string' },
      { path: 'published', message: 'expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD' },
      { path: 'updated', message: 'expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(warnings).to.deep.equal([
      'essay-byline: authors[0].url: expected an http:, https: or mailto: URL',
    ]);
  });

  it('labels and dates in Russian and Chinese', async () => {
    const ru = await renderWidget('essay-byline', full, { lang: 'ru' });
    const zh = await renderWidget('essay-byline', full, { lang: 'zh' });
    expect(texts(ru, '[part="authors"]')[0]).to.match(/^Текст: Feng Shaolei/);
    expect(texts(ru, '[part="published"], [part="updated"]')).to.deep.equal([
      'Опубликовано 30 июля 2018 г.',
      'Обновлено август 2018 г.',
    ]);
    expect(texts(ru, '[part="details"]')[1]).to.equal('Editor, Россия');
    expect(texts(zh, '[part="authors"]')[0]).to.match(/^作者 Feng Shaolei/);
    expect(texts(zh, '[part="published"], [part="updated"]')).to.deep.equal([
      '发布于 2018年7月30日',
      '更新于 2018年8月',
    ]);
    expect(texts(zh, '[part="details"]')[1]).to.equal('Editor, 俄罗斯');
  });

  it('is accessible in the dark theme', async () => {
    const el = await renderWidget('essay-byline', full, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    await expect(el).to.be.accessible();
  });
});

describe('<essay-byline> with words longer than its column', () => {
  for (const width of WIDTHS) {
    it(`keeps every part inside its box at ${width} px`, async () => {
      const byline = {
        authors: [longPerson, { ...longPerson, name: LONG.word, nativeName: LONG.name }],
        publisher: longOrganization,
        published: '2018-01-02',
        updated: '2019-02-03',
      };
      expect(await overflowAt(width, 'essay-byline', byline)).to.deep.equal([]);
    });
  }
});
