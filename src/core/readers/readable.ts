/**
 * The readable copy of an element: its rendered content as plain semantic HTML (headings,
 * paragraphs, lists, quotations, times, links; no classes, parts, ids, styles or scripts), for
 * the readers that never see a shadow root: reader modes, feed readers, search crawlers,
 * copy-as-text tools. The server writes it from its rendered tree (parse5's), the browser from
 * the live one: the same flattening here, over either tree, gives the same copy.
 *
 * The rendered tree is flattened: nested elements' shadow roots and slots resolved, and
 * everything that only serves the styled view dropped (popovers, hidden parts, buttons' boxes).
 */

import { GENERATED } from '../base/generated.js';

/** A tree to read the copy from: parse5's on the server, the DOM in the browser. */
export interface Tree<N> {
  /** The element's name in lower case, or `undefined` for a node that is not an element. */
  name(node: N): string | undefined;
  /** A text node's text, or `undefined` for a node that is not text. */
  text(node: N): string | undefined;
  attribute(node: N, name: string): string | undefined;
  /** The children of a node, without a host's shadow root. */
  children(node: N): readonly N[];
  /** The children of a host's shadow root, or `undefined` when it has none. */
  shadow(node: N): readonly N[] | undefined;
}

/** The copy: plain elements, with only the attributes that mean something to a reader, and text. */
export type Plain = string | PlainElement;
export interface PlainElement {
  name: string;
  attributes: [string, string][];
  children: Plain[];
}

/** Attributes that carry meaning for a reader or a machine; the rest serve the styled view. */
const KEPT_ATTRIBUTES = ['href', 'datetime', 'cite', 'lang', 'dir', 'title', 'start', 'reversed', 'value'];
/** Elements whose content is not content. */
const DROPPED = new Set(['style', 'script', 'template', 'link', 'meta', 'noscript']);
/** Inline formatting, which sits in running text; other elements are boxes laid out by CSS. */
const FORMATTING = new Set([
  'a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'i', 'mark', 'q', 'small', 'strong', 'sub', 'sup', 'time',
]); // prettier-ignore
/** Boxes a nested element's content may start with. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
]); // prettier-ignore

/** True for an element whose content is not shown (popovers, hidden parts). */
function isHidden<N>(tree: Tree<N>, node: N): boolean {
  return (
    tree.attribute(node, 'hidden') !== undefined ||
    tree.attribute(node, 'popover') !== undefined ||
    tree.attribute(node, 'aria-hidden') === 'true' ||
    tree.attribute(node, GENERATED) !== undefined
  );
}

/**
 * The readable copy of `host`, a rendered element: its shadow tree, flattened, with its light
 * DOM in the place of its slots. It is made of elements only (text at its top, as an inline
 * element's, is held in a `<span>`), so that each can be marked as the copy.
 */
export function readableCopy<N>(tree: Tree<N>, host: N): PlainElement[] {
  const shadow = tree.shadow(host);
  if (!shadow) return [];
  const copy: PlainElement[] = [];
  for (const each of trim(flatten(tree, shadow, tree.children(host)))) {
    if (typeof each !== 'string') copy.push(each);
    else if (each.trim()) {
      const last = copy.at(-1);
      if (last?.name === 'span' && copy.length) last.children.push(each);
      else copy.push({ name: 'span', attributes: [], children: [each] });
    }
  }
  return copy;
}

/** The plain nodes of `nodes`, with `slotted` (a host's light DOM) standing in for `<slot>`. */
function flatten<N>(tree: Tree<N>, nodes: readonly N[], slotted: readonly N[]): Plain[] {
  const out: Plain[] = [];
  let afterBox = false;
  // Templates never rely on a space between boxes (styles lay them out), but plain text does:
  // "Xi Jinping 习近平", not "Xi Jinping习近平".
  const add = (plain: Plain[], box: boolean) => {
    if (!plain.length) return;
    if ((box || afterBox) && out.length && !endsWithSpace(out) && !startsWithSpace(plain)) out.push(' ');
    out.push(...plain);
    afterBox = box;
  };
  for (const node of nodes) {
    const text = tree.text(node);
    if (text !== undefined) {
      const collapsed = text.replace(/\s+/g, ' ');
      if (collapsed) add([collapsed], false);
      continue;
    }
    const name = tree.name(node);
    if (!name || DROPPED.has(name) || isHidden(tree, node)) continue;
    const plain = element(tree, node, name, slotted);
    // A nested element counts as a box when its content starts with one (a <glossary-term>
    // in a sentence does not).
    const first = plain.find((each) => typeof each !== 'string' || each.trim());
    const box = tree.shadow(node)
      ? typeof first === 'object' && BLOCK.has(first.name)
      : !FORMATTING.has(name);
    add(plain, box);
  }
  return out;
}

function element<N>(tree: Tree<N>, node: N, name: string, slotted: readonly N[]): Plain[] {
  if (name === 'slot') {
    const slotName = tree.attribute(node, 'name');
    const assigned = slotted.filter((each) => tree.name(each) && tree.attribute(each, 'slot') === slotName);
    return assigned.length ? flatten(tree, assigned, []) : flatten(tree, tree.children(node), slotted);
  }
  const shadow = tree.shadow(node);
  if (shadow) return trim(flatten(tree, shadow, tree.children(node)));
  const children = run(tree, node) ?? flatten(tree, tree.children(node), slotted);
  // A button's, a span's or a div's box serves the styled view; its words are the reader's.
  // (Reader modes score an article by the paragraphs of one box: a div around the body would
  // leave the header, the glossary and the notes out of it.)
  if (name === 'button' || name === 'span' || name === 'div') return children;
  const attributes = KEPT_ATTRIBUTES.flatMap((attribute): [string, string][] => {
    const value = tree.attribute(node, attribute);
    return value === undefined ? [] : [[attribute, value]];
  });
  return [{ name, attributes, children }];
}

/**
 * The base styles' `.dots` and `.commas` runs separate their items with CSS; the readable copy
 * writes the separators out.
 */
function run<N>(tree: Tree<N>, node: N): Plain[] | undefined {
  const classes = (tree.attribute(node, 'class') ?? '').split(/\s+/);
  const separator = classes.includes('commas') ? ', ' : classes.includes('dots') ? ' · ' : undefined;
  if (!separator) return undefined;
  const items = tree
    .children(node)
    .filter((child) => tree.name(child) && !isHidden(tree, child))
    .map((child) => trim(element(tree, child, tree.name(child)!, [])))
    .filter((item) => item.length);
  return items.flatMap((item, i) => (i ? [separator, ...item] : item));
}

const endsWithSpace = (plain: Plain[]) => {
  const last = plain.at(-1);
  return typeof last === 'string' ? /\s$/.test(last) : false;
};
const startsWithSpace = (plain: Plain[]) => typeof plain[0] === 'string' && /^\s/.test(plain[0]);

/** `plain` without white space at its ends. */
function trim(plain: Plain[]): Plain[] {
  const out = [...plain];
  while (typeof out[0] === 'string' && !out[0].trim()) out.shift();
  while (typeof out.at(-1) === 'string' && !(out.at(-1) as string).trim()) out.pop();
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  if (typeof out.at(-1) === 'string') out[out.length - 1] = (out.at(-1) as string).trimEnd();
  return out;
}

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** The copy as HTML, every text and attribute escaped; `marker` is written on each top element. */
export function plainHtml(plain: readonly Plain[], marker?: string): string {
  return plain
    .map((each) => {
      if (typeof each === 'string') return escapeText(each);
      const attributes = [...each.attributes, ...(marker ? [[marker, ''] as [string, string]] : [])]
        .map(([name, value]) =>
          value === '' && name === marker ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
        )
        .join('');
      const open = `<${each.name}${attributes}>`;
      return VOID.has(each.name) ? open : `${open}${plainHtml(each.children)}</${each.name}>`;
    })
    .join('');
}
