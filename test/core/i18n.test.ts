import { expect, fixtureSync, html } from '@open-wc/testing';
import { I18n, resolveLang } from '../../src/core/i18n.js';
import { isIsoDate } from '../../src/schema/schema.js';

describe('i18n and dates', () => {
  const table: [string, string, string, string, string, string][] = [
    ['en', 'July 26, 2018', 'July 2018', '2018', 'Xi Jinping and Vladimir Putin', 'South Africa'],
    ['en-GB', '26 July 2018', 'July 2018', '2018', 'Xi Jinping and Vladimir Putin', 'South Africa'],
    [
      'ru',
      '26 июля 2018 г.',
      'июль 2018 г.',
      '2018',
      'Xi Jinping и Vladimir Putin',
      'Южно-Африканская Республика',
    ],
    ['zh', '2018年7月26日', '2018年7月', '2018年', 'Xi Jinping和Vladimir Putin', '南非'],
  ];
  for (const [lang, day, month, year, list, country] of table) {
    it(`formats dates at their precision, lists and countries in ${lang}`, () => {
      const i18n = I18n.for(lang);
      expect(i18n.date('2018-07-26')).to.equal(day);
      expect(i18n.date('2018-07')).to.equal(month);
      expect(i18n.date('2018')).to.equal(year);
      expect(i18n.list(['Xi Jinping', 'Vladimir Putin'])).to.equal(list);
      expect(i18n.country('ZA')).to.equal(country);
    });
  }

  it('does not shift a date across midnight in any time zone', () => {
    // Dates are formatted in UTC, so the first of a month stays the first.
    expect(I18n.for('en').date('2018-01-01')).to.equal('January 1, 2018');
    expect(I18n.for('en').date('2018-12-31')).to.equal('December 31, 2018');
  });

  it('writes ranges sharing what they share', () => {
    expect(I18n.for('en').dateRange('2018-07-25', '2018-07-27')).to.equal('July 25 – 27, 2018');
    expect(I18n.for('en').dateRange('2018', '2019-02')).to.equal('2018 – February 2019');
  });

  it('falls back to English for an unshipped or malformed language', () => {
    for (const lang of ['fr', 'de-CH', '', 'not a tag!']) {
      const i18n = I18n.for(lang);
      expect(i18n.locale).to.equal('en');
      expect(i18n.t('loading')).to.equal('Loading…');
    }
    expect(I18n.for('zh-Hans-CN').locale).to.equal('zh');
    expect(I18n.for('RU').locale).to.equal('ru');
  });

  it('has every UI string in every shipped locale', () => {
    const keys = [
      'unavailable',
      'loading',
      'advocatedBy',
      'participants',
      'topics',
      'outcomes',
      'sources',
    ] as const;
    for (const lang of ['en', 'ru', 'zh']) {
      for (const key of keys) expect(I18n.for(lang).t(key), `${lang}.${key}`).to.match(/\S/);
    }
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = fixtureSync(html`<div lang="zh"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('zh');
    inner.setAttribute('lang', 'ru');
    expect(resolveLang(inner)).to.equal('ru');
  });

  it('accepts only real calendar dates', () => {
    for (const good of ['2018', '2018-07', '2018-07-26', '2016-02-29'])
      expect(isIsoDate(good), good).to.equal(true);
    for (const bad of [
      '2018-02-30',
      '2017-02-29',
      '2018-13',
      '2018-00',
      '2018-07-00',
      '18',
      '2018-7-26',
      '26 July 2018',
      '2018-07-26T00:00',
    ])
      expect(isIsoDate(bad), bad).to.equal(false);
  });
});
