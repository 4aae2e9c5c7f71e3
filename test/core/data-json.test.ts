/**
 * The `data-json` attribute: the element's data where no `<script>` survives a CMS's sanitizer,
 * and what an element shows and says when a sanitizer kept it but removed its data.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EssayArticle, PullQuote } from '../../src/index.js';
import { scriptJson } from '../../src/core/data/script-json.js';
import type { EssayWidgetErrorDetail } from '../../src/core/base/errors.js';
import { captureWarnings, nextError, readerText, settled, shadowText, until } from '../helpers/dom.js';

/** Markup parsed as a page's HTML would be (the attribute written as the embed code writes it). */
function parse(markup: string): HTMLElement {
  const template = document.createElement('template');
  // Test markup of the test's own, never data: the point is to parse attributes as a page does.
  // eslint-disable-next-line no-restricted-properties
  template.innerHTML = markup;
  return template.content.firstElementChild as HTMLElement;
}

const attribute = (data: unknown) => scriptJson(data).replace(/"/g, '&quot;');

describe('data in the data-json attribute', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('renders the data it holds, escaped as the embed code writes it', async () => {
    const text = 'Both sides devote "significant" effort </script> & <b>capital</b>.';
    const el = parse(
      `<pull-quote data-json="${attribute({ text, speaker: { name: 'Samuel Charap' } })}"></pull-quote>`,
    );
    host.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain(text);
    expect(shadowText(el)).to.contain('Samuel Charap');
  });

  it('renders again when the attribute changes', async () => {
    const el = parse(
      `<pull-quote data-json="${attribute({ text: 'First words.' })}"></pull-quote>`,
    ) as PullQuote;
    host.append(el);
    await settled(el);
    el.setAttribute('data-json', JSON.stringify({ text: 'Second words.' }));
    await until(() => shadowText(el).includes('Second words.'), 'the new data');
  });

  it('reports invalid JSON at the path data-json', async () => {
    const el = parse('<pull-quote data-json="{not json"></pull-quote>');
    let detail!: EssayWidgetErrorDetail;
    const warnings = await captureWarnings(async () => {
      const error = nextError(el);
      host.append(el);
      detail = await error;
    });
    expect(detail.errors).to.have.length(1);
    expect(detail.errors[0].path).to.equal('data-json');
    expect(detail.errors[0].message).to.match(/^invalid JSON: /);
    expect(warnings[0]).to.match(/^pull-quote: data-json: invalid JSON: /);
  });

  it('gives way to the data property and to inline JSON, and wins over src', async () => {
    const el = parse(
      `<pull-quote src="/test-api/slow?ms=10&amp;text=From+src" data-json="${attribute({ text: 'From the attribute.' })}"></pull-quote>`,
    ) as PullQuote;
    host.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain('From the attribute.');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ text: 'From the script.' });
    el.append(script);
    await until(() => shadowText(el).includes('From the script.'), 'inline JSON');
    el.data = { text: 'From the property.' };
    await until(() => shadowText(el).includes('From the property.'), 'the property');
  });

  it('keeps the readable copy the embed code carries, and writes none beside it', async () => {
    const essay = (await (await fetch('/examples/sino-russian-relations.json')).json()) as { title: string };
    const el = parse(
      `<essay-article data-json="${attribute(essay)}"><article data-essay-generated><h1>${essay.title}</h1></article></essay-article>`,
    ) as EssayArticle;
    host.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain(essay.title);
    // The copy is brought in step with the data, in one place.
    await until(() => el.querySelectorAll(':scope > article[data-essay-generated]').length === 1, 'one copy');
    await until(() => el.querySelectorAll(':scope > article p').length > 5, 'the whole copy');
  });
});

describe('an element a sanitizer kept without its data', () => {
  // An essay, and a quote, whose copy would read as a quote of its own if it were taken for the
  // author's light-DOM markup.
  const kept = {
    'essay-article':
      '<essay-article><article data-essay-generated><h1>A title</h1><p>The first paragraph of the essay.</p></article></essay-article>',
    'pull-quote':
      '<pull-quote><figure data-essay-generated><blockquote><p>The first paragraph of the essay.</p></blockquote> <figcaption>Samuel Charap, IISS, 2017</figcaption></figure></pull-quote>',
  };
  for (const [tag, markup] of Object.entries(kept)) {
    it(`<${tag}> shows its readable copy and says it has no data`, async () => {
      const el = parse(markup);
      let detail!: EssayWidgetErrorDetail;
      const warnings = await captureWarnings(async () => {
        const error = nextError(el);
        document.body.append(el);
        detail = await error;
      });
      try {
        expect(detail.tag).to.equal(tag);
        expect(detail.errors).to.have.length(1);
        expect(detail.errors[0].message).to.match(/^no data: .*data-json/);
        expect(warnings).to.have.length(1);
        // Not blank: the reader sees the copy, also once the code that keeps copies in step has
        // loaded and had its say; and the element renders nothing of its own from it.
        await import('../../src/core/readers/readable-dom.js');
        await settled(el);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(readerText(el)).to.contain('The first paragraph of the essay.');
        expect(shadowText(el)).not.to.contain('The first paragraph');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
      } finally {
        el.remove();
      }
    });
  }

  it('says nothing when it has no content either (data to come from a script)', async () => {
    const el = document.createElement('pull-quote');
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    el.remove();
    expect(warnings).to.deep.equal([]);
  });
});
