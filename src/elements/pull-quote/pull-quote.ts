import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { richTextFrom } from '../../core/data/light-dom.js';
import { baseStyles } from '../../core/styles/styles.js';
import { date, personDetails, personName, source } from '../../core/text/templates.js';
import { isSafeUrl } from '../../schema/common.js';
import { PullQuoteData } from '../../schema/pull-quote.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './pull-quote.styles.js';

/**
 * A quotation with its speaker, the speaker's role and affiliation, a date and a source.
 *
 * @summary A quotation set as a typographic moment: `inline`, `featured` or `aside`.
 *
 * @slot - Light-DOM fallback: the quotation's text, read when no other data is given.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart figure - The `<figure>` around quotation and caption.
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quotation's text.
 * @csspart caption - The `<figcaption>`: speaker, details, date, source.
 * @csspart speaker - The speaker's name.
 * @csspart native-name - The speaker's name in its own script.
 * @csspart details - Role, affiliation and country.
 * @csspart date - The `<time>` of the quotation.
 * @csspart source - The `<cite>` of the source.
 * @csspart link - Links inside the quotation's text.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the rule and quotation mark (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - Caption details (light theme).
 * @cssprop --essay-color-muted-dark - Caption details in the dark theme.
 * @cssprop --essay-quote-font - Font of the quotation; inherits by default.
 * @cssprop --essay-quote-size - Size of a featured quotation.
 */
export class PullQuote extends EssayElement<typeof PullQuoteData> {
  static override tag = 'pull-quote';
  static override schema = PullQuoteData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  static override properties = {
    ...EssayElement.properties,
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    affiliation: {},
    date: {},
    cite: {},
    variant: { reflect: true },
  };

  protected static override lightProperties = ['speaker', 'speakerRole', 'affiliation', 'date', 'cite'];

  /** Speaker's name, for quotes written as light-DOM text. */
  declare speaker: string | undefined;
  /** Speaker's role ("Senior Political Scientist"); not `role`, which is ARIA's. */
  declare speakerRole: string | undefined;
  /** Speaker's organisation ("IISS"). */
  declare affiliation: string | undefined;
  /** When it was said: `2017`, `2017-06` or `2017-06-01`. */
  declare date: string | undefined;
  /** The source: a URL (linked) or a title. */
  declare cite: string | undefined;
  /** `inline` (default), `featured` or `aside`; applies to data from any source that names none. */
  declare variant: 'inline' | 'featured' | 'aside' | undefined;

  protected override readLightDom(): unknown {
    const text = richTextFrom(this.childNodes);
    if (!text && !this.speaker) return undefined;
    const cite = this.cite?.trim();
    return {
      text,
      speaker: this.speaker
        ? { name: this.speaker, role: this.speakerRole, affiliation: this.affiliation }
        : undefined,
      date: this.date || undefined,
      source: cite ? (isSafeUrl(cite) ? { url: cite } : { title: cite }) : undefined,
    };
  }

  protected override renderData(quote: PullQuoteData) {
    const variant = quote.variant ?? this.variant ?? 'inline';
    const { speaker } = quote;
    const details = speaker ? personDetails(speaker, this.i18n) : [];
    const hasCaption = speaker || quote.date || quote.source;
    return html`<figure part="figure" class=${variant}>
      <blockquote part="quote" cite=${quote.source?.url ?? nothing}>
        <p part="text" dir="auto">${this.rich(quote.text)}</p>
      </blockquote>
      ${
        hasCaption
          ? html`<figcaption part="caption" class=${this.i18n.comma === ', ' ? 'commas' : 'commas arabic'}>
              ${speaker ? html`<span part="speaker" class="speaker">${personName(speaker)}</span>` : nothing}
              ${details.length ? html`<span part="details" class="details"><bdi>${details.join(this.i18n.comma)}</bdi></span>` : nothing}
              ${quote.date ? html`<span class="details">${date(quote.date, this.i18n)}</span>` : nothing}
              ${quote.source ? html`<span class="details">${source(quote.source, this.i18n)}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pull-quote': PullQuote;
  }
}
