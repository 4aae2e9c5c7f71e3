/** The entry of `dist/essay-widgets.hydrate.js`: the CDN file, with Lit's hydration support first (see `hydrate.ts`). */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './core/base/hydration.js';

export * from './cdn.js';
