/**
 * The structure of an Essay Markdown file, read with micromark (through mdast) before any
 * validation: the front matter, the body's blocks in order, and each construct that is not
 * Essay Markdown, at its line.
 *
 * Paragraph and heading text is taken as written, not rebuilt from the syntax tree: RichText
 * is Markdown's own inline syntax (`*em*`, `**strong**`, `[label](https://…)`, backslash
 * escapes), so the text an editor writes is already the RichText string. What the tree is
 * for is to find the Markdown that RichText would read differently (a code span, HTML,
 * `_em_`, `&amp;`…) and say so, instead of showing it otherwise than the editor saw it.
 */
import type { Code, Heading, Nodes, Paragraph, PhrasingContent, RootContent, Yaml } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { BLOCK_TYPES } from '../schema/schema.js';
import { normalizeText, readYaml, type MarkdownIssue, type YamlSource } from './yaml.js';

export type BlockType = (typeof BLOCK_TYPES)[number];

/** The block types whose data a fence holds as YAML: `pull-quote`, `principle-list`… */
export const WIDGET_BLOCK_TYPES = BLOCK_TYPES.filter((type) => type !== 'paragraph' && type !== 'heading');

/**
 * Every info string a fence may have: a widget's block type, or `paragraph` / `heading` for
 * a text that Markdown cannot hold as it is (see `essayToMarkdown`).
 */
export const FENCE_TYPES: readonly BlockType[] = [...WIDGET_BLOCK_TYPES, 'paragraph', 'heading'];

/** A block of the body as read, not yet validated, with what locating its errors needs. */
export interface SourceBlock {
  /** `{ type, text }` for a paragraph or heading, `{ type, data }` for a widget. */
  block: { type: BlockType; [field: string]: unknown };
  /** The block's first line. */
  line: number;
  /**
   * A fence's YAML, and the path (below `body[i]`) that its root stands for: `['data']` for
   * a widget, none for a paragraph or heading fence, whose YAML is the block's own `text:`.
   */
  yaml?: { source: YamlSource; root: string[] };
  /** The fence could not be read (invalid YAML, never closed): its data is not checked further. */
  unreadable: boolean;
}

export interface MarkdownStructure {
  /** The YAML between the `---` lines at the top, if the file starts with them. */
  frontMatter?: { value: unknown; source: YamlSource; unreadable: boolean };
  blocks: SourceBlock[];
  issues: MarkdownIssue[];
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const USE_A_LINK = 'write [label](https://…)';

/** What a block-level construct that is not Essay Markdown is, and what to write instead. */
const NOT_A_BLOCK: Partial<Record<RootContent['type'], string>> = {
  list: 'a list is not part of Essay Markdown: key-points, principle-list and scenario-list fences hold lists',
  blockquote: 'a block quote is not part of Essay Markdown: a pull-quote fence holds a quotation',
  thematicBreak:
    'a thematic break (---) is not part of Essay Markdown; front matter is only at the very top of the file, between two lines of ---',
  html: 'HTML is not part of Essay Markdown (write \\< for a literal "<" at the start of a paragraph)',
  definition: `a link reference definition is not part of Essay Markdown: ${USE_A_LINK} in the text`,
  image: 'an image is not part of Essay Markdown',
};

const LEVEL_ONE_HEADING =
  'a level-1 heading is not part of the body: the essay\'s title is "title:" in the front matter, and headings are ## to ######';
const INDENTED_CODE =
  'an indented code block is not part of Essay Markdown (a paragraph starts at the left margin; a fence holds a widget)';
const NEVER_CLOSED = 'this fence is never closed: end it with a line of the backticks that open it';
const HEADING_NOT_PLAIN =
  'a heading is plain text: emphasis, links, code, HTML, escapes and character references are not read in it (a heading fence holds any text)';

/** The inline Markdown that RichText would not read as Markdown does. */
const NOT_RICH_TEXT = {
  image: 'an image is not part of Essay Markdown',
  imageReference: 'an image is not part of Essay Markdown',
  html: 'inline HTML is not part of Essay Markdown (write \\< for a literal "<")',
  inlineCode: 'a code span is not part of Essay Markdown (write \\` for a literal backtick)',
  linkReference: `a reference link is not part of Essay Markdown: ${USE_A_LINK}`,
  autolink: `an autolink <…> is not part of Essay Markdown: ${USE_A_LINK}`,
  linkTitle: `a link title is not part of Essay Markdown: ${USE_A_LINK}`,
  underscore: 'emphasis is written *em* or **strong** (write \\_ for a literal underscore)',
  characterReference:
    'a character reference (&amp;, &#8212;…) is not part of Essay Markdown: write the character itself (or \\& for a literal "&")',
  other: 'this Markdown is not part of Essay Markdown',
} as const;

/** A paragraph's or heading's text as written: its lines, without the spaces and tabs Markdown strips around each, joined by one space. */
function writtenText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join(' ');
}

/** Where in the source micromark saw what the syntax tree does not keep. */
interface Tokens {
  /** The number of fence sequences (``` or ~~~) of each code block: 0 indented, 1 never closed, 2 closed. */
  fenceSequences: WeakMap<object, number>;
  /** Where each character reference (`&amp;`) is. */
  characterReferences: { offset: number; line: number }[];
}

/** Reads the syntax tree, noting the tokens of `Tokens` as they pass. */
function parseMarkdown(text: string) {
  const tokens: Tokens = { fenceSequences: new WeakMap(), characterReferences: [] };
  // Handlers for token types that mdast itself does not handle on entry, so nothing is replaced.
  const noteTokens: Extension = {
    enter: {
      codeFencedFenceSequence(this: CompileContext) {
        // The closing fence comes while the code's content is buffered above it on the stack.
        const code = this.stack.findLast((node) => node.type === 'code');
        if (code) tokens.fenceSequences.set(code, (tokens.fenceSequences.get(code) ?? 0) + 1);
      },
      characterReferenceValue(this: CompileContext, token: Token) {
        tokens.characterReferences.push({ offset: token.start.offset, line: token.start.line });
      },
    },
  };
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), noteTokens],
  });
  return { tree, tokens };
}

/** The offsets a node spans in the source. */
const span = (node: Nodes): [number, number] => [
  node.position?.start.offset ?? 0,
  node.position?.end.offset ?? 0,
];
const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

/** Each inline construct of a paragraph that RichText would read otherwise, with its line. */
function inlineProblems(children: PhrasingContent[], text: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const node of children) {
    const [start] = span(node);
    let message: string | undefined;
    if (node.type === 'emphasis' || node.type === 'strong') {
      if (text[start] === '_') message = NOT_RICH_TEXT.underscore;
    } else if (node.type === 'link') {
      if (text[start] === '<') message = NOT_RICH_TEXT.autolink;
      else if (node.title != null) message = NOT_RICH_TEXT.linkTitle;
    } else if (node.type in NOT_RICH_TEXT) {
      message = NOT_RICH_TEXT[node.type as keyof typeof NOT_RICH_TEXT];
    } else if (node.type !== 'text' && node.type !== 'break') {
      message = NOT_RICH_TEXT.other;
    }
    if (message) problems.push({ line: lineOf(node), message });
    if ('children' in node && !message) problems.push(...inlineProblems(node.children, text));
  }
  return problems;
}

/** What reading one node of the body gives: a block (or none), and its problems. */
interface Read {
  block?: SourceBlock;
  issues: MarkdownIssue[];
}

/** The file's text and tokens, and the index the next block will have in `body`. */
interface Context {
  text: string;
  tokens: Tokens;
  index: number;
}

function readParagraph(node: Paragraph, { text, tokens, index }: Context): Read {
  const [start, end] = span(node);
  const block: SourceBlock = {
    block: { type: 'paragraph', text: writtenText(text.slice(start, end)) },
    line: lineOf(node),
    unreadable: false,
  };
  const problems = inlineProblems(node.children, text);
  const reference = tokens.characterReferences.find(({ offset }) => offset >= start && offset < end);
  if (reference) problems.push({ line: reference.line, message: NOT_RICH_TEXT.characterReference });
  return { block, issues: problems.map((problem) => ({ ...problem, path: `body[${index}].text` })) };
}

function readHeading(node: Heading, { text, index }: Context): Read {
  const line = lineOf(node);
  if (node.depth === 1) return { issues: [{ line, path: '', message: LEVEL_ONE_HEADING }] };
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const written = first ? writtenText(text.slice(span(first)[0], span(last)[1])) : '';
  const block: SourceBlock = { block: { type: 'heading', text: written }, line, unreadable: false };
  // Plain text only: the text as written must be the text Markdown reads.
  const texts = node.children.flatMap((child) => (child.type === 'text' ? [child.value] : []));
  const plain = texts.length === node.children.length && writtenText(texts.join('')) === written;
  return { block, issues: plain ? [] : [{ line, path: `body[${index}].text`, message: HEADING_NOT_PLAIN }] };
}

/**
 * The YAML text between a fence's lines (or the front matter's), each line with its line
 * break: mdast's value leaves out the last one, which a block scalar that keeps its final
 * line breaks (`|+`) needs.
 */
const yamlText = (node: Code | Yaml) => `${node.value}\n`;

function readFence(node: Code, { tokens, index }: Context): Read {
  const line = lineOf(node);
  const sequences = tokens.fenceSequences.get(node) ?? 0;
  if (sequences === 0) return { issues: [{ line, path: '', message: INDENTED_CODE }] };
  const type = FENCE_TYPES.find((fenceType) => fenceType === node.lang);
  if (!type) {
    const message = node.lang
      ? `unknown block type "${node.lang}": expected one of ${quoted(FENCE_TYPES)}`
      : `a fence needs a block type after its backticks: one of ${quoted(FENCE_TYPES)}`;
    return { issues: [{ line, path: '', message }] };
  }
  const issues: MarkdownIssue[] = [];
  if (node.meta)
    issues.push({ line, path: '', message: `unexpected "${node.meta}" after the block type "${type}"` });
  if (sequences === 1) {
    issues.push({ line, path: '', message: NEVER_CLOSED });
    return { block: { block: { type }, line, unreadable: true }, issues };
  }
  // A widget's fence holds its data; a paragraph's or heading's, the block's own fields.
  const widget = WIDGET_BLOCK_TYPES.some((widgetType) => widgetType === type);
  const read = readYaml(yamlText(node), line + 1, line, widget ? `body[${index}].data` : `body[${index}]`);
  issues.push(...read.issues);
  const fields = isRecord(read.value) ? read.value : {};
  // The fence names the type, whatever the YAML holds.
  const block = widget ? { type, data: read.value } : { ...fields, type };
  const yaml = { source: read.source, root: widget ? ['data'] : [] };
  return { block: { block, line, yaml, unreadable: read.issues.length > 0 }, issues };
}

/**
 * Reads an Essay Markdown file into its front matter and blocks, and lists what is not
 * Essay Markdown. Nothing is validated here but the Markdown itself and the YAML syntax.
 */
export function readMarkdown(file: string): MarkdownStructure {
  const text = normalizeText(file);
  const { tree, tokens } = parseMarkdown(text);
  const structure: MarkdownStructure = { blocks: [], issues: [] };
  for (const node of tree.children) {
    const context = { text, tokens, index: structure.blocks.length };
    let read: Read;
    if (node.type === 'yaml') {
      // Only the file's first lines can be front matter: micromark reads no other.
      const line = lineOf(node);
      const yaml = readYaml(yamlText(node), line + 1, line, '');
      structure.frontMatter = { value: yaml.value, source: yaml.source, unreadable: yaml.issues.length > 0 };
      read = { issues: yaml.issues };
    } else if (node.type === 'paragraph') {
      read = readParagraph(node, context);
    } else if (node.type === 'heading') {
      read = readHeading(node, context);
    } else if (node.type === 'code') {
      read = readFence(node, context);
    } else {
      read = {
        issues: [{ line: lineOf(node), path: '', message: NOT_A_BLOCK[node.type] ?? NOT_RICH_TEXT.other }],
      };
    }
    if (read.block) structure.blocks.push(read.block);
    structure.issues.push(...read.issues);
  }
  return structure;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
