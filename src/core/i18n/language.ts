/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's across shadow
 * roots, else the page's, and then a language the element chose for its content (an essay's
 * own). Each change of a `lang` on the page updates the elements; until the strings of their
 * language have arrived, they say so (`speaks`), and update again when they have, or in English
 * when they could not be loaded, which they report.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { reportErrors } from '../base/errors.js';
import { I18n, resolveLang, whenLocaleDefined } from './i18n.js';

/** Elements that follow the nearest `lang`, updated when any `lang` on the page changes. */
const followers = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

// A locale defined or corrected by the page: the elements that speak it update.
whenLocaleDefined(() => followers.forEach((each) => each.requestUpdate()));

type LanguageHost = ReactiveControllerHost & HTMLElement;

/** The element whose shadow tree `node` is in, if any. */
const hostOf = (node: Node) => (node.getRootNode() as Partial<ShadowRoot>).host;

export class Language implements ReactiveController {
  /** Formatting for the language in force at this update. */
  i18n = I18n.for('en');
  /** A language the element's content chose (an essay's `lang`), over the page's. */
  content: string | undefined;
  /** Whether the strings of the language are there for this update. */
  speaks = false;

  readonly #host: LanguageHost;
  /** The failure to load strings last reported, so that each is reported once. */
  #reported: string | undefined;

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

  /**
   * Strings that could not be loaded (English stood in) are reported at the path `lang`, once,
   * by the outermost element: one rendered in another (a meeting's quotes) leaves it to that one.
   */
  hostUpdated(): void {
    const failure = this.speaks ? this.i18n.failure : undefined;
    const inner = (hostOf(this.#host) as Partial<{ language: unknown }>)?.language instanceof Language;
    if (failure && failure !== this.#reported && !inner) {
      reportErrors(this.#host, [{ path: 'lang', message: failure }]);
    }
    this.#reported = failure;
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
  let lang = el.getAttribute('lang');
  for (let host = hostOf(el); lang === null && host; host = hostOf(host)) {
    const language = (host as Partial<{ language: Language }>).language;
    if (language) return language.i18n.tag;
    lang = host.getAttribute('lang');
  }
  return lang ?? '';
}
