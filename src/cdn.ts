/**
 * The entry of the CDN files (`dist/essay-widgets.js`, `.iife.js`, `.hydrate.js`): defines
 * every element and exposes the classes, `define()`, `elements`, `defineLocale()` and
 * `validate()` (with an element's `schema`: `validate(PullQuote.schema, data)`). The locales
 * are files beside the bundle (`locales/<tag>.js`), loaded when a page first speaks one.
 */
import { setLocaleBase } from './core/i18n/i18n.js';

// (Loaded from an address with nothing beside it, a blob: URL say, it speaks English and what
// defineLocale() gives it.)
if (URL.canParse('./locales/', import.meta.url)) setLocaleBase(new URL('./locales/', import.meta.url));

export { define, elements } from './index.js';
export * from './elements.js';
