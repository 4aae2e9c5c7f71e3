/**
 * Data to Essay Markdown, written the way an editor would write it: front matter with the
 * essay's fields in reading order, paragraphs as paragraphs, `##` headings, and each widget
 * as a fence of YAML. Importing what this writes gives the same data.
 */
import type { GenericSchema } from 'valibot';
import { EssayData, type Block } from '../schema/schema.js';
import { validate } from '../schema/validate.js';
import { WIDGET_SCHEMAS, type WidgetData, type WidgetTag } from './parse.js';
import { readMarkdown } from './read.js';
import { writeYaml } from './yaml.js';

/** The front matter's fields in the order a reader wants them: what the essay is, who wrote it, then the lists. */
const FRONT_MATTER_ORDER: readonly Exclude<keyof EssayData, 'body'>[] = [
  'title',
  'dek',
  'lang',
  'byline',
  'tags',
  'canonicalUrl',
  'notes',
  'glossary',
];

/**
 * A fence of `type` around `yaml`. Its backticks outnumber any run of backticks in the YAML,
 * so that no line of it can close the fence.
 */
function fence(type: string, yaml: string): string {
  const longestRun = Math.max(0, ...(yaml.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(Math.max(3, longestRun + 1));
  return `${marks}${type}\n${yaml}${marks}`;
}

/**
 * True when `markdown`, read on its own, is exactly one block of `type` with this `text` and
 * nothing Essay Markdown refuses. The reader is the judge: a text that starts like a list,
 * a quote or a fence, has edge spaces or a line break, or holds HTML or a code span, fails.
 * Blocks are separated by blank lines, after which Markdown starts afresh, so a block that
 * reads right alone reads right in the file.
 */
function readsAs(markdown: string, type: 'paragraph' | 'heading', text: string): boolean {
  const { frontMatter, blocks, issues } = readMarkdown(markdown);
  return (
    !frontMatter &&
    !issues.length &&
    blocks.length === 1 &&
    blocks[0].block.type === type &&
    blocks[0].block.text === text
  );
}

function writeBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      // A text Markdown cannot hold as a paragraph goes in a fence, as YAML, which can hold any.
      return readsAs(block.text, 'paragraph', block.text)
        ? block.text
        : fence('paragraph', writeYaml({ text: block.text }));
    case 'heading': {
      const atx = `## ${block.text}`;
      return readsAs(atx, 'heading', block.text) ? atx : fence('heading', writeYaml({ text: block.text }));
    }
    default:
      return fence(block.type, writeYaml(block.data));
  }
}

/**
 * The data as validated: the schema's key order (the order of the docs) and no unknown
 * fields. Only valid data has a Markdown form that reads back as the same data, so other
 * data is refused with its first problem rather than written in part.
 */
function validated<T>(schema: GenericSchema<unknown, T>, data: unknown, what: string): T {
  const checked = validate(schema, data);
  if (checked.ok) return checked.value;
  const [{ path, message }] = checked.errors;
  throw new TypeError(`essay-widgets: not a valid ${what}: ${path ? `${path}: ` : ''}${message}`);
}

/**
 * Writes an essay as Essay Markdown. For every valid essay, `parseEssayMarkdown` of the
 * result gives the same data; an essay that is not valid throws a TypeError naming its
 * first problem (`parseEssayMarkdown`, `validate` and the CLI name them all).
 */
export function essayToMarkdown(essay: EssayData): string {
  const { body, ...fields } = validated(EssayData, essay, 'essay');
  const frontMatter: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_ORDER) {
    if (fields[key] !== undefined) frontMatter[key] = fields[key];
  }
  const parts = [`---\n${writeYaml(frontMatter, ['tags'])}---`];
  for (const block of body) parts.push(writeBlock(block));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes one element's data as YAML, as a fence of Essay Markdown holds it (for the studio's
 * single-widget mode); `parseWidgetYaml(tag, …)` reads it back. Data that is not valid for
 * the element throws a TypeError naming its first problem.
 */
export function widgetToYaml<T extends WidgetTag>(tag: T, data: WidgetData<T>): string {
  if (!Object.hasOwn(WIDGET_SCHEMAS, tag)) throw new TypeError(`essay-widgets: unknown element "${tag}"`);
  const schema: GenericSchema = WIDGET_SCHEMAS[tag];
  return writeYaml(validated(schema, data, `<${tag}>`), tag === 'essay-article' ? ['tags'] : []);
}
