import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { baseStyles } from '../../core/styles/styles.js';
import { date, organization, personDetails, personName } from '../../core/text/templates.js';
import { BylineData } from '../../schema/essay-byline.js';
import { styles } from './essay-byline.styles.js';

/**
 * Who wrote the essay (with roles and affiliations), who published it, and when it was
 * published and last updated.
 *
 * @summary Authors, publisher and dates of an essay.
 *
 * @slot - Fallback content, shown until valid data arrives or when it is invalid.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart byline - The block around everything.
 * @csspart authors - The line of authors, after "By".
 * @csspart author - One author.
 * @csspart name - An author's name.
 * @csspart native-name - An author's name in its own script.
 * @csspart details - An author's role, affiliation and country.
 * @csspart meta - The line with publisher and dates.
 * @csspart publisher - The publisher.
 * @csspart published - "Published" and its `<time>`.
 * @csspart updated - "Updated" and its `<time>`.
 * @csspart date - A `<time>`.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-muted - Labels, details and the dates line (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - The rule above and below (light theme).
 * @cssprop --essay-color-rule-dark - The same in the dark theme.
 */
export class EssayByline extends EssayElement<typeof BylineData> {
  static override tag = 'essay-byline';
  static override schema = BylineData;
  static override styles = [baseStyles, styles];

  protected override renderData(data: BylineData) {
    const { i18n } = this;
    const when = (key: 'published' | 'updated', iso: string | undefined) =>
      iso
        ? html`<span part=${key}><span class="key">${i18n.t(key)}</span> ${date(iso, i18n)}</span>`
        : nothing;
    return html`<div part="byline" class="byline">
      <p part="authors" class="authors">
        <span class="key">${i18n.t('by')}</span> ${data.authors.map((author) => {
          const details = personDetails(author, i18n);
          return html`<span part="author" class="author"
            ><span part="name" class="name">${personName(author)}</span>${
              details.length
                ? html`${i18n.comma}<span part="details" class="details"
                      ><bdi>${details.join(i18n.comma)}</bdi></span
                    >`
                : nothing
            }</span
          >`;
        })}
      </p>
      ${
        data.publisher || data.published || data.updated
          ? html`<p part="meta" class="meta">
              ${data.publisher ? html`<span part="publisher">${organization(data.publisher)}</span>` : nothing}
              ${when('published', data.published)} ${when('updated', data.updated)}
            </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'essay-byline': EssayByline;
  }
}
