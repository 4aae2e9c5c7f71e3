/**
 * YAML as Essay Markdown reads and writes it: the front matter, each fence's content and a
 * single widget's data. Reading keeps the parsed document and its line counter, so that a
 * validation error's path can be traced back to the line of the key or item it names.
 */
import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  Scalar,
  stringify,
  visit,
  type Node,
} from 'yaml';
import { limitsWith, overLimit, type Limits } from '../core/data/limits.js';

/** One problem in a Markdown file or YAML text: its line (1-based), its data path, what is wrong. */
export interface MarkdownIssue {
  line: number;
  path: string;
  message: string;
}

/** A parsed YAML text and where it sits in the file it came from. */
export interface YamlSource {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The file's line number of the YAML text's first line. */
  firstLine: number;
  /** The line that stands for the YAML as a whole: the fence's or front matter's opening line. */
  openingLine: number;
}

export interface ReadYaml {
  /** The YAML's value; `undefined` when the text could not be read (see `issues`). */
  value: unknown;
  source: YamlSource;
  /** Syntax errors, each at its line; empty when the value was read. */
  issues: MarkdownIssue[];
}

/**
 * The text without a byte order mark, its line breaks all `\n`. Offsets and lines are then
 * the same for micromark, which skips the mark and also breaks lines at a lone `\r`, and
 * for YAML, which does neither.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Every YAML text is read the same way: YAML 1.2, core schema, whatever its own `%YAML` says. */
const PARSE_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

/**
 * A document whose aliases, each counted with the aliases inside what it names, are more
 * than this is refused rather than expanded.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * What reading the YAML texts of one file may still take: its limits, and the size the
 * texts read so far have expanded to, which every text of the file adds to.
 */
export interface YamlBudget {
  limits: Limits;
  size: number;
  aliases: number;
}

export const yamlBudget = (limits: Limits = limitsWith()): YamlBudget => ({ limits, size: 0, aliases: 0 });

/** A problem of a YAML text at an offset in it. */
interface Found {
  offset: number;
  message: string;
}

/**
 * What YAML's parser is told, for the parts of a text where it could tell better.
 * "Nested mappings…" is what a value with `: ` in it gives (`dek: Relations : la suite`).
 */
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: ' (a text with ": " in it is written in quotes: dek: \'Relations : la suite\')',
};

/**
 * Reads a YAML text. `firstLine` is the file's line of the text's first line; `openingLine`
 * the line to report problems of the text as a whole at; `path` the data path the text's
 * root stands for (`body[3].data`), for its syntax errors; `budget` what the file's YAML
 * may still expand to (docs/limits.md).
 *
 * Essay data holds only text, so a plain scalar that YAML would read as a number or a
 * boolean is read as the text written: `date: 2017` is the year "2017", `name: 1984` the
 * name "1984", `abbreviation: 1.50` the string "1.50" (not 1.5). `null`, `~` and an empty
 * value stay null: no value, which the schema reports where a value is needed.
 */
export function readYaml(
  text: string,
  firstLine: number,
  openingLine: number,
  path: string,
  budget: YamlBudget = yamlBudget(),
): ReadYaml {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => firstLine - 1 + lineCounter.linePos(offset).line;
  // Deep nesting and long lists cost YAML's parser far more than their length: they are measured first.
  const over = lineOverLimits(text, budget.limits);
  if (over) {
    const document = parseDocument('', PARSE_OPTIONS);
    const source = { document, lineCounter, firstLine, openingLine };
    return {
      value: undefined,
      source,
      issues: [{ line: firstLine - 1 + over.line, path, message: over.message }],
    };
  }
  const document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const source = { document, lineCounter, firstLine, openingLine };
  if (document.errors.length) {
    const lastLine = firstLine - 1 + Math.max(1, text.trimEnd().split('\n').length);
    const issues = document.errors.map((error) => ({
      // An error at the very end of the text (an unclosed bracket) belongs to its last line.
      line: Math.min(lastLine, lineAt(error.pos[0])),
      path,
      message: `invalid YAML: ${oneLine(error.message)}${HINTS[error.code] ?? ''}`,
    }));
    return { value: undefined, source, issues };
  }
  const found = aliasInsideItsNode(document) ?? mergeKey(document) ?? overBudget(document, budget);
  if (found) {
    return {
      value: undefined,
      source,
      issues: [{ line: lineAt(found.offset), path, message: found.message }],
    };
  }
  readNumbersAsText(document);
  // The aliases are counted and their expansion measured above.
  return { value: document.toJS({ maxAliasCount: -1 }), source, issues: [] };
}

/**
 * The first line (1-based) of the text where its nesting goes deeper than `maxDepth` or a
 * list has more than `maxItems` items, and which limit; or undefined. The lexer reads the
 * text in one pass, quotes and block scalars included, and stops there: a text over a
 * limit costs no more than its lines up to that one, where YAML's parser would read it all.
 *
 * YAML nests in brackets (`[[[…]]]`), which may span lines, and in the indicators of a line
 * (`- - - x`, `a: b: c`); nesting by indentation takes the square of its depth in
 * characters, which the size limit bounds. A list's items are its `-` at one column (a line
 * that starts left of that column or at it with anything else ends the list), or the commas
 * of a `[…]`: never more than the parser finds, so nothing within the limit is refused here.
 */
export function lineOverLimits(text: string, limits: Limits): { line: number; message: string } | undefined {
  const { maxDepth, maxItems } = limits;
  const tooMany = (line: number) => ({
    line,
    message: overLimit(`a list of more than ${maxItems} items`, 'maxItems'),
  });
  let line = 1;
  let column = 0;
  let lineStart = true;
  let onLine = 0;
  let scalarNext = false;
  /** The items so far of the block list whose `-` stand at each column. */
  const items: number[] = [];
  /** The brackets open, each with its commas if a list (`[`). */
  const flows: { list: boolean; commas: number }[] = [];
  for (const token of new Lexer().lex(text)) {
    // The source of a plain or block scalar follows its marker: it is no indicator.
    const scalar = scalarNext;
    scalarNext = token === SCALAR;
    // The lexer's markers take no room in the text.
    if (!scalar && token.length === 1 && token < ' ' && token !== '\n') continue;
    const at = column + /^ */.exec(token)![0].length;
    const breaks = token.split('\n').length - 1;
    column = breaks ? token.length - token.lastIndexOf('\n') - 1 : column + token.length;
    const content = token.trim() !== '' && !token.startsWith('#');
    if (scalar) {
      if (lineStart && !flows.length) items.length = Math.min(items.length, at);
    } else if (token === '[' || token === '{') {
      flows.push({ list: token === '[', commas: 0 });
    } else if (token === ']' || token === '}') {
      flows.pop();
    } else if (token === ',') {
      const flow = flows.at(-1);
      if (flow?.list && ++flow.commas > maxItems) return tooMany(line);
    } else if (token === '-' && !flows.length) {
      items.length = at + 1;
      items[at] = (items[at] ?? 0) + 1;
      if (items[at] > maxItems) return tooMany(line);
    } else if (lineStart && !flows.length && content) {
      items.length = Math.min(items.length, at);
    }
    if (!scalar && (token === '-' || token === '?' || token === ':')) onLine++;
    if (flows.length + onLine > maxDepth) {
      return { line, message: overLimit(`nested deeper than ${maxDepth} levels`, 'maxDepth') };
    }
    if (breaks) {
      line += breaks;
      onLine = 0;
    }
    if (token.trim()) lineStart = false;
    if (token.endsWith('\n')) lineStart = true;
  }
  return undefined;
}

/** The token before the source of a plain or block scalar in the output of YAML's lexer. */
const SCALAR = '\x1f';

const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ').trim();

/** The first alias inside the node it names (`- &p [*p]`), which would make data that contains itself. */
function aliasInsideItsNode(document: Document.Parsed): Found | undefined {
  let found: Found | undefined;
  visit(document, {
    Alias(_key, alias, ancestors) {
      const target = alias.resolve(document);
      if (!target || !ancestors.includes(target)) return undefined;
      found = { offset: alias.range?.[0] ?? 0, message: 'invalid YAML: an alias inside the node it names' };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The first key `<<`: YAML 1.1 merged a mapping's fields there; the YAML 1.2 core schema,
 * which Essay Markdown reads, has no merge keys, and would read a field named "<<".
 */
function mergeKey(document: Document.Parsed): Found | undefined {
  let found: Found | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== '<<' || pair.key.type !== Scalar.PLAIN) return undefined;
      const message =
        'invalid YAML: "<<" is not a merge key: Essay Markdown reads YAML 1.2 (core schema), which has none; write the fields out';
      found = { offset: pair.key.range?.[0] ?? 0, message };
      return visit.BREAK;
    },
  });
  return found;
}

/** What a node of YAML gives when its aliases are expanded: characters, aliases. */
interface Expanded {
  size: number;
  aliases: number;
}

/**
 * Adds the document's size with its aliases expanded (the characters of its scalars and
 * one per node) and its aliases to the file's budget, node by node in the order of the
 * text, before YAML expands anything; the first node that takes the budget over a limit
 * is found, the alias that does as a rule. An alias names a node that ends before it (one
 * inside its node is refused before), so that node's expansion is known when it comes.
 */
function overBudget(document: Document.Parsed, budget: YamlBudget): Found | undefined {
  const { maxInputBytes } = budget.limits;
  const anchored = new Map<unknown, Expanded>();
  const walk = (node: unknown): Expanded | Found => {
    let expanded: Expanded = { size: 1, aliases: 0 };
    if (isAlias(node)) {
      const target = anchored.get(node.resolve(document)) ?? expanded;
      expanded = { size: target.size, aliases: target.aliases + 1 };
    } else if (isScalar(node)) {
      expanded.size += String(node.value ?? '').length;
    }
    budget.size += expanded.size;
    budget.aliases += expanded.aliases;
    const offset = (node as Node | null)?.range?.[0] ?? 0;
    if (budget.size > maxInputBytes) {
      const what = isAlias(node) ? `the alias *${node.source} expands the YAML` : 'the YAML';
      return {
        offset,
        message: overLimit(`${what} to more than ${maxInputBytes} characters`, 'maxInputBytes'),
      };
    }
    if (budget.aliases > MAX_ALIAS_COUNT) {
      const message = `invalid YAML: more than ${MAX_ALIAS_COUNT} aliases, counting those inside what each alias names`;
      return { offset, message };
    }
    if (isCollection(node)) {
      for (const item of node.items) {
        for (const part of isPair(item) ? [item.key, item.value] : [item]) {
          const inner = walk(part);
          if ('offset' in inner) return inner;
          expanded.size += inner.size;
          expanded.aliases += inner.aliases;
        }
      }
    }
    if ((node as Node | null)?.anchor) anchored.set(node, expanded);
    return expanded;
  };
  const result = walk(document.contents);
  return 'offset' in result ? result : undefined;
}

/** Gives each plain scalar that YAML read as a number or a boolean its text as written. */
function readNumbersAsText(document: Document.Parsed): void {
  visit(document, {
    Scalar(_key, scalar) {
      const typed = typeof scalar.value === 'number' || typeof scalar.value === 'boolean';
      if (typed && scalar.source !== undefined) scalar.value = scalar.source;
    },
  });
}

/** `principles[0].name` as `['principles', 0, 'name']`. Keys are the schema's names: no dots or brackets. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(index === undefined ? key : Number(index));
  }
  return segments;
}

/**
 * The file's line of the YAML key or item that `segments` names. Where the path goes past
 * what the YAML holds (a missing field), the line of the deepest key or item it does hold;
 * a path that names nothing inside the YAML gives the opening line.
 */
export function lineOfPath(source: YamlSource, segments: readonly (string | number)[]): number {
  let node: unknown = source.document.contents;
  let offset: number | undefined;
  for (const segment of segments) {
    let next: { at: Node | null | undefined; value: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair) next = { at: (pair.key as Node | null) ?? (pair.value as Node | null), value: pair.value };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item !== undefined && !isPair(item)) next = { at: item as Node | null, value: item };
    }
    if (!next) break;
    offset = next.at?.range?.[0] ?? offset;
    node = next.value;
  }
  if (offset === undefined) return source.openingLine;
  return source.firstLine - 1 + source.lineCounter.linePos(offset).line;
}

/** Characters that YAML can only write escaped, in double quotes. */
const NEEDS_ESCAPE = /[\p{Cc}\p{Cs}\u2028\u2029\uFEFF\uFFFE\uFFFF]/u;

/** True when YAML's default style writes `text` as a plain (unquoted) scalar. */
function writesPlain(text: string): boolean {
  return !/^v: ["']/.test(stringify({ v: text }, { lineWidth: 0 }));
}

/**
 * The style that reads best for a string, among those that read back as the same string:
 * - text with a control character (a tab, a carriage return…): double quotes, the only
 *   style that can hold it (escaped);
 * - text of several lines: a literal block (`|`), its lines as they are;
 * - text that needs no quotes: plain;
 * - text that does (it starts with `[[` or `*`, holds `: `, looks like a number…): single
 *   quotes, as Prettier writes YAML here; with a `'` in the text, double quotes; with `"` or
 *   `\` as well, which double quotes would escape, a folded block (`>-`), which holds any
 *   printable line as it is.
 * Where a style cannot hold the text after all, YAML falls back to quotes by itself.
 */
function styleOf(text: string): Scalar.Type | undefined {
  if (NEEDS_ESCAPE.test(text.replace(/\n/g, ''))) return Scalar.QUOTE_DOUBLE;
  if (text.includes('\n')) return Scalar.BLOCK_LITERAL;
  if (writesPlain(text)) return undefined;
  if (!text.includes("'")) return Scalar.QUOTE_SINGLE;
  if (!/["\\]/.test(text) || text.trim() !== text) return Scalar.QUOTE_DOUBLE;
  return Scalar.BLOCK_FOLDED;
}

/** One line per value, and `[a, b]` for a list on one line; quotes, where YAML chooses them, single. */
const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, singleQuote: true } as const;

/** A list that fits on one line reads best as `[China, Russia]`. */
const FLOW_LINE_LIMIT = 100;

/**
 * Writes `value` as YAML for Essay Markdown: block style, two-space indents, one line per
 * value however long (an editor wraps lines; a diff then shows the sentence that changed),
 * strings in the style of `styleOf`. The lists named in `flowKeys` are written on one line
 * where they fit.
 */
export function writeYaml(value: unknown, flowKeys: readonly string[] = []): string {
  const document = new Document(value, PARSE_OPTIONS);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string') node.type = styleOf(node.value);
    },
  });
  for (const key of flowKeys) {
    const list = document.get(key, true);
    if (!isSeq(list)) continue;
    const flowList = stringify(list.toJSON(), { ...WRITE_OPTIONS, collectionStyle: 'flow' }).trimEnd();
    // A list whose items take lines of their own (text with a line break) is written a line per item.
    if (flowList.includes('\n') || `${key}: ${flowList}`.length > FLOW_LINE_LIMIT) continue;
    list.flow = true;
    // Inside [ ], YAML's own quoting rules for flow lists apply.
    for (const item of list.items) if (isScalar(item)) item.type = undefined;
  }
  return document.toString(WRITE_OPTIONS);
}
