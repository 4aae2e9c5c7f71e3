import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { GenericSchema, InferOutput } from 'valibot';
import type { GlossaryEntry } from '../../schema/glossary-term.js';
import { DataSource } from '../data/data-source.js';
import { defineElement, scopedRenderRoot } from './define.js';
import { Hydration } from './hydration.js';
import { Language } from '../i18n/language.js';
import { hasFallback } from '../data/light-dom.js';
import { ReadableCopy } from '../readers/readable-copy.js';
import type { Theme } from '../styles/styles.js';
import { headingLevel, richText, status } from '../text/templates.js';
import { VERSION } from './version.js';

/**
 * The base of every essay element, whose controllers find the data, the language and the moment
 * to hydrate, and keep a readable copy. A subclass supplies `schema`, `renderData()` and, where
 * natural, `readLightDom()`; what is wrong is reported, never thrown into the page.
 */
export abstract class EssayElement<S extends GenericSchema> extends LitElement {
  static readonly version = VERSION;
  /** The tag this element is registered as by `define()` without arguments. */
  static tag: string;
  /** The schema its data must satisfy. */
  static schema: GenericSchema;
  /** Elements this one renders inside itself; `define()` registers them too. */
  static dependencies: readonly (typeof EssayElement<GenericSchema>)[] = [];
  /** The reactive properties, besides `data` and `src`, that `readLightDom()` reads. */
  protected static lightProperties: readonly string[] = [];

  /**
   * Registers the element (idempotent; a different version already registered is named in one
   * `console.warn`). A custom tag or scoped registry may be given.
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
    readable: { reflect: true },
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
  /** `off`: no readable copy in the light DOM, for a framework that owns the element's children. */
  declare readable: 'on' | 'off' | undefined;

  protected readonly hydration = new Hydration(this);
  protected readonly source: DataSource<InferOutput<S>> = new DataSource(this, {
    schema: (this.constructor as typeof EssayElement).schema,
    lightProperties: (this.constructor as typeof EssayElement).lightProperties,
    readLightDom: () => this.readLightDom(),
    hydrating: () => this.hydration.pending,
    waiting: () => !this.language.speaks,
  });
  protected readonly language = new Language(this);
  protected readonly readableCopy = new ReadableCopy(this, this.source);

  /** Reads data from attributes and light-DOM markup; `undefined` when there is none. */
  protected readLightDom(): unknown {
    return undefined;
  }

  /** Renders valid data. */
  protected abstract renderData(data: InferOutput<S>): TemplateResult;

  /** A language the data names for itself (an essay's), over the page's. */
  protected contentLanguage(_data: InferOutput<S>): string | undefined {
    return undefined;
  }

  /** Formatting for the language in force at this render. */
  protected get i18n() {
    return this.language.i18n;
  }

  /** The heading level for the element's own title, 1 to 6 (2 by default). */
  protected get level(): number {
    return headingLevel(this.headingLevel);
  }

  /** The glossary that `[[term]]` references open; an element with its own glossary extends it. */
  protected terms(): readonly GlossaryEntry[] | undefined {
    return this.glossary;
  }

  /** Renders RichText; a `[[term]]` found in the glossary opens its definition. */
  protected rich(text: string | undefined): unknown {
    return richText(text, this.terms(), this.theme);
  }

  /** RichText in a paragraph whose part and class are `part`; nothing when there is no text. */
  protected para(part: string, text: string | undefined): TemplateResult | typeof nothing {
    return text ? html`<p part=${part} class=${part} dir="auto">${this.rich(text)}</p>` : nothing;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.hydration.adopt(scopedRenderRoot(this) ?? super.createRenderRoot());
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.hydration.ready();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.source.update(changed);
    const view = this.source.view;
    this.language.content = view.kind === 'ready' ? this.contentLanguage(view.value) : undefined;
    this.language.update();
  }

  protected override render(): unknown {
    // Until the strings of its language arrive, the element shows what it showed before.
    if (!this.language.speaks) return html`<slot></slot>`;
    const view = this.source.view;
    const fallback = !isServer && hasFallback(this);
    if (view.kind !== 'ready') return status(view, this.i18n, fallback);
    try {
      return this.renderData(view.value);
    } catch (error) {
      return status(this.source.renderFailed(error), this.i18n, fallback);
    }
  }

  /** Resolves once the element has rendered, in its language when that takes loading strings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.language.settled();
    return complete;
  }
}
