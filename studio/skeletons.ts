/**
 * A skeleton of each block type: valid data with placeholder words, so that an editor starts
 * from a block that already renders and replaces the words, instead of writing YAML from memory.
 */
import { widgetToYaml } from '../src/markdown/index.js';
import type { WidgetData } from '../src/markdown/index.js';
import { BLOCK_TYPES, ELEMENT_TAGS, type BlockType, type ElementTag } from '../src/registry.js';

/** What the studio calls each element and each block type, in its menus. */
export const LABELS = {
  paragraph: 'Paragraph',
  heading: 'Heading',
  'pull-quote': 'Pull quote',
  'principle-list': 'Principle list',
  'leader-meeting': 'Leader meeting',
  'key-points': 'Key points',
  'scenario-list': 'Scenario list',
  'initiative-bridge': 'Initiative bridge',
  'event-timeline': 'Event timeline',
  'editor-note': 'Editor note',
  'essay-byline': 'Byline',
  'glossary-term': 'Glossary term',
  'essay-article': 'Essay',
} satisfies Record<BlockType | ElementTag, string>;

/** The elements single-widget mode offers: all but the essay, which is the studio's own mode. */
export type SkeletonTag = Exclude<ElementTag, 'essay-article'>;

/**
 * What each element's data starts as, in single-widget mode and as a block of an essay.
 * `satisfies` keeps every skeleton checked against its schema's type.
 */
export const SKELETONS = {
  'pull-quote': {
    text: 'The words quoted, as they were said or written.',
    speaker: { name: 'Speaker Name', role: 'Role', affiliation: 'Organization' },
    date: '2018',
    source: { title: 'Where it was said', url: 'https://example.com/' },
  },
  'principle-list': {
    title: 'Name of the principles',
    advocate: { name: 'Organization that advocates them' },
    principles: [
      { name: 'First principle', description: 'What it means.' },
      { name: 'Second principle', description: 'What it means.' },
    ],
  },
  'leader-meeting': {
    participants: [
      { name: 'First Leader', role: 'President', country: 'CN' },
      { name: 'Second Leader', role: 'President', country: 'RU' },
    ],
    date: '2018-07-26',
    occasion: 'Summit',
    location: { city: 'Johannesburg', country: 'ZA' },
    summary: 'What the leaders discussed.',
    topics: ['A topic'],
    outcomes: ['An outcome'],
  },
  'key-points': {
    title: 'Title of the points',
    points: [
      { heading: 'First point', body: 'Why it matters.' },
      { heading: 'Second point', body: 'Why it matters.' },
    ],
  },
  'scenario-list': {
    title: 'Title of the scenarios',
    question: 'The question they answer?',
    scenarios: [
      { question: 'First path?', verdict: 'likely', reasoning: 'Why.' },
      { question: 'Second path?', verdict: 'unlikely', reasoning: 'Why not.' },
    ],
  },
  'initiative-bridge': {
    title: 'Title of the link',
    relation: 'conjunction',
    facilitator: { name: 'Organization that links them' },
    initiatives: [
      { name: 'First initiative', advocate: 'First advocate', country: 'CN' },
      { name: 'Second initiative', advocate: 'Second advocate', country: 'RU' },
    ],
  },
  'event-timeline': {
    title: 'Title of the timeline',
    events: [
      { date: '2018-05-24', title: 'First event', body: 'What happened.' },
      { date: '2018-06-08', title: 'Second event', body: 'What happened.' },
    ],
  },
  'editor-note': { kind: 'note', text: 'A note from the editors.' },
  'essay-byline': {
    authors: [{ name: 'Author Name', role: 'Role', affiliation: 'Organization' }],
    publisher: { name: 'Publisher' },
    published: '2018',
  },
  'glossary-term': { term: 'Term', definition: 'What the term means.' },
} satisfies { [T in SkeletonTag]: WidgetData<T> };

/** The elements single-widget mode offers, in the order of its menu. */
export const SKELETON_TAGS = ELEMENT_TAGS.filter((tag): tag is SkeletonTag => tag !== 'essay-article');

/** Every block the Insert menu offers, in the order of the menu. */
export const INSERTABLE_BLOCKS = BLOCK_TYPES;

export type InsertableBlock = BlockType;

/** The Essay Markdown of a new block of `type`, without the blank lines that set it apart. */
export function blockSkeleton(type: InsertableBlock): string {
  switch (type) {
    case 'paragraph':
      return 'A new paragraph, with *emphasis*, **strong words** and [a link](https://example.com/).';
    case 'heading':
      return '## A new section';
    default:
      return `\`\`\`${type}\n${widgetToYaml(type, SKELETONS[type])}\`\`\``;
  }
}

/** The YAML an element's data starts as in single-widget mode when the seed essay has none. */
export function widgetSkeleton(tag: SkeletonTag): string {
  return widgetToYaml(tag, SKELETONS[tag]);
}
