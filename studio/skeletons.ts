/**
 * A skeleton of each block type: valid data with placeholder words, so that an editor starts
 * from a block that already renders and replaces the words, instead of writing YAML from memory.
 */
import { FENCE_TYPES, widgetToYaml } from '../src/markdown/index.js';
import type { WidgetData, WidgetTag } from '../src/markdown/index.js';

type BlockWidgetTag = Exclude<(typeof FENCE_TYPES)[number], 'paragraph' | 'heading'>;

/** What each widget block starts as. `satisfies` keeps every skeleton checked against its schema's type. */
export const WIDGET_SKELETONS = {
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
} satisfies { [T in BlockWidgetTag]: WidgetData<T> };

/** The two elements that are not blocks of an essay's body, for single-widget mode. */
export const OTHER_SKELETONS = {
  'essay-byline': {
    authors: [{ name: 'Author Name', role: 'Role', affiliation: 'Organization' }],
    publisher: { name: 'Publisher' },
    published: '2018',
  },
  'glossary-term': { term: 'Term', definition: 'What the term means.' },
} satisfies { [T in 'essay-byline' | 'glossary-term']: WidgetData<T> };

/** Every block the Insert menu offers, in the order of the menu, with a label for it. */
export const INSERTABLE_BLOCKS = [
  { type: 'paragraph', label: 'Paragraph' },
  { type: 'heading', label: 'Heading' },
  { type: 'pull-quote', label: 'Pull quote' },
  { type: 'principle-list', label: 'Principle list' },
  { type: 'leader-meeting', label: 'Leader meeting' },
  { type: 'key-points', label: 'Key points' },
  { type: 'scenario-list', label: 'Scenario list' },
  { type: 'initiative-bridge', label: 'Initiative bridge' },
  { type: 'event-timeline', label: 'Event timeline' },
  { type: 'editor-note', label: 'Editor note' },
] as const satisfies readonly { type: (typeof FENCE_TYPES)[number]; label: string }[];

export type InsertableBlock = (typeof INSERTABLE_BLOCKS)[number]['type'];

/** The Essay Markdown of a new block of `type`, without the blank lines that set it apart. */
export function blockSkeleton(type: InsertableBlock): string {
  switch (type) {
    case 'paragraph':
      return 'A new paragraph, with *emphasis*, **strong words** and [a link](https://example.com/).';
    case 'heading':
      return '## A new section';
    default:
      return `\`\`\`${type}\n${widgetToYaml(type, WIDGET_SKELETONS[type])}\`\`\``;
  }
}

/** The YAML an element's data starts as in single-widget mode when the seed essay has none. */
export function widgetSkeleton(tag: Exclude<WidgetTag, 'essay-article'>): string {
  if (tag === 'essay-byline' || tag === 'glossary-term') return widgetToYaml(tag, OTHER_SKELETONS[tag]);
  return widgetToYaml(tag, WIDGET_SKELETONS[tag]);
}
