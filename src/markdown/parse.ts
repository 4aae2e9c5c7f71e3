/**
 * Essay Markdown to data: the file's structure (read.ts), checked by the same schema and
 * `validate` as JSON, with each error placed at its line.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { EssayData, ELEMENT_SCHEMAS } from '../schema/schema.js';
import { validate, type ValidationIssue } from '../schema/validate.js';
import { limitsWith, overLimits, textOverLimit, type Limits } from '../core/data/limits.js';
import { isRecord, overLimitsBeforeReading, readMarkdown, type MarkdownStructure } from './read.js';
import { lineOfPath, normalizeText, pathSegments, readYaml, yamlBudget, type MarkdownIssue } from './yaml.js';

/** How to read: `limits` raises (or lowers) the limits of docs/limits.md. */
export interface ParseOptions {
  limits?: Partial<Limits>;
}

/** The data, or every problem found, each with its line. */
export type MarkdownResult<T> = { ok: true; value: T } | { ok: false; errors: MarkdownIssue[] };

/** Each element's data schema, by its tag: what a single widget's YAML is checked against. */
export const WIDGET_SCHEMAS = ELEMENT_SCHEMAS;

export type WidgetTag = keyof typeof WIDGET_SCHEMAS;

/** The data of the element with this tag (`PullQuoteData` for `pull-quote`). */
export type WidgetData<T extends WidgetTag> = InferOutput<(typeof WIDGET_SCHEMAS)[T]>;

/** The issues in the order of the file, each once (a paragraph's `<b>` and `</b>` are one problem). */
function inFileOrder(issues: MarkdownIssue[]): MarkdownIssue[] {
  const seen = new Set<string>();
  const ordered: MarkdownIssue[] = [];
  for (const issue of issues.toSorted((a, b) => a.line - b.line)) {
    const key = `${issue.line}\n${issue.path}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ordered.push(issue);
  }
  return ordered;
}

/**
 * The limits to read with, and the answer for a text over `maxInputBytes`, checked before
 * anything else. The data read is not held to `maxInputBytes` again: it holds no more than
 * the text, with YAML's aliases expanded within the same limit (yaml.ts), and the fields
 * of each block.
 */
function limitsFor(text: string, options: ParseOptions) {
  const limits = limitsWith(options.limits);
  const message = textOverLimit(text, limits);
  const refused: MarkdownResult<never> | undefined = message
    ? { ok: false, errors: [{ line: 1, path: '', message }] }
    : undefined;
  return { limits, refused, forData: { ...limits, maxInputBytes: Infinity } };
}

/** The answer for input that broke the reader itself: no bad input may throw out of a parse function. */
function unreadable(error: unknown): MarkdownResult<never> {
  const cause = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [{ line: 1, path: '', message: `could not be read: ${cause}` }] };
}

/** What the front matter gives the essay. */
interface FrontMatterFields {
  fields: Record<string, unknown>;
  /** False when the front matter could not be read: its fields' errors would only repeat that. */
  placeable: boolean;
  issues: MarkdownIssue[];
}

function frontMatterFields(frontMatter: MarkdownStructure['frontMatter']): FrontMatterFields {
  if (!frontMatter) return { fields: {}, placeable: true, issues: [] };
  if (frontMatter.unreadable) return { fields: {}, placeable: false, issues: [] };
  const { value, source } = frontMatter;
  // Front matter with nothing in it is an essay without fields: the schema names what is missing.
  if (value === null) return { fields: {}, placeable: true, issues: [] };
  if (!isRecord(value)) {
    const message = "the front matter holds the essay's fields, one per line: title: …, dek: …";
    return { fields: {}, placeable: false, issues: [{ line: source.openingLine, path: '', message }] };
  }
  const { body, ...fields } = value;
  if (body === undefined) return { fields, placeable: true, issues: [] };
  const message = 'the body is the Markdown after the front matter, not a field of it';
  return { fields, placeable: true, issues: [{ line: lineOfPath(source, ['body']), path: 'body', message }] };
}

/**
 * The line of a validation error's path: in a block's fence, the line of the key or item
 * the path names; else the block's first line; in the front matter, the line of its key.
 * Undefined for an error that would only repeat one already reported (its YAML could not
 * be read).
 */
function lineOfError(
  path: string,
  structure: MarkdownStructure,
  frontMatterPlaceable: boolean,
): number | undefined {
  const segments = pathSegments(path);
  if (segments[0] === 'body' && typeof segments[1] === 'number') {
    const { yaml, line, unreadable } = structure.blocks[segments[1]];
    if (unreadable) return undefined;
    const below = segments.slice(2);
    const inYaml = yaml && yaml.root.every((key, i) => below[i] === key);
    return inYaml ? lineOfPath(yaml.source, below.slice(yaml.root.length)) : line;
  }
  if (!structure.frontMatter) return 1;
  return frontMatterPlaceable ? lineOfPath(structure.frontMatter.source, segments) : undefined;
}

/**
 * Reads an Essay Markdown file: YAML front matter with the essay's fields, then the body's
 * paragraphs, headings and fenced blocks. Gives the validated essay, or every problem with
 * its line and data path (`body[3].data.principles[0].name`), in the order of the file.
 * Input over a limit (docs/limits.md; `options.limits` raises them) is refused with a
 * message that names the limit, before the work it would cost. Never throws.
 */
export function parseEssayMarkdown(text: string, options: ParseOptions = {}): MarkdownResult<EssayData> {
  try {
    const { limits, refused, forData } = limitsFor(text, options);
    if (refused) return refused;
    const overBeforeReading = overLimitsBeforeReading(text, limits);
    if (overBeforeReading) return { ok: false, errors: [overBeforeReading] };
    const structure = readMarkdown(text, limits);
    const frontMatter = frontMatterFields(structure.frontMatter);
    const body = structure.blocks.map(({ block }) => block);
    const data = { ...frontMatter.fields, body };
    const over = overLimits(data, forData);
    const result = over ? { ok: false as const, errors: [over] } : validate(EssayData, data);
    const issues = [...structure.issues, ...frontMatter.issues];
    if (result.ok && !issues.length) return { ok: true, value: result.value };
    for (const error of result.ok ? [] : result.errors) {
      const line = lineOfError(error.path, structure, frontMatter.placeable);
      if (line !== undefined) issues.push({ line, path: error.path, message: error.message });
    }
    return { ok: false, errors: inFileOrder(issues) };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Reads one element's data written as YAML (the studio's single-widget mode): validated
 * against that element's schema, each problem with its line in `text` and its path
 * (`principles[0].name`). Never throws.
 */
export function parseWidgetYaml<T extends WidgetTag>(
  tag: T,
  text: string,
  options: ParseOptions = {},
): MarkdownResult<WidgetData<T>> {
  try {
    const { limits, refused, forData } = limitsFor(text, options);
    if (refused) return refused;
    if (!Object.hasOwn(WIDGET_SCHEMAS, tag)) {
      const known = Object.keys(WIDGET_SCHEMAS).join(', ');
      return {
        ok: false,
        errors: [{ line: 1, path: '', message: `unknown element "${tag}"; known: ${known}` }],
      };
    }
    const read = readYaml(normalizeText(text), 1, 1, '', yamlBudget(limits));
    if (read.issues.length) return { ok: false, errors: read.issues };
    const schema: GenericSchema = WIDGET_SCHEMAS[tag];
    const over = overLimits(read.value, forData);
    const result = over ? { ok: false as const, errors: [over] } : validate(schema, read.value);
    if (result.ok) return { ok: true, value: result.value as WidgetData<T> };
    const errors = result.errors.map(({ path, message }: ValidationIssue) => ({
      line: lineOfPath(read.source, pathSegments(path)),
      path,
      message,
    }));
    return { ok: false, errors: inFileOrder(errors) };
  } catch (error) {
    return unreadable(error);
  }
}
