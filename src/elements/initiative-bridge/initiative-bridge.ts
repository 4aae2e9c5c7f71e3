import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { baseStyles } from '../../core/styles/styles.js';
import { heading, isolated, organization } from '../../core/text/templates.js';
import { InitiativeBridgeData, type Initiative } from '../../schema/initiative-bridge.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './initiative-bridge.styles.js';

/**
 * Two initiatives, each with its advocate, and what links them: the relation (such as
 * "conjunction") and the organisation that facilitates it. Side by side in a wide column,
 * stacked in a narrow one.
 *
 * @summary Two initiatives and what links them.
 *
 * @slot - Fallback content, shown until valid data arrives or when it is invalid.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart title - The heading, at `heading-level`.
 * @csspart bridge - The two initiatives and the link between them.
 * @csspart initiative - One initiative.
 * @csspart name - An initiative's name.
 * @csspart advocate - An initiative's advocate and country.
 * @csspart description - An initiative's description.
 * @csspart connection - What links the two: relation and facilitator.
 * @csspart relation - The relation ("conjunction").
 * @csspart facilitator - The facilitating organisation.
 * @csspart note - The note below.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the rules above the initiatives and the relation (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - Advocates, facilitator and note (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - The line between the initiatives (light theme).
 * @cssprop --essay-color-rule-dark - The same in the dark theme.
 */
export class InitiativeBridge extends EssayElement<typeof InitiativeBridgeData> {
  static override tag = 'initiative-bridge';
  static override schema = InitiativeBridgeData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  #initiative(initiative: Initiative): unknown {
    const { i18n } = this;
    const country = initiative.country && i18n.country(initiative.country);
    return html`<div part="initiative" class="initiative">
      <p part="name" class="name" dir="auto">${initiative.name}</p>
      <p part="advocate" class="advocate">
        <span class="label">${i18n.t('advocatedBy')}</span> ${isolated(
          country && country !== initiative.advocate
            ? `${initiative.advocate}, ${country}`
            : initiative.advocate,
        )}
      </p>
      ${this.para('description', initiative.description)}
    </div>`;
  }

  protected override renderData(data: InitiativeBridgeData) {
    const [first, second] = data.initiatives;
    return html`<section part="section" aria-labelledby=${data.title ? 'title' : nothing}>
      ${data.title ? heading(this.level, data.title) : nothing}
      <div part="bridge" class="bridge">
        ${this.#initiative(first)}
        <p part="connection" class="connection">
          ${data.relation ? html`<span part="relation" class="relation" dir="auto">${data.relation}</span>` : nothing}
          ${
            data.facilitator
              ? html`<span part="facilitator" class="facilitator"
                  >${this.i18n.t('via')} ${organization(data.facilitator)}</span
                >`
              : nothing
          }
        </p>
        ${this.#initiative(second)}
      </div>
      ${this.para('note', data.note)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'initiative-bridge': InitiativeBridge;
  }
}
