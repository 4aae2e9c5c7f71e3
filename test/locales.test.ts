/**
 * Every shipped locale, end to end: the seed essay rendered in each language leaves no English
 * label behind, writes its dates and country names in that language, and every locale module
 * has every string. An unknown language falls back to English quietly; a publisher's partial
 * locale names what it lacks once and takes the rest from its base.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { defineLocale, SHIPPED_LOCALES } from '../src/index.js';
import type { EssayData } from '../src/index.js';
import { I18n, type LocaleStrings } from '../src/core/i18n/i18n.js';
import en from '../src/locales/en.js';
import { captureWarnings, settled } from './helpers/dom.js';

/** The seed's meeting in Johannesburg: a date and a country the essay shows. */
const MEETING_DATE = '2018-07-26';
const MEETING_COUNTRY = 'ZA';

/** The text of `el` across shadow roots (styles and scripts left out), white space collapsed. */
function deepText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && ['style', 'script', 'template'].includes(node.localName)) return '';
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    return [...root.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot ?? el)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<time>` inside `el`'s shadow roots. */
function times(el: Element): HTMLTimeElement[] {
  const found: HTMLTimeElement[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if (child instanceof HTMLTimeElement) found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return found;
}

/** How often `word` stands as a word of its own in `text` (case kept). */
function count(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/** Every string value in `data`: the words the essay brings, which may be English. */
function dataStrings(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) return data.map(dataStrings).join(' ');
  if (data && typeof data === 'object') return Object.values(data).map(dataStrings).join(' ');
  return '';
}

/** The English label of each string key (ordinals one by one), templates left out. */
function labels(strings: LocaleStrings): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (Array.isArray(value)) value.forEach((word, i) => found.set(`ordinals[${i}]`, word));
    else if (!String(value).includes('{')) found.set(key, String(value));
  }
  return found;
}

const loadLocale = async (tag: string): Promise<LocaleStrings> =>
  tag === 'en'
    ? en
    : ((await import(/* @vite-ignore */ `/src/locales/${tag}.js`)) as { default: LocaleStrings }).default;

let seed: EssayData;
/** Each locale's rendered text and `<time>` texts: the seed is rendered once per locale. */
const rendered = new Map<string, { text: string; times: Map<string, string> }>();

async function render(lang: string) {
  const el = await fixture<HTMLElement>(html`<essay-article .data=${{ ...seed, lang }}></essay-article>`);
  await settled(el);
  const result = {
    text: deepText(el),
    times: new Map(times(el).map((time) => [time.dateTime, time.textContent!.trim()])),
  };
  el.remove();
  return result;
}

before(async function () {
  this.timeout(60_000);
  seed = await (await fetch('/examples/sino-russian-relations.json')).json();
  for (const tag of SHIPPED_LOCALES) rendered.set(tag, await render(tag));
});

describe('shipped locales', () => {
  it('every locale has every string of English, and ten ordinal words', async () => {
    for (const tag of SHIPPED_LOCALES) {
      const strings = await loadLocale(tag);
      expect(Object.keys(strings).sort(), tag).to.deep.equal(Object.keys(en).sort());
      expect(strings.ordinals, tag).to.have.length(10);
      for (const [key, value] of Object.entries(strings)) {
        if (key !== 'ordinals') expect(value, `${tag}.${key}`).to.be.a('string').and.not.equal('');
      }
      // The templates keep their placeholders.
      expect(strings.moreAbout, tag).to.contain('{term}');
      expect(strings.ordinal, tag).to.contain('{n}');
    }
  });

  it('the English essay shows the labels the other languages are checked for', () => {
    const english = rendered.get('en')!.text;
    const words = dataStrings(seed);
    const shown = [...labels(en)].filter(([, label]) => count(english, label) > count(words, label));
    // Advocated by, First…Fourth, the verdicts, By, Published, Disclaimer, Glossary, Tags, Topics…
    expect(shown.length, shown.map(([key]) => key).join(', ')).to.be.greaterThan(10);
  });

  for (const tag of SHIPPED_LOCALES.filter((each) => each !== 'en')) {
    it(`${tag}: no English label left, dates and countries in the language`, async () => {
      const { text, times: dates } = rendered.get(tag)!;
      const strings = await loadLocale(tag);
      const words = dataStrings(seed);
      const english = rendered.get('en')!.text;
      const own = labels(strings);
      const left: string[] = [];
      for (const [key, label] of labels(en)) {
        // A label the English essay shows (more often than its data has the word), translated
        // differently: the translation shows, and the English word no more often than in the data.
        if (own.get(key) === label || count(english, label) <= count(words, label)) continue;
        if (count(text, label) > count(words, label)) left.push(`${key} (“${label}”)`);
      }
      expect(left, `English left in ${tag}`).to.deep.equal([]);

      const date = new Intl.DateTimeFormat(tag, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      }).format(new Date(`${MEETING_DATE}T00:00:00Z`));
      expect(dates.get(MEETING_DATE), `${tag}: the meeting's date`).to.equal(date);
      const englishDate = rendered.get('en')!.times.get(MEETING_DATE);
      if (new Intl.Locale(tag).language !== 'en') expect(dates.get(MEETING_DATE)).to.not.equal(englishDate);

      const country = new Intl.DisplayNames(tag, { type: 'region' }).of(MEETING_COUNTRY)!;
      expect(text, `${tag}: the country's name`).to.contain(country);
    });
  }
});

describe('languages without shipped strings', () => {
  it('an unknown language falls back to English, without an error', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const events: unknown[] = [];
    const listen = (event: Event) => events.push((event as CustomEvent).detail);
    document.addEventListener('essay-widget-error', listen);
    try {
      const warnings = await captureWarnings(async () => {
        const { text, times: dates } = await render('xx');
        expect(text).to.contain(en.glossary);
        expect(text).to.contain(en.advocatedBy);
        expect(dates.get(MEETING_DATE)).to.be.a('string').and.not.equal('');
      });
      expect(warnings).to.deep.equal([]);
      expect(I18n.for('xx').locale).to.equal('en');
    } finally {
      console.error = original;
      document.removeEventListener('essay-widget-error', listen);
    }
    expect(errors).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('a publisher’s partial locale names what it lacks once, and takes the rest from its base', async () => {
    const warnings = await captureWarnings(() =>
      defineLocale('gsw', { glossary: 'Wörterverzeichnis', tags: 'Stichwörter' }, { base: 'de' }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"gsw"');
    for (const key of ['advocatedBy', 'ordinals', 'disclaimer', 'loading'])
      expect(warnings[0]).to.contain(key);
    expect(warnings[0]).to.contain('"de"');
    const { text } = await render('gsw');
    const de = await loadLocale('de');
    expect(text).to.contain('Wörterverzeichnis');
    expect(text).to.contain('Stichwörter');
    expect(text).to.contain(de.advocatedBy);
    expect(text).to.contain(de.ordinals[0]);
    expect(text).not.to.contain(en.advocatedBy);
  });
});
