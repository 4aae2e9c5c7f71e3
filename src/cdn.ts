/**
 * The entry of the CDN files (`dist/essay-widgets.js`, `.iife.js`, `.hydrate.js`): defines
 * every element and exposes the classes, `define()`, `elements` and `validate()` (with an
 * element's `schema`: `validate(PullQuote.schema, data)`). The schema objects themselves
 * are the npm package's (`essay-widgets`): the CDN files check data with a compact runtime
 * (src/schema/runtime.ts), and a page has no use for the JSON Schema's building blocks.
 */
export { define, elements } from './index.js';
export * from './elements.js';
