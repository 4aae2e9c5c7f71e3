import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { listMarkup, type LightItem } from '../../core/data/light-dom.js';
import { escapeRichText } from '../../core/text/richtext.js';
import { baseStyles } from '../../core/styles/styles.js';
import { heading } from '../../core/text/templates.js';
import { KeyPointsData, type KeyPoint } from '../../schema/key-points.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './key-points.styles.js';

/** Light-DOM list items as points: the leading `<strong>` is the heading, nested lists nest. */
function pointsFrom(items: LightItem[]): KeyPoint[] {
  return items.map(({ lead, rest, items: nested }) => ({
    heading: escapeRichText(lead),
    body: rest,
    points: nested && pointsFrom(nested),
  }));
}

/**
 * Numbered theses: "First… Second…" in the reader's language, each with a heading and a
 * body; nested points are numbered plainly (1., 2.).
 *
 * @summary Numbered theses with ordinal words, nestable.
 *
 * @slot - Light-DOM fallback: a heading, optional `<p>` introduction and an `<ol>` whose items start with a `<strong>` heading followed by the body; a nested `<ol>` holds nested points.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart title - The heading, at `heading-level`.
 * @csspart intro - The introduction.
 * @csspart list - The `<ol>` of points.
 * @csspart point - One point.
 * @csspart ordinal - A point's ordinal word ("First", "Во-первых", "第一").
 * @csspart heading - A point's heading.
 * @csspart body - A point's body.
 * @csspart subpoints - A nested, plainly numbered `<ol>`.
 * @csspart subpoint - One nested point.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the top rule and the ordinal words (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-rule - Hairlines between points (light theme).
 * @cssprop --essay-color-rule-dark - Hairlines in the dark theme.
 */
export class KeyPoints extends EssayElement<typeof KeyPointsData> {
  static override tag = 'key-points';
  static override schema = KeyPointsData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  protected override readLightDom(): unknown {
    const markup = listMarkup(this);
    return (
      markup && { title: markup.title, intro: markup.intro, points: markup.items && pointsFrom(markup.items) }
    );
  }

  #point(point: KeyPoint): unknown {
    return html`<span part="heading" class="heading" dir="auto">${this.rich(point.heading)}</span>${
        point.body ? html`<span part="body" class="body" dir="auto">${this.rich(point.body)}</span>` : nothing
      }${
        point.points?.length
          ? html`<ol part="subpoints">
              ${point.points.map((sub) => html`<li part="subpoint">${this.#point(sub)}</li>`)}
            </ol>`
          : nothing
      }`;
  }

  protected override renderData(data: KeyPointsData) {
    return html`<section part="section" class="frame" aria-labelledby=${data.title ? 'title' : nothing}>
      ${data.title ? heading(this.level, data.title) : nothing} ${this.para('intro', data.intro)}
      <ol part="list">
        ${data.points.map(
          (point, i) =>
            html`<li part="point">
              <span part="ordinal" class="label">${this.i18n.ordinal(i + 1)}</span>
              <div>${this.#point(point)}</div>
            </li>`,
        )}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-points': KeyPoints;
  }
}
