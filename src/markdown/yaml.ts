/**
 * YAML as Essay Markdown reads and writes it: the front matter, each fence's content and a
 * single widget's data. Reading keeps the parsed document and its line counter, so that a
 * validation error's path can be traced back to the line of the key or item it names.
 */
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  stringify,
  visit,
  type Node,
} from 'yaml';

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

/** A document with more aliases than this is refused rather than expanded (a "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads a YAML text. `firstLine` is the file's line of the text's first line; `openingLine`
 * the line to report problems of the text as a whole at; `path` the data path the text's
 * root stands for (`body[3].data`), for its syntax errors.
 *
 * Essay data holds only text, so a plain scalar that YAML would read as a number or a
 * boolean is read as the text written: `date: 2017` is the year "2017", `name: 1984` the
 * name "1984", `abbreviation: 1.50` the string "1.50" (not 1.5). `null`, `~` and an empty
 * value stay null: no value, which the schema reports where a value is needed.
 */
export function readYaml(text: string, firstLine: number, openingLine: number, path: string): ReadYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const source = { document, lineCounter, firstLine, openingLine };
  if (document.errors.length) {
    const lastLine = firstLine - 1 + Math.max(1, text.trimEnd().split('\n').length);
    const issues = document.errors.map((error) => ({
      // An error at the very end of the text (an unclosed bracket) belongs to its last line.
      line: Math.min(lastLine, firstLine - 1 + lineCounter.linePos(error.pos[0]).line),
      path,
      message: `invalid YAML: ${oneLine(error.message)}`,
    }));
    return { value: undefined, source, issues };
  }
  const selfAlias = aliasInsideItsNode(document);
  if (selfAlias !== undefined) {
    const line = firstLine - 1 + lineCounter.linePos(selfAlias).line;
    const message = 'invalid YAML: an alias inside the node it names';
    return { value: undefined, source, issues: [{ line, path, message }] };
  }
  readNumbersAsText(document);
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), source, issues: [] };
  } catch (error) {
    // Too many aliases: the one error toJS raises for a well-formed document.
    return {
      value: undefined,
      source,
      issues: [{ line: openingLine, path, message: `invalid YAML: ${oneLine((error as Error).message)}` }],
    };
  }
}

const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The offset of the first alias inside the node it names (`- &p [*p]`), which would make
 * data that contains itself.
 */
function aliasInsideItsNode(document: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(document, {
    Alias(_key, alias, ancestors) {
      const target = alias.resolve(document);
      if (!target || !ancestors.includes(target)) return undefined;
      found = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
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
    const flowList = stringify(list.toJSON(), { ...WRITE_OPTIONS, collectionStyle: 'flow' });
    if (`${key}: ${flowList}`.trimEnd().length > FLOW_LINE_LIMIT) continue;
    list.flow = true;
    // Inside [ ], YAML's own quoting rules for flow lists apply.
    for (const item of list.items) if (isScalar(item)) item.type = undefined;
  }
  return document.toString(WRITE_OPTIONS);
}
