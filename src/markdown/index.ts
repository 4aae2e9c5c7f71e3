/**
 * Essay Markdown, the authoring format (docs/essay-markdown.md): YAML front matter with the
 * essay's fields, then paragraphs, headings and fenced blocks of YAML, one per widget.
 * The same code runs in browsers (the studio) and in Node (the CLI): it imports no Node
 * module and uses no Node global.
 *
 * ```js
 * import { parseEssayMarkdown, essayToMarkdown } from 'essay-widgets/markdown';
 * const result = parseEssayMarkdown(text);
 * if (result.ok) render(result.value);
 * else for (const error of result.errors) console.log(formatMarkdownIssue('essay.md', error));
 * ```
 */
import type { MarkdownIssue } from './yaml.js';

export { parseEssayMarkdown, parseWidgetYaml, WIDGET_SCHEMAS } from './parse.js';
export type { MarkdownResult, ParseOptions, WidgetData, WidgetTag } from './parse.js';
export { DEFAULT_LIMITS, type Limits } from '../core/data/limits.js';
export { FENCE_TYPES, WIDGET_BLOCK_TYPES } from './read.js';
export { essayToMarkdown, widgetToYaml } from './write.js';
export type { MarkdownIssue };

/** `essay.md:42: body[3].data.principles[0].name: expected a non-empty string` (a problem without a path has none). */
export function formatMarkdownIssue(file: string, { line, path, message }: MarkdownIssue): string {
  return path ? `${file}:${line}: ${path}: ${message}` : `${file}:${line}: ${message}`;
}
