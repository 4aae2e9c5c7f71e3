import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { KeyPoints } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { characteristics } from './seed.js';

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<key-points>', () => {
  it('reads a child JSON script', async () => {
    const el = await fixture<KeyPoints>(
      html`<key-points
        ><script type="application/json">
          { "title": "Theses", "points": [{ "heading": "One", "body": "Body" }] }
        </script></key-points
      >`,
    );
    expect(texts(el, 'h2')).to.deep.equal(['Theses']);
    expect(texts(el, '[part="ordinal"], [part="heading"], [part="body"]')).to.deep.equal([
      'First',
      'One',
      'Body',
    ]);
  });

  it('loads a JSON file named by src, and reports one it cannot load', async () => {
    const el = await fixture<KeyPoints>(html`<key-points src="/test/fixtures/key-points.json"></key-points>`);
    await until(() => !!el.shadowRoot!.querySelector('ol'), 'the fetched data');
    expect(texts(el, '[part="ordinal"]')).to.have.length(4);
    expect(texts(el, 'h2')).to.deep.equal([characteristics.title]);

    const missing = document.createElement('key-points');
    missing.src = '/test/fixtures/missing.json';
    const event = oneEvent(missing, 'essay-widget-error');
    document.body.append(missing);
    const { detail } = await event;
    expect(detail.errors[0]).to.deep.equal({
      path: 'src',
      message: 'could not load /test/fixtures/missing.json: HTTP 404',
    });
    missing.remove();
  });

  it('reads light-DOM markup: a heading, an introduction and an <ol> of <strong> headings', async () => {
    const el = await fixture<KeyPoints>(
      html`<key-points>
        <h3>Characteristics</h3>
        <p>The relationship shows <em>important</em> characteristics.</p>
        <ol>
          <li><strong>Charting *the* ties</strong> — is a <em>major</em> issue.</li>
          <li>
            <strong>Strong government</strong>: market and social forces.
            <ol>
              <li><strong>Big projects</strong> and civil participation</li>
              <li>Long-term requirements</li>
            </ol>
          </li>
        </ol>
      </key-points>`,
    );
    const root = el.shadowRoot!;
    expect(texts(el, 'h2')).to.deep.equal(['Characteristics']);
    expect(root.querySelector('[part="intro"] em')!.textContent).to.equal('important');
    expect(texts(el, '[part="ordinal"]')).to.deep.equal(['First', 'Second']);
    // Asterisks written in the markup are text, not emphasis.
    expect(texts(el, '[part="point"] > div > [part="heading"]')).to.deep.equal([
      'Charting *the* ties',
      'Strong government',
    ]);
    expect(root.querySelector('[part="heading"] em')).to.equal(null);
    expect(root.querySelector('[part="body"] em')!.textContent).to.equal('major');
    expect(texts(el, '[part="body"]')[0]).to.equal('is a major issue.');
    expect(texts(el, '[part="subpoint"] [part="heading"]')).to.deep.equal([
      'Big projects',
      'Long-term requirements',
    ]);
    // The markup stays in the document: it is the fallback.
    expect(el.querySelectorAll('li')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows its light-DOM fallback when the markup makes invalid data', async () => {
    const el = document.createElement('key-points');
    el.append(Object.assign(document.createElement('h3'), { textContent: 'No points' }));
    const event = oneEvent(el, 'essay-widget-error');
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    expect(detail).to.deep.equal({
      tag: 'key-points',
      errors: [{ path: 'points', message: 'expected a list' }],
    });
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    el.remove();
  });

  it('speaks the language of the nearest lang', async () => {
    const points = Array.from({ length: 11 }, (_, i) => ({ heading: `Point ${i + 1}` }));
    const zh = (
      await fixture(html`<div lang="zh-CN"><key-points .data=${{ points }}></key-points></div>`)
    ).querySelector('key-points')!;
    await zh.updateComplete;
    expect(texts(zh, '[part="ordinal"]').slice(0, 3)).to.deep.equal(['第一', '第二', '第三']);
    expect(texts(zh, '[part="ordinal"]').slice(9)).to.deep.equal(['第十', '第11']);
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<key-points>', () => {
  it('renders every field of the four characteristics, with ordinal words', async () => {
    const el = await renderWidget('key-points', characteristics);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(characteristics.title);
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('title');
    expect(texts(el, '[part="intro"]')).to.deep.equal([characteristics.intro]);
    expect(texts(el, '[part="ordinal"]')).to.deep.equal(['First', 'Second', 'Third', 'Fourth']);
    expect(texts(el, '[part="point"] > div > [part="heading"]')).to.deep.equal(
      characteristics.points.map((point) => point.heading),
    );
    expect(texts(el, '[part="point"] > div > [part="body"]')[1]).to.contain(
      'strong and effective government support',
    );
    expect(root.querySelector('[part="body"] em')!.textContent).to.equal(
      'strong and effective government support',
    );
    await expect(el).to.be.accessible();
  });

  it('numbers nested points plainly, in an ordered list inside their point', async () => {
    const el = await renderWidget('key-points', characteristics);
    const third = el.shadowRoot!.querySelectorAll('[part="point"]')[2];
    const nested = third.querySelector('ol[part="subpoints"]')!;
    expect(nested).to.not.equal(null);
    expect(getComputedStyle(nested).listStyleType).to.equal('decimal');
    const items = [...nested.querySelectorAll('[part="subpoint"]')];
    expect(items.map((li) => li.querySelector('[part="heading"]')!.textContent)).to.deep.equal([
      'Support from more “big projects”',
      '“Market effects”',
    ]);
    expect(items[0].querySelector('[part="body"]')!.textContent).to.equal(
      'and also more diverse civil participation.',
    );
    expect(nested.querySelector('[part="ordinal"]')).to.equal(null);
  });

  it('reports every invalid field by its path', async () => {
    expect((await renderInvalid('key-points', { points: [] })).detail.errors).to.deep.equal([
      { path: 'points', message: 'expected at least 1 point' },
    ]);
    const {
      detail: { errors, tag },
      warnings,
    } = await renderInvalid('key-points', {
      title: 7,
      intro: false,
      points: [
        { heading: 'Fine' },
        { heading: ' ', body: 3 },
        { heading: 'x', points: [{ body: 'no heading' }] },
      ],
    });
    expect(tag).to.equal('key-points');
    expect(errors).to.deep.equal([
      { path: 'title', message: 'expected a string' },
      { path: 'intro', message: 'expected a string' },
      { path: 'points[1].heading', message: 'expected a non-empty string' },
      { path: 'points[1].body', message: 'expected a string' },
      { path: 'points[2].points[0].heading', message: 'expected a non-empty string' },
    ]);
    expect(warnings).to.deep.equal(['key-points: title: expected a string']);
  });

  it('speaks English, Russian and Chinese, with words to ten and numbers after', async () => {
    const points = Array.from({ length: 11 }, (_, i) => ({ heading: `Point ${i + 1}` }));
    const en = await renderWidget('key-points', { points });
    const ru = await renderWidget('key-points', { points }, { lang: 'ru' });
    const zh = await renderWidget('key-points', { points }, { lang: 'zh-CN' });
    expect(texts(en, '[part="ordinal"]')).to.deep.equal([
      ...['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'],
      '11.',
    ]);
    expect(texts(ru, '[part="ordinal"]').slice(0, 4)).to.deep.equal([
      'Во-первых',
      'Во-вторых',
      'В-третьих',
      'В-четвёртых',
    ]);
    expect(texts(ru, '[part="ordinal"]')[9]).to.equal('В-десятых');
    expect(texts(zh, '[part="ordinal"]').slice(0, 3)).to.deep.equal(['第一', '第二', '第三']);
    expect(texts(zh, '[part="ordinal"]').slice(9)).to.deep.equal(['第十', '第11']);
  });

  it('puts its title at heading-level, and has no heading without a title', async () => {
    const el = await renderWidget('key-points', characteristics, { 'heading-level': 4 });
    expect(texts(el, 'h4')).to.deep.equal([characteristics.title]);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);

    el.data = { points: characteristics.points };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(el.shadowRoot!.querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('is accessible in the dark theme, which paints its own surface', async () => {
    const el = await renderWidget('key-points', characteristics, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    expect(getComputedStyle(el).color).to.equal('rgb(238, 234, 228)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});
