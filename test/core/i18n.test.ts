import { expect, fixtureSync, html } from '@open-wc/testing';
import { I18n, RIGHT_TO_LEFT, SHIPPED_LOCALES, defineLocale, resolveLang } from '../../src/core/i18n/i18n.js';
import '../../src/pull-quote.js';
import en from '../../src/locales/en.js';
import { isIsoDate } from '../../src/schema/schema.js';
import { captureWarnings } from '../helpers/dom.js';

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
    it(`formats dates at their precision, lists and countries in ${lang}`, async () => {
      const i18n = I18n.for(lang);
      await i18n.load();
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
    expect(I18n.for('ru').dateRange('2018-07-25', '2018-07-27')).to.equal('25–27 июля 2018 г.');
  });

  it('writes Chinese ranges as CLDR does, naming the shared year and month once', () => {
    const zh = I18n.for('zh');
    expect(zh.dateRange('2018-07-25', '2018-07-27')).to.equal('2018年7月25日至27日');
    expect(zh.dateRange('2018-07-25', '2018-08-02')).to.equal('2018年7月25日至8月2日');
    expect(zh.dateRange('2018-12-30', '2019-01-02')).to.equal('2018年12月30日至2019年1月2日');
    expect(zh.dateRange('2018-07', '2018-09')).to.equal('2018年7月至9月');
    expect(zh.dateRange('2018', '2019')).to.equal('2018年至2019年');
    expect(zh.dateRange('2018-07', '2018-08-02')).to.equal('2018年7月至2018年8月2日');
  });

  it('has ordinal words to ten, then numbers', async () => {
    await Promise.all(['ru', 'zh'].map((lang) => I18n.for(lang).load()));
    const words = (lang: string) => Array.from({ length: 11 }, (_, i) => I18n.for(lang).ordinal(i + 1));
    expect(words('en')).to.deep.equal([
      ...['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'],
      '11.',
    ]);
    expect(words('ru')).to.deep.equal([
      ...['Во-первых', 'Во-вторых', 'В-третьих', 'В-четвёртых', 'В-пятых', 'В-шестых', 'В-седьмых'],
      ...['В-восьмых', 'В-девятых', 'В-десятых', '11.'],
    ]);
    expect(words('zh')).to.deep.equal([
      ...['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十'],
      '第11',
    ]);
    expect(I18n.for('en').ordinal(42)).to.equal('42.');
  });

  it('falls back to English for a language it has no strings for, or a malformed tag', () => {
    for (const lang of ['gsw', 'tlh', '', 'not a tag!']) {
      const i18n = I18n.for(lang);
      expect(i18n.locale).to.equal('en');
      expect(i18n.t('loading')).to.equal('Loading…');
    }
    expect(I18n.for('zh-Hans-CN').locale).to.equal('zh');
    expect(I18n.for('zh-TW').locale).to.equal('zh-Hant');
    expect(I18n.for('de-CH').locale).to.equal('de');
    expect(I18n.for('RU').locale).to.equal('ru');
    // Intl gets the page's own tag when it is well formed, else the shipped locale's.
    expect(I18n.for('en-GB').tag).to.equal('en-GB');
    expect(I18n.for('en-!!').tag).to.equal('en');
    expect(I18n.for('en-!!').date('2018-07-26')).to.equal('July 26, 2018');
  });

  it('has every UI string in every shipped locale', async () => {
    for (const lang of SHIPPED_LOCALES) {
      const i18n = I18n.for(lang);
      await i18n.load();
      const module = (await import(`../../src/locales/${lang}.js`)).default;
      expect(Object.keys(module).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(String(i18n.strings![key]), `${lang}.${key}`).to.match(/\S/);
      }
      expect(i18n.strings!.ordinals, lang).to.have.length(10);
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

describe('direction', () => {
  it('lays an element out right to left in each language i18n writes right to left, and only in those', async () => {
    const page = fixtureSync(html`<div dir="ltr"></div>`);
    const direction = (lang: string) => {
      const el = document.createElement('pull-quote');
      el.setAttribute('lang', lang);
      el.textContent = 'A quotation.';
      page.append(el);
      return getComputedStyle(el.shadowRoot!.host).direction;
    };
    await customElements.whenDefined('pull-quote');
    for (const lang of RIGHT_TO_LEFT) expect(direction(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'de', 'ja', 'zh-Hant']) expect(direction(lang), lang).to.equal('ltr');
    expect(I18n.for('fa').dir).to.equal('rtl');
  });
});

describe('defineLocale', () => {
  it('refuses a name that is not a language tag, with a warning, and defines nothing by it', async () => {
    for (const tag of ['constructor', '__proto__', 'hasOwnProperty', 'x-private', 'en_US', '', ' de']) {
      // (Thrown, an error would fail the test here.)
      const warnings = await captureWarnings(() => defineLocale(tag, { glossary: 'Owned' }));
      expect(warnings, tag).to.deep.equal([`essay-widgets: locale "${tag}": not a language tag, ignored`]);
      const i18n = I18n.for(tag);
      await i18n.load();
      expect(i18n.locale, tag).to.equal('en');
      expect(i18n.t('glossary'), tag).to.equal(en.glossary);
    }
    expect(Object.prototype).not.to.have.own.property('glossary');
  });

  it('takes no string named after what every object has (__proto__, constructor)', async () => {
    const given = JSON.parse(
      '{"__proto__": {"glossary": "Owned"}, "constructor": "Owned", "toString": "Owned", "glossary": "Wörter"}',
    );
    const warnings = await captureWarnings(() => defineLocale('xp', given));
    expect(warnings).to.have.length(1);
    for (const key of ['__proto__', 'constructor', 'toString'])
      expect(warnings[0]).to.contain(`${key}: not a string of the library`);
    const i18n = I18n.for('xp');
    await i18n.load();
    expect(i18n.t('glossary')).to.equal('Wörter');
    expect(Object.getPrototypeOf(i18n.strings)).to.equal(Object.prototype);
    for (const key of ['__proto__', 'constructor', 'toString'])
      expect(Object.hasOwn(i18n.strings!, key), key).to.equal(false);
    expect(Object.prototype).not.to.have.own.property('glossary');
  });
});
