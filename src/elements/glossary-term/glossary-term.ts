import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EssayElement, type Theme } from '../../core/essay-element.js';
import { plainText } from '../../core/light-dom.js';
import { baseStyles } from '../../core/styles.js';
import { GlossaryEntry } from '../../schema/schema.js';
import { styles } from './glossary-term.styles.js';

/**
 * A term in running text whose definition opens in a small disclosure below it: a real
 * button (Enter and Space toggle it; Escape, or a click or tap elsewhere, closes it),
 * and the definition, with a link to further reading when the entry has a `url`.
 *
 * @summary An inline glossary term with an accessible definition popover.
 *
 * @slot - Light-DOM fallback: the term's text, read with the `definition` attribute when no other data is given.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart term - The `<button>` showing the term.
 * @csspart definition - The definition that opens below the term.
 * @csspart more - The link to further reading.
 * @csspart link - Links inside the definition.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the term's underline and the definition's top rule (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-wash - Background of the definition (light theme).
 * @cssprop --essay-color-wash-dark - Background of the definition in the dark theme.
 * @cssprop --essay-definition-size - Font size of the definition (default `0.9rem`).
 */
export class GlossaryTerm extends EssayElement<typeof GlossaryEntry> {
  static override tag = 'glossary-term';
  static override schema = GlossaryEntry;
  static override styles = [baseStyles, styles];

  static override properties = {
    ...EssayElement.properties,
    definition: {},
    open: { type: Boolean, reflect: true },
  };

  protected static override lightProperties = ['definition'];

  /** The definition (RichText), for terms written as light-DOM text. */
  declare definition: string | undefined;
  /** Whether the definition is showing. */
  declare open: boolean;

  constructor() {
    super();
    this.open = false;
  }

  /** Registers the element; from then on `[[term]]` references in every element render as it. */
  static override define(tag?: string, registry?: CustomElementRegistry): void {
    super.define(tag, registry);
    EssayElement.renderGlossaryTerm = (entry: GlossaryEntry, theme: Theme | undefined) =>
      html`<glossary-term .data=${entry} theme=${ifDefined(theme)}>${entry.term}</glossary-term>`;
  }

  protected override readLightDom(): unknown {
    const term = plainText(this.childNodes);
    return term || this.definition ? { term, definition: this.definition } : undefined;
  }

  protected override renderData(entry: GlossaryEntry) {
    const more = entry.url && html`<a part="more" class="more" href=${entry.url}>${this.i18n.t('more')}</a>`;
    // Kept on one line: white space around the term would become part of its name.
    // prettier-ignore
    return html`<button part="term" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="definition" @click=${this.toggle}>${entry.term}</button><span id="definition" part="definition" class="definition" ?hidden=${!this.open}>${this.rich(entry.definition)}${more || nothing}</span>`;
  }

  private toggle = () => (this.open = !this.open);

  // While open, a click or tap anywhere else, or Escape, closes the definition.
  private onDocumentClick = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  private onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const root = this.shadowRoot!;
    // Focus inside the definition (on its link) goes back to the term.
    if (root.activeElement && root.activeElement.localName !== 'button')
      root.querySelector('button')!.focus();
    this.open = false;
  };

  private listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('click', this.onDocumentClick, true);
    document[method]('keydown', this.onDocumentKey as EventListener);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    this.listen(this.open);
    const popup = this.shadowRoot!.querySelector<HTMLElement>('.definition');
    if (!this.open || !popup) return;
    // Keep the definition inside the viewport: shift it back from whichever edge it crosses.
    popup.style.translate = '';
    const { left, right } = popup.getBoundingClientRect();
    const edge = document.documentElement.clientWidth - 8;
    const shift = right > edge ? Math.max(edge - right, 8 - left) : left < 8 ? 8 - left : 0;
    if (shift) popup.style.translate = `${shift}px`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen(false);
    this.open = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
