/**
 * Locale handling: which language an element speaks, its UI strings, and the Intl
 * formatters (created once per locale and reused: the first one on a page is costly).
 */

export const LOCALES = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The UI strings' names; each locale lists its strings in this order. */
export const KEYS = [
  'unavailable',
  'loading',
  'advocatedBy',
  'participants',
  'topics',
  'outcomes',
  'sources',
  'ordinals',
  'ordinal',
  'likely',
  'possible',
  'unlikely',
  'rejected',
  'via',
  'by',
  'published',
  'updated',
  'disclaimer',
  'correction',
  'update',
  'note',
  'more',
  'glossary',
  'tags',
] as const;

export type StringKey = (typeof KEYS)[number];

/** A string for each name in `K`: a missing or extra string does not compile. */
type Strings<K extends readonly string[]> = { readonly [I in keyof K]: string };

const strings: Record<Locale, Strings<typeof KEYS>> = {
  en: [
    'This content could not be displayed.', // unavailable
    'Loading…', // loading
    'Advocated by', // advocatedBy
    'Participants', // participants
    'Topics', // topics
    'Outcomes', // outcomes
    'Sources', // sources
    'First,Second,Third,Fourth,Fifth,Sixth,Seventh,Eighth,Ninth,Tenth', // ordinals
    '#.', // ordinal
    'Likely', // likely
    'Possible', // possible
    'Unlikely', // unlikely
    'Rejected', // rejected
    'via', // via
    'By', // by
    'Published', // published
    'Updated', // updated
    'Disclaimer', // disclaimer
    'Correction', // correction
    'Update', // update
    'Note', // note
    'More', // more
    'Glossary', // glossary
    'Tags', // tags
  ],
  ru: [
    'Не удалось показать этот материал.', // unavailable
    'Загрузка…', // loading
    'Выдвигает', // advocatedBy
    'Участники', // participants
    'Темы', // topics
    'Итоги', // outcomes
    'Источники', // sources
    'Во-первых,Во-вторых,В-третьих,В-четвёртых,В-пятых,В-шестых,В-седьмых,В-восьмых,В-девятых,В-десятых', // ordinals
    '#.', // ordinal
    'Вероятно', // likely
    'Возможно', // possible
    'Маловероятно', // unlikely
    'Отвергнуто', // rejected
    'при посредничестве', // via
    'Текст:', // by
    'Опубликовано', // published
    'Обновлено', // updated
    'Оговорка', // disclaimer
    'Исправление', // correction
    'Обновление', // update
    'Примечание', // note
    'Подробнее', // more
    'Глоссарий', // glossary
    'Темы', // tags
  ],
  zh: [
    '无法显示此内容。', // unavailable
    '正在加载…', // loading
    '倡导方', // advocatedBy
    '参与者', // participants
    '议题', // topics
    '成果', // outcomes
    '来源', // sources
    '第一,第二,第三,第四,第五,第六,第七,第八,第九,第十', // ordinals
    '第#', // ordinal
    '很可能', // likely
    '有可能', // possible
    '不太可能', // unlikely
    '已排除', // rejected
    '经由', // via
    '作者', // by
    '发布于', // published
    '更新于', // updated
    '免责声明', // disclaimer
    '更正', // correction
    '更新', // update
    '注', // note
    '了解更多', // more
    '术语表', // glossary
    '标签', // tags
  ],
};

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

/** Formatting for one language tag: UI strings, dates, lists and country names. */
export class I18n {
  /** The shipped locale whose strings are used (`en` for unknown languages). */
  readonly locale: Locale;
  /** The tag given to Intl: the page's own (`en-GB`) when its language is shipped. */
  readonly tag: string;

  private constructor(lang: string) {
    const base = lang.toLowerCase().split(/[-_]/)[0] as Locale;
    this.tag = this.locale = LOCALES.includes(base) ? base : 'en';
    if (this.locale === base) {
      try {
        Intl.getCanonicalLocales(lang); // throws for a malformed tag
        this.tag = lang;
      } catch {
        // Intl gets the shipped locale's tag.
      }
    }
  }

  static #cache = new Map<string, I18n>();

  static for(lang: string): I18n {
    let i18n = this.#cache.get(lang);
    if (!i18n) this.#cache.set(lang, (i18n = new I18n(lang)));
    return i18n;
  }

  t(key: StringKey): string {
    return strings[this.locale][KEYS.indexOf(key)];
  }

  /** "First"… "Tenth", "Во-первых"…, "第一"…; past ten, "11." or "第11". */
  ordinal(n: number): string {
    return this.t('ordinals').split(',')[n - 1] ?? this.t('ordinal').replace('#', String(n));
  }

  #formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();

  #formatter<F extends Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(
    key: string,
    make: () => F,
  ): F {
    let f = this.#formatters.get(key) as F | undefined;
    if (!f) this.#formatters.set(key, (f = make()));
    return f;
  }

  /** "Xi Jinping and Vladimir Putin", "Си Цзиньпин и Владимир Путин", "习近平和普京". */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return this.#formatter(`list-${type}`, () => new Intl.ListFormat(this.tag, { type })).format(items);
  }

  /** A country's name in this language: "CN" → "China", "Китай", "中国". */
  country(code: string): string {
    try {
      return (
        this.#formatter('region', () => new Intl.DisplayNames(this.tag, { type: 'region' })).of(code) ?? code
      );
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
    if (this.locale === 'zh') {
      // ICU writes Chinese ranges numerically ("2018/7/25 – 2018/7/27"); CLDR's own form
      // names the shared year and month once: "2018年7月25日至27日".
      const [a, b] = [format.format(from), endFormat.format(to)];
      let same = 0;
      while (same < a.length && a[same] === b[same]) same++;
      const cut =
        format === endFormat ? Math.max(b.lastIndexOf('年', same - 1), b.lastIndexOf('月', same - 1)) + 1 : 0;
      return `${a}至${b.slice(cut)}`;
    }
    return format === endFormat && from <= to
      ? format.formatRange(from, to)
      : `${format.format(from)} – ${endFormat.format(to)}`;
  }
}

let warming: I18n | undefined;

/** Settles in a task of its own once the warm-up below is done. */
export let warm: Promise<unknown> | undefined;

/**
 * Creates the page's first Intl formatters in tasks of their own. The first ones on a
 * page take tens of milliseconds (ICU loads its data); made while an element waits (for
 * data from `src`, or to hydrate), they are ready when it renders instead of lengthening
 * that render. An element with its data at hand makes only those it needs, as it renders.
 */
export function warmUp(): void {
  if (warming || !globalThis.document) return;
  const i18n = (warming = I18n.for(resolveLang(document.documentElement)));
  // One per task: each of them alone takes tens of milliseconds.
  setTimeout(() => i18n.country('CN'));
  setTimeout(() => i18n.date('2000-01-01'));
  warm = new Promise((resolve) => setTimeout(resolve));
}
