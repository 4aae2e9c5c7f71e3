import { html, nothing, type PropertyValues } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { plainText } from '../../core/data/light-dom.js';
import { baseStyles } from '../../core/styles/styles.js';
import { GlossaryEntry } from '../../schema/glossary-term.js';
import { styles } from './glossary-term.styles.js';

/**
 * A term in running text whose definition opens in a popover below it: a real button
 * (Enter and Space toggle it; Escape, or a click or tap elsewhere, closes it, and one
 * term opening closes another), and the definition, with a link to further reading when
 * the entry has a `url`. The definition sits in the top layer, so no `overflow` of the
 * page clips it, placed against the term where the browser supports anchor positioning.
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

  protected override readLightDom(): unknown {
    const term = plainText(this.childNodes);
    return term || this.definition ? { term, definition: this.definition } : undefined;
  }

  protected override renderData(entry: GlossaryEntry) {
    const more =
      entry.url && html`<a part="more" class="more" href=${entry.url}>${this.i18n.moreAbout(entry.term)}</a>`;
    // Kept on one line: white space around the term would become part of its name.
    // prettier-ignore
    return html`<button part="term" type="button" dir="auto" popovertarget="definition" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="definition">${entry.term}</button><span id="definition" part="definition" class="definition" dir="auto" popover @beforetoggle=${this.#onToggle}>${this.rich(entry.definition)}${more || nothing}</span>`;
  }

  // The browser opens and closes the popover (the button, Escape, a click elsewhere,
  // another term opening); \`open\` follows it, and setting \`open\` moves it.
  #shown = false;

  #onToggle = (event: ToggleEvent) => {
    this.open = this.#shown = event.newState === 'open';
    // Where the definition is not placed against the term (see the styles), it opens below
    // the term, or above it when the term is in the viewport's lower half.
    const { top, bottom } = this.getBoundingClientRect();
    const viewport = document.documentElement.clientHeight;
    (event.target as HTMLElement).style.setProperty(
      '--_block',
      bottom < viewport / 2 ? `${bottom}px auto` : `auto ${viewport - top}px`,
    );
    // Focus inside the closing definition (on its link) goes back to the term.
    const root = this.shadowRoot!;
    if (!this.#shown && (event.target as Element).contains(root.activeElement))
      root.querySelector('button')!.focus();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.open !== this.#shown)
      this.renderRoot.querySelector<HTMLElement>('[popover]')?.togglePopover(this.open);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed popover closes without a word.
    this.open = this.#shown = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
