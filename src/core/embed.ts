/**
 * The embed form that survives a CMS (docs/cms-embedding.md): the element, its data as JSON in
 * its `data-json` attribute, and its readable copy inside it as plain HTML. A sanitizer that
 * strips unknown tags leaves the copy, which reads as an article; one that keeps the element
 * and its attributes leaves everything the widget needs; none of them shows the attribute. No
 * `<script>` carries the data, so no sanitizer can leave its text on the page.
 */
import { scriptJson } from './script-json.js';

/** A line break that a blank line follows. */
const BEFORE_BLANK_LINE = /\n(?=[^\S\n]*\n)/g;

/**
 * HTML that Markdown processors pass through as it is. CommonMark (markdown-it, goldmark,
 * remark) ends an HTML block at a blank line and reads what follows as Markdown, so no line
 * may be blank. In text, such a line break is written as a character reference: the document
 * holds the same characters. Inside a tag, it is white space between attributes, and goes.
 * (Raw text, where a reference is not read, holds no line breaks here: inline JSON escapes
 * them, and styles are on one line. Attribute values hold no `>`: they are escaped.)
 */
export function withoutBlankLines(html: string): string {
  return html.replace(/<[^>]*>|[^<]+/g, (part) =>
    part.replace(BEFORE_BLANK_LINE, part.startsWith('<') ? '' : '&#10;'),
  );
}

/** The element `tag` with `data` in its `data-json` attribute and `copy` (its readable copy, as HTML) inside. */
export function embedElement(tag: string, data: unknown, copy: string): string {
  // The JSON's `<`, `>` and `&` are escaped already; a `"` would end the attribute.
  const json = scriptJson(data).replace(/"/g, '&quot;');
  // The opening tag alone on the first line: Markdown then takes the element as one HTML block.
  return withoutBlankLines(`<${tag} data-json="${json}">\n${copy.trim()}\n</${tag}>`);
}
