import { safeParse, type GenericSchema, type InferOutput } from 'valibot';

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

/** Values that passed a check, with the schema they passed: what `validate` gives back as it is. */
const passed = new WeakMap<object, GenericSchema>();

/**
 * Notes that `value`, a part of a value `validate` gave back, passed `schema`: an element given
 * data its parent has checked (an essay's blocks, byline and notes) does not check it again.
 */
export function passedCheck(schema: GenericSchema, value: unknown): void {
  if (typeof value === 'object' && value !== null) passed.set(value, schema);
}

/**
 * Checks `input` against `schema`. Unknown extra fields are dropped from the value, so
 * newer data keeps working with older elements. A missing field is reported with the
 * message of the field itself (`title: expected a non-empty string`).
 */
export function validate<S extends GenericSchema>(
  schema: S,
  input: unknown,
  prefix = '',
): Validation<InferOutput<S>> {
  if (typeof input === 'object' && input !== null && passed.get(input) === schema) {
    return { ok: true, value: input as InferOutput<S> };
  }
  let result;
  try {
    result = safeParse(schema, input);
  } catch {
    // Data that contains itself (through a nested list of key points, say) recurses until
    // the stack runs out: that is an answer about the data, not an error of the page.
    return { ok: false, errors: [{ path: prefix, message: 'could not be checked: it contains itself' }] };
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
