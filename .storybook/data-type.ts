/**
 * Writes an element's data type as a short TypeScript snippet, read from the same
 * valibot schema that validates the data, so the docs cannot drift from the code.
 */
import type { GenericSchema } from 'valibot';
import {
  CountryCode,
  EssayData,
  EssayShell,
  IsoDate,
  RichText,
  Url,
  definitions,
} from '../src/schema/schema.js';

/** The parts of a valibot schema object that the snippet needs. */
interface Node {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  items?: Node[];
  options?: (Node | string)[];
  literal?: unknown;
  getter?: (input: unknown) => Node;
  pipe?: { kind: string; type: string; requirement?: unknown; description?: string }[];
}

/** Plain-string types the docs name, with what they mean. */
const ALIASES = new Map<unknown, [name: string, meaning: string]>([
  [
    RichText,
    ['RichText', '*em*, **strong**, [label](https://url), [[glossary term]]; anything else is literal text'],
  ],
  [IsoDate, ['ISODate', '"2018", "2018-07" or "2018-07-26", shown at that precision']],
  [CountryCode, ['CountryCode', 'ISO 3166-1 alpha-2 ("CN"), shown as the localized country name']],
  [Url, ['string', '']],
]);
const NAMES = new Map<unknown, string>([
  ...Object.entries(definitions).map(([name, schema]) => [schema, name] as const),
  [EssayData, 'EssayData'],
]);
/**
 * Schemas that leave a part unchecked, for the element to check piece by piece, are
 * documented by the full type they accept: `<essay-article>` checks each block on its own.
 */
const DOCUMENTED = new Map<unknown, unknown>([[EssayShell, EssayData]]);
const richTextDescription = (RichText as unknown as Node).pipe?.find(
  (a) => a.type === 'description',
)?.description;

class Printer {
  readonly references: string[] = [];
  readonly aliases = new Set<string>();

  /** The type of `node`; a named schema by its name unless `expand`. */
  type(node: Node, expand = false): string {
    const alias = ALIASES.get(node);
    if (alias) return this.alias(alias[0]);
    const name = NAMES.get(node);
    if (name && !expand) {
      if (!this.references.includes(name)) this.references.push(name);
      return name;
    }
    if (node.pipe?.some((a) => a.type === 'description' && a.description === richTextDescription)) {
      return this.alias('RichText');
    }
    switch (node.type) {
      case 'optional':
      case 'nullish':
        return this.type(node.wrapped!);
      case 'array': {
        const item = this.type(node.item!);
        return item.includes('|') && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
      }
      case 'tuple':
      case 'strict_tuple':
        return `[${node.items!.map((item) => this.type(item)).join(', ')}]`;
      case 'picklist':
        return node.options!.map((option) => JSON.stringify(option).replaceAll('"', "'")).join(' | ');
      case 'literal':
        return JSON.stringify(node.literal).replaceAll('"', "'");
      case 'variant':
      case 'union': {
        const options = (node.options as Node[]).map((option) => this.type(option));
        return expand ? options.map((option) => `\n  | ${option}`).join('') : options.join(' | ');
      }
      case 'lazy':
        return this.type(node.getter!(undefined));
      case 'object':
      case 'strict_object':
      case 'loose_object':
        return `{ ${this.fields(node)
          .map(([field, text]) => `${field}: ${text}`)
          .join('; ')} }`;
      default:
        return node.type;
    }
  }

  /** `[name?, type, comment]` for each entry of an object schema. */
  fields(node: Node): [field: string, type: string, comment?: string][] {
    return Object.entries(node.entries ?? {}).map(([key, entry]) => {
      const optional = entry.type === 'optional' || entry.type === 'nullish';
      const inner = optional ? entry.wrapped! : entry;
      const min = inner.pipe?.find((a) => a.type === 'min_length')?.requirement;
      return [`${key}${optional ? '?' : ''}`, this.type(entry), min ? `at least ${min}` : undefined];
    });
  }

  interface(name: string, node: Node): string {
    const fields = this.fields(node);
    const oneLine = `interface ${name} { ${fields.map(([f, t]) => `${f}: ${t}`).join('; ')} }`;
    if (oneLine.length <= 100 && fields.every(([, , comment]) => !comment)) return oneLine;
    const lines = fields.map(([f, t, comment]) => `  ${f}: ${t};${comment ? ` // ${comment}` : ''}`);
    return `interface ${name} {\n${lines.join('\n')}\n}`;
  }

  private alias(name: string): string {
    if (name !== 'string') this.aliases.add(name);
    return name;
  }
}

/**
 * `interface PullQuoteData { … }`, then the named types it uses (other elements' data
 * types by name only: each has its own page), then what the string aliases mean.
 */
export function dataTypeSnippet(schema: GenericSchema, fallbackName = 'Data'): string {
  const printer = new Printer();
  const root = (DOCUMENTED.get(schema) ?? schema) as Node;
  const rootName = NAMES.get(root) ?? fallbackName;
  const blocks = [printer.interface(rootName, root)];
  for (let i = 0; i < printer.references.length; i++) {
    const name = printer.references[i];
    if (name === rootName || name.endsWith('Data')) continue;
    const node = (definitions as Record<string, unknown>)[name] as Node;
    blocks.push(
      node.type.endsWith('object')
        ? printer.interface(name, node)
        : `type ${name} = ${printer.type(node, true)};`.replace('= \n', '=\n'),
    );
  }
  const aliases = [...ALIASES.values()]
    .filter(([name]) => printer.aliases.has(name))
    .map(([name, meaning]) => `type ${name} = string; // ${meaning}`);
  return [...blocks, ...(aliases.length ? [aliases.join('\n')] : [])].join('\n\n');
}
