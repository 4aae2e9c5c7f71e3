import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { InitiativeBridge } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { LONG, longOrganization, overflowAt, WIDTHS } from './helpers/overflow.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { beltAndRoadBridge } from './seed.js';

const [bri, gep] = beltAndRoadBridge.initiatives;

/** Renders the seed's bridge `width` pixels wide. */
const at = (width: number) =>
  renderWidget('initiative-bridge', beltAndRoadBridge, { style: `inline-size: ${width}px` });

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<initiative-bridge>', () => {
  it('reads a child JSON script', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ relation: 'link', initiatives: [bri, gep] }),
    });
    const el = await fixture<InitiativeBridge>(html`<initiative-bridge>${script}</initiative-bridge>`);
    expect(texts(el, '[part="name"], [part="relation"]')).to.deep.equal([
      'Belt and Road Initiative',
      'link',
      'Greater Eurasia Partnership',
    ]);
  });

  it('loads a JSON file named by src', async () => {
    const el = await fixture<InitiativeBridge>(
      html`<initiative-bridge src="/test/fixtures/initiative-bridge.json"></initiative-bridge>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part="bridge"]'), 'the fetched data');
    expect(texts(el, '[part="facilitator"]')).to.deep.equal(['via Shanghai Cooperation Organization (SCO)']);
  });

  it('speaks the language of the nearest lang', async () => {
    const data = { ...beltAndRoadBridge, initiatives: [{ ...bri, advocate: 'Пекин' }, gep] };
    const zh = (
      await fixture(html`<div lang="zh"><initiative-bridge .data=${data}></initiative-bridge></div>`)
    ).querySelector('initiative-bridge')!;
    await zh.updateComplete;
    expect(texts(zh, '[part="advocate"]')).to.deep.equal(['倡导方 Пекин, 中国', '倡导方 Russia, 俄罗斯']);
    expect(texts(zh, '[part="facilitator"]')[0]).to.match(/^经由 Shanghai/);
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<initiative-bridge>', () => {
  it('renders both initiatives with their advocates, the relation, the facilitator and the note', async () => {
    const el = await renderWidget('initiative-bridge', beltAndRoadBridge);
    expect(texts(el, 'h2')).to.deep.equal([beltAndRoadBridge.title]);
    expect(texts(el, '[part="name"]')).to.deep.equal([
      'Belt and Road Initiative',
      'Greater Eurasia Partnership',
    ]);
    expect(texts(el, '[part="advocate"]')).to.deep.equal(['Advocated by China', 'Advocated by Russia']);
    expect(texts(el, '[part="relation"]')).to.deep.equal(['conjunction']);
    expect(texts(el, '[part="facilitator"]')).to.deep.equal(['via Shanghai Cooperation Organization (SCO)']);
    expect(texts(el, '[part="note"]')).to.deep.equal([beltAndRoadBridge.note]);
    // The connection stands between the two initiatives, in reading order.
    const order = [...el.shadowRoot!.querySelector('[part="bridge"]')!.children].map((c) =>
      c.getAttribute('part'),
    );
    expect(order).to.deep.equal(['initiative', 'connection', 'initiative']);
    await expect(el).to.be.accessible();
  });

  it('names the country beside an advocate that is not the country, and renders descriptions', async () => {
    const el = await renderWidget('initiative-bridge', {
      initiatives: [
        { ...bri, advocate: 'Xi Jinping', description: 'Proposed in *2013*.' },
        { ...gep, advocate: 'Vladimir Putin', country: 'RU' },
      ],
    });
    expect(texts(el, '[part="advocate"]')).to.deep.equal([
      'Advocated by Xi Jinping, China',
      'Advocated by Vladimir Putin, Russia',
    ]);
    expect(texts(el, '[part="description"]')).to.deep.equal(['Proposed in 2013.']);
    expect(el.shadowRoot!.querySelector('[part="description"] em')!.textContent).to.equal('2013');
    expect(
      el.shadowRoot!.querySelector('h2, [part="relation"], [part="facilitator"], [part="note"]'),
    ).to.equal(null);
  });

  it('links a facilitator that has a URL', async () => {
    const el = await renderWidget('initiative-bridge', {
      ...beltAndRoadBridge,
      facilitator: { name: 'SCO', url: 'https://eng.sectsco.org/' },
    });
    const link = el.shadowRoot!.querySelector('[part="facilitator"] a')!;
    expect(link.getAttribute('href')).to.equal('https://eng.sectsco.org/');
    expect(link.textContent).to.equal('SCO');
  });

  it('stands the initiatives side by side in a wide column and stacks them in a narrow one', async () => {
    const wide = await at(720);
    const [a, link, b] = [...wide.shadowRoot!.querySelector('[part="bridge"]')!.children].map((c) =>
      c.getBoundingClientRect(),
    );
    expect(a.top).to.equal(b.top);
    expect(a.right).to.be.at.most(link.left);
    expect(link.right).to.be.at.most(b.left);

    const narrow = await at(280);
    const [c, link2, d] = [...narrow.shadowRoot!.querySelector('[part="bridge"]')!.children].map((x) =>
      x.getBoundingClientRect(),
    );
    expect(c.bottom).to.be.at.most(link2.top);
    expect(link2.bottom).to.be.at.most(d.top);
    expect(narrow.scrollWidth).to.be.at.most(280);
  });

  it('requires exactly two initiatives and reports every invalid field by its path', async () => {
    for (const initiatives of [[bri], [bri, gep, bri], [], 'two', undefined]) {
      expect((await renderInvalid('initiative-bridge', { initiatives })).detail.errors).to.deep.equal([
        { path: 'initiatives', message: 'expected exactly 2 initiatives' },
      ]);
    }
    const {
      detail: { errors },
      warnings,
    } = await renderInvalid('initiative-bridge', {
      title: 2,
      relation: {},
      note: [],
      facilitator: { name: '', url: 'javascript:alert(1)' },
      initiatives: [
        { ...bri, country: 'cn' },
        { name: 'Greater Eurasia Partnership', description: 5 },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'title', message: 'expected a string' },
      { path: 'relation', message: 'expected a string' },
      { path: 'facilitator.name', message: 'expected a non-empty string' },
      { path: 'facilitator.url', message: 'expected an http:, https: or mailto: URL' },
      { path: 'note', message: 'expected a string' },
      {
        path: 'initiatives[0].country',
        message: 'expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
      },
      { path: 'initiatives[1].advocate', message: 'expected a non-empty string' },
      { path: 'initiatives[1].description', message: 'expected a string' },
    ]);
    expect(warnings).to.deep.equal(['initiative-bridge: title: expected a string']);
  });

  it('names countries and labels in English, Russian and Chinese', async () => {
    const data = { ...beltAndRoadBridge, initiatives: [{ ...bri, advocate: 'Пекин' }, gep] };
    const ru = await renderWidget('initiative-bridge', data, { lang: 'ru' });
    const zh = await renderWidget('initiative-bridge', data, { lang: 'zh' });
    expect(texts(ru, '[part="advocate"]')).to.deep.equal([
      'Выдвигает Пекин, Китай',
      'Выдвигает Russia, Россия',
    ]);
    expect(texts(ru, '[part="facilitator"]')[0]).to.match(/^через Shanghai/);
    expect(texts(zh, '[part="advocate"]')).to.deep.equal(['倡导方 Пекин, 中国', '倡导方 Russia, 俄罗斯']);
    expect(texts(zh, '[part="facilitator"]')[0]).to.match(/^经由 Shanghai/);
  });

  it('puts its title at heading-level', async () => {
    const el = await renderWidget('initiative-bridge', beltAndRoadBridge, { 'heading-level': 5 });
    expect(texts(el, 'h5')).to.deep.equal([beltAndRoadBridge.title]);
  });

  it('is accessible in the dark theme', async () => {
    const el = await renderWidget('initiative-bridge', beltAndRoadBridge, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    await expect(el).to.be.accessible();
  });
});

describe('<initiative-bridge> with words longer than its column', () => {
  for (const width of WIDTHS) {
    it(`keeps every part inside its box at ${width} px`, async () => {
      const initiative = { name: LONG.word, advocate: LONG.name, country: 'CN', description: LONG.url };
      const bridge = {
        title: LONG.word,
        relation: LONG.word,
        facilitator: longOrganization,
        note: `${LONG.word} ${LONG.url}`,
        initiatives: [initiative, { ...initiative, name: LONG.name, advocate: LONG.word }],
      };
      expect(await overflowAt(width, 'initiative-bridge', bridge)).to.deep.equal([]);
    });
  }
});
