import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LeaderMeeting, LeaderMeetingData } from '../src/index.js';
import { $, $$, shadowText, until } from './helpers/dom.js';
import { LONG, longPerson, longSource, overflowAt, WIDTHS } from './helpers/overflow.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { bricsMeeting, wangPutinMeeting } from './seed.js';

const full: LeaderMeetingData = {
  ...bricsMeeting,
  participants: [
    { ...bricsMeeting.participants[0], affiliation: 'Communist Party of China' },
    bricsMeeting.participants[1],
  ],
  outcomes: ['Agreed to meet again', 'A joint statement'],
  sources: [
    {
      title: 'The Evolution of Sino-Russian Relationship',
      publisher: 'Valdai Discussion Club',
      url: 'https://example.org/valdai',
      date: '2018-07',
    },
  ],
};

describe('<leader-meeting>', () => {
  describe('input sources', () => {
    it('renders the data property', async () => {
      const el = await fixture<LeaderMeeting>(html`<leader-meeting .data=${bricsMeeting}></leader-meeting>`);
      expect($(el, 'h2').textContent).to.equal('Xi Jinping and Vladimir Putin');
      expect($(el, '[part=occasion]').textContent).to.equal('10th BRICS Summit');
      expect($(el, '[part=place]').textContent).to.equal(
        'Sandton Convention Centre, Johannesburg, South Africa',
      );
      expect($(el, 'time').getAttribute('datetime')).to.equal('2018-07-26');
      expect($(el, 'time').textContent).to.equal('July 26, 2018');
    });

    it('renders inline JSON', async () => {
      const el = await fixture<LeaderMeeting>(
        html`<leader-meeting>
          <script type="application/json">
            {
              "participants": [{ "name": "Wang Qishan" }, { "name": "Vladimir Putin" }],
              "date": "2018-05-24"
            }
          </script>
        </leader-meeting>`,
      );
      expect($(el, '[part=title]').textContent).to.equal('Wang Qishan and Vladimir Putin');
      expect($(el, 'time').textContent).to.equal('May 24, 2018');
    });

    it('fetches src', async () => {
      const el = await fixture<LeaderMeeting>(
        html`<leader-meeting src="/test/fixtures/wang-putin.json"></leader-meeting>`,
      );
      await until(() => shadowText(el).includes('Wang Qishan and Vladimir Putin'), 'the fetched meeting');
      expect($(el, '[part=place]').textContent).to.equal('Saint Petersburg, Russia');
    });

    it('shows its light-DOM text while loading and keeps it', async () => {
      const el = await fixture<LeaderMeeting>(
        html`<leader-meeting src="/test/fixtures/wang-putin.json"
          ><p>Wang Qishan met Putin.</p></leader-meeting
        >`,
      );
      expect($$(el, '[part=status]')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      await until(() => shadowText(el).includes('Saint Petersburg'), 'the fetched meeting');
      expect(el.querySelector('p')!.textContent).to.equal('Wang Qishan met Putin.');
    });
  });

  it('speaks the language of the nearest lang', async () => {
    const section = document.createElement('section');
    section.lang = 'ru';
    const el = section.appendChild(document.createElement('leader-meeting'));
    el.data = wangPutinMeeting;
    document.body.append(section);
    await el.updateComplete;
    expect($(el, '[part=title]').textContent).to.equal('Wang Qishan и Vladimir Putin');
    section.remove();
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<leader-meeting>', () => {
  describe('fields', () => {
    it('shows every participant with role, affiliation and localized country', async () => {
      const el = await renderWidget('leader-meeting', full);
      const people = $$(el, '[part=participant]');
      expect(people).to.have.length(2);
      expect(people[0].querySelector('[part=name]')!.textContent).to.contain('Xi Jinping');
      expect(people[0].querySelector('[part=native-name]')!.textContent).to.equal('习近平');
      expect(people[0].querySelector('[part=details]')!.textContent).to.equal(
        'President, Communist Party of China, China',
      );
      expect(people[1].querySelector('[part=details]')!.textContent).to.equal('President, Russia');
      expect($(el, '[part=participants]').getAttribute('aria-label')).to.equal('Participants');
    });

    it('shows summary, topics, outcomes, quotes and sources', async () => {
      const el = await renderWidget('leader-meeting', full);
      expect($(el, '[part=summary]').textContent).to.contain('exchanged in-depth views');
      expect($$(el, '[part=topics] li').map((li) => li.textContent)).to.deep.equal(bricsMeeting.topics);
      expect($$(el, '[part=outcomes] li').map((li) => li.textContent)).to.deep.equal([
        'Agreed to meet again',
        'A joint statement',
      ]);
      expect($$(el, '[part=subheading]').map((h) => h.textContent)).to.deep.equal([
        'Topics',
        'Outcomes',
        'Sources',
      ]);
      const quote = $(el, 'pull-quote');
      await (quote as LeaderMeeting).updateComplete;
      expect(shadowText(quote)).to.contain('Both sides devote significant effort');
      expect(quote.hasAttribute('embedded')).to.equal(true);
      expect($(el, '[part=sources] cite a').getAttribute('href')).to.equal('https://example.org/valdai');
      expect($(el, '[part=sources]').textContent).to.contain('Valdai Discussion Club');
      await expect(el).to.be.accessible();
    });

    it('nests its subheadings one level below its title', async () => {
      const el = await renderWidget('leader-meeting', full, { 'heading-level': 3 });
      expect($(el, 'h3').textContent).to.equal('Xi Jinping and Vladimir Putin');
      expect($$(el, 'h4').map((h) => h.textContent)).to.deep.equal(['Topics', 'Outcomes', 'Sources']);
    });

    it('leaves out what the data does not have', async () => {
      const el = await renderWidget('leader-meeting', { participants: [{ name: 'A' }, { name: 'B' }] });
      expect(
        $$(el, '[part=meta], [part=summary], [part=topics], [part=quotes], [part=sources], [part=occasion]'),
      ).to.have.length(0);
      expect($(el, '[part=title]').textContent).to.equal('A and B');
    });
  });

  describe('validation', () => {
    const two = [{ name: 'A' }, { name: 'B' }];
    const cases: [string, unknown, string][] = [
      ['a single participant', { participants: [{ name: 'A' }] }, 'participants'],
      [
        'a participant without a name',
        { participants: [{ name: 'A' }, { role: 'President' }] },
        'participants[1].name',
      ],
      [
        'a participant country in lower case',
        { participants: [{ name: 'A', country: 'ru' }, { name: 'B' }] },
        'participants[0].country',
      ],
      ['a partial date that does not exist', { participants: two, date: '2018-13' }, 'date'],
      [
        'a location country of three letters',
        { participants: two, location: { country: 'RUS' } },
        'location.country',
      ],
      ['an empty topic', { participants: two, topics: ['ok', ''] }, 'topics[1]'],
      ['an outcome that is not text', { participants: two, outcomes: [5] }, 'outcomes[0]'],
      ['a quote without text', { participants: two, quotes: [{ text: '' }] }, 'quotes[0].text'],
      [
        'a source with an unsafe URL',
        { participants: two, sources: [{ url: 'vbscript:x' }] },
        'sources[0].url',
      ],
    ];
    for (const [name, data, path] of cases) {
      it(`reports ${name} at "${path}"`, async () => {
        const { detail, warnings } = await renderInvalid('leader-meeting', data);
        expect(detail.errors.map((error) => error.path)).to.include(path);
        expect(warnings).to.have.length(1);
      });
    }
  });

  describe('locales and themes', () => {
    const expected = {
      en: ['Wang Qishan and Vladimir Putin', 'May 24, 2018', 'Saint Petersburg, Russia', 'Topics'],
      ru: ['Wang Qishan и Vladimir Putin', '24 мая 2018 г.', 'Saint Petersburg, Россия', 'Темы'],
      zh: ['Wang Qishan和Vladimir Putin', '2018年5月24日', 'Saint Petersburg, 俄罗斯', '议题'],
    };
    for (const [lang, [title, day, place, topics]] of Object.entries(expected)) {
      it(`speaks ${lang}`, async () => {
        const el = await renderWidget('leader-meeting', wangPutinMeeting, { lang });
        expect($(el, '[part=title]').textContent).to.equal(title);
        expect($(el, 'time').textContent).to.equal(day);
        expect($(el, '[part=place]').textContent).to.equal(place);
        expect($(el, '[part=subheading]').textContent).to.equal(topics);
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in the ${theme} theme, its quotes too`, async () => {
        const el = await renderWidget('leader-meeting', full, { theme });
        const quote = $(el, 'pull-quote');
        expect(quote.getAttribute('theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('lets the page give a dark theme to nested quotes without a second surface', async () => {
      const el = await renderWidget('leader-meeting', full, { theme: 'dark' });
      const quote = $(el, 'pull-quote');
      await (quote as LeaderMeeting).updateComplete;
      expect(getComputedStyle(quote).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(quote).color).to.equal('rgb(238, 234, 228)');
    });
  });

  describe('layout', () => {
    // Tracks that auto-fit collapsed to nothing are not columns a reader sees.
    const columns = (el: Element, selector: string) =>
      getComputedStyle($(el, selector))
        .gridTemplateColumns.split(' ')
        .filter((track) => track !== '0px').length;

    it('stacks participants in a 280 px sidebar and sets them side by side in a 720 px column', async () => {
      const page = await fixture(
        html`<div>
          <div style="width: 280px"><leader-meeting .data=${full}></leader-meeting></div>
          <div style="width: 720px"><leader-meeting .data=${full}></leader-meeting></div>
        </div>`,
      );
      const [narrow, wide] = [...page.querySelectorAll('leader-meeting')];
      await Promise.all([narrow, wide].map((el) => (el as LeaderMeeting).updateComplete));
      expect(columns(narrow, '[part=participants]')).to.equal(1);
      expect(columns(wide, '[part=participants]')).to.equal(2);
      expect(narrow.scrollWidth).to.be.at.most(280);
    });
  });
});

describe('<leader-meeting> with words longer than its column', () => {
  for (const width of WIDTHS) {
    it(`keeps every part inside its box at ${width} px`, async () => {
      const meeting = {
        participants: [longPerson, { ...longPerson, country: 'RU' }],
        date: '2018-07-26',
        occasion: LONG.word,
        location: { venue: LONG.word, city: LONG.name, country: 'ZA' },
        summary: `${LONG.word} ${LONG.url}`,
        topics: [LONG.word, LONG.url],
        outcomes: [LONG.name],
        quotes: [{ text: LONG.word, speaker: longPerson, source: longSource }],
        sources: [longSource, { title: LONG.name, url: LONG.url }],
      };
      expect(await overflowAt(width, 'leader-meeting', meeting)).to.deep.equal([]);
    });
  }
});
