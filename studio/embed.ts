/**
 * The code an editor pastes into a CMS: the library's CDN script, then the element in the embed
 * form that survives a CMS's sanitizer (src/core/readers/embed.ts): its data in `data-json`, its
 * readable copy inside. The copy is the one the library's own element writes for the data, so
 * the studio holds no second way of making it.
 */
import {
  OEMBED_FILE,
  embedElement,
  embedPage,
  essayDetails,
  iframeCode,
  oEmbedResponse,
  type OEmbedDetails,
} from '../src/core/readers/embed.js';
import { scriptJson } from '../src/core/data/script-json.js';
import type { EssayData } from '../src/schema/schema.js';

/**
 * The library's release the studio was built with: its version, and the integrity of the files
 * pages load: the single file (`integrity`), the loader and the frame script.
 */
export interface Release {
  version: string;
  integrity: string;
  loaderIntegrity: string;
  frameIntegrity: string;
}

/** The library's CDN file `name`, at the version the studio was built with. */
export function cdnUrl(version: string, name = 'essay-widgets.js'): string {
  return `https://unpkg.com/essay-widgets@${version}/dist/${name}`;
}

/**
 * The embed code for `tag` holding `data`, with `copy`, its readable copy as HTML. For one
 * widget the script is the loader, which loads the code of the elements on the page and no
 * other; an essay uses every element, and gets the single file that holds them all (which is
 * what the loader would load for it).
 */
export function embedCode(tag: string, data: unknown, copy: string, release: Release): string {
  const [src, integrity] =
    tag === 'essay-article'
      ? [cdnUrl(release.version), release.integrity]
      : [cdnUrl(release.version, 'essay-widgets.loader.js'), release.loaderIntegrity];
  const script = `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  return `${script}\n${embedElement(tag, data, copy)}\n`;
}

/**
 * The address an embed page is to be published at, if `text` is one it can be: http(s), a
 * folder's (ending in `/`) or a page's (ending in `.html`).
 */
export function pageAddress(text: string): URL | undefined {
  const url = URL.canParse(text.trim()) ? new URL(text.trim()) : undefined;
  return url && /^https?:$/.test(url.protocol) && /(\/|\.html)$/.test(url.pathname) ? url : undefined;
}

/** An embed page, published at an address: its files by name, and the iframe code that shows it. */
export interface EmbedPageFiles {
  files: Record<string, string>;
  iframe: string;
}

/**
 * What an oEmbed response says of `tag` holding `data`: an essay's title, authors and publisher;
 * a widget's title where it is plain text, else its kind (`label`).
 */
function detailsOf(tag: string, data: unknown, label: string): OEmbedDetails {
  if (tag === 'essay-article') return essayDetails(data as EssayData);
  const { title } = data as { title?: unknown };
  return { title: typeof title === 'string' && title.trim() && !/[*[\]\\]/.test(title) ? title : label };
}

/**
 * The files of an embed page for iframes and oEmbed, as `essay-widgets render --embed -o
 * <folder>/` writes them, for `tag` holding `data` (with `copy`), to publish at `url`.
 */
export function embedPageFiles(
  tag: string,
  data: unknown,
  copy: string,
  release: Release,
  { url, label }: { url: URL; label: string },
): EmbedPageFiles {
  const details = detailsOf(tag, data, label);
  const frame = { src: cdnUrl(release.version, 'essay-widgets.frame.js'), integrity: release.frameIntegrity };
  const page = embedPage(embedElement(tag, data, copy), {
    url: url.href,
    title: details.title,
    lang: tag === 'essay-article' ? (data as EssayData).lang : undefined,
    bundle: { src: cdnUrl(release.version), integrity: release.integrity },
    frame,
  });
  return {
    files: {
      [url.pathname.split('/').pop() || 'index.html']: page,
      [OEMBED_FILE]: `${JSON.stringify(oEmbedResponse(url.href, details), null, 2)}\n`,
    },
    iframe: `${iframeCode(url.href, details.title, frame)}\n`,
  };
}

/**
 * Block attributes as WordPress's block editor writes them into a block's comment: JSON with
 * `--`, `<`, `>`, `&` and `\"` as JSON escapes, so that the comment holds no markup.
 */
function blockAttributes(attributes: Record<string, string>): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/**
 * The Essay block of the WordPress plugin (wordpress/essay-widgets) holding `data` and `copy`
 * (its readable copy), and `source`, the Essay Markdown it was read from, as the block editor
 * saves it: the attributes (JSON strings, with nothing in them that kses changes) in its
 * comment, the copy inside.
 */
export function wordpressBlock(data: unknown, copy: string, source?: string): string {
  const attributes = { ...(source ? { source: scriptJson(source) } : {}), data: scriptJson(data) };
  return `<!-- wp:essay-widgets/essay ${blockAttributes(attributes)} -->\n${copy.trim()}\n<!-- /wp:essay-widgets/essay -->\n`;
}

/** Where the code goes, as the studio offers the choice. */
export type Place = 'cms' | 'wordpress' | 'wordpress-block' | 'markdown' | 'iframe';

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
    why: 'Paste it into an HTML block (Ghost: an HTML card; Drupal: a Full HTML text format). The script, checked by its integrity hash, loads the code of the widgets on the page; the element holds its data and a readable copy.',
  },
  wordpress: {
    label: 'WordPress (a Custom HTML block)',
    why: 'Paste it into a Custom HTML block. WordPress keeps the readable copy for every user.',
    warning:
      'For Authors and Contributors, and for everyone on multisite, WordPress removes the script and the element: readers get the readable copy, not the widget, unless the essay-widgets plugin is active.',
  },
  'wordpress-block': {
    label: 'WordPress with the essay-widgets plugin (the Essay block)',
    why: 'In the block editor, open the Code editor (Options, or Ctrl+Shift+Alt+M) and paste it where the essay goes: an Essay block holding this Markdown, its data and its readable copy, to edit there later.',
    warning: 'The Essay block holds a whole essay: for one widget, use the Custom HTML block.',
  },
  markdown: {
    label: 'Markdown or a static site (Hugo, Jekyll, Eleventy)',
    why: 'Paste it between two paragraphs: it has no blank line, so Markdown that allows HTML keeps it whole.',
    warning:
      'Hugo drops HTML in Markdown unless markup.goldmark.renderer.unsafe is set, and some Markdown shows it as text: there, save the code as a file (Download HTML) and use the shortcode {{< essay-widgets file="…" >}} in Hugo or {% include essay-widgets.html file="…" %} in Jekyll. Where you can write only Markdown, essay-widgets render --markdown gives the readable copy as Markdown.',
  },
  iframe: {
    label: 'A page of its own (an iframe, or an oEmbed URL)',
    why: 'Publish the embed page and its oembed.json together at the address you give, then paste that address where a platform takes a URL, or this iframe code where it takes an iframe: the frame takes the height of its page.',
    warning:
      'WordPress frames a page it does not know in a sandbox and shows at most 1,000 pixels of it, scrolling the rest. Where the bundle is hosted other than on the CDN, it must be sent with Access-Control-Allow-Origin: *.',
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
