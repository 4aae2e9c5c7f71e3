/**
 * The code an editor pastes into a CMS: the library's CDN script, then the element in the embed
 * form that survives a CMS's sanitizer (src/core/embed.ts): its data in `data-json`, its
 * readable copy inside. The copy is the one the library's own element writes for the data, so
 * the studio holds no second way of making it.
 */
import { embedElement } from '../src/core/embed.js';

/** The library's CDN bundle, at the version the studio was built with. */
export function cdnUrl(version: string): string {
  return `https://unpkg.com/essay-widgets@${version}/dist/essay-widgets.js`;
}

/** The embed code for `tag` holding `data`, with `copy`, its readable copy as HTML. */
export function embedCode(
  tag: string,
  data: unknown,
  copy: string,
  release: { version: string; integrity: string },
): string {
  const script = `<script type="module" src="${cdnUrl(release.version)}" integrity="${release.integrity}" crossorigin="anonymous"></script>`;
  return `${script}\n${embedElement(tag, data, copy)}\n`;
}

/** Where the code goes, as the studio offers the choice. */
export type Place = 'cms' | 'wordpress' | 'markdown';

export interface PlaceAdvice {
  label: string;
  /** One short line: how to paste it there, and why this code. */
  why: string;
  /** What that place may strip, and what to do about it. */
  warning?: string;
}

export const PLACES: Record<Place, PlaceAdvice> = {
  cms: {
    label: 'A CMS that keeps HTML (Ghost, Drupal)',
    why: 'Paste it into an HTML block (Ghost: an HTML card; Drupal: a Full HTML text format). The script loads the widgets, checked by its integrity hash; the element holds its data and a readable copy.',
  },
  wordpress: {
    label: 'WordPress',
    why: 'Paste it into a Custom HTML block. WordPress keeps the readable copy for every user.',
    warning:
      'For Authors and Contributors, and for everyone on multisite, WordPress removes the script and the element: readers get the readable copy, not the widget, unless a plugin allows the elements and the theme loads the script.',
  },
  markdown: {
    label: 'Markdown or a static site (Hugo, Jekyll, Eleventy)',
    why: 'Paste it between two paragraphs: it has no blank line, so Markdown that allows HTML keeps it whole.',
    warning:
      'Hugo drops HTML in Markdown unless markup.goldmark.renderer.unsafe is set, and some Markdown shows it as text: there, save the code as a file (Download HTML) and use the shortcode {{< essay-widgets file="…" >}} in Hugo or {% include essay-widgets.html file="…" %} in Jekyll.',
  },
};

type DataElement = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

/** Waits until `element` has written its readable copy; its top nodes, or `undefined` after `timeout` ms. */
function writtenCopy(element: HTMLElement, timeout: number): Promise<Element[] | undefined> {
  const copy = () =>
    [...element.children].filter(
      (child) => child.hasAttribute('data-essay-generated') && child.localName !== 'script',
    );
  return new Promise((resolve) => {
    const done = (nodes: Element[] | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(nodes);
    };
    const observer = new MutationObserver(() => {
      if (copy().length) done(copy());
    });
    const timer = setTimeout(() => done(undefined), timeout);
    observer.observe(element, { childList: true });
    if (copy().length) done(copy());
  });
}

/**
 * Renders elements out of sight, at the heading level a page gives them by default, for the
 * readable copy they write: the copy that goes into the embed code.
 */
export class CopyMaker {
  readonly #host: HTMLElement;
  /** Counts requests, so that an older one finishing late is known as such. */
  #generation = 0;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** The readable copy of `tag` holding `data`, as HTML; `undefined` when a newer request came first or none was written. */
  async copy(tag: string, data: unknown, timeout = 20_000): Promise<string | undefined> {
    const generation = ++this.#generation;
    await customElements.whenDefined(tag);
    if (generation !== this.#generation) return undefined;
    const element = document.createElement(tag) as DataElement;
    element.data = data;
    this.#host.replaceChildren(element);
    const nodes = await writtenCopy(element, timeout);
    if (generation !== this.#generation || !nodes) return undefined;
    const holder = document.createElement('div');
    holder.append(...nodes.map((node) => node.cloneNode(true)));
    this.#host.replaceChildren();
    // The copy is DOM the library built from the data, so the serializer escapes every text and attribute.
    return holder.getHTML();
  }
}
