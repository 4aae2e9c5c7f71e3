/**
 * The readable copy of a server-rendered element: the same content as plain semantic HTML,
 * written into the element's light DOM for readers without JavaScript, RSS, reader mode
 * and search. The rendered shadow tree is flattened (nested elements' shadow roots and
 * slots resolved), and everything that only serves the styled view is dropped.
 *
 * The input is Lit's server output, in which all data is already escaped; it is parsed
 * here only to be rewritten, and every text and attribute is escaped again on the way out.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** Attributes that carry meaning for a reader or a machine; the rest serve the styled view. */
const KEPT_ATTRIBUTES = new Set([
  'href',
  'datetime',
  'cite',
  'lang',
  'dir',
  'title',
  'start',
  'reversed',
  'value',
]);
/** Elements whose content is not content. */
const DROPPED = new Set(['style', 'script', 'template', 'link', 'meta', 'noscript']);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

const isElement = (node: ChildNode): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((attr) => attr.name === name)?.value;

/** The declarative shadow root (`<template shadowrootmode>`) of a server-rendered element. */
function shadowTemplate(el: Element): Template | undefined {
  return el.childNodes.find(
    (child): child is Template =>
      isElement(child) && child.tagName === 'template' && !!attribute(child, 'shadowrootmode'),
  );
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline formatting, which sits in running text; other elements are boxes laid out by CSS. */
const FORMATTING = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
]);

const BLOCK =
  /^<(?:address|article|aside|blockquote|details|div|dl|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|ul)[\s>]/;

/** Writes the flattened tree of `nodes`, with `slotted` standing in for `<slot>`. */
function write(nodes: readonly ChildNode[], slotted: readonly ChildNode[]): string {
  let out = '';
  let afterBox = false;
  // Templates never rely on a space between boxes (styles lay them out), but plain text
  // does: "Xi Jinping 习近平", not "Xi Jinping习近平".
  const add = (html: string, box: boolean) => {
    if ((box || afterBox) && out && !/\s$/.test(out) && !/^\s/.test(html)) out += ' ';
    out += html;
    afterBox = box;
  };
  for (const node of nodes) {
    if (isElement(node)) {
      const html = writeElement(node, slotted);
      // A nested element counts as a box when its content starts with one (a <glossary-term>
      // in a sentence does not).
      const box = shadowTemplate(node) ? BLOCK.test(html) : !FORMATTING.has(node.tagName);
      if (html) add(html, box);
    } else if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      if (text) add(escapeText(text), false);
    }
  }
  return out;
}

function writeElement(el: Element, slotted: readonly ChildNode[]): string {
  const name = el.tagName;
  if (DROPPED.has(name) || ['hidden', 'popover'].some((hidden) => attribute(el, hidden) !== undefined))
    return '';
  if (attribute(el, 'aria-hidden') === 'true') return '';
  if (name === 'slot') {
    const slotName = attribute(el, 'name');
    const assigned = slotted.filter(
      (node) => (isElement(node) ? attribute(node, 'slot') : undefined) === slotName,
    );
    return assigned.length ? write(assigned, []) : write(el.childNodes, slotted);
  }
  const shadow = shadowTemplate(el);
  if (shadow) return readableContent(el, shadow);
  const inner = writeRun(el) ?? write(el.childNodes, slotted);
  if (name === 'button') return inner;
  const attrs = el.attrs
    .filter((attr) => KEPT_ATTRIBUTES.has(attr.name))
    .map((attr) => ` ${attr.name}="${escapeAttribute(attr.value)}"`)
    .join('');
  return VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${inner}</${name}>`;
}

/**
 * The base styles' `.dots` and `.commas` runs separate their items with CSS; the
 * readable copy writes the separators out.
 */
function writeRun(el: Element): string | undefined {
  const classes = (attribute(el, 'class') ?? '').split(/\s+/);
  const separator = classes.includes('commas') ? ', ' : classes.includes('dots') ? ' · ' : undefined;
  if (!separator) return undefined;
  return el.childNodes
    .filter(isElement)
    .map((child) => writeElement(child, []).trim())
    .filter(Boolean)
    .join(separator);
}

/** The flattened content of a server-rendered host: its shadow tree, its light DOM slotted in. */
function readableContent(host: Element, shadow: Template): string {
  const light = host.childNodes.filter((node) => node !== shadow);
  return write((shadow.content as ParentNode).childNodes, light).trim();
}

/**
 * The readable copy of the first server-rendered element in `html`, as plain HTML
 * (no classes, parts, ids, styles, scripts or shadow roots).
 */
export function readableHtml(html: string): string {
  const host = parseFragment(html).childNodes.find(
    (node): node is Element => isElement(node) && !!shadowTemplate(node),
  );
  if (!host) return '';
  return readableContent(host, shadowTemplate(host)!).replace(/\s+/g, ' ');
}
