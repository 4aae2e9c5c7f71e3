import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { GenericSchema, InferOutput } from 'valibot';
import { validate, type ValidationIssue } from '../schema/validate.js';
import type { GlossaryEntry } from '../schema/schema.js';
import { findInlineJson, loadJson, readInlineJson, type Loaded } from './data-source.js';
import { isVisibleContent } from './light-dom.js';
import { defineElement } from './define.js';
import { reportErrors } from './errors.js';
import { I18n, resolveLang, warm, warmUp } from './i18n.js';
import { renderRichText, type TermRenderer } from './richtext.js';
import { notice } from './templates.js';
import { VERSION } from './version.js';

/** Where the data on show came from, in the order of precedence. */
type Origin = 'data' | 'script' | 'src' | 'light';

type View<T> =
  | { kind: 'empty' }
  | { kind: 'loading'; src: string }
  | { kind: 'ready'; value: T; origin: Origin; src?: string }
  | { kind: 'error'; errors: ValidationIssue[]; origin: Origin; src?: string };

export type Theme = 'light' | 'dark' | 'auto';

/** Elements that follow the nearest `lang`, re-rendered when any `lang` on the page changes. */
const connected = new Set<EssayElement<GenericSchema>>();
let langObserver: MutationObserver | undefined;

function watchLang(el: EssayElement<GenericSchema>): void {
  connected.add(el);
  langObserver ??= new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Light-DOM changes that the element made itself (such as JSON-LD) are not new data. */
function isOwnMutation(record: MutationRecord): boolean {
  const generated = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('[data-essay-generated]') != null;
  if (generated(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(generated);
}

/**
 * The language on the server, where the page is out of sight: the element's own `lang`,
 * else that of the element it is rendered in (an essay's blocks, a meeting's quotes),
 * as the browser will find it on the way up, so that hydration meets the same text.
 * (A function, not a method: the browser bundles leave it out.)
 */
function serverI18n(el: EssayElement<GenericSchema>): I18n {
  // The shadow root a browser would have by now, through which the elements rendered in
  // this one find it as their host.
  if (!el.shadowRoot) el.attachShadow((el.constructor as typeof LitElement).shadowRootOptions);
  const hostOf = (node: Node) => (node.getRootNode() as Partial<ShadowRoot>).host;
  let lang = el.getAttribute('lang');
  for (let host = hostOf(el); lang === null && host; host = hostOf(host)) {
    if (host instanceof EssayElement) return (host as unknown as { i18n: I18n }).i18n;
    lang = host.getAttribute('lang');
  }
  return I18n.for(lang ?? '');
}

/**
 * The base of every essay element. It finds the data (the `data` property, a child
 * `<script type="application/json">`, the `src` URL, or attributes and light-DOM
 * markup, in that order), validates it against the element's schema, and renders it,
 * or reports what is wrong without ever throwing into the page.
 *
 * A subclass supplies `schema`, `renderData()` and, where natural, `readLightDom()`.
 */
export abstract class EssayElement<S extends GenericSchema> extends LitElement {
  static readonly version = VERSION;

  /** The tag this element is registered as by `define()` without arguments. */
  static tag: string;

  /** The schema its data must satisfy. */
  static schema: GenericSchema;

  /** Elements this one renders inside itself; `define()` registers them too. */
  static dependencies: readonly (typeof EssayElement<GenericSchema>)[] = [];

  /**
   * Registers the element (idempotent; a different version already registered is
   * named in one `console.warn`). A custom tag or scoped registry may be given.
   */
  static define(tag: string = this.tag, registry?: CustomElementRegistry): void {
    for (const dependency of this.dependencies) dependency.define(undefined, registry);
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  static override properties = {
    data: { attribute: false },
    src: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    glossary: { attribute: false },
    embedded: { type: Boolean, reflect: true },
    view: { state: true },
  };

  /** The data, as a JavaScript value. Takes precedence over every other source. */
  declare data: InferOutput<S> | undefined;
  /** URL of a JSON file holding the data; fetched when no `data` or inline JSON is given. */
  declare src: string | undefined;
  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). */
  declare theme: Theme | undefined;
  /** Level (1–6) of the element's own title heading; 2 by default. */
  declare headingLevel: number | undefined;
  /** Entries that `[[term]]` references in the text open (set by `<essay-article>`). */
  declare glossary: GlossaryEntry[] | undefined;
  /** Set on an element rendered inside another: the outer one paints the surface. */
  declare embedded: boolean;

  declare protected view: View<InferOutput<S>>;

  /** Formatting for the language in force at this render. */
  protected i18n: I18n = I18n.for('en');

  #sourceChanged = true;
  #loading: AbortController | undefined;
  #pendingErrors: ValidationIssue[] | undefined;
  #reported: string | undefined;
  #lightObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.view = { kind: 'empty' };
  }

  /** Reads data from attributes and light-DOM markup; `undefined` when there is none. */
  protected readLightDom(): unknown {
    return undefined;
  }

  /** Renders valid data. */
  protected abstract renderData(data: InferOutput<S>): TemplateResult;

  /** The heading level for the element's own title, 1 to 6. */
  protected get level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** Renders RichText; `[[term]]` references are rendered by `renderTerm`. */
  protected rich(text: string | undefined): unknown {
    return renderRichText(text, this.#renderTerm);
  }

  /** RichText in a paragraph whose part and class are `part`; nothing when there is no text. */
  protected para(part: string, text: string | undefined): TemplateResult | typeof nothing {
    return text ? html`<p part=${part} class=${part}>${this.rich(text)}</p>` : nothing;
  }

  /** The glossary that `[[term]]` references open; an element with its own glossary extends it. */
  protected terms(): readonly GlossaryEntry[] | undefined {
    return this.glossary;
  }

  /**
   * How a `[[term]]` found in the glossary renders: set when `<glossary-term>` is defined
   * (each element that renders RichText lists it in `dependencies`), plain text until then.
   */
  static renderGlossaryTerm?: (entry: GlossaryEntry, theme: Theme | undefined) => unknown;

  /** A `[[term]]` in the glossary (ignoring case) opens its definition; the words stay as written. */
  #renderTerm: TermRenderer = (term) => {
    const key = term.toLowerCase();
    const entry = this.terms()?.find((each) => each.term.toLowerCase() === key);
    return entry && EssayElement.renderGlossaryTerm
      ? EssayElement.renderGlossaryTerm({ ...entry, term }, this.theme)
      : term;
  };

  /** Queues problems found while rendering, to be reported (once, with any others) after it. */
  protected report(errors: ValidationIssue[]): void {
    this.#pendingErrors = [...(this.#pendingErrors ?? []), ...errors];
  }

  /**
   * Names the reactive properties, besides `data` and `src`, that feed `readLightDom()`;
   * a change to any of them means new data.
   */
  protected static lightProperties: readonly string[] = [];

  /** Until its first update: the element holds server-rendered HTML that it will hydrate. */
  #hydrating?: boolean;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = (this as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
    if (!this.shadowRoot && registry && registry !== customElements) {
      const root = this.attachShadow({
        ...(this.constructor as typeof LitElement).shadowRootOptions,
        customElementRegistry: registry,
      } as ShadowRootInit);
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      this.renderOptions.creationScope = {
        importNode: (node: Node, deep?: boolean) =>
          (document.importNode as (node: Node, options: object) => Node)(node, { selfOnly: !deep, customElementRegistry: registry }),
      };
      return root;
    }
    const root = super.createRenderRoot();
    // Server-rendered HTML (a declarative shadow root): hydrated by Lit's hydration
    // support, or, on a page without it (the bundle without `.hydrate`), where Lit would
    // render beside the server's nodes, rendered afresh.
    if (root.firstChild) {
      if ('litElementHydrateSupport' in globalThis) this.#hydrating = true;
      else {
        root.replaceChildren();
        this.renderOptions.renderBefore = null;
      }
    }
    return root;
  }

  /**
   * What hydration waits for. Server-rendered content is on screen already: the Intl
   * warm-up first, and with the hydrate entries a turn among the elements hydrating
   * (`./hydration.ts`).
   */
  static hydrationTurn = (): Promise<unknown> | undefined => warm;

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#hydrating) await (warmUp(), EssayElement.hydrationTurn());
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.#lightObserver ??= new MutationObserver((records) => {
      if (records.some((record) => !isOwnMutation(record))) this.sourcesChanged();
    });
    this.#lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A move aborted a load in flight: take it up again.
    if (this.view.kind === 'loading' && !this.#loading) this.sourcesChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#lightObserver?.disconnect();
    this.#loading?.abort();
    this.#loading = undefined;
  }

  /** Asks the element to look for its data again (light DOM or inline JSON changed). */
  protected sourcesChanged(): void {
    this.#sourceChanged = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const light = (this.constructor as typeof EssayElement).lightProperties;
    if (
      this.#sourceChanged ||
      changed.has('data') ||
      changed.has('src') ||
      light.some((name) => changed.has(name))
    ) {
      this.#sourceChanged = false;
      this.#resolveData();
    }
    this.i18n = isServer ? serverI18n(this) : I18n.for(resolveLang(this));
  }

  #resolveData(): void {
    const schema = (this.constructor as typeof EssayElement).schema;
    const settle = (loaded: Loaded, origin: Origin, src?: string) => {
      const result = loaded.ok ? validate(schema, loaded.value) : loaded;
      if (result.ok) {
        this.view = { kind: 'ready', value: result.value as InferOutput<S>, origin, src };
        this.#reported = undefined;
        return;
      }
      // While the page is still being parsed, the element's markup may be incomplete.
      if ((origin === 'script' || origin === 'light') && document.readyState === 'loading') {
        this.view = { kind: 'empty' };
        document.addEventListener('DOMContentLoaded', () => this.sourcesChanged(), { once: true });
        return;
      }
      const errors =
        loaded.ok && src
          ? result.errors.map((error) => ({ ...error, message: `${error.message} (in ${src})` }))
          : result.errors;
      this.view = { kind: 'error', errors, origin, src };
      // The same problems found again (an unrelated light-DOM change) are not news.
      const key = JSON.stringify(errors);
      if (key !== this.#reported) this.#pendingErrors = errors;
      this.#reported = key;
    };

    const script = isServer ? undefined : findInlineJson(this);
    if (this.data !== undefined) {
      if (!script || !this.#hydrating)
        return (this.#stopLoading(), settle({ ok: true, value: this.data }, 'data'));
      // Hydration renders what the server rendered (its inline JSON); the data set since, next.
      this.#sourceChanged = true;
    }
    if (isServer) return;
    if (script) return (this.#stopLoading(), settle(readInlineJson(script), 'script'));

    const src = this.src?.trim();
    if (src) {
      const view = this.view;
      const current = view.kind === 'loading' || (view.kind !== 'empty' && view.origin === 'src');
      if (current && view.src === src && (view.kind !== 'loading' || this.#loading)) return;
      this.#stopLoading();
      // The formatters are made while the data loads (data at hand makes them as it renders).
      warmUp();
      const controller = (this.#loading = new AbortController());
      this.view = { kind: 'loading', src };
      void loadJson(src, controller.signal).then((loaded) => {
        if (!loaded || this.#loading !== controller) return;
        this.#loading = undefined;
        settle(loaded, 'src', src);
        this.requestUpdate();
      });
      return;
    }

    this.#stopLoading();
    const value = this.readLightDom();
    if (value === undefined) this.view = { kind: 'empty' };
    else settle({ ok: true, value }, 'light');
  }

  #stopLoading(): void {
    this.#loading?.abort();
    this.#loading = undefined;
  }

  /** True when the element holds light-DOM content a reader would see (its fallback). */
  protected hasFallback(): boolean {
    return !isServer && [...this.childNodes].some(isVisibleContent);
  }

  protected override render(): unknown {
    const view = this.view;
    if (view.kind === 'ready') {
      try {
        return this.renderData(view.value);
      } catch (error) {
        this.#pendingErrors = [
          { path: '', message: `could not render: ${(error as Error)?.message ?? error}` },
        ];
        return this.#renderProblem();
      }
    }
    if (view.kind === 'loading' && !this.hasFallback()) {
      return html`<p part="status" role="status" class="status">${this.i18n.t('loading')}</p>`;
    }
    if (view.kind === 'error') return this.#renderProblem(view.errors);
    return html`<slot></slot>`;
  }

  /** The light-DOM fallback when there is one, else a compact notice. */
  #renderProblem(errors = this.#pendingErrors): TemplateResult {
    return this.hasFallback() ? html`<slot></slot>` : notice(this.i18n, errors);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // While its data loads, the element says so to assistive technology, and to scripts.
    this.toggleAttribute('aria-busy', this.view.kind === 'loading');
    this.#hydrating = false;
    if (this.#sourceChanged) this.requestUpdate();
    const errors = this.#pendingErrors;
    this.#pendingErrors = undefined;
    if (errors) reportErrors(this, errors);
  }
}
