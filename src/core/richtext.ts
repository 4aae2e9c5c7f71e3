/**
 * RichText: plain text plus `*em*`, `**strong**`, `[label](url)` and `[[glossary term]]`.
 * A backslash makes the next character literal. Everything else, HTML included, is
 * text: the parser produces a tree of plain strings that Lit renders as text nodes, so
 * no input ever reaches an HTML parser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../schema/schema.js';

export type RichNode =
  | string
  | { kind: 'em' | 'strong'; children: RichNode[] }
  | { kind: 'link'; href: string; children: RichNode[] }
  | { kind: 'term'; term: string };

type Closer = '*' | '**' | ']';

interface Run {
  nodes: RichNode[];
  end: number;
  closed: boolean;
}

function pushText(nodes: RichNode[], text: string): void {
  if (!text) return;
  const last = nodes.length - 1;
  if (typeof nodes[last] === 'string') nodes[last] += text;
  else nodes.push(text);
}

function append(nodes: RichNode[], more: RichNode[]): void {
  for (const node of more) {
    if (typeof node === 'string') pushText(nodes, node);
    else nodes.push(node);
  }
}

/** Parses RichText into nodes. Unbalanced markers stay literal text. */
export function parseRichText(source: string): RichNode[] {
  // A run depends only on where it starts, what closes it and whether it is a link label,
  // so each is parsed once: hostile input such as "*[*[*[" stays linear.
  const memo = new Map<string, Run>();
  // Text that would take far more steps than its length to read (only hostile input
  // does) is shown literally instead.
  let budget = 64 * source.length + 1024;
  const last = { '*': source.lastIndexOf('*'), '**': source.lastIndexOf('**'), ']': source.lastIndexOf(']') };

  const run = (start: number, closer: Closer | null, inLink: boolean): Run => {
    const key = `${start}${closer}${inLink}`;
    let result = memo.get(key);
    if (!result) memo.set(key, (result = scan(start, closer, inLink)));
    return result;
  };

  // Tries to read a marked span at `pos`; on failure the marker is literal text.
  const span = (pos: number, marker: Closer, inLink: boolean): Run | undefined => {
    const content = pos + (marker === ']' ? 1 : marker.length);
    if (marker !== ']' && /^\s?$/.test(source[content] ?? '')) return undefined;
    if (last[marker] < content) return undefined;
    const inner = run(pos + (marker === ']' ? 1 : marker.length), marker, inLink || marker === ']');
    return inner.closed && inner.nodes.length ? inner : undefined;
  };

  function scan(start: number, closer: Closer | null, inLink: boolean): Run {
    const nodes: RichNode[] = [];
    let pos = start;
    while (pos < source.length) {
      if (--budget < 0) throw new RangeError('rich text too complex');
      if (
        closer &&
        source.startsWith(closer, pos) &&
        (closer === ']' || !/\s/.test(source[pos - 1])) &&
        !(closer === '*' && source.startsWith('**', pos) && span(pos, '**', inLink))
      ) {
        return { nodes, end: pos + closer.length, closed: true };
      }
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length) {
        pushText(nodes, source[pos + 1]);
        pos += 2;
      } else if (source.startsWith('[[', pos)) {
        const close = source.indexOf(']]', pos + 2);
        const term = close < 0 ? '' : source.slice(pos + 2, close).trim();
        if (term && !/[[\]\n]/.test(term)) {
          nodes.push({ kind: 'term', term });
          pos = close + 2;
        } else {
          pushText(nodes, '[[');
          pos += 2;
        }
      } else if (ch === '*') {
        const strong = source.startsWith('**', pos) ? span(pos, '**', inLink) : undefined;
        const em = strong ? undefined : span(pos, '*', inLink);
        if (strong || em) {
          nodes.push({ kind: strong ? 'strong' : 'em', children: (strong ?? em)!.nodes });
          pos = (strong ?? em)!.end;
        } else {
          pushText(nodes, '*');
          pos += 1;
        }
      } else if (ch === '[' && !inLink) {
        const label = span(pos, ']', inLink);
        const close = label && source[label.end] === '(' ? closingParen(source, label.end) : -1;
        if (label && close > 0) {
          const href = source.slice(label.end + 1, close).trim();
          // An unsafe or relative URL never becomes a link: its label stays, as text.
          if (isSafeUrl(href)) nodes.push({ kind: 'link', href, children: label.nodes });
          else append(nodes, label.nodes);
          pos = close + 1;
        } else {
          pushText(nodes, '[');
          pos += 1;
        }
      } else {
        pushText(nodes, ch);
        pos += 1;
      }
    }
    return { nodes, end: pos, closed: false };
  }

  try {
    return run(0, null, false).nodes;
  } catch {
    return [source];
  }
}

/**
 * The index of the `)` that closes the `(` at `open`, counting nested pairs; -1 if there
 * is none on the same line within 2,048 characters (no link target is longer).
 */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length && i - open < 2048; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
    else if (source[i] === '\n') return -1;
  }
  return -1;
}

/** How `[[term]]` references are rendered; by default as plain text. */
export type TermRenderer = (term: string) => unknown;

const plainTerm: TermRenderer = (term) => term;

function renderNodes(nodes: RichNode[], renderTerm: TermRenderer): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    switch (node.kind) {
      case 'em':
        return html`<em>${renderNodes(node.children, renderTerm)}</em>`;
      case 'strong':
        return html`<strong>${renderNodes(node.children, renderTerm)}</strong>`;
      case 'link':
        return html`<a href=${node.href} part="link">${renderNodes(node.children, renderTerm)}</a>`;
      case 'term':
        return renderTerm(node.term);
    }
  });
}

/** Renders RichText as a Lit template: text nodes and a few fixed elements, nothing else. */
export function renderRichText(
  source: string | undefined,
  renderTerm: TermRenderer = plainTerm,
): TemplateResult | typeof nothing {
  if (!source) return nothing;
  return html`${renderNodes(parseRichText(source), renderTerm)}`;
}

/** RichText as the plain text a reader sees (for labels, titles and JSON-LD). */
export function richTextToPlain(source: string | undefined): string {
  const walk = (nodes: RichNode[]): string =>
    nodes
      .map((node) =>
        typeof node === 'string' ? node : node.kind === 'term' ? node.term : walk(node.children),
      )
      .join('');
  return source ? walk(parseRichText(source)) : '';
}

/** Escapes plain text so that RichText reads it back unchanged. */
export function escapeRichText(text: string): string {
  return text.replace(/[\\*[\]]/g, '\\$&');
}
