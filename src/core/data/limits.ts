/**
 * Limits on input (docs/limits.md): what the library reads before any expensive work, so
 * that hostile or broken input stops at a clear message instead of taking the time and
 * memory of the machine. The defaults leave a wide margin above any real essay.
 */

import { formatPath, type ValidationIssue } from '../../schema/validate.js';

/** The limits, each a number; an option `limits` takes any of them. */
export interface Limits {
  /**
   * The size of the input: bytes of Markdown or JSON text (UTF-8), and for data given as
   * values, the characters of its strings and keys, aliases of YAML expanded.
   */
  maxInputBytes: number;
  /** Levels of lists and objects inside one another. */
  maxDepth: number;
  /** Items in one list: the blocks of the body, a timeline's events… */
  maxItems: number;
  /** Characters in one string: a paragraph, a quotation, a description… */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxInputBytes: 2_000_000,
  maxDepth: 32,
  maxItems: 10_000,
  maxStringLength: 100_000,
};

/** The defaults with the limits given instead. */
export const limitsWith = (given: Partial<Limits> = {}): Limits => ({ ...DEFAULT_LIMITS, ...given });

/**
 * The message for input over a limit: what is over it, which limit, and `how` to raise it
 * (`nested deeper than 32 levels: over limits.maxDepth; raise it with the limits option or --limit maxDepth=N`).
 */
export const overLimit = (what: string, name: keyof Limits, how?: string): string =>
  `${what}: over limits.${name}; ${how ?? `raise it with the limits option or --limit ${name}=N`}`;

/**
 * The message for text larger than `limits.maxInputBytes` in UTF-8, or undefined. Bytes
 * are counted only when the length alone does not decide: a UTF-16 unit is 1 to 3 bytes.
 */
export function textOverLimit(text: string, limits: Limits): string | undefined {
  const max = limits.maxInputBytes;
  let bytes = text.length;
  if (bytes <= max && bytes * 3 > max) {
    bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Each half of a surrogate pair (4 bytes) counts 2.
      bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
    }
  }
  if (bytes <= max) return undefined;
  return overLimit(`the input is larger than ${max} bytes`, 'maxInputBytes');
}

/**
 * The first way `input` goes over `limits`, found in one walk that stops there, before the
 * schema's much costlier one; or data that contains itself. `how` tells how to raise a
 * limit, where the library's options cannot. (The elements' own `validate` leaves this
 * out, for the bytes of the bundle: docs/limits.md.)
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
