/**
 * Reading data from light-DOM markup written by a CMS author: text becomes RichText
 * (`<em>`, `<strong>` and `<a href>` become its markers, everything else is text).
 */
import { GENERATED } from '../base/generated.js';
import { escapeRichText } from '../text/richtext.js';

const SKIPPED = new Set(['script', 'style', 'template']);

/** True for an element whose content is not the author's: a script, a template, a readable copy. */
const isSkipped = (node: Element) => SKIPPED.has(node.localName) || node.hasAttribute(GENERATED);

/**
 * True for light-DOM content of the author's that a reader would see: not a JSON script, a
 * template, white space, or what the element wrote itself (its readable copy).
 */
export function isVisibleContent(node: Node): boolean {
  return node instanceof Element
    ? !isSkipped(node)
    : node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? '');
}

/** True when `host` holds light-DOM content a reader would see: its fallback. */
export function hasFallback(host: Element): boolean {
  return [...host.childNodes].some(isVisibleContent);
}

/** The RichText written by these nodes, with white space collapsed. */
export function richTextFrom(nodes: Iterable<Node>): string {
  let out = '';
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escapeRichText(node.textContent ?? '');
      continue;
    }
    if (!(node instanceof Element) || isSkipped(node)) continue;
    const inner = richTextFrom(node.childNodes).trim();
    const name = node.localName;
    if (!inner) out += name === 'br' ? ' ' : '';
    else if (name === 'em' || name === 'i') out += `*${inner}*`;
    else if (name === 'strong' || name === 'b') out += `**${inner}**`;
    else if (name === 'a' && node.getAttribute('href'))
      out += `[${inner}](${node.getAttribute('href')!.trim()})`;
    else out += ` ${inner} `;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The text a reader sees in these nodes, white space collapsed. */
export function plainText(nodes: Iterable<Node>): string {
  return [...nodes]
    .filter((node) => !(node instanceof Element && isSkipped(node)))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first child element of `host` matching `selector`, if any. */
export function childMatching(host: Element, selector: string): Element | undefined {
  return [...host.children].find((child) => child.matches(selector));
}

/** The plain text of the element's first heading child (`h1`–`h6`). */
export function headingText(host: Element): string | undefined {
  const found = childMatching(host, 'h1, h2, h3, h4, h5, h6');
  return found && plainText([found]);
}

export interface LightItem {
  /** The item's leading `<strong>` as plain text (its whole text when there is none). */
  lead: string;
  /** The rest of the item, as RichText, without a separating dash or colon. */
  rest?: string;
  /** A nested list's items. */
  items?: LightItem[];
}

/** Reads a `<ul>`/`<ol>`: in each item a leading `<strong>` is the name, the rest its text. */
export function readList(list: Element): LightItem[] {
  return [...list.children]
    .filter((li) => li.localName === 'li')
    .map((li) => {
      const nodes = [...li.childNodes];
      const nested = nodes.find(
        (node): node is Element => node instanceof Element && /^[ou]l$/.test(node.localName),
      );
      const content = nodes.filter((node) => node !== nested);
      const first = content.find((node) => node instanceof Element || /\S/.test(node.textContent ?? ''));
      const hasLead = first instanceof Element && (first.localName === 'strong' || first.localName === 'b');
      const lead = plainText(hasLead ? [first] : content);
      const rest = hasLead
        ? richTextFrom(content.filter((node) => node !== first)).replace(/^[\s—–:.-]+/, '')
        : '';
      return { lead, ...(rest ? { rest } : {}), ...(nested ? { items: readList(nested) } : {}) };
    });
}

/**
 * A titled list written as markup: its heading, the paragraphs before it as RichText, and the
 * items of its list; `undefined` when there is neither heading nor list.
 */
export function listMarkup(
  host: Element,
): { title?: string; intro?: string; items?: LightItem[] } | undefined {
  const list = childMatching(host, 'ol, ul');
  const title = headingText(host);
  if (!list && !title) return undefined;
  const intro = [...host.children].filter((child) => child.localName === 'p');
  return { title, intro: intro.length ? richTextFrom(intro) : undefined, items: list && readList(list) };
}
