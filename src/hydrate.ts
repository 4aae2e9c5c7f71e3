/**
 * Defines every element, ready to hydrate server-rendered HTML (see `essay-widgets/ssr`):
 * an element whose Declarative Shadow DOM came from the server takes it over as it is,
 * without rendering again. Lit's hydration support must run before Lit itself loads,
 * so this module imports it first; import this module before anything else that uses Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './core/base/hydration.js';

export * from './index.js';
