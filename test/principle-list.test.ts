import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PrincipleList, PrincipleListData } from '../src/index.js';
import { $, $$, shadowText, until } from './helpers/dom.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { shanghaiSpirit } from './seed.js';

const described: PrincipleListData = {
  ...shanghaiSpirit,
  advocate: {
    name: 'Shanghai Cooperation Organization',
    abbreviation: 'SCO',
    url: 'https://example.org/sco',
  },
  principles: [
    { name: 'mutual trust', description: 'Trust *between* states.' },
    { name: 'equality', description: 'See [the charter](https://example.org/charter).' },
  ],
};

const names = (el: Element) => $$(el, '[part=name]').map((name) => name.textContent);

describe('<principle-list>', () => {
  describe('input sources', () => {
    it('renders the data property: title, advocate, intro and every principle in order', async () => {
      const el = await fixture<PrincipleList>(
        html`<principle-list .data=${shanghaiSpirit}></principle-list>`,
      );
      expect($(el, 'h2').textContent).to.equal('The Shanghai Spirit');
      expect($(el, '[part=advocate]').textContent).to.contain('Advocated by');
      expect($(el, '[part=advocate]').textContent).to.contain('Shanghai Cooperation Organization (SCO)');
      expect($(el, '[part=intro]').textContent).to.contain('Belt and Road Initiative');
      expect(names(el)).to.deep.equal([
        'mutual trust',
        'mutual benefit',
        'equality',
        'mutual consultations',
        'respect for cultural diversity',
        'aspiration for common development',
      ]);
      expect($(el, 'ol').children).to.have.length(6);
      expect($(el, 'section').getAttribute('aria-labelledby')).to.equal('title');
    });

    it('renders inline JSON', async () => {
      const el = await fixture<PrincipleList>(
        html`<principle-list>
          <script type="application/json">
            { "title": "Inline", "principles": [{ "name": "one" }, { "name": "two" }] }
          </script>
        </principle-list>`,
      );
      expect(names(el)).to.deep.equal(['one', 'two']);
    });

    it('fetches src', async () => {
      const el = await fixture<PrincipleList>(
        html`<principle-list src="/test/fixtures/shanghai-spirit.json"></principle-list>`,
      );
      await until(() => names(el).length === 3, 'the fetched principles');
      expect($(el, '[part=advocate]').textContent).to.contain('(SCO)');
    });

    it('reads a heading, paragraphs and a list from light DOM', async () => {
      const el = await fixture<PrincipleList>(
        html`<principle-list advocate="SCO">
          <h3>The Shanghai Spirit</h3>
          <p>An <em>introduction</em>.</p>
          <ul>
            <li><strong>Mutual trust</strong> — trust between states</li>
            <li><strong>Equality</strong>: among members</li>
            <li>Mutual benefit</li>
          </ul>
        </principle-list>`,
      );
      expect($(el, '[part=title]').textContent).to.equal('The Shanghai Spirit');
      expect($(el, '[part=intro] em').textContent).to.equal('introduction');
      expect(names(el)).to.deep.equal(['Mutual trust', 'Equality', 'Mutual benefit']);
      expect($$(el, '[part=description]').map((d) => d.textContent)).to.deep.equal([
        'trust between states',
        'among members',
      ]);
      expect($(el, '[part=advocate]').textContent).to.contain('SCO');
      expect(el.querySelector('ul')!.children).to.have.length(3);
    });

    it('re-renders when its light-DOM list changes', async () => {
      const el = await fixture<PrincipleList>(
        html`<principle-list
          ><h2>T</h2>
          <ul>
            <li>one</li>
          </ul></principle-list
        >`,
      );
      const li = document.createElement('li');
      li.textContent = 'two';
      el.querySelector('ul')!.append(li);
      await until(() => names(el).length === 2, 'the added principle');
    });
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<principle-list>', () => {
  describe('fields', () => {
    it('shows descriptions as RichText and links the advocate', async () => {
      const el = await renderWidget('principle-list', described);
      expect($(el, '[part=description] em').textContent).to.equal('between');
      expect($(el, '[part=description] a').getAttribute('href')).to.equal('https://example.org/charter');
      expect($(el, '[part=advocate] a').getAttribute('href')).to.equal('https://example.org/sco');
      await expect(el).to.be.accessible();
    });

    for (const level of [1, 3, 6]) {
      it(`puts its title at heading-level ${level}`, async () => {
        const el = await renderWidget('principle-list', shanghaiSpirit, { 'heading-level': level });
        expect($(el, `h${level}`).textContent).to.equal('The Shanghai Spirit');
      });
    }

    it('falls back to level 2 for an out-of-range heading-level', async () => {
      const el = await renderWidget('principle-list', shanghaiSpirit, { 'heading-level': 9 });
      expect($(el, 'h2').textContent).to.equal('The Shanghai Spirit');
    });
  });

  describe('validation', () => {
    const cases: [string, unknown, string][] = [
      ['a missing title', { principles: [{ name: 'a' }] }, 'title'],
      [
        'an empty principle name',
        { title: 'T', principles: [{ name: 'a' }, { name: 'b' }, { name: '' }] },
        'principles[2].name',
      ],
      ['no principles', { title: 'T', principles: [] }, 'principles'],
      ['principles that are not a list', { title: 'T', principles: 'many' }, 'principles'],
      [
        'an advocate without a name',
        { title: 'T', advocate: {}, principles: [{ name: 'a' }] },
        'advocate.name',
      ],
      [
        'an advocate with an unsafe URL',
        { title: 'T', advocate: { name: 'A', url: 'data:text/html,x' }, principles: [{ name: 'a' }] },
        'advocate.url',
      ],
    ];
    for (const [name, data, path] of cases) {
      it(`reports ${name} at "${path}"`, async () => {
        const { detail, warnings } = await renderInvalid('principle-list', data);
        expect(detail.errors[0].path).to.equal(path);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(
          new RegExp(`^principle-list: ${path.replace(/[[\]]/g, '\\$&')}: expected`),
        );
      });
    }

    it('gives the exact message of the contract', async () => {
      const { warnings } = await renderInvalid('principle-list', {
        title: 'T',
        principles: [{ name: 'a' }, { name: 'b' }, { name: '' }],
      });
      expect(warnings).to.deep.equal(['principle-list: principles[2].name: expected a non-empty string']);
    });
  });

  describe('locales and themes', () => {
    for (const [lang, label] of [
      ['en', 'Advocated by'],
      ['ru', 'Выдвигает'],
      ['zh', '倡导方'],
    ]) {
      it(`labels the advocate in ${lang}`, async () => {
        const el = await renderWidget('principle-list', shanghaiSpirit, { lang });
        expect($(el, '[part=advocate] .label').textContent).to.equal(label);
      });
    }

    it('falls back to English for a locale it does not ship', async () => {
      const el = await renderWidget('principle-list', shanghaiSpirit, { lang: 'tlh' });
      expect($(el, '[part=advocate] .label').textContent).to.equal('Advocated by');
    });

    it('follows a change of the page language', async () => {
      const el = await renderWidget('principle-list', shanghaiSpirit);
      const before = document.documentElement.lang;
      document.documentElement.lang = 'ru';
      try {
        await until(() => shadowText(el).includes('Выдвигает'), 'Russian strings');
      } finally {
        document.documentElement.lang = before;
      }
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const el = await renderWidget('principle-list', described, { theme });
        await expect(el).to.be.accessible();
      });
    }
  });
});
