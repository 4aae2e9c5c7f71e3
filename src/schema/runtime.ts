/**
 * The CDN bundles check data with this small interpreter instead of valibot's own
 * runtime: `rollup.config.mjs` resolves `valibot` to this module there, which saves
 * about 2 KB gzip. It implements exactly the valibot functions `schema.ts` uses, builds
 * schema objects with valibot's field names (so `validate.ts` reads both alike) and
 * reports the same issues in the same order; `test/node/validator.test.mjs` checks
 * that against valibot on every schema with generated data. The npm modules, the
 * JSON Schema and the types use valibot itself.
 */

/** A schema, validation or metadata object, with the fields of valibot's that `validate.ts` reads. */
export interface Node {
  kind: 'schema' | 'validation' | 'metadata';
  type: string;
  message?: string;
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  wrapped?: Node;
  options?: Node[];
  key?: string;
  literal?: unknown;
  getter?: (input: unknown) => Node;
  pipe?: Node[];
  /** What a value of a leaf schema, or one meeting a validation, satisfies. */
  is?: (value: never) => boolean;
}

/** One problem, as valibot reports it (the fields `validate.ts` reads). */
export interface Issue {
  type: string;
  input: unknown;
  message?: string;
  path: { key: unknown; input: unknown }[];
}

type Path = Issue['path'];
type Input = Record<string, unknown>;
type Result = [typed: boolean, output: unknown];

const schema = (type: string, fields?: Partial<Node>): Node => ({ kind: 'schema', type, ...fields });
const validation =
  <R>(test: (value: never, requirement: R) => boolean) =>
  (requirement: R, message?: string): Node => ({
    kind: 'validation',
    type: 'validation',
    message,
    is: (value) => test(value, requirement),
  });

export const string = (message?: string) =>
  schema('string', { message, is: (value: unknown) => typeof value === 'string' });
export const unknown = () => schema('unknown', { is: () => true });
export const literal = (literal: unknown, message?: string) =>
  schema('literal', { literal, message, is: (value: unknown) => value === literal });
export const picklist = (options: readonly unknown[], message?: string) =>
  schema('picklist', { message, is: (value: unknown) => options.includes(value) });
export const object = (entries: Record<string, Node>, message?: string) =>
  schema('object', { entries, message });
export const array = (item: Node, message?: string) => schema('array', { item, message });
export const strictTuple = (items: Node[], message?: string) => schema('strict_tuple', { items, message });
export const variant = (key: string, options: Node[], message?: string) =>
  schema('variant', { key, options, message });
export const optional = (wrapped: Node) => schema('optional', { wrapped });
export const lazy = (getter: (input: unknown) => Node) => schema('lazy', { getter });
export const pipe = (...pipe: Node[]): Node => ({ ...pipe[0], pipe });
export const regex = validation((value: string, pattern: RegExp) => pattern.test(value));
export const check = validation((value: never, test: (value: never) => boolean) => test(value));
export const minLength = validation((value: unknown[], min: number) => value.length >= min);
export const length = validation((value: unknown[], length: number) => value.length === length);
export const description = (): Node => ({ kind: 'metadata', type: 'description' });

/**
 * Checks `value` against `node`, adding to `issues` at `path`; returns whether the value
 * had the schema's type (valibot's `typed`) and the output, unknown keys dropped.
 */
function run(node: Node, value: unknown, issues: Issue[], path: Path): Result {
  // (`input` has no default: a missing key reports `undefined`.)
  const fail = (input: unknown, at = path, by = node): Result => {
    issues.push({ type: by.type, input, message: by.message, path: at });
    return [false, value];
  };
  const at = (key: unknown) => [...path, { key, input: value }];
  const input = value as Input;
  const { pipe, is, wrapped, getter, options, entries, item, items } = node;
  if (pipe) {
    const before = issues.length;
    let typed = false;
    for (const each of pipe) {
      if (each.kind === 'schema') {
        if (issues.length > before) return [false, value];
        [typed, value] = run(each, value, issues, path);
      } else if (typed && each.is?.(value as never) === false) fail(value, path, each);
    }
    return [typed, value];
  }
  if (is) return is(value as never) ? [true, value] : fail(value);
  if (wrapped) return value === undefined ? [true, value] : run(wrapped, value, issues, path);
  if (getter) return run(getter(value), value, issues, path);
  if (!value || typeof value !== 'object' || ((item || items) && !Array.isArray(value))) return fail(value);
  let typed = true;
  const add = ([ok, out]: Result) => ((typed &&= ok), out);
  if (options) {
    const key = node.key!;
    const option = options.find((each) => key in input && each.entries![key].literal === input[key]);
    return option ? run(option, value, issues, path) : fail(input[key], at(key));
  }
  if (entries) {
    const output: Input = {};
    for (const key in entries) {
      if (key in input) output[key] = add(run(entries[key], input[key], issues, at(key)));
      else if (entries[key].type !== 'optional') typed = fail(undefined, at(key))[0];
    }
    return [typed, output];
  }
  const list = value as unknown[];
  const output = Array.from(items ?? list, (_, key) =>
    add(run(item ?? items![key], list[key], issues, at(key))),
  );
  if (items && list.length > items.length) typed = fail(list[items.length], at(items.length))[0];
  return [typed, output];
}

/** valibot's `safeParse`, for the schemas built above. */
export function safeParse(node: Node, input: unknown) {
  const issues: Issue[] = [];
  const [typed, output] = run(node, input, issues, []);
  return { typed, success: !issues.length, output, issues };
}
