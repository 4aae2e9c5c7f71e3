/**
 * Defines every essay element and exports the classes, the schema and the types (the
 * npm entry; the CDN files start from `cdn.ts`).
 */
import * as classes from './elements.js';
import { className, ELEMENT_TAGS, type ElementTag, type PascalCase } from './registry.js';

/** Every element class, by its default tag: `PullQuote` for `pull-quote`. */
export const elements = Object.fromEntries(ELEMENT_TAGS.map((tag) => [tag, classes[className(tag)]])) as {
  [T in ElementTag]: (typeof classes)[PascalCase<T>];
};

/** Defines every element under its default tag (idempotent), in `registry` if given. */
export function define(registry?: CustomElementRegistry): void {
  for (const element of Object.values(elements)) element.define(undefined, registry);
}

define();

export * from './elements.js';
export * from './schema/schema.js';
export * from './registry.js';
