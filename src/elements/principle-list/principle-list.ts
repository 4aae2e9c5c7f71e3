import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { listMarkup } from '../../core/data/light-dom.js';
import { baseStyles } from '../../core/styles/styles.js';
import { heading, organization } from '../../core/text/templates.js';
import { PrincipleListData } from '../../schema/principle-list.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './principle-list.styles.js';

/**
 * A named set of principles and the organisation that advocates it.
 *
 * @summary A named set of principles, such as the Shanghai Spirit, with its advocate.
 *
 * @slot - Light-DOM fallback: a heading, optional `<p>` introduction and a `<ul>`/`<ol>` whose items start with a `<strong>` name.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart title - The heading, at `heading-level`.
 * @csspart advocate - The "Advocated by" line.
 * @csspart intro - The introduction.
 * @csspart list - The `<ol>` of principles.
 * @csspart principle - One principle.
 * @csspart name - A principle's name.
 * @csspart description - A principle's description.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the markers before each principle (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-rule - Hairlines between principles (light theme).
 * @cssprop --essay-color-rule-dark - Hairlines in the dark theme.
 */
export class PrincipleList extends EssayElement<typeof PrincipleListData> {
  static override tag = 'principle-list';
  static override schema = PrincipleListData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  static override properties = { ...EssayElement.properties, advocate: {} };
  protected static override lightProperties = ['advocate'];

  /** The advocating organisation's name, for lists written as light-DOM markup. */
  declare advocate: string | undefined;

  protected override readLightDom(): unknown {
    const markup = listMarkup(this);
    return (
      markup && {
        title: markup.title,
        advocate: this.advocate ? { name: this.advocate } : undefined,
        intro: markup.intro,
        principles: markup.items?.map(({ lead, rest }) => ({ name: lead, description: rest })),
      }
    );
  }

  protected override renderData(data: PrincipleListData) {
    return html`<section part="section" class="frame" aria-labelledby="title">
      <header>
        ${heading(this.level, data.title)}
        ${
          data.advocate
            ? html`<p part="advocate" class="advocate">
                <span class="label">${this.i18n.t('advocatedBy')}</span> ${organization(data.advocate)}
              </p>`
            : nothing
        }
      </header>
      ${this.para('intro', data.intro)}
      <ol part="list" class=${data.principles.some((p) => p.description) ? 'described' : 'terse'}>
        ${data.principles.map(
          (principle) =>
            html`<li part="principle">
              <span part="name" class="name" dir="auto">${principle.name}</span>${
                principle.description
                  ? html`<span part="description" class="description" dir="auto"
                      >${this.rich(principle.description)}</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'principle-list': PrincipleList;
  }
}
