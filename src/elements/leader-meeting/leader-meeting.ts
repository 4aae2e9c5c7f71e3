import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EssayElement } from '../../core/base/essay-element.js';
import { baseStyles } from '../../core/styles/styles.js';
import { date, heading, namesList, personDetails, personName, source } from '../../core/text/templates.js';
import { LeaderMeetingData } from '../../schema/leader-meeting.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { PullQuote } from '../pull-quote/pull-quote.js';
import { PullQuoteData } from '../../schema/pull-quote.js';
import { passedCheck } from '../../schema/validate.js';
import { styles } from './leader-meeting.styles.js';

/**
 * A meeting of leaders: who met, when, where and on what occasion, what they discussed
 * and agreed, what was said, and the sources.
 *
 * @summary A meeting of leaders, with participants, place, date, topics and outcomes.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart article - The `<article>` around everything.
 * @csspart occasion - The occasion ("BRICS Summit"), above the title.
 * @csspart title - The heading naming the participants, at `heading-level`.
 * @csspart meta - The line with the date and the place.
 * @csspart date - The `<time>` of the meeting.
 * @csspart place - Venue, city and country.
 * @csspart participants - The list of participants.
 * @csspart participant - One participant.
 * @csspart name - A participant's name.
 * @csspart native-name - A participant's name in its own script.
 * @csspart details - A participant's role, affiliation and country.
 * @csspart summary - The summary.
 * @csspart topics - The list of topics.
 * @csspart outcomes - The list of outcomes.
 * @csspart subheading - The headings of topics, outcomes and sources.
 * @csspart quotes - The quotations, each a `<pull-quote>`.
 * @csspart sources - The list of sources.
 * @csspart source - One source's `<cite>`.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid.
 *
 * @cssprop --essay-color-accent - Accent: the occasion and the top rule (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - Meta line and participant details (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - Hairlines (light theme).
 * @cssprop --essay-color-rule-dark - Hairlines in the dark theme.
 */
export class LeaderMeeting extends EssayElement<typeof LeaderMeetingData> {
  static override tag = 'leader-meeting';
  static override schema = LeaderMeetingData;
  static override styles = [baseStyles, styles];
  static override dependencies = [PullQuote, GlossaryTerm];

  protected override renderData(meeting: LeaderMeetingData) {
    const { i18n } = this;
    const names = meeting.participants.map((person) => person.name);
    const place = [
      meeting.location?.venue,
      meeting.location?.city,
      meeting.location?.country && i18n.country(meeting.location.country),
    ]
      .filter((part) => part?.trim())
      .join(i18n.comma);
    const sub = Math.min(this.level + 1, 6);
    const list = (items: string[] | undefined, key: 'topics' | 'outcomes') =>
      items?.length
        ? html`<section class="list" aria-labelledby=${key}>
            ${heading(sub, i18n.t(key), 'subheading', key)}
            <ul part=${key}>
              ${items.map((item) => html`<li dir="auto">${item}</li>`)}
            </ul>
          </section>`
        : nothing;

    return html`<article part="article" class="frame" aria-labelledby="title">
      <header>
        ${meeting.occasion ? html`<p part="occasion" class="occasion label" dir="auto">${meeting.occasion}</p>` : nothing}
        ${heading(this.level, namesList(names, i18n))}
        ${
          meeting.date || place
            ? html`<p part="meta" class="meta dots">
                ${date(meeting.date, i18n)}
                ${place ? html`<span part="place" dir="auto">${place}</span>` : nothing}
              </p>`
            : nothing
        }
      </header>
      <ul part="participants" class="participants" aria-label=${i18n.t('participants')}>
        ${meeting.participants.map((person) => {
          const details = personDetails(person, i18n);
          return html`<li part="participant">
            <span part="name" class="name">${personName(person)}</span>
            ${details.length ? html`<span part="details" class="details" dir="auto">${details.join(i18n.comma)}</span>` : nothing}
          </li>`;
        })}
      </ul>
      ${this.para('summary', meeting.summary)}
      ${
        meeting.topics?.length || meeting.outcomes?.length
          ? html`<div class="lists">
              ${list(meeting.topics, 'topics')}${list(meeting.outcomes, 'outcomes')}
            </div>`
          : nothing
      }
      ${
        meeting.quotes?.length
          ? html`<div part="quotes" class="quotes">
              ${meeting.quotes.map((quote) => {
                // Checked with the meeting: the quote's element takes it as it is.
                passedCheck(PullQuoteData, quote);
                return html`<pull-quote
                  .embedded=${true}
                  .data=${quote}
                  .glossary=${this.glossary}
                  theme=${ifDefined(this.theme)}
                ></pull-quote>`;
              })}
            </div>`
          : nothing
      }
      ${
        meeting.sources?.length
          ? html`<footer class="sources">
              ${heading(sub, i18n.t('sources'), 'subheading', 'sources')}
              <ul part="sources">
                ${meeting.sources.map((each) => html`<li>${source(each, i18n)}</li>`)}
              </ul>
            </footer>`
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leader-meeting': LeaderMeeting;
  }
}
