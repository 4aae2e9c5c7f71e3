import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PullQuote, PullQuoteData } from '../src/index.js';
import { $, $$, shadowText, until } from './helpers/dom.js';
import { LONG, longPerson, longSource, overflowAt, WIDTHS } from './helpers/overflow.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { charapQuote } from './seed.js';

const full: PullQuoteData = {
  text: 'My *most intimate* friend, see [the report](https://example.org/report).',
  speaker: {
    name: 'Xi Jinping',
    nativeName: '习近平',
    role: 'President',
    affiliation: 'Communist Party of China',
    country: 'CN',
    url: 'https://example.org/xi',
  },
  date: '2018-06-08',
  source: {
    title: 'Friendship Medal ceremony',
    publisher: 'Valdai Discussion Club',
    url: 'https://example.org/src',
    date: '2018-06',
  },
  variant: 'aside',
};

describe('<pull-quote>', () => {
  describe('input sources', () => {
    it('renders the data property', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote .data=${charapQuote}></pull-quote>`);
      expect($(el, 'blockquote').textContent).to.contain('Both sides devote significant effort');
      expect($(el, 'figcaption').textContent).to.contain('Samuel Charap');
      expect($(el, 'time').getAttribute('datetime')).to.equal('2017');
    });

    it('renders a child <script type="application/json">', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote>
          <script type="application/json">
            { "text": "Inline JSON quote", "speaker": { "name": "Samuel Charap" } }
          </script>
        </pull-quote>`,
      );
      expect($(el, 'blockquote').textContent).to.contain('Inline JSON quote');
      expect($(el, '[part=speaker]').textContent).to.contain('Samuel Charap');
    });

    it('fetches the src URL, showing a loading notice meanwhile', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote src="/test/fixtures/charap-quote.json"></pull-quote>`,
      );
      expect($(el, '[part=status]').getAttribute('role')).to.equal('status');
      await until(() => !!el.shadowRoot!.querySelector('blockquote'), 'the fetched quote');
      expect(shadowText(el)).to.contain('Both sides devote significant effort');
    });

    it('reads attributes and light-DOM text, keeping emphasis and links', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote
          speaker="Samuel Charap"
          speaker-role="Senior Fellow"
          affiliation="IISS"
          date="2017"
          cite="https://example.org/charap"
          >Both sides <em>devote</em> significant <a href="https://example.org/x">effort</a>.</pull-quote
        >`,
      );
      expect($(el, '[part=text]').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Both sides devote significant effort.',
      );
      expect($(el, 'em').textContent).to.equal('devote');
      expect($(el, '[part=text] a').getAttribute('href')).to.equal('https://example.org/x');
      expect($(el, '[part=details]').textContent).to.equal('Senior Fellow, IISS');
      expect($(el, 'blockquote').getAttribute('cite')).to.equal('https://example.org/charap');
      expect(el.hasAttribute('role')).to.equal(false);
    });

    it('takes a cite that is not a URL as the source title', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote cite="Survival, vol. 59">Quoted words.</pull-quote>`,
      );
      expect($(el, 'cite').textContent).to.equal('Survival, vol. 59');
      expect($(el, 'cite').querySelector('a')).to.equal(null);
    });

    it('follows the order of precedence: data, inline JSON, src, light DOM', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote src="/test/fixtures/charap-quote.json" speaker="Light"
          >Light text
          <script type="application/json">
            { "text": "From JSON" }
          </script></pull-quote
        >`,
      );
      expect($(el, '[part=text]').textContent).to.contain('From JSON');
      el.data = { text: 'From the property' };
      await el.updateComplete;
      expect($(el, '[part=text]').textContent).to.contain('From the property');
      el.data = undefined;
      el.querySelector('script')!.remove();
      await until(() => shadowText(el).includes('Both sides'), 'the src data');
      el.removeAttribute('src');
      await el.updateComplete;
      expect($(el, '[part=text]').textContent).to.contain('Light text');
    });

    it('re-renders when the data, the inline JSON, an attribute or the light text changes', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote speaker="A">First words.</pull-quote>`);
      el.setAttribute('speaker', 'B');
      await el.updateComplete;
      expect($(el, '[part=speaker]').textContent).to.contain('B');
      el.firstChild!.textContent = 'Second words.';
      await until(() => shadowText(el).includes('Second words.'), 'the new light text');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "text": "Third words." }';
      el.append(script);
      await until(() => shadowText(el).includes('Third words.'), 'the new inline JSON');
      script.textContent = '{ "text": "Fourth words." }';
      await until(() => shadowText(el).includes('Fourth words.'), 'the changed inline JSON');
    });

    it('never removes its light-DOM content', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote speaker="Samuel Charap">Fallback <em>text</em>.</pull-quote>`,
      );
      el.data = { text: 'Replaced' };
      await el.updateComplete;
      expect(el.textContent).to.equal('Fallback text.');
      expect(el.querySelector('em')!.textContent).to.equal('text');
    });
  });

  it('shows its light-DOM fallback when its inline JSON is invalid', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote
        >Readable fallback.
        <script type="application/json">
          { "text": 42 }
        </script></pull-quote
      >`,
    );
    await el.updateComplete;
    expect($$(el, '[part=error]')).to.have.length(0);
    expect(
      ($(el, 'slot') as HTMLSlotElement)
        .assignedNodes()
        .map((node) => node.textContent)
        .join(''),
    ).to.contain('Readable fallback.');
  });

  it('writes dates and countries in the language of the nearest lang', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ru';
    const el = wrapper.appendChild(document.createElement('pull-quote'));
    el.data = full;
    document.body.append(wrapper);
    await el.updateComplete;
    expect($(el, 'time[datetime="2018-06-08"]').textContent).to.equal('8 июня 2018 г.');
    expect($(el, '[part=details]').textContent).to.contain('Китай');
    wrapper.remove();
  });

  it('inherits the page colour in the light theme', async () => {
    const wrapper = await fixture(
      html`<div style="color: rgb(1, 2, 3)"><pull-quote theme="light" .data=${full}></pull-quote></div>`,
    );
    const el = wrapper.querySelector('pull-quote')!;
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<pull-quote>', () => {
  describe('fields', () => {
    it('shows every field', async () => {
      const el = await renderWidget('pull-quote', full);
      const caption = $(el, 'figcaption');
      expect($(el, 'em').textContent).to.equal('most intimate');
      expect($(el, '[part=text] a').getAttribute('href')).to.equal('https://example.org/report');
      expect($(el, '[part=speaker] a').getAttribute('href')).to.equal('https://example.org/xi');
      expect($(el, '[part=native-name]').textContent).to.equal('习近平');
      expect($(el, '[part=details]').textContent).to.equal('President, Communist Party of China, China');
      expect($(el, 'time[datetime="2018-06-08"]').textContent).to.equal('June 8, 2018');
      expect($(el, 'cite a').getAttribute('href')).to.equal('https://example.org/src');
      expect(caption.textContent).to.contain('Friendship Medal ceremony');
      expect(caption.textContent).to.contain('Valdai Discussion Club');
      expect($(el, 'time[datetime="2018-06"]').textContent).to.equal('June 2018');
      expect($(el, 'blockquote').getAttribute('cite')).to.equal('https://example.org/src');
    });

    for (const variant of ['inline', 'featured', 'aside'] as const) {
      it(`renders the ${variant} variant accessibly`, async () => {
        const el = await renderWidget('pull-quote', { ...full, variant });
        expect($(el, 'figure').className).to.equal(variant);
        await expect(el).to.be.accessible();
      });
    }

    it('takes the variant attribute when the data names none', async () => {
      const el = await renderWidget('pull-quote', { text: 'Words.' }, { variant: 'featured' });
      expect($(el, 'figure').className).to.equal('featured');
    });

    it('leaves out the caption when there is nobody to credit', async () => {
      const el = await renderWidget('pull-quote', { text: 'Anonymous words.' });
      expect($$(el, 'figcaption')).to.have.length(0);
    });
  });

  describe('validation', () => {
    const cases: [string, unknown, string, string][] = [
      ['empty text', { text: ' ' }, 'text', 'expected a non-empty string'],
      ['missing text', {}, 'text', 'expected a non-empty string'],
      [
        'a speaker without a name',
        { text: 'x', speaker: { role: 'r' } },
        'speaker.name',
        'expected a non-empty string',
      ],
      ['an impossible date', { text: 'x', date: '2018-02-30' }, 'date', 'expected a real calendar date'],
      ['a written-out date', { text: 'x', date: '26 July 2018' }, 'date', 'expected a real calendar date'],
      [
        'a lower-case country',
        { text: 'x', speaker: { name: 'n', country: 'cn' } },
        'speaker.country',
        'two-letter',
      ],
      [
        'a javascript: URL',
        { text: 'x', source: { url: 'javascript:alert(1)' } },
        'source.url',
        'http:, https: or mailto:',
      ],
      [
        'a relative URL',
        { text: 'x', speaker: { name: 'n', url: '/people/n' } },
        'speaker.url',
        'http:, https: or mailto:',
      ],
      [
        'an unknown variant',
        { text: 'x', variant: 'huge' },
        'variant',
        'expected one of "inline", "featured", "aside"',
      ],
      ['not an object', 'just a string', '', 'expected an object'],
    ];
    for (const [name, data, path, message] of cases) {
      it(`reports ${name} at "${path}"`, async () => {
        const { detail, warnings } = await renderInvalid('pull-quote', data);
        expect(detail.tag).to.equal('pull-quote');
        expect(detail.errors[0].path).to.equal(path);
        expect(detail.errors[0].message).to.contain(message);
        expect(warnings).to.deep.equal([`pull-quote: ${path ? `${path}: ` : ''}${detail.errors[0].message}`]);
      });
    }

    it('ignores unknown fields', async () => {
      const el = await renderWidget('pull-quote', {
        text: 'Words.',
        mood: 'happy',
        speaker: { name: 'A', age: 3 },
      });
      expect(shadowText(el)).to.contain('Words.');
    });

    it('warns once, shows an accessible notice, and recovers with valid data', async () => {
      const { el, warnings } = await renderInvalid('pull-quote', { text: '' });
      expect(warnings).to.deep.equal(['pull-quote: text: expected a non-empty string']);
      expect($(el, '[part=error]').getAttribute('role')).to.equal('note');
      await expect(el).to.be.accessible();
      el.data = { text: 'Now valid.' };
      await el.updateComplete;
      expect($$(el, '[part=error]')).to.have.length(0);
      expect(shadowText(el)).to.contain('Now valid.');
    });
  });

  describe('locales and themes', () => {
    const expected = {
      en: ['June 8, 2018', 'China'],
      ru: ['8 июня 2018 г.', 'Китай'],
      zh: ['2018年6月8日', '中国'],
    };
    for (const [lang, [day, country]] of Object.entries(expected)) {
      it(`writes dates and countries in ${lang} from its lang`, async () => {
        const el = await renderWidget('pull-quote', full, { lang });
        expect($(el, 'time[datetime="2018-06-08"]').textContent).to.equal(day);
        expect($(el, '[part=details]').textContent).to.contain(country);
      });
    }

    it('is accessible in the dark theme and paints a dark surface', async () => {
      const el = await renderWidget('pull-quote', full, { theme: 'dark' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('puts the rule on the starting side of a right-to-left page', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl"><pull-quote .data=${{ text: 'نص' }}></pull-quote></div>`,
      );
      const el = wrapper.querySelector('pull-quote')!;
      await el.updateComplete;
      const figure = $(el, 'figure');
      expect(getComputedStyle(figure).borderRightWidth).to.equal('3px');
      expect(getComputedStyle(figure).borderLeftWidth).to.equal('0px');
    });

    it('reads left to right in English on a right-to-left page', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="ar">
          <pull-quote lang="en" .data=${{ text: 'Quoted, in English.' }}></pull-quote>
        </div>`,
      );
      const el = wrapper.querySelector('pull-quote')!;
      await el.updateComplete;
      const figure = $(el, 'figure');
      expect(getComputedStyle(figure).direction).to.equal('ltr');
      expect(getComputedStyle(figure).borderLeftWidth).to.equal('3px');
      expect(getComputedStyle(figure).borderRightWidth).to.equal('0px');
    });

    it('fits a 280 px sidebar without overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="width: 280px"><pull-quote .data=${full} variant="featured"></pull-quote></div>`,
      );
      const el = wrapper.querySelector('pull-quote')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(280);
      expect($(el, 'figure').getBoundingClientRect().width).to.be.at.most(280);
    });
  });
});

describe('<pull-quote> with words longer than its column', () => {
  for (const width of WIDTHS) {
    it(`keeps every part inside its box at ${width} px, in each variant`, async () => {
      for (const variant of ['inline', 'featured', 'aside']) {
        const quote = {
          text: `${LONG.word} ${LONG.url} [${LONG.name}](${LONG.url})`,
          speaker: longPerson,
          date: '2018-06-08',
          source: longSource,
          variant,
        };
        expect(await overflowAt(width, 'pull-quote', quote), variant).to.deep.equal([]);
      }
    });
  }
});
