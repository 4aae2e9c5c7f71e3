/**
 * What the data of several elements shares: the messages, text, dates, country codes, URLs,
 * people, organizations and sources. Each element's own data is in `src/schema/<tag>.ts`.
 */
import * as v from 'valibot';

export const messages = {
  text: 'expected a non-empty string',
  string: 'expected a string',
  object: 'expected an object',
  list: 'expected a list',
  date: 'expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD',
  country: 'expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
  url: 'expected an http:, https: or mailto: URL',
  oneOf: (options: readonly string[]) => `expected one of ${options.map((o) => `"${o}"`).join(', ')}`,
  atLeast: (n: number, what: string) => `expected at least ${n} ${what}`,
  exactly: (n: number, what: string) => `expected exactly ${n} ${what}`,
} as const;

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True for "2018", "2018-07" and "2018-07-26" when they name a real calendar date. */
export function isIsoDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True when `value` is an absolute URL whose scheme is http:, https: or mailto:. */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const NonEmptyString = v.pipe(v.string(messages.text), v.regex(/\S/, messages.text));
export const OptionalString = v.optional(v.string(messages.string));

const RICH_TEXT =
  'Plain text plus *em*, **strong**, [label](https://url) and [[glossary term]]; anything else, HTML included, is literal text.';

/** Plain text plus `*em*`, `**strong**`, `[label](https://url)` and `[[glossary term]]`. */
export const RichText = v.pipe(NonEmptyString, v.description(RICH_TEXT));
/** Optional RichText may be empty; it carries the same description into the JSON Schema and the docs. */
export const OptionalRichText = v.optional(v.pipe(v.string(messages.string), v.description(RICH_TEXT)));

/** "2018", "2018-07" or "2018-07-26"; rendered at that precision. */
export const IsoDate = v.pipe(
  v.string(messages.date),
  v.regex(DATE_SHAPE, messages.date),
  v.check(isIsoDate, messages.date),
);

/** ISO 3166-1 alpha-2, e.g. "CN", "RU", "ZA". */
export const CountryCode = v.pipe(v.string(messages.country), v.regex(/^[A-Z]{2}$/, messages.country));

export const Url = v.pipe(
  v.string(messages.url),
  v.regex(/^\s*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):/, messages.url),
  v.check(isSafeUrl, messages.url),
);

export const list = <T extends v.GenericSchema>(item: T) => v.array(item, messages.list);
export const object = <T extends v.ObjectEntries>(entries: T) => v.object(entries, messages.object);
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, messages.oneOf(options));

export const Person = object({
  name: NonEmptyString,
  nativeName: OptionalString,
  role: OptionalString,
  affiliation: OptionalString,
  country: v.optional(CountryCode),
  url: v.optional(Url),
});

export const Organization = object({
  name: NonEmptyString,
  abbreviation: OptionalString,
  url: v.optional(Url),
});

export const Source = object({
  title: OptionalString,
  publisher: OptionalString,
  url: v.optional(Url),
  date: v.optional(IsoDate),
});

export type Person = v.InferOutput<typeof Person>;
export type Organization = v.InferOutput<typeof Organization>;
export type Source = v.InferOutput<typeof Source>;
