/**
 * The CDN loader, `dist/essay-widgets.loader.js`: defines each element when its tag first
 * appears in the page, by loading that element's file (`elements/<tag>.js` beside the loader)
 * and, once, what the elements share (`elements/shared.js`). A page with one pull quote
 * downloads the pull quote's code and no other element's. An essay renders every element: for
 * `<essay-article>` the loader loads the file that holds them all (`essay-widgets.js`), which
 * is smaller than its parts. The tags come from the registry; an element defines the elements
 * it renders inside itself (a text its glossary terms).
 */
import { ELEMENT_TAGS } from './registry.js';

const requested = new Set<string>();

function load(file: string, tags: readonly string[]): void {
  for (const tag of tags) requested.add(tag);
  import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch((error: unknown) => {
    console.warn(`essay-widgets: ${file} could not be loaded: ${error}`);
  });
}

/** Loads what the essay elements in `root` (itself included) need and is not yet loaded. */
function discover(root: Element | Document): void {
  const found = new Set<string>();
  for (const tag of ELEMENT_TAGS) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) found.add(tag);
  }
  if (found.has('essay-article')) load('./essay-widgets.js', ELEMENT_TAGS);
  else for (const tag of found) load(`./elements/${tag}.js`, [tag]);
}

discover(document);
const observer = new MutationObserver((records) => {
  for (const { addedNodes } of records) {
    for (const node of addedNodes) if (node instanceof Element) discover(node);
  }
  // Every element requested: nothing more to watch for.
  if (requested.size === ELEMENT_TAGS.length) observer.disconnect();
});
if (requested.size < ELEMENT_TAGS.length) {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
