/**
 * The vocabulary of essay-widgets, written once: every element and every kind of block. The
 * schema's block types, the Markdown fences, `<essay-article>`'s tag map, the element map,
 * the React components, server rendering's tags, the studio's menus and the package's entry
 * files all come from these lists, or are checked against them (test/node/registry.test.mjs).
 *
 * An element `<tag>` is the class `PascalCase(tag)` (`<pull-quote>` is `PullQuote`), in
 * `src/elements/<tag>/<tag>.ts`, defined by the entry `src/<tag>.ts` (`essay-widgets/<tag>.js`).
 * Its data's schema is `ELEMENT_SCHEMAS[tag]` in `src/schema/schema.ts`.
 */

/**
 * The elements whose data an essay's body holds as a block of the same type,
 * `{ type: 'pull-quote', data }`, in the order of the studio's Insert menu.
 */
export const BLOCK_ELEMENTS = [
  'pull-quote',
  'principle-list',
  'leader-meeting',
  'key-points',
  'scenario-list',
  'initiative-bridge',
  'event-timeline',
  'editor-note',
] as const;

/** The elements that are parts of an essay but no block of its body, and the essay itself. */
export const PART_ELEMENTS = ['essay-byline', 'glossary-term', 'essay-article'] as const;

/** Every element's tag. */
export const ELEMENT_TAGS = [...BLOCK_ELEMENTS, ...PART_ELEMENTS] as const;

/** The blocks of text, which `<essay-article>` renders itself: `{ type: 'paragraph', text }`. */
export const TEXT_BLOCKS = ['paragraph', 'heading'] as const;

/** Every type a block of an essay's body may have. */
export const BLOCK_TYPES = [...TEXT_BLOCKS, ...BLOCK_ELEMENTS] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
export type BlockElementTag = (typeof BLOCK_ELEMENTS)[number];
export type BlockType = (typeof BLOCK_TYPES)[number];

/** `pull-quote` → `PullQuote`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The name of the class of the element `tag`: `PullQuote` for `pull-quote`. */
export const className = <T extends string>(tag: T) =>
  tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()) as PascalCase<T>;
