import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InferOutput } from 'valibot';
import { EssayElement } from '../../core/essay-element.js';
import { I18n, resolveLang } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { heading, linked, notice } from '../../core/templates.js';
import { Block, EssayShell, type GlossaryEntry } from '../../schema/schema.js';
import { validate, type Validation } from '../../schema/validate.js';
import { EditorNote } from '../editor-note/editor-note.js';
import { EssayByline } from '../essay-byline/essay-byline.js';
import { EventTimeline } from '../event-timeline/event-timeline.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { InitiativeBridge } from '../initiative-bridge/initiative-bridge.js';
import { KeyPoints } from '../key-points/key-points.js';
import { LeaderMeeting } from '../leader-meeting/leader-meeting.js';
import { PrincipleList } from '../principle-list/principle-list.js';
import { PullQuote } from '../pull-quote/pull-quote.js';
import { ScenarioList } from '../scenario-list/scenario-list.js';
import { styles } from './essay-article.styles.js';
import { essayLinkedData, jsonScriptText } from './linked-data.js';

type Essay = typeof EssayShell;
type Shell = InferOutput<Essay>;

/**
 * A whole essay: title, dek and byline, the body (paragraphs, section headings and each
 * structure through its own element), editor's notes, tags, and the glossary as a list at
 * the end, its terms opening their definitions where the text names them. The essay's
 * `lang` governs all of it. A bad block becomes a notice in its place while the rest
 * renders; one error event lists every problem. The element also writes the essay's
 * schema.org metadata (`OpinionNewsArticle`) as JSON-LD into its light DOM.
 *
 * @summary A whole news-analysis essay, from title to glossary.
 *
 * @slot - Light-DOM fallback: the essay as plain HTML, shown until the data renders and when it is invalid.
 *
 * @fires essay-widget-error - Some of the data could not be used; `detail: { tag, errors: [{ path, message }] }` lists every problem, with paths such as `body[3].data.principles[0].name`.
 *
 * @csspart article - The `<article>` around everything; carries the essay's `lang`.
 * @csspart header - Title, dek and byline.
 * @csspart title - The essay's title, at `heading-level`.
 * @csspart dek - The standfirst below the title.
 * @csspart byline - The `<essay-byline>`.
 * @csspart body - The body's blocks.
 * @csspart paragraph - A paragraph of the body.
 * @csspart heading - A section heading of the body, one level below the title.
 * @csspart block - Each structure of the body, rendered by its own element.
 * @csspart glossary - The glossary section at the end.
 * @csspart glossary-title - The glossary's heading.
 * @csspart glossary-list - The `<dl>` of terms and definitions.
 * @csspart footer - Notes and tags.
 * @csspart note - An editor's note (`<editor-note>`).
 * @csspart tags - The list of tags.
 * @csspart link - Links inside RichText.
 * @csspart status - The loading notice.
 * @csspart error - A notice in place of content that could not be used.
 *
 * @cssprop --essay-article-title-size - Size of the essay's title (default: scales with the width, up to 2.6em).
 * @cssprop --essay-font-heading - Font of the title and headings; inherits by default.
 * @cssprop --essay-color-accent - Accent: rules and markers (light theme).
 * @cssprop --essay-color-accent-dark - Accent in the dark theme.
 * @cssprop --essay-color-muted - The dek, labels and tags (light theme).
 * @cssprop --essay-color-muted-dark - The same in the dark theme.
 * @cssprop --essay-color-rule - Hairlines (light theme).
 * @cssprop --essay-color-rule-dark - Hairlines in the dark theme.
 */
export class EssayArticle extends EssayElement<Essay> {
  static override tag = 'essay-article';
  static override schema = EssayShell;
  static override styles = [baseStyles, styles];
  static override dependencies = [
    PullQuote,
    PrincipleList,
    LeaderMeeting,
    KeyPoints,
    ScenarioList,
    InitiativeBridge,
    EventTimeline,
    EssayByline,
    EditorNote,
    GlossaryTerm,
  ];

  /** The essay whose blocks were last checked, and what came of each. */
  #checked: Shell | undefined;
  #blocks: Validation<Block>[] = [];
  #entries: readonly GlossaryEntry[] | undefined;
  /**
   * How many of the body's structures are rendered. A browser renders a new essay a
   * structure per frame (each with the paragraphs and headings after it), so that no task
   * blocks the page long; the glossary and footer follow the last. A server renders all at
   * once, and so does hydration, which needs the server's whole body.
   */
  #shown = 1;
  /** The first block not rendered (the next structure), or -1 once all are. */
  #end = -1;

  protected override terms() {
    return this.#entries;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#end = -1;
    if (this.view.kind !== 'ready') return;
    const essay = this.view.value;
    if (essay.lang) this.i18n = I18n.for(essay.lang);
    this.#entries = [...(essay.glossary ?? []), ...(this.glossary ?? [])];
    if (this.#checked === essay) return;
    // Each block is checked on its own, so that a bad one degrades alone.
    this.#checked = essay;
    this.#blocks = essay.body.map((block, i) => validate(Block, block, `body[${i}]`));
    const errors = this.#blocks.flatMap((result) => (result.ok ? [] : result.errors));
    if (errors.length) this.report(errors);
    this.#shown = isServer || (!this.hasUpdated && this.renderRoot.firstChild) ? Infinity : 1;
  }

  protected override renderData(essay: Shell) {
    const { i18n } = this;
    const glossary = this.#entries;
    const sub = Math.min(this.level + 1, 6);
    // A structure sits one level below the heading it follows: the title, or a section heading.
    let level = sub;
    // The body up to the next structure not yet shown (a structure's type is its tag).
    let left = this.#shown;
    const end = this.#blocks.findIndex((result) => result.ok && result.value.type.includes('-') && !left--);
    const more = (this.#end = end) >= 0;
    const body = this.#blocks.slice(0, more ? end : undefined).map((result, i) => {
      if (!result.ok) return notice(i18n, result.errors);
      const block = result.value;
      switch (block.type) {
        case 'paragraph':
          return html`<p part="paragraph">${this.rich(block.text)}</p>`;
        case 'heading':
          level = Math.min(sub + 1, 6);
          return heading(sub, block.text, 'heading', `h${i}`);
        case 'pull-quote':
          return html`<pull-quote
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></pull-quote>`;
        case 'principle-list':
          return html`<principle-list
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></principle-list>`;
        case 'leader-meeting':
          return html`<leader-meeting
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></leader-meeting>`;
        case 'key-points':
          return html`<key-points
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></key-points>`;
        case 'scenario-list':
          return html`<scenario-list
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></scenario-list>`;
        case 'initiative-bridge':
          return html`<initiative-bridge
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></initiative-bridge>`;
        case 'event-timeline':
          return html`<event-timeline
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></event-timeline>`;
        case 'editor-note':
          return html`<editor-note
            part="block"
            .data=${block.data}
            .glossary=${glossary}
            .headingLevel=${level}
            theme=${ifDefined(this.theme)}
            .embedded=${true}
          ></editor-note>`;
      }
    });

    // An essay that names its language also sets its own direction (an English essay on an
    // Arabic page reads left to right).
    return html`<article
      part="article"
      lang=${ifDefined(essay.lang)}
      dir=${ifDefined(essay.lang ? 'auto' : undefined)}
      aria-labelledby="title"
    >
      <header part="header">
        ${heading(this.level, essay.title)} ${this.para('dek', essay.dek)}
        ${
          essay.byline
            ? html`<essay-byline
                part="byline"
                .data=${essay.byline}
                theme=${ifDefined(this.theme)}
                .embedded=${true}
              ></essay-byline>`
            : nothing
        }
      </header>
      <div part="body" class="body" aria-busy=${ifDefined(more ? 'true' : undefined)}>${body}</div>
      ${
        !more && essay.glossary?.length
          ? html`<section part="glossary" class="glossary" aria-labelledby="glossary">
              ${heading(sub, i18n.t('glossary'), 'glossary-title', 'glossary')}
              <dl part="glossary-list">
                ${essay.glossary.map(
                  (entry) =>
                    html`<div>
                      <dt><dfn>${linked(entry.url, entry.term)}</dfn></dt>
                      <dd>${this.rich(entry.definition)}</dd>
                    </div>`,
                )}
              </dl>
            </section>`
          : nothing
      }
      ${
        !more && (essay.notes?.length || essay.tags?.length)
          ? html`<footer part="footer">
              ${essay.notes?.map(
                (note) =>
                  html`<editor-note
                    part="note"
                    .data=${note}
                    .glossary=${glossary}
                    theme=${ifDefined(this.theme)}
                    .embedded=${true}
                  ></editor-note>`,
              )}
              ${
                essay.tags?.length
                  ? html`<p class="tags">
                      <span class="label">${i18n.t('tags')}</span>
                      <span part="tags" class="dots"
                        >${essay.tags.map((tag) => html`<span>${tag}</span>`)}</span
                      >
                    </p>`
                  : nothing
              }
            </footer>`
          : nothing
      }
    </article>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // While a structure is still to come, the next update renders it (after this frame); the
    // metadata is written once the essay is whole.
    if (this.#end < 0) this.#writeLinkedData();
    else {
      this.#shown++;
      this.requestUpdate();
    }
  }

  /**
   * The next structure renders in a task after this frame has been laid out and painted; on
   * a page out of sight (a tab in the background), where no frame is drawn, in the next task.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#end >= 0)
      await new Promise((resolve) =>
        document.hidden ? setTimeout(resolve) : requestAnimationFrame(() => setTimeout(resolve)),
      );
    return super.scheduleUpdate();
  }

  /** Resolves once the whole essay has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (!(await super.getUpdateComplete()));
    return true;
  }

  /** Keeps the JSON-LD `<script>` in the light DOM in step with the essay, touching it only on change. */
  #writeLinkedData(): void {
    const view = this.view;
    let script = [...this.children].find((child) => child.matches('script[data-essay-generated]'));
    if (view.kind === 'error' || view.kind === 'empty') script?.remove();
    if (view.kind !== 'ready') return;
    const json = JSON.stringify(essayLinkedData(view.value, resolveLang(this), location.href.split('#')[0]));
    if (script?.textContent === json) return;
    const text = jsonScriptText(json);
    if (text === undefined) return;
    if (script) {
      script.textContent = text;
      return;
    }
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-essay-generated', '');
    script.textContent = text;
    this.append(script);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'essay-article': EssayArticle;
  }
}
