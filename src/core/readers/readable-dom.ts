/**
 * What an element writes into its light DOM for readers that do not run it, loaded after the
 * first render that needs it (`lightDomWriters()` in ./readable-copy.ts, one file for both):
 * its readable copy (./readable.ts), from its live rendered tree; and an essay's schema.org
 * metadata (./linked-data.ts), written by `<essay-article>`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CopyHost } from './readable-copy.js';
import { GENERATED } from '../base/generated.js';
import { readableCopy, type Plain, type Tree } from './readable.js';

export { writeLinkedData } from './linked-data.js';

/** The DOM, its shadow roots read as such. */
const domTree: Tree<Node> = {
  name: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : undefined),
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : undefined),
  attribute: (node, name) =>
    node.nodeType === Node.ELEMENT_NODE ? ((node as Element).getAttribute(name) ?? undefined) : undefined,
  children: (node) => [...node.childNodes],
  shadow: (node) => {
    const root = (node as Partial<Element>).shadowRoot;
    return root ? [...root.childNodes] : undefined;
  },
};

function build(plain: Plain): Node {
  if (typeof plain === 'string') return document.createTextNode(plain);
  const el = document.createElement(plain.name);
  for (const [name, value] of plain.attributes) el.setAttribute(name, value);
  el.append(...plain.children.map(build));
  return el;
}

/** True when `nodes` are the copy `plain` already. */
function matches(nodes: readonly Node[], plain: readonly Plain[]): boolean {
  const same = (node: Node, each: Plain): boolean => {
    if (typeof each === 'string') return node.nodeType === Node.TEXT_NODE && node.textContent === each;
    if (!(node instanceof Element) || node.localName !== each.name) return false;
    const attributes = [...node.attributes].filter((attribute) => attribute.name !== GENERATED);
    return (
      attributes.length === each.attributes.length &&
      each.attributes.every(([name, value]) => node.getAttribute(name) === value) &&
      matches([...node.childNodes], each.children)
    );
  };
  return nodes.length === plain.length && nodes.every((node, i) => same(node, plain[i]));
}

/** Resolves once `el` and every element rendered inside it have finished updating. */
async function settled(el: Element): Promise<void> {
  await (el as Partial<ReactiveControllerHost>).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if ('updateComplete' in inner) await settled(inner);
  }
}

/**
 * Puts the copy of what `host` shows in its light DOM, or removes it when none is wanted, once
 * `host` and every element rendered inside it have rendered.
 */
export async function writeReadableCopy(host: CopyHost, wanted: () => boolean): Promise<void> {
  await settled(host);
  // (The JSON-LD script an essay writes is not part of its copy.)
  const old = [...host.children].filter(
    (node) => node.hasAttribute(GENERATED) && node.localName !== 'script',
  );
  const wantedHere =
    host.isConnected &&
    host.getRootNode() === host.ownerDocument &&
    host.getAttribute('readable') !== 'off' &&
    wanted();
  const copy = wantedHere ? readableCopy(domTree, host) : [];
  if (matches(old, copy)) return;
  for (const node of old) node.remove();
  for (const each of copy) {
    const node = build(each) as Element;
    node.setAttribute(GENERATED, '');
    host.append(node);
  }
}
