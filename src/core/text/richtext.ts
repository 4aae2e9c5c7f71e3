/**
 * RichText: plain text plus `*em*`, `**strong**`, `[label](url)` and `[[glossary term]]`.
 * A backslash makes the next character literal. Everything else, HTML included, is
 * text: the parser produces a tree of plain strings that Lit renders as text nodes, so
 * no input ever reaches an HTML parser.
 */
import { html, nothing } from 'lit';
import { isSafeUrl } from '../../schema/common.js';

export type RichNode =
  | string
  | { kind: 'em' | 'strong'; children: RichNode[] }
  | { kind: 'link'; href: string; children: RichNode[] }
  | { kind: 'term'; term: string };

type Closer = '*' | '**' | ']';

/**
 * A span read up to its closer: its nodes, and the index just past the closer; that is 0
 * when the span is no span (never closed, or empty).
 */
type Run = [nodes: RichNode[], end: number];

/** Parses RichText into nodes. Unbalanced markers stay literal text. */
export function parseRichText(source: string): RichNode[] {
  // A span depends only on where it starts, what closes it and whether it is in a link
  // label, so each is read once: hostile input such as "*[*[*[" stays linear. Runs are
  // kept by closer and `inLink` (undefined outside link labels, true inside), then start.
  const memo: Record<string, Run[]> = {};
  // Text that would take far more steps than its length to read (only hostile input
  // does) is shown literally instead.
  let budget = 64 * source.length + 1024;
  // Where each closer last occurs: a span starting after that is not read at all.
  const last: Record<string, number> = {};

  // Reads the span that `marker` opens at `pos`, or gives undefined: the marker is then
  // literal text. `*` and `**` check that they are at `pos` and are followed by no space;
  // a link label (closed by `]`) is read where the caller found its `[`.
  const span = (pos: number, marker: Closer, inLink?: boolean): Run | undefined => {
    const start = pos + marker.length;
    if (
      (marker === ']' || (source.startsWith(marker, pos) && source[start]?.trim())) &&
      (last[marker] ??= source.lastIndexOf(marker)) >= start
    ) {
      const run = ((memo[marker + inLink] ??= [])[start] ??= scan(start, marker, inLink));
      if (run[1]) return run;
    }
  };

  // The index of the `)` that closes a `(` at `open`, counting nested pairs; undefined if
  // there is no `(` at `open` (depth is 0 there), or no `)` on the same line within 2,048
  // characters (no link target is longer).
  const closingParen = (open: number): number | undefined => {
    for (let i = open, depth = 0; i < source.length && i - open < 2048; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === '\n' || !depth) return;
      else if (source[i] === ')' && !--depth) return i;
    }
  };

  function scan(pos: number, closer?: Closer, inLink?: boolean): Run {
    const nodes: RichNode[] = [];
    // Adds a node, joining adjacent text into one string.
    const add = (node: RichNode) => {
      const last = nodes.length - 1;
      if (typeof node === 'string' && typeof nodes[last] === 'string') nodes[last] += node;
      else nodes.push(node);
    };
    while (pos < source.length) {
      if (!budget--) throw Error(); // caught below
      // Emphasis never ends with a space; `**` inside `*…*` opens strong text if it can.
      if (
        closer &&
        source.startsWith(closer, pos) &&
        (closer === ']' || source[pos - 1].trim()) &&
        !(closer === '*' && span(pos, '**', inLink))
      ) {
        return [nodes, nodes.length && pos + closer.length];
      }
      const ch = source[pos];
      let run, strong, close;
      if (ch === '\\' && source[pos + 1]) {
        add(source[pos + 1]);
        pos += 2;
      } else if (source.startsWith('[[', pos)) {
        close = source.indexOf(']]', pos);
        const term = source.slice(pos + 2, close).trim();
        if (close > 0 && term && !/[[\]\n]/.test(term)) {
          add({ kind: 'term', term });
          pos = close + 2;
        } else {
          add('[[');
          pos += 2;
        }
      } else if (ch === '*' && (run = (strong = span(pos, '**', inLink)) || span(pos, '*', inLink))) {
        add({ kind: strong ? 'strong' : 'em', children: run[0] });
        pos = run[1];
      } else if (ch === '[' && !inLink && (run = span(pos, ']', true)) && (close = closingParen(run[1]))) {
        const href = source.slice(run[1] + 1, close).trim();
        // An unsafe or relative URL never becomes a link: its label stays, as text.
        if (isSafeUrl(href)) add({ kind: 'link', href, children: run[0] });
        else run[0].forEach(add);
        pos = close + 1;
      } else {
        add(ch);
        pos++;
      }
    }
    return [nodes, 0];
  }

  try {
    return scan(0)[0];
  } catch {
    // The step budget ran out, or the nesting outgrew the stack.
    return [source];
  }
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

/**
 * Renders RichText for a Lit template: text nodes and a few fixed elements, nothing else.
 * Text without a marker (most of it) is not parsed and comes back as the string itself,
 * and marked-up text as a list of parts, not wrapped in a template of its own: on a page of
 * many widgets, each wrapper and list cost a template instance, marker comments and nodes
 * to create and hydrate.
 */
export function renderRichText(source: string | undefined, renderTerm: TermRenderer = plainTerm): unknown {
  if (!source) return nothing;
  return /[*[\\]/.test(source) ? renderNodes(parseRichText(source), renderTerm) : source;
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
