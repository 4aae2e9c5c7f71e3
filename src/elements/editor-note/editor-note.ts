import { html } from 'lit';
import { EssayElement } from '../../core/base/essay-element.js';
import { richTextFrom } from '../../core/data/light-dom.js';
import { baseStyles } from '../../core/styles/styles.js';
import { date } from '../../core/text/templates.js';
import { EditorNoteData } from '../../schema/editor-note.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { styles } from './editor-note.styles.js';

/**
 * An editor's notice beside the essay: a disclaimer, a correction, an update or a note,
 * labelled with its kind in the reader's language and dated when it has a date.
 *
 * @summary A disclaimer, correction, update or note.
 *
 * @slot - Light-DOM fallback: the note's text, read (with the `kind` and `date` attributes) when no other data is given.
 *
 * @fires essay-widget-error - The data could not be used; `detail: { tag, errors: [{ path, message }] }`.
 *
 * @csspart note - The block around everything (`role="note"`).
 * @csspart kind - The kind label ("Disclaimer", "Correction", "Update", "Note").
 * @csspart date - The `<time>` of the note.
 * @csspart text - The note's text.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - The notice shown when the data is invalid and there is no fallback.
 *
 * @cssprop --essay-color-accent - Accent: the rule beside corrections and updates (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - The label, the date and the text of disclaimers and notes (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - The rule beside disclaimers and notes (light theme).
 * @cssprop --essay-color-rule-dark - The same in the dark theme.
 */
export class EditorNote extends EssayElement<typeof EditorNoteData> {
  static override tag = 'editor-note';
  static override schema = EditorNoteData;
  static override styles = [baseStyles, styles];
  static override dependencies = [GlossaryTerm];

  static override properties = { ...EssayElement.properties, kind: {}, date: {} };
  protected static override lightProperties = ['kind', 'date'];

  /** `disclaimer`, `correction`, `update` or `note` (the default), for notes written as light-DOM text. */
  declare kind: string | undefined;
  /** When the note was written: `2018`, `2018-11` or `2018-11-05`. */
  declare date: string | undefined;

  protected override readLightDom(): unknown {
    const text = richTextFrom(this.childNodes);
    return text ? { kind: this.kind ?? 'note', text, date: this.date || undefined } : undefined;
  }

  protected override renderData(note: EditorNoteData) {
    return html`<div part="note" role="note" class=${note.kind}>
      <p class="head dots">
        <span part="kind" class="label">${this.i18n.t(note.kind)}</span>${date(note.date, this.i18n)}
      </p>
      <p part="text" dir="auto">${this.rich(note.text)}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-note': EditorNote;
  }
}
