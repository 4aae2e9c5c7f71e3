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
import type {
  Code as CharacterCode,
  Effects,
  Extension as SyntaxExtension,
  State,
} from 'micromark-util-types';
import { limitsWith, overLimit, type Limits } from '../core/data/limits.js';
import { BLOCK_ELEMENTS, TEXT_BLOCKS, type BlockType } from '../registry.js';
import {
  lineOverLimits,
  normalizeText,
  readYaml,
  yamlBudget,
  type MarkdownIssue,
  type YamlBudget,
  type YamlSource,
} from './yaml.js';

export type { BlockType };

/** The block types whose data a fence holds as YAML: `pull-quote`, `principle-list`… */
export const WIDGET_BLOCK_TYPES: readonly BlockType[] = BLOCK_ELEMENTS;

/**
 * Every info string a fence may have: a widget's block type, or `paragraph` / `heading` for
 * a text that Markdown cannot hold as it is (see `essayToMarkdown`).
 */
export const FENCE_TYPES: readonly BlockType[] = [...BLOCK_ELEMENTS, ...TEXT_BLOCKS];

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

/**
 * `[[term]]` as RichText reads it (up to the first `]]`, its term neither blank nor holding
 * `[`, `]` or a line break), read as text: Markdown would take each bracket for the start of
 * a link label, and search back through all of them at each `]`, which grows with the
 * square of their number.
 */
const glossaryTerm = {
  name: 'glossaryTerm',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let blank = true;
    const inside = (code: CharacterCode): State | undefined => {
      // Line endings are the codes below -2; -2 and -1 are a tab and its columns.
      if (code === null || code === 91 || code < -2) return nok(code);
      if (code === 93) {
        effects.consume(code);
        return close;
      }
      if (code > 32) blank = false;
      effects.consume(code);
      return inside;
    };
    const close = (code: CharacterCode): State | undefined => {
      if (code !== 93 || blank) return nok(code);
      effects.consume(code);
      effects.exit('data');
      return ok;
    };
    const second = (code: CharacterCode): State | undefined => {
      if (code !== 91) return nok(code);
      effects.consume(code);
      return inside;
    };
    return (code: CharacterCode) => {
      effects.enter('data');
      effects.consume(code);
      return second;
    };
  },
};

/**
 * Markdown as Essay Markdown reads it. Lists and block quotes are not part of it and are
 * not read as such (Markdown's reader takes time that grows with the square of their
 * number): their lines are paragraph lines, which `containerLines` finds.
 */
const ESSAY_SYNTAX: SyntaxExtension[] = [
  frontmatter(['yaml']),
  { disable: { null: ['list', 'blockQuote'] } },
  { text: { 91: glossaryTerm } },
];

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
    extensions: ESSAY_SYNTAX,
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

/** The file's text and tokens, the index the next block will have in `body`, what its YAML may still take. */
interface Context {
  text: string;
  tokens: Tokens;
  index: number;
  budget: YamlBudget;
}

/**
 * The first line of a paragraph that Markdown would read as a list item or a block quote,
 * and which: a line that starts with `>`, the first line with a list marker, a later line
 * with one that can interrupt a paragraph (`-`, `+`, `*` or `1.`, followed by text).
 */
function containerLine(paragraph: string): { index: number; message: string } | undefined {
  const lines = paragraph.split('\n');
  for (const [index, line] of lines.entries()) {
    if (/^ {0,3}>/.test(line)) return { index, message: NOT_A_BLOCK.blockquote! };
    const marker = index ? /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/ : /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
    if (marker.test(line)) return { index, message: NOT_A_BLOCK.list! };
  }
  return undefined;
}

function readParagraph(node: Paragraph, { text, tokens, index }: Context): Read {
  const [start, end] = span(node);
  // A list or quote is no block (Markdown would not read it as a paragraph): its line is the problem.
  const container = containerLine(text.slice(start, end));
  if (container)
    return { issues: [{ line: lineOf(node) + container.index, path: '', message: container.message }] };
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

function readFence(node: Code, { tokens, index, budget }: Context): Read {
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
  const path = widget ? `body[${index}].data` : `body[${index}]`;
  const read = readYaml(yamlText(node), line + 1, line, path, budget);
  issues.push(...read.issues);
  const fields = isRecord(read.value) ? read.value : {};
  // The fence names the type, whatever the YAML holds.
  const block = widget ? { type, data: read.value } : { ...fields, type };
  const yaml = { source: read.source, root: widget ? ['data'] : [] };
  return { block: { block, line, yaml, unreadable: read.issues.length > 0 }, issues };
}

/** A line that is a block on its own: an ATX heading or a thematic break. */
const ONE_LINE_BLOCK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|([-*_])[ \t]*(?:\1[ \t]*){2,}$)/;
const FENCE_OPENING = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)/;

/** The YAML between `lines[from]` and the line before `to`, with their file's lines over a limit. */
function yamlOverLimits(
  lines: string[],
  from: number,
  to: number,
  indent: number,
  path: string,
  limits: Limits,
): MarkdownIssue | undefined {
  // A fence's content loses the spaces its opening line is indented by, as Markdown reads it.
  const unindent = new RegExp(`^ {0,${indent}}`);
  const yaml = lines.slice(from, to).map((line) => line.replace(unindent, ''));
  const over = lineOverLimits(`${yaml.join('\n')}\n`, limits);
  return over && { line: from + over.line, path, message: over.message };
}

/**
 * The first block over `limits.maxItems`, text over `limits.maxStringLength`, or YAML
 * nested too deep or with a list too long, found in one pass over the lines before
 * Markdown's reader, whose time per block and per line is far above that of this pass.
 * Blocks are counted as they start (a line after a blank one, a fence, a heading, a
 * thematic break) outside fences and the front matter, and a run of lines as the text a
 * paragraph of them would hold: never more than the reader finds in an Essay Markdown
 * file, so that nothing it accepts is refused here.
 */
export function overLimitsBeforeReading(file: string, limits: Limits): MarkdownIssue | undefined {
  const lines = normalizeText(file).split('\n');
  let index = 0;
  if (/^---[ \t]*$/.test(lines[0])) {
    index = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) + 1;
    // Front matter that is never closed is reported by the reader.
    if (index === 0) return undefined;
    const over = yamlOverLimits(lines, 1, index - 1, 0, '', limits);
    if (over) return over;
  }
  let blocks = 0;
  let run = 0;
  for (let previousBlank = true; index < lines.length; index++) {
    const line = lines[index];
    const blank = !line.trim();
    const opening = FENCE_OPENING.exec(line);
    const alone = opening !== null || ONE_LINE_BLOCK.test(line);
    if (!blank && (previousBlank || alone)) blocks++;
    if (blocks > limits.maxItems) {
      return {
        line: index + 1,
        path: '',
        message: overLimit(`more than ${limits.maxItems} blocks`, 'maxItems'),
      };
    }
    run = blank || alone ? 0 : run + line.replace(/^[ \t]+|[ \t]+$/g, '').length + 1;
    if (run > limits.maxStringLength + 1) {
      const message = overLimit(
        `a paragraph longer than ${limits.maxStringLength} characters`,
        'maxStringLength',
      );
      return { line: index + 1, path: '', message };
    }
    if (opening) {
      const [, indent, sequence, type] = opening;
      let end = index + 1;
      while (end < lines.length && !lines[end].trimStart().startsWith(sequence)) end++;
      if (FENCE_TYPES.some((fenceType) => fenceType === type)) {
        const widget = WIDGET_BLOCK_TYPES.some((widgetType) => widgetType === type);
        const path = widget ? `body[${blocks - 1}].data` : `body[${blocks - 1}]`;
        const over = yamlOverLimits(lines, index + 1, end, indent.length, path, limits);
        if (over) return over;
      }
      index = end;
    }
    previousBlank = blank;
  }
  return undefined;
}

const FRONT_MATTER_NEVER_CLOSED = 'front matter opened at line 1 is never closed (a line `---` ends it)';

/**
 * Reads an Essay Markdown file into its front matter and blocks, and lists what is not
 * Essay Markdown. Nothing is validated here but the Markdown itself, the YAML syntax and
 * the limits of docs/limits.md that YAML and the number of blocks are held to (the size of
 * the file is checked before, the rest with the data).
 */
export function readMarkdown(file: string, limits: Limits = limitsWith()): MarkdownStructure {
  const text = normalizeText(file);
  const structure: MarkdownStructure = { blocks: [], issues: [] };
  const { tree, tokens } = parseMarkdown(text);
  const budget = yamlBudget(limits);
  // `---` at the top that nothing closes: Markdown reads a thematic break, the author meant front matter.
  if (/^---[ \t]*(?:\n|$)/.test(text) && tree.children[0]?.type !== 'yaml') {
    const { source } = readYaml('', 2, 1, '');
    structure.frontMatter = { value: undefined, source, unreadable: true };
    structure.issues.push({ line: 1, path: '', message: FRONT_MATTER_NEVER_CLOSED });
    return structure;
  }
  // Each block, or construct that is none, is one more: a file of 500,000 `***` is no essay either.
  let count = 0;
  for (const node of tree.children) {
    const context = { text, tokens, index: structure.blocks.length, budget };
    if (node.type !== 'yaml' && ++count > limits.maxItems) {
      const message = overLimit(`more than ${limits.maxItems} blocks`, 'maxItems');
      structure.issues.push({ line: lineOf(node), path: '', message });
      break;
    }
    let read: Read;
    if (node.type === 'yaml') {
      // Only the file's first lines can be front matter: micromark reads no other.
      const line = lineOf(node);
      const yaml = readYaml(yamlText(node), line + 1, line, '', budget);
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
