import { html, nothing } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { baseStyles } from '../../core/styles/styles.js';
import { dateRange, heading, namesList } from '../../core/text/templates.js';
import { EventTimelineData } from '../../schema/event-timeline.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './event-timeline.styles.js';

/**
 * Dated events in chronological order (events on the same date keep their given order).
 * Dates are written at their own precision (`2018`, `2018-11`, `2018-05-24`), spans as a
 * range; in a wide column they stand aligned in a column of their own.
 *
 * @summary Dated events in order, with places and participants.
 *
 * @slot - Fallback content, shown until valid data arrives or when it is invalid.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart section - The `<section>` around everything.
 * @csspart title - The heading, at `heading-level`.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event.
 * @csspart date - An event's `<time>` (a date or a range).
 * @csspart event-title - An event's title.
 * @csspart meta - The line with the location and the participants.
 * @csspart location - Where it happened.
 * @csspart participants - Who took part, as a list of names.
 * @csspart body - An event's text.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the top rule and the dates (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - Locations and participants (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - The time line and the marks on it (light theme).
 * @cssprop --essay-color-rule-dark - The same in the dark theme.
 */
export class EventTimeline extends EssayElement<typeof EventTimelineData> {
  static override tag = 'event-timeline';
  static override schema = EventTimelineData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  protected override renderData(data: EventTimelineData) {
    const { i18n } = this;
    // ISO dates sort as strings; a year sorts before the months in it. The sort is stable.
    const events = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return html`<section part="section" class="frame" aria-labelledby=${data.title ? 'title' : nothing}>
      ${data.title ? heading(this.level, data.title) : nothing}
      <ol part="list">
        ${events.map((event) => {
          const names = event.participants?.map((person) => person.name);
          return html`<li part="event">
            ${dateRange(event.date, event.endDate, i18n)}
            <div class="content">
              <p part="event-title" class="name" dir="auto">${event.title}</p>
              ${
                event.location || names?.length
                  ? html`<p part="meta" class="meta">
                      ${event.location ? html`<span part="location" dir="auto">${event.location}</span>` : nothing}
                      ${names?.length ? html`<span part="participants" dir="auto">${namesList(names, i18n)}</span>` : nothing}
                    </p>`
                  : nothing
              }
              ${this.para('body', event.body)}
            </div>
          </li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
