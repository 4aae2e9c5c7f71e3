import { safeParse, type GenericSchema, type InferOutput } from 'valibot';
import { limitsWith, overLimit, type Limits } from '../core/limits.js';

/** One problem with a piece of data, located by a path such as `principles[2].name`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

interface PathItem {
  key: unknown;
  input: unknown;
}

/** The parts of a valibot schema object that locating a field's schema needs. */
interface SchemaNode {
  type: string;
  message?: unknown;
  wrapped?: SchemaNode;
  pipe?: SchemaNode[];
  kind?: string;
  getter?: (input: unknown) => SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  items?: SchemaNode[];
  key?: string;
  options?: SchemaNode[];
  literal?: unknown;
}

/** Writes a path the way a reader of the JSON would: `body[0].data.text`. */
export function formatPath(items: readonly { key: unknown }[] | undefined, prefix = ''): string {
  let path = prefix;
  for (const { key } of items ?? []) {
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** Follows `path` down from `root` to the schema of the value it names. */
function schemaAt(root: SchemaNode, path: readonly PathItem[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const { key, input } of path) {
    while (node?.wrapped || node?.getter || node?.options) {
      if (node.getter) node = node.getter(input);
      else if (node.options) {
        const tag: unknown = (input as Record<string, unknown>)[node.key!];
        node = node.options.find((option) => option.entries?.[node!.key!]?.literal === tag);
      } else node = node.wrapped;
    }
    // A pipe of several schemas (count first, then check the items) describes its items last.
    node = node?.pipe?.findLast((item) => item.kind === 'schema') ?? node;
    node = node?.entries?.[String(key)] ?? node?.items?.[Number(key)] ?? node?.item;
  }
  return node;
}

/**
 * The first way `input` goes over `limits` (docs/limits.md), found in one walk that stops
 * there, before the schema's much costlier one; or data that contains itself. `how` tells
 * how to raise a limit, where the library's options cannot.
 */
export function overLimits(
  input: unknown,
  limits: Limits,
  prefix = '',
  how?: string,
): ValidationIssue | undefined {
  const keys: { key: unknown }[] = [];
  const parents: object[] = [];
  let size = 0;
  const issue = (what: string, name: keyof Limits) => ({
    path: formatPath(keys, prefix),
    message: overLimit(what, name, how),
  });
  const walk = (value: unknown): ValidationIssue | undefined => {
    size++;
    if (typeof value === 'string') {
      size += value.length;
      if (value.length > limits.maxStringLength) {
        return issue(`longer than ${limits.maxStringLength} characters`, 'maxStringLength');
      }
    } else if (value && typeof value === 'object') {
      if (parents.includes(value))
        return { path: prefix, message: 'could not be checked: it contains itself' };
      if (parents.length >= limits.maxDepth) {
        return issue(`nested deeper than ${limits.maxDepth} levels`, 'maxDepth');
      }
      const list = Array.isArray(value);
      if (list && value.length > limits.maxItems) {
        return issue(`more than ${limits.maxItems} items`, 'maxItems');
      }
      parents.push(value);
      for (const key of Object.keys(value)) {
        keys.push({ key: list ? Number(key) : key });
        size += key.length;
        const over = walk((value as Record<string, unknown>)[key]);
        if (over) return over;
        keys.pop();
      }
      parents.pop();
    }
    if (size > limits.maxInputBytes) {
      return issue(`more than ${limits.maxInputBytes} characters of data`, 'maxInputBytes');
    }
  };
  return walk(input);
}

/**
 * Checks `input` against `schema`. Unknown extra fields are dropped from the value, so
 * newer data keeps working with older elements. A missing field is reported with the
 * message of the field itself (`title: expected a non-empty string`). Input over one of
 * `limits` (the defaults of docs/limits.md unless given) is refused with that one problem.
 */
export function validate<S extends GenericSchema>(
  schema: S,
  input: unknown,
  prefix = '',
  limits?: Partial<Limits>,
): Validation<InferOutput<S>> {
  let result;
  try {
    const over = overLimits(input, limitsWith(limits), prefix);
    if (over) return { ok: false, errors: [over] };
    result = safeParse(schema, input);
  } catch (error) {
    // Nesting within a raised maxDepth that still outgrows the engine's stack.
    return { ok: false, errors: [{ path: prefix, message: `could not be checked: ${String(error)}` }] };
  }
  if (result.success) return { ok: true, value: result.output };
  const seen = new Set<string>();
  const errors: ValidationIssue[] = [];
  for (const issue of result.issues) {
    const path = (issue.path ?? []) as readonly PathItem[];
    let { message } = issue;
    if (issue.type === 'object' && issue.input === undefined && path.length) {
      const field = schemaAt(schema as unknown as SchemaNode, path)?.message;
      message = typeof field === 'string' ? field : 'expected a value';
    }
    const error = { path: formatPath(path, prefix), message };
    const key = `${error.path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return { ok: false, errors };
}
