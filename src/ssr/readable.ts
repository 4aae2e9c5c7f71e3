/**
 * The readable copy of a server-rendered element (src/core/readers/readable.ts), read from Lit's server
 * output. That output has all data escaped already; it is parsed here only to be flattened, and
 * every text and attribute is escaped again on the way out.
 */
import { fromParse5 } from 'hast-util-from-parse5';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { GENERATED } from '../core/base/generated.js';
import { plainHtml, readableCopy, type Plain, type Tree } from '../core/readers/readable.js';

export { escapeAttribute } from '../core/readers/readable.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((attr) => attr.name === name)?.value;

/** The declarative shadow root (`<template shadowrootmode>`) of a server-rendered element. */
function shadowTemplate(node: Node): Template | undefined {
  if (!isElement(node)) return undefined;
  return node.childNodes.find(
    (child): child is Template =>
      isElement(child) && child.tagName === 'template' && !!attribute(child, 'shadowrootmode'),
  );
}

/** parse5's tree, its declarative shadow roots read as shadow roots. */
const parse5Tree: Tree<Node> = {
  name: (node) => (isElement(node) ? node.tagName : undefined),
  text: (node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : undefined),
  attribute: (node, name) => (isElement(node) ? attribute(node, name) : undefined),
  children: (node) => {
    if (!isElement(node)) return [];
    const shadow = shadowTemplate(node);
    return node.childNodes.filter((child) => child !== shadow);
  },
  shadow: (node) => shadowTemplate(node)?.content.childNodes,
};

/** The first server-rendered element in `html`. */
function renderedHost(html: string): Node | undefined {
  return parseFragment(html).childNodes.find((node) => !!shadowTemplate(node));
}

/** The readable copy of the first server-rendered element in `html`. */
export function readablePlain(html: string): Plain[] {
  const host = renderedHost(html);
  return host ? readableCopy(parse5Tree, host) : [];
}

/**
 * The readable copy of the first server-rendered element in `html`, as HTML; each top element
 * carries `data-essay-generated`, which tells the element in the browser that it wrote it.
 */
export function readableHtml(html: string, { marked = true } = {}): string {
  return plainHtml(readablePlain(html), marked ? GENERATED : undefined);
}

/**
 * The readable copy of the first server-rendered element in `html`, as CommonMark with no HTML
 * in it (headings, paragraphs, lists, quotations, links; text that would read as HTML or
 * Markdown is escaped): for places that show Markdown and escape or drop HTML.
 */
export function readableMarkdown(html: string): string {
  return toMarkdown(toMdast(fromParse5(parseFragment(readableHtml(html, { marked: false })))));
}
