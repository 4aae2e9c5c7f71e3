/**
 * The one definition of essay data. The TypeScript types, the runtime validators and
 * the published JSON Schema (`dist/essay-widgets.schema.json`) all come from here.
 */
import * as v from 'valibot';
import {
  BLOCK_ELEMENTS,
  BLOCK_TYPES,
  type BlockElementTag,
  type BlockType,
  type ElementTag,
} from '../registry.js';

export { BLOCK_TYPES };

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

const NonEmptyString = v.pipe(v.string(messages.text), v.regex(/\S/, messages.text));
const OptionalString = v.optional(v.string(messages.string));

const RICH_TEXT =
  'Plain text plus *em*, **strong**, [label](https://url) and [[glossary term]]; anything else, HTML included, is literal text.';

/** Plain text plus `*em*`, `**strong**`, `[label](https://url)` and `[[glossary term]]`. */
export const RichText = v.pipe(NonEmptyString, v.description(RICH_TEXT));
/** Optional RichText may be empty; it carries the same description into the JSON Schema and the docs. */
const OptionalRichText = v.optional(v.pipe(v.string(messages.string), v.description(RICH_TEXT)));

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

const list = <T extends v.GenericSchema>(item: T) => v.array(item, messages.list);
const object = <T extends v.ObjectEntries>(entries: T) => v.object(entries, messages.object);
const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
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

export const PULL_QUOTE_VARIANTS = ['inline', 'featured', 'aside'] as const;

export const PullQuoteData = object({
  text: RichText,
  speaker: v.optional(Person),
  date: v.optional(IsoDate),
  source: v.optional(Source),
  variant: v.optional(oneOf(PULL_QUOTE_VARIANTS)),
});

export const PrincipleListData = object({
  title: NonEmptyString,
  advocate: v.optional(Organization),
  intro: OptionalRichText,
  principles: v.pipe(
    list(object({ name: NonEmptyString, description: OptionalRichText })),
    v.minLength(1, messages.atLeast(1, 'principle')),
  ),
});

export const LeaderMeetingData = object({
  participants: v.pipe(list(Person), v.minLength(2, messages.atLeast(2, 'participants'))),
  date: v.optional(IsoDate),
  occasion: OptionalString,
  location: v.optional(
    object({ venue: OptionalString, city: OptionalString, country: v.optional(CountryCode) }),
  ),
  summary: OptionalRichText,
  topics: v.optional(list(NonEmptyString)),
  outcomes: v.optional(list(NonEmptyString)),
  quotes: v.optional(list(PullQuoteData)),
  sources: v.optional(list(Source)),
});

/** One thesis; nests. Written out because a recursive schema cannot infer its own type. */
export interface KeyPoint {
  heading: string;
  body?: string;
  points?: KeyPoint[];
}

export const KeyPoint: v.GenericSchema<KeyPoint> = object({
  heading: RichText,
  body: OptionalRichText,
  points: v.optional(list(v.lazy(() => KeyPoint))),
});

export const KeyPointsData = object({
  title: OptionalString,
  intro: OptionalRichText,
  points: v.pipe(list(KeyPoint), v.minLength(1, messages.atLeast(1, 'point'))),
});

export const VERDICTS = ['likely', 'possible', 'unlikely', 'rejected'] as const;

export const ScenarioListData = object({
  title: OptionalString,
  question: OptionalRichText,
  scenarios: v.pipe(
    list(object({ question: RichText, reasoning: OptionalRichText, verdict: oneOf(VERDICTS) })),
    v.minLength(1, messages.atLeast(1, 'scenario')),
  ),
});

export const Initiative = object({
  name: NonEmptyString,
  advocate: NonEmptyString,
  country: v.optional(CountryCode),
  description: OptionalRichText,
});

export const InitiativeBridgeData = object({
  title: OptionalString,
  relation: OptionalString,
  facilitator: v.optional(Organization),
  note: OptionalRichText,
  // Counted first, so that one or three initiatives read as that, not as a missing or extra item.
  initiatives: v.pipe(
    v.array(v.unknown(), messages.exactly(2, 'initiatives')),
    v.length(2, messages.exactly(2, 'initiatives')),
    v.strictTuple([Initiative, Initiative], messages.exactly(2, 'initiatives')),
  ),
});

export const TimelineEvent = object({
  date: IsoDate,
  endDate: v.optional(IsoDate),
  title: NonEmptyString,
  body: OptionalRichText,
  location: OptionalString,
  participants: v.optional(list(Person)),
});

export const EventTimelineData = object({
  title: OptionalString,
  events: v.pipe(list(TimelineEvent), v.minLength(1, messages.atLeast(1, 'event'))),
});

export const BylineData = object({
  authors: v.pipe(list(Person), v.minLength(1, messages.atLeast(1, 'author'))),
  publisher: v.optional(Organization),
  published: v.optional(IsoDate),
  updated: v.optional(IsoDate),
});

export const NOTE_KINDS = ['disclaimer', 'correction', 'update', 'note'] as const;

export const EditorNoteData = object({
  kind: oneOf(NOTE_KINDS),
  text: RichText,
  date: v.optional(IsoDate),
});

export const GlossaryEntry = object({
  term: NonEmptyString,
  definition: RichText,
  url: v.optional(Url),
});

/** Each block element's data, by its tag: the `data` of a block of that type. */
export const BLOCK_DATA = {
  'pull-quote': PullQuoteData,
  'principle-list': PrincipleListData,
  'leader-meeting': LeaderMeetingData,
  'key-points': KeyPointsData,
  'scenario-list': ScenarioListData,
  'initiative-bridge': InitiativeBridgeData,
  'event-timeline': EventTimelineData,
  'editor-note': EditorNoteData,
} as const satisfies Record<BlockElementTag, v.GenericSchema>;

/** The blocks that are structures, each rendered by the element of that name. */
export type WidgetBlockType = BlockElementTag;

const block = <T extends BlockType, E extends v.ObjectEntries>(type: T, entries: E) =>
  object({ type: v.literal(type), ...entries });

/** A block of an element's data, `{ type: 'pull-quote', data }`, for each block element. */
type ElementBlocks = {
  [T in BlockElementTag]: ReturnType<typeof block<T, { data: (typeof BLOCK_DATA)[T] }>>;
}[BlockElementTag];

export const Block = v.variant(
  'type',
  [
    block('paragraph', { text: RichText }),
    block('heading', { text: NonEmptyString }),
    // Each block element's type goes with its own data's schema.
    ...(BLOCK_ELEMENTS.map((type) => block(type, { data: BLOCK_DATA[type] })) as ElementBlocks[]),
  ],
  messages.oneOf(BLOCK_TYPES),
);

/** The top level of an essay. `body` entries are checked one by one by `<essay-article>`. */
export const EssayData = object({
  title: NonEmptyString,
  dek: OptionalRichText,
  lang: OptionalString,
  byline: v.optional(BylineData),
  body: list(Block),
  glossary: v.optional(list(GlossaryEntry)),
  notes: v.optional(list(EditorNoteData)),
  tags: v.optional(list(NonEmptyString)),
  canonicalUrl: v.optional(Url),
});

/**
 * The top level of an essay with its body left unchecked, so that `<essay-article>` can
 * check each block on its own and let a bad block degrade alone.
 */
export const EssayShell = object({ ...EssayData.entries, body: list(v.unknown()) });

export type Person = v.InferOutput<typeof Person>;
export type Organization = v.InferOutput<typeof Organization>;
export type Source = v.InferOutput<typeof Source>;
export type PullQuoteData = v.InferOutput<typeof PullQuoteData>;
export type PrincipleListData = v.InferOutput<typeof PrincipleListData>;
export type LeaderMeetingData = v.InferOutput<typeof LeaderMeetingData>;
export type KeyPointsData = v.InferOutput<typeof KeyPointsData>;
export type ScenarioListData = v.InferOutput<typeof ScenarioListData>;
export type Verdict = (typeof VERDICTS)[number];
export type Initiative = v.InferOutput<typeof Initiative>;
export type InitiativeBridgeData = v.InferOutput<typeof InitiativeBridgeData>;
export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;
export type EventTimelineData = v.InferOutput<typeof EventTimelineData>;
export type BylineData = v.InferOutput<typeof BylineData>;
export type EditorNoteData = v.InferOutput<typeof EditorNoteData>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntry>;
export type Block = v.InferOutput<typeof Block>;
export type EssayData = v.InferOutput<typeof EssayData>;

/** Each element's data schema, by its tag: what its `data` property and its `<script type="application/json">` hold. */
export const ELEMENT_SCHEMAS = {
  ...BLOCK_DATA,
  'essay-byline': BylineData,
  'glossary-term': GlossaryEntry,
  'essay-article': EssayData,
} as const satisfies Record<ElementTag, v.GenericSchema>;

/** Each element's data schema, by the name used under `$defs` in the JSON Schema. */
export const definitions = {
  Person,
  Organization,
  Source,
  KeyPoint,
  PullQuoteData,
  PrincipleListData,
  LeaderMeetingData,
  KeyPointsData,
  ScenarioListData,
  Initiative,
  InitiativeBridgeData,
  EventTimelineData,
  BylineData,
  EditorNoteData,
  GlossaryEntry,
  Block,
} as const;
