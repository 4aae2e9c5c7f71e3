/**
 * The embed form that survives a CMS (docs/cms-embedding.md): the element, its data as JSON in
 * its `data-json` attribute, and its readable copy inside it as plain HTML. A sanitizer that
 * strips unknown tags leaves the copy, which reads as an article; one that keeps the element
 * and its attributes leaves everything the widget needs; none of them shows the attribute. No
 * `<script>` carries the data, so no sanitizer can leave its text on the page.
 */
import { escapeAttribute, escapeText } from './readable.js';
import type { EssayData } from '../../schema/schema.js';
import { scriptJson } from '../data/script-json.js';

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

/** A file an embed page loads: its address and its integrity value. */
export interface PageFile {
  src: string;
  integrity: string;
}

/** An embed page: where it is published, what it is called, and the files it loads. */
export interface EmbedPageOptions {
  /** The page's address once published (absolute): its oEmbed file is beside it. */
  url: string;
  /** The essay's or the widget's title, as plain text. */
  title: string;
  lang?: string;
  /** The library's bundle (a module) and the frame script (`essay-widgets.frame.js`). */
  bundle: PageFile;
  frame: PageFile;
}

/** The name of the oEmbed file beside an embed page. */
export const OEMBED_FILE = 'oembed.json';

/** The frame's size before its page has told its height: oEmbed's `width` and `height`. */
export const FRAME_SIZE = { width: 640, height: 800 } as const;

/** The address of the oEmbed file of the embed page at `url`. */
export const oEmbedUrl = (url: string) => new URL(OEMBED_FILE, url).href;

/** The page's own styles: no margins, no background (the frame shows the page around it), and type for what the widgets inherit. */
const EMBED_PAGE_STYLE = [
  'html { background: transparent; }',
  "body { margin: 0; display: flow-root; font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; color: #1d1b19; }",
  'body > :first-child { margin-block-start: 0; }',
  'body > :last-child { margin-block-end: 0; }',
  // The essay holds the screen while its body renders; in a frame as tall as its page, that
  // would make the page as tall as the frame, and the frame taller, without end.
  'essay-article::part(body) { min-block-size: 0; }',
].join('\n');

const script = ({ src, integrity }: PageFile, type: 'module' | 'classic') =>
  `<script${type === 'module' ? ' type="module"' : ' async'} src="${escapeAttribute(src)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>`;

/**
 * A page that holds `fragment` (an element in the embed form, `embedElement`) and nothing else,
 * for an iframe: oEmbed discovery in its head, the bundle, and the frame script that tells the
 * framing page its height. It reads as the readable copy where no script runs.
 */
export function embedPage(fragment: string, { url, title, lang, bundle, frame }: EmbedPageOptions): string {
  return `<!doctype html>
<html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oEmbedUrl(url))}" title="${escapeAttribute(title)}">
${script(bundle, 'module')}
${script(frame, 'classic')}
<style>
${EMBED_PAGE_STYLE}
</style>
</head>
<body>
${fragment.trim()}
</body>
</html>
`;
}

/**
 * The code for a page that takes iframes: the iframe that shows the embed page at `url`, at the
 * size it starts from, and the frame script, which gives it the height of its page.
 */
export function iframeCode(url: string, title: string, frame: PageFile): string {
  const { width, height } = FRAME_SIZE;
  return `<iframe src="${escapeAttribute(url)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" frameborder="0" style="width: 100%; border: 0"></iframe>\n${script(frame, 'classic')}`;
}

/** What an oEmbed response says of an essay besides its page: its title, authors and publisher. */
export function essayDetails(essay: EssayData): OEmbedDetails {
  const publisher = essay.byline?.publisher;
  return {
    title: essay.title,
    authorName: essay.byline?.authors.map((author) => author.name).join(', '),
    providerName: publisher?.name,
    providerUrl: publisher?.url,
  };
}

/** The title, and what else an oEmbed response may name. */
export interface OEmbedDetails {
  title: string;
  authorName?: string;
  providerName?: string;
  providerUrl?: string;
}

/**
 * The oEmbed response (oembed.com, type `rich`) for the embed page at `url`. Its HTML is a link
 * in a blockquote, then the iframe: the form WordPress keeps from a site it does not know, which
 * its embed script then sizes by the page's height (up to 1,000 pixels) and shows in place of
 * the link.
 */
export function oEmbedResponse(
  url: string,
  { title, authorName, providerName, providerUrl }: OEmbedDetails,
): Record<string, string | number> {
  const { width, height } = FRAME_SIZE;
  const link = `<blockquote><a href="${escapeAttribute(url)}">${escapeText(title)}</a></blockquote>`;
  const frame = `<iframe src="${escapeAttribute(url)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(authorName ? { author_name: authorName } : {}),
    ...(providerName ? { provider_name: providerName } : {}),
    ...(providerUrl ? { provider_url: providerUrl } : {}),
    width,
    height,
    html: `${link}${frame}`,
  };
}
