/**
 * The one definition of essay data. The TypeScript types, the runtime validators and
 * the published JSON Schema (`dist/essay-widgets.schema.json`) all come from here: each
 * element's data from `src/schema/<tag>.ts` (so that an element loaded alone carries its own
 * schema only), what they share from `common.ts`, and here the blocks and the essay.
 */
import * as v from 'valibot';
import {
  BLOCK_ELEMENTS,
  BLOCK_TYPES,
  type BlockElementTag,
  type BlockType,
  type ElementTag,
} from '../registry.js';
import {
  list,
  messages,
  NonEmptyString,
  object,
  OptionalRichText,
  OptionalString,
  Organization,
  Person,
  RichText,
  Source,
  Url,
} from './common.js';
import * as data from './elements.js';

export { BLOCK_TYPES };
export {
  CountryCode,
  IsoDate,
  isIsoDate,
  isSafeUrl,
  messages,
  Organization,
  Person,
  RichText,
  Source,
  Url,
} from './common.js';
export * from './elements.js';

/** Each block element's data, by its tag: the `data` of a block of that type. */
export const BLOCK_DATA = {
  'pull-quote': data.PullQuoteData,
  'principle-list': data.PrincipleListData,
  'leader-meeting': data.LeaderMeetingData,
  'key-points': data.KeyPointsData,
  'scenario-list': data.ScenarioListData,
  'initiative-bridge': data.InitiativeBridgeData,
  'event-timeline': data.EventTimelineData,
  'editor-note': data.EditorNoteData,
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
  byline: v.optional(data.BylineData),
  body: list(Block),
  glossary: v.optional(list(data.GlossaryEntry)),
  notes: v.optional(list(data.EditorNoteData)),
  tags: v.optional(list(NonEmptyString)),
  canonicalUrl: v.optional(Url),
});

/**
 * The top level of an essay with its body left unchecked, so that `<essay-article>` can
 * check each block on its own and let a bad block degrade alone.
 */
export const EssayShell = object({ ...EssayData.entries, body: list(v.unknown()) });

export type Block = v.InferOutput<typeof Block>;
export type EssayData = v.InferOutput<typeof EssayData>;

/** Each element's data schema, by its tag: what its `data` property and its `<script type="application/json">` hold. */
export const ELEMENT_SCHEMAS = {
  ...BLOCK_DATA,
  'essay-byline': data.BylineData,
  'glossary-term': data.GlossaryEntry,
  'essay-article': EssayData,
} as const satisfies Record<ElementTag, v.GenericSchema>;

/** Each element's data schema, by the name used under `$defs` in the JSON Schema. */
export const definitions = {
  Person,
  Organization,
  Source,
  KeyPoint: data.KeyPoint,
  PullQuoteData: data.PullQuoteData,
  PrincipleListData: data.PrincipleListData,
  LeaderMeetingData: data.LeaderMeetingData,
  KeyPointsData: data.KeyPointsData,
  ScenarioListData: data.ScenarioListData,
  Initiative: data.Initiative,
  InitiativeBridgeData: data.InitiativeBridgeData,
  EventTimelineData: data.EventTimelineData,
  BylineData: data.BylineData,
  EditorNoteData: data.EditorNoteData,
  GlossaryEntry: data.GlossaryEntry,
  Block,
} as const;
