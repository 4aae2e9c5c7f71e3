/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's across shadow
 * roots, else the page's, and then a language the element chose for its content (an essay's
 * own). Each change of a `lang` on the page updates the elements; until the strings of their
 * language have arrived, they say so (`ready`), and update again when they have.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { I18n, resolveLang, whenLocaleDefined } from './i18n.js';

/** Elements that follow the nearest `lang`, updated when any `lang` on the page changes. */
const followers = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

// A locale defined or corrected by the page: the elements that speak it update.
whenLocaleDefined(() => followers.forEach((each) => each.requestUpdate()));

type LanguageHost = ReactiveControllerHost & HTMLElement;

export class Language implements ReactiveController {
  /** Formatting for the language in force at this update. */
  i18n = I18n.for('en');
  /** A language the element's content chose (an essay's `lang`), over the page's. */
  content: string | undefined;
  /** Whether the strings of the language are there for this update. */
  speaks = false;

  readonly #host: LanguageHost;

  constructor(host: LanguageHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    followers.add(this.#host);
    if (observer) return;
    observer = new MutationObserver(() => followers.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    followers.delete(this.#host);
  }

  /** Finds the language for this update; asks for its strings when they are not there. */
  update(): void {
    const host = this.#host;
    // On the server, the shadow root a browser would have by now, through which the elements
    // rendered in this one find it, and its language, as their host's.
    if (isServer && !host.shadowRoot) host.attachShadow({ mode: 'open' });
    const lang = this.content ?? (isServer ? serverLang(host) : resolveLang(host));
    this.i18n = I18n.for(lang);
    this.speaks = !!this.i18n.strings;
    if (!this.speaks) void this.i18n.load().then(() => host.requestUpdate());
  }

  /** Resolves once the host has updated in its language. */
  async settled(): Promise<void> {
    if (this.speaks || isServer) return;
    await this.i18n.load();
    await this.#host.updateComplete;
  }
}

/**
 * The language on the server, where the page is out of sight: the element's own `lang`, else
 * that of the element it is rendered in (an essay's blocks, a meeting's quotes), as the browser
 * will find it on the way up, so that hydration meets the same text.
 */
function serverLang(el: HTMLElement): string {
  const hostOf = (node: Node) => (node.getRootNode() as Partial<ShadowRoot>).host;
  let lang = el.getAttribute('lang');
  for (let host = hostOf(el); lang === null && host; host = hostOf(host)) {
    const language = (host as Partial<{ language: Language }>).language;
    if (language) return language.i18n.tag;
    lang = host.getAttribute('lang');
  }
  return lang ?? '';
}
