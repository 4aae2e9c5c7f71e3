/**
 * Languages: which one an element speaks, its UI strings, and the Intl formatters (made once
 * per language and reused: the first one on a page is costly).
 *
 * English is built in. The other shipped locales are modules of their own (src/locales/),
 * loaded when a page first needs one: from beside the CDN file, or from the npm package.
 * A publisher adds a locale or overrides strings with `defineLocale()`.
 */
import * as v from 'valibot';
import en from '../../locales/en.js';
import type { LocaleStrings, StringKey } from './strings.js';

export type { LocaleStrings, StringKey };

/** The locales shipped beside the library, by tag. */
export const SHIPPED_LOCALES = [
  'ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it',
  'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh', 'zh-Hant',
] as const; // prettier-ignore

/** Languages written in Arabic script, whose comma is "،". */
const ARABIC_COMMA = new Set(['ar', 'ckb', 'fa', 'ps', 'sd', 'ug', 'ur']);

/** Languages written right to left. */
export const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** A locale module's shape: strings as its default export. */
type LocaleModule = { default: Partial<LocaleStrings> };

/** Where a locale's strings come from: the strings, or a function that loads them. */
export type LocaleSource = Partial<LocaleStrings> | (() => Promise<LocaleModule | Partial<LocaleStrings>>);

interface Definition {
  /** The strings given, checked; `undefined` while they load. */
  strings?: Partial<LocaleStrings>;
  load?: () => Promise<unknown>;
  /** The locale that supplies the strings this one does not give. */
  base: string;
}

/**
 * How long a locale's strings may take to load (from beside the library, or through the
 * publisher's loader) before the elements use those of its base (English for a shipped
 * locale) instead.
 */
export const LOCALE_TIMEOUT_MS = 3000;

const definitions = new Map<string, Definition>([['en', { strings: en, base: 'en' }]]);
const complete = new Map<string, LocaleStrings>([['en', en]]);
/** Why the strings of a locale could not be loaded, by locale: reported by each element. */
const failures = new Map<string, string | undefined>();

/** Where the shipped locale modules are: `dist/lib/locales/` for the npm modules. */
let shippedLocales = new URL('../../locales/', import.meta.url);

/** Tells the library where the shipped locale modules are (the CDN files: beside themselves). */
export function setLocaleBase(url: URL): void {
  shippedLocales = url;
}

/** Every string and its type: what `defineLocale()` checks what it is given against. */
const StringsSchema = v.partial(
  v.object(
    Object.fromEntries(
      Object.keys(en).map((key) => [
        key,
        key === 'ordinals'
          ? v.pipe(v.array(v.string()), v.length(10, 'expected ten ordinal words'))
          : v.string('expected a string'),
      ]),
    ),
  ),
);

/**
 * The tags to try for `lang`, most specific first: `de-CH` gives `de-CH`, `de`; `zh-TW` gives
 * `zh-TW`, `zh-Hant`, `zh`. A malformed tag gives none.
 */
function candidates(lang: string): string[] {
  try {
    const locale = new Intl.Locale(lang);
    const full = locale.maximize();
    return [...new Set([locale.baseName, `${full.language}-${full.script}`, locale.language])];
  } catch {
    return [];
  }
}

/** The language subtag of `tag` (`zh` for `zh-Hant-TW`), or `undefined` for a malformed tag. */
function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

const isShipped = (tag: string) => (SHIPPED_LOCALES as readonly string[]).includes(tag);

/** The locale whose strings `lang` uses: defined, shipped, else English. */
export function localeFor(lang: string): string {
  return candidates(lang).find((tag) => definitions.has(tag) || isShipped(tag)) ?? 'en';
}

/**
 * Adds a locale, or overrides strings of one: `defineLocale('gsw', { … })`, or a function that
 * loads them (`() => import('essay-widgets/locales/de.js')`) within `LOCALE_TIMEOUT_MS`.
 * Strings it does not give come from `base`: by default the tag's language when that is
 * another locale (`de` for `de-CH`), else English. Each missing or misspelt string is named in
 * one `console.warn`; so is a tag that is not a BCP 47 language tag (`__proto__`), which
 * defines nothing.
 */
export function defineLocale(tag: string, source: LocaleSource, options: { base?: string } = {}): void {
  if (!languageOf(tag)) {
    console.warn(`essay-widgets: locale "${tag}": not a language tag, ignored`);
    return;
  }
  const [canonical] = Intl.getCanonicalLocales(tag);
  const language = languageOf(canonical) ?? 'en';
  // A shipped locale given strings keeps its own for the rest: none is missing.
  const base = isShipped(canonical)
    ? canonical
    : (options.base ?? (language !== canonical ? localeFor(language) : 'en'));
  const definition: Definition = { base };
  if (typeof source === 'function') {
    definition.load = async () => {
      const loaded = await source();
      definition.strings = check(canonical, 'default' in loaded ? loaded.default : loaded, base);
    };
  } else {
    definition.strings = check(canonical, source, base);
  }
  definitions.set(canonical, definition);
  gatherAgain(canonical);
}

/** Gathers the strings of `locale` afresh when next needed, and has the elements update. */
function gatherAgain(locale: string): void {
  complete.delete(locale);
  I18n.forget(locale);
  for (const listener of redefined) listener();
}

const redefined = new Set<() => void>();

/** Calls `listener` after each `defineLocale()`, so that the elements it concerns update. */
export function whenLocaleDefined(listener: () => void): void {
  redefined.add(listener);
}

/** The strings of `given` that are right, with a warning naming the rest. */
function check(tag: string, given: unknown, base: string): Partial<LocaleStrings> {
  const result = v.safeParse(StringsSchema, given);
  const strings: Record<string, unknown> = {};
  const problems: string[] = [];
  const entries = typeof given === 'object' && given ? Object.entries(given) : [];
  for (const [key, value] of entries) {
    const issue = result.issues?.find((each) => each.path?.[0]?.key === key);
    if (!Object.hasOwn(en, key)) problems.push(`${key}: not a string of the library`);
    else if (issue) problems.push(`${key}: ${issue.message}`);
    else strings[key] = value;
  }
  const missing = Object.keys(en).filter(
    (key) => !(key in strings) && !problems.some((p) => p.startsWith(key)),
  );
  if (missing.length && base !== tag) problems.push(`${missing.join(', ')}: not given, taken from "${base}"`);
  if (problems.length) console.warn(`essay-widgets: locale "${tag}": ${problems.join('; ')}`);
  return strings as Partial<LocaleStrings>;
}

const loading = new Map<string, Promise<void>>();

/** Loads what the strings of `locale` need, once; resolves when they are all there. */
export function loadLocale(locale: string): Promise<void> {
  if (complete.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = prepare(locale).finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Gathers the strings of `locale`: the shipped module's over English, or the publisher's over
 * their base; a publisher's strings for a shipped locale over the shipped ones. Strings that
 * cannot be loaded in time (offline, not where the page serves the library from, a loader that
 * never answers) are left out, and why is kept for the elements to report.
 */
async function prepare(locale: string): Promise<void> {
  const definition = definitions.get(locale);
  const layers: Partial<LocaleStrings>[] = [];
  let base = definition?.base ?? 'en';
  // The publisher's loader, unless its strings are here already; for a shipped locale, its
  // module from beside the library, unless the page said where it is
  // (`defineLocale('de', () => import('essay-widgets/locales/de.js'))`, for a bundler).
  let load = definition?.strings ? undefined : definition?.load;
  let url: string | undefined;
  if (isShipped(locale) && locale !== 'en' && !definition?.load) {
    const module = new URL(`${locale}.js`, shippedLocales).href;
    url = module;
    load = async () => layers.push(((await import(/* @vite-ignore */ module)) as LocaleModule).default);
    base = 'en';
  }
  let failure: string | undefined;
  if (load) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise((_, reject) => {
      timer = setTimeout(reject, LOCALE_TIMEOUT_MS, `no answer within ${LOCALE_TIMEOUT_MS / 1000} s`);
    });
    const loaded = load();
    try {
      await Promise.race([loaded, late]);
    } catch (error) {
      failure = `could not load the strings for "${locale}"${url ? ` from ${url}` : ''}: ${error}`;
      // Strings that arrive late after all (a slow network) are shown when they come.
      loaded.then(
        () => gatherAgain(locale),
        () => {},
      );
    } finally {
      // (A timer left running would keep a server process alive.)
      clearTimeout(timer);
    }
  }
  if (definition?.strings) layers.push(definition.strings);
  if (base !== locale) await loadLocale(base);
  failures.set(locale, failure ?? failures.get(base));
  complete.set(locale, Object.assign({}, complete.get(base) ?? en, ...layers));
}

/** The `lang` that applies to `el`: its own, else the nearest ancestor's across shadow roots. */
export function resolveLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest('[lang]');
    if (hit) return hit.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return globalThis.document?.documentElement.lang ?? '';
}

type Formatter = Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames;

/** Formatting for one language tag: UI strings, dates, lists and country names. */
export class I18n {
  /** The locale whose strings are used (`en` for unknown languages). */
  readonly locale: string;
  /** The tag given to Intl: the page's own (`en-GB`), or the locale's for a malformed one. */
  readonly tag: string;
  /** `rtl` for a language written right to left, else `ltr`. */
  readonly dir: 'ltr' | 'rtl';

  #strings: LocaleStrings | undefined;
  #formatters = new Map<string, Formatter>();

  private constructor(lang: string) {
    this.locale = localeFor(lang);
    this.tag = languageOf(lang) ? lang : this.locale;
    this.dir = RIGHT_TO_LEFT.has(languageOf(this.tag) ?? 'en') ? 'rtl' : 'ltr';
  }

  static #cache = new Map<string, I18n>();

  static for(lang: string): I18n {
    let i18n = this.#cache.get(lang);
    if (!i18n) {
      i18n = new I18n(lang);
      this.#cache.set(lang, i18n);
    }
    return i18n;
  }

  /** Forgets the formatting of each language that `locale`, newly defined, now serves or changes. */
  static forget(locale: string): void {
    for (const [lang, each] of this.#cache) {
      if (each.locale === locale || localeFor(lang) !== each.locale) this.#cache.delete(lang);
    }
  }

  /** The comma and space that separate a person's details: "، " in Arabic script, else ", ". */
  get comma(): string {
    return ARABIC_COMMA.has(languageOf(this.tag) ?? 'en') ? '، ' : ', ';
  }

  /** The strings, once loaded; `undefined` until then. */
  get strings(): LocaleStrings | undefined {
    this.#strings ??= complete.get(this.locale);
    return this.#strings;
  }

  /** Why the strings of the locale could not be loaded, if they could not: English stood in. */
  get failure(): string | undefined {
    return failures.get(this.locale);
  }

  /** Resolves when the strings are there, or have been given up for English. */
  load(): Promise<void> {
    return loadLocale(this.locale);
  }

  t(key: Exclude<StringKey, 'ordinals'>): string {
    return (this.strings ?? en)[key];
  }

  /** "First"… "Tenth", "Во-первых"…, "第一"…; past ten, "11." or "第11". */
  ordinal(n: number): string {
    return (this.strings ?? en).ordinals[n - 1] ?? this.t('ordinal').replace('{n}', String(n));
  }

  /** "More about Yalta Model", in the language's own words. */
  moreAbout(term: string): string {
    return this.t('moreAbout').replace('{term}', term);
  }

  #formatter<F extends Formatter>(key: string, make: () => F): F {
    let formatter = this.#formatters.get(key) as F | undefined;
    if (!formatter) {
      formatter = make();
      this.#formatters.set(key, formatter);
    }
    return formatter;
  }

  /** "Xi Jinping and Vladimir Putin", "Си Цзиньпин и Владимир Путин", "习近平和普京". */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return this.#formatter(`list-${type}`, () => new Intl.ListFormat(this.tag, { type })).format(items);
  }

  /** The same list in parts: the items (`element`) and the words between them (`literal`). */
  listParts(items: readonly string[], type: Intl.ListFormatType = 'conjunction') {
    return this.#formatter(`list-${type}`, () => new Intl.ListFormat(this.tag, { type })).formatToParts(
      items,
    );
  }

  /** A country's name in this language: "CN" → "China", "Китай", "中国". */
  country(code: string): string {
    try {
      const names = this.#formatter('region', () => new Intl.DisplayNames(this.tag, { type: 'region' }));
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** The formatter for a date's precision and the UTC instant it names. */
  #parseDate(iso: string): [Intl.DateTimeFormat, Date] {
    const [year, month, day] = iso.split('-').map(Number);
    const precision = day ? 'day' : month ? 'month' : 'year';
    const format = this.#formatter(
      `date-${precision}`,
      () =>
        new Intl.DateTimeFormat(this.tag, {
          timeZone: 'UTC',
          year: 'numeric',
          month: month ? 'long' : undefined,
          day: day ? 'numeric' : undefined,
        }),
    );
    return [format, new Date(Date.UTC(year, (month || 1) - 1, day || 1))];
  }

  /** Formats a valid ISO date at its own precision, in UTC so no time zone shifts it. */
  date(iso: string): string {
    const [format, date] = this.#parseDate(iso);
    return format.format(date);
  }

  /** A span of two dates, sharing what they share: "24–26 July 2018". */
  dateRange(start: string, end: string): string {
    const [format, from] = this.#parseDate(start);
    const [endFormat, to] = this.#parseDate(end);
    if (languageOf(this.locale) === 'zh') {
      return chineseRange(format.format(from), endFormat.format(to), format === endFormat);
    }
    return format === endFormat && from <= to
      ? format.formatRange(from, to)
      : `${format.format(from)} – ${endFormat.format(to)}`;
  }
}

/**
 * ICU writes Chinese ranges numerically ("2018/7/25 – 2018/7/27"); CLDR's own form names the
 * shared year and month once: "2018年7月25日至27日".
 */
function chineseRange(from: string, to: string, samePrecision: boolean): string {
  let same = 0;
  while (same < from.length && from[same] === to[same]) same++;
  const cut = samePrecision
    ? Math.max(to.lastIndexOf('年', same - 1), to.lastIndexOf('月', same - 1)) + 1
    : 0;
  return `${from}至${to.slice(cut)}`;
}

let warming: I18n | undefined;

/** Settles in a task of its own once the warm-up below is done. */
export let warm: Promise<unknown> | undefined;

/**
 * Creates the page's first Intl formatters in tasks of their own. The first ones on a page
 * take tens of milliseconds (ICU loads its data); made while an element waits (for data from
 * `src`, or to hydrate), they are ready when it renders instead of lengthening that render.
 * An element with its data at hand makes only those it needs, as it renders.
 */
export function warmUp(): void {
  if (warming || !globalThis.document) return;
  const i18n = I18n.for(resolveLang(document.documentElement));
  warming = i18n;
  // One per task: each of them alone takes tens of milliseconds.
  setTimeout(() => i18n.country('CN'));
  setTimeout(() => i18n.date('2000-01-01'));
  warm = new Promise((resolve) => setTimeout(resolve));
}
