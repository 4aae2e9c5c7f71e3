import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EventTimeline } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { events2018 } from './seed.js';

const datetimes = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<event-timeline>', () => {
  it('reads a child JSON script', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ events: [{ date: '2018-06-08', title: 'Friendship Medal' }] }),
    });
    const el = await fixture<EventTimeline>(html`<event-timeline>${script}</event-timeline>`);
    expect(texts(el, 'time, [part="event-title"]')).to.deep.equal(['June 8, 2018', 'Friendship Medal']);
    expect(el.shadowRoot!.querySelector('h2, [part="meta"], [part="body"]')).to.equal(null);
  });

  it('loads a JSON file named by src', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline src="/test/fixtures/event-timeline.json"></event-timeline>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('ol'), 'the fetched data');
    expect(datetimes(el)).to.deep.equal(['2018-05-24', '2018-06-08', '2018-07-25', '2018-11']);
  });

  it('speaks the language of the nearest lang', async () => {
    const ru = (
      await fixture(html`<div lang="ru"><event-timeline .data=${events2018}></event-timeline></div>`)
    ).querySelector('event-timeline')!;
    // (The Russian strings load on demand.)
    await ru.updateComplete;
    expect(texts(ru, 'time')).to.deep.equal([
      '24 мая 2018 г.',
      '8 июня 2018 г.',
      '25–27 июля 2018 г.',
      'ноябрь 2018 г.',
    ]);
    expect(texts(ru, '[part="participants"]')[0]).to.equal('Wang Qishan и Vladimir Putin');
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<event-timeline>', () => {
  it('renders every field of the 2018 events, each date in <time datetime>', async () => {
    const el = await renderWidget('event-timeline', events2018);
    const root = el.shadowRoot!;
    expect(texts(el, 'h2')).to.deep.equal([events2018.title]);
    expect(root.querySelectorAll('ol > li[part="event"]')).to.have.length(4);
    expect(datetimes(el)).to.deep.equal(['2018-05-24', '2018-06-08', '2018-07-25', '2018-11']);
    expect(texts(el, 'time')).to.deep.equal([
      'May 24, 2018',
      'June 8, 2018',
      'July 25 – 27, 2018',
      'November 2018',
    ]);
    expect(texts(el, '[part="event-title"]')).to.deep.equal(events2018.events.map((event) => event.title));
    expect(texts(el, '[part="location"]')).to.deep.equal([
      'Saint Petersburg',
      'Great Hall of the People, Beijing',
      'Johannesburg',
      'Shanghai',
    ]);
    expect(texts(el, '[part="participants"]')).to.deep.equal([
      'Wang Qishan and Vladimir Putin',
      'Xi Jinping and Vladimir Putin',
      'Xi Jinping and Vladimir Putin',
    ]);
    expect(texts(el, '[part="body"]')).to.deep.equal(
      events2018.events.filter((event) => event.body).map((event) => event.body),
    );
    await expect(el).to.be.accessible();
  });

  it('orders events by date, keeping the given order of events on the same date', async () => {
    const el = await renderWidget('event-timeline', {
      events: [
        { date: '2018-11', title: 'Expo' },
        { date: '2018-05-24', title: 'Meeting A' },
        { date: '2019', title: 'Next year' },
        { date: '2018', title: 'The year' },
        { date: '2018-05-24', title: 'Meeting B' },
        { date: '2018-05', title: 'May' },
      ],
    });
    expect(texts(el, '[part="event-title"]')).to.deep.equal([
      'The year',
      'May',
      'Meeting A',
      'Meeting B',
      'Expo',
      'Next year',
    ]);
    expect(texts(el, 'time')).to.deep.equal([
      '2018',
      'May 2018',
      'May 24, 2018',
      'May 24, 2018',
      'November 2018',
      '2019',
    ]);
  });

  it('writes spans of every precision, and across years', async () => {
    const el = await renderWidget('event-timeline', {
      events: [
        { date: '2018', endDate: '2019', title: 'Years' },
        { date: '2018-07', endDate: '2018-09', title: 'Months' },
        { date: '2018-12-30', endDate: '2019-01-02', title: 'New Year' },
        { date: '2018-12', endDate: '2019-01-02', title: 'Mixed' },
      ],
    });
    expect(datetimes(el)).to.deep.equal(['2018', '2018-07', '2018-12', '2018-12-30']);
    expect(texts(el, 'time')).to.deep.equal([
      '2018 – 2019',
      'July – September 2018',
      'December 2018 – January 2, 2019',
      'December 30, 2018 – January 2, 2019',
    ]);
  });

  it('aligns the dates in a column of tabular numerals at wide widths, and stacks them at 280 px', async () => {
    const wide = await renderWidget('event-timeline', events2018, { style: 'inline-size: 720px' });
    const times = [...wide.shadowRoot!.querySelectorAll('time')];
    const titles = [...wide.shadowRoot!.querySelectorAll('[part="event-title"]')];
    expect(getComputedStyle(times[0]).fontVariantNumeric).to.equal('tabular-nums');
    // Every title starts at the same place, beside its date.
    const starts = new Set(titles.map((title) => title.getBoundingClientRect().left));
    expect(starts.size).to.equal(1);
    expect(times[2].getBoundingClientRect().right).to.be.at.most([...starts][0]);
    expect(times[0].getBoundingClientRect().top).to.be.closeTo(titles[0].getBoundingClientRect().top, 4);

    wide.style.inlineSize = '280px';
    const [time, title] = [times[0].getBoundingClientRect(), titles[0].getBoundingClientRect()];
    expect(time.bottom).to.be.at.most(title.top + 1);
    expect(wide.scrollWidth).to.be.at.most(280);
  });

  it('reports every invalid field by its path', async () => {
    expect((await renderInvalid('event-timeline', { events: [] })).detail.errors).to.deep.equal([
      { path: 'events', message: 'expected at least 1 event' },
    ]);
    const date = 'expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD';
    const {
      detail: { errors },
      warnings,
    } = await renderInvalid('event-timeline', {
      title: 2018,
      events: [
        { date: '2018-02-30', title: 'No such day' },
        { date: '26 July 2018', title: '' },
        { date: '2018', endDate: '2018-13', title: 'Bad end', location: 3, body: {} },
        { title: 'No date', participants: [{ name: 'Xi Jinping', country: 'China' }, {}] },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'title', message: 'expected a string' },
      { path: 'events[0].date', message: date },
      { path: 'events[1].date', message: date },
      { path: 'events[1].title', message: 'expected a non-empty string' },
      { path: 'events[2].endDate', message: date },
      { path: 'events[2].body', message: 'expected a string' },
      { path: 'events[2].location', message: 'expected a string' },
      { path: 'events[3].date', message: date },
      {
        path: 'events[3].participants[0].country',
        message: 'expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
      },
      { path: 'events[3].participants[1].name', message: 'expected a non-empty string' },
    ]);
    expect(warnings).to.deep.equal(['event-timeline: title: expected a string']);
  });

  it('writes dates and lists of names in Russian and Chinese', async () => {
    const ru = await renderWidget('event-timeline', events2018, { lang: 'ru' });
    const zh = await renderWidget('event-timeline', events2018, { lang: 'zh' });
    expect(texts(ru, 'time')).to.deep.equal([
      '24 мая 2018 г.',
      '8 июня 2018 г.',
      '25–27 июля 2018 г.',
      'ноябрь 2018 г.',
    ]);
    expect(texts(ru, '[part="participants"]')[0]).to.equal('Wang Qishan и Vladimir Putin');
    expect(texts(zh, 'time')).to.deep.equal([
      '2018年5月24日',
      '2018年6月8日',
      '2018年7月25日至27日',
      '2018年11月',
    ]);
    expect(texts(zh, '[part="participants"]')[0]).to.equal('Wang Qishan和Vladimir Putin');
  });

  it('writes Chinese spans across months and years the way CLDR does', async () => {
    const el = await renderWidget(
      'event-timeline',
      {
        events: [
          { date: '2018-07-25', endDate: '2018-08-02', title: 'a' },
          { date: '2018-12-30', endDate: '2019-01-02', title: 'b' },
          { date: '2018-07', endDate: '2018-09', title: 'c' },
        ],
      },
      { lang: 'zh' },
    );
    expect(texts(el, 'time')).to.deep.equal([
      '2018年7月至9月',
      '2018年7月25日至8月2日',
      '2018年12月30日至2019年1月2日',
    ]);
  });

  it('puts its title at heading-level', async () => {
    const el = await renderWidget('event-timeline', events2018, { 'heading-level': 3 });
    expect(texts(el, 'h3')).to.deep.equal([events2018.title]);
  });

  it('is accessible in the dark theme', async () => {
    const el = await renderWidget('event-timeline', events2018, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    await expect(el).to.be.accessible();
  });
});
