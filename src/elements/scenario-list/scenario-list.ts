import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { baseStyles } from '../../core/styles/styles.js';
import { heading } from '../../core/text/templates.js';
import { ScenarioListData, VERDICTS } from '../../schema/scenario-list.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './scenario-list.styles.js';

/**
 * Questions or paths weighed one by one, each with a verdict (likely, possible, unlikely,
 * rejected) and the reasoning behind it. The verdict is a word and a three-mark scale
 * (three filled marks for likely, none for rejected), never a colour alone.
 *
 * @summary Scenarios weighed, each with a verdict and its reasoning.
 *
 * @slot - Fallback content, shown until valid data arrives or when it is invalid.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart title - The heading, at `heading-level`.
 * @csspart question - The overall question.
 * @csspart list - The `<ol>` of scenarios.
 * @csspart scenario - One scenario.
 * @csspart scenario-question - A scenario's question or path.
 * @csspart verdict - A scenario's verdict: the scale and the word.
 * @csspart scale - The verdict's marks (hidden from assistive technology; the word says it).
 * @csspart reasoning - A scenario's reasoning.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the top rule and the verdict marks (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - The overall question and the reasoning (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - Hairlines between scenarios (light theme).
 * @cssprop --essay-color-rule-dark - Hairlines in the dark theme.
 */
export class ScenarioList extends EssayElement<typeof ScenarioListData> {
  static override tag = 'scenario-list';
  static override schema = ScenarioListData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  protected override renderData(data: ScenarioListData) {
    return html`<section part="section" class="frame" aria-labelledby=${data.title ? 'title' : nothing}>
      ${data.title ? heading(this.level, data.title) : nothing} ${this.para('question', data.question)}
      <ol part="list">
        ${data.scenarios.map((scenario) => {
          // likely 3 marks filled … rejected none.
          const weight = 3 - VERDICTS.indexOf(scenario.verdict);
          return html`<li part="scenario">
            <p part="scenario-question" class="q" dir="auto">${this.rich(scenario.question)}</p>
            <p part="verdict" class="verdict label">
              <span part="scale" class="scale" aria-hidden="true"
                ><i class=${weight > 0 ? 'on' : ''}></i><i class=${weight > 1 ? 'on' : ''}></i
                ><i class=${weight > 2 ? 'on' : ''}></i></span
              >${this.i18n.t(scenario.verdict)}
            </p>
            ${this.para('reasoning', scenario.reasoning)}
          </li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-list': ScenarioList;
  }
}
