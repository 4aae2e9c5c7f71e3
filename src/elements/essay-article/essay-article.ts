import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InferOutput } from 'valibot';
import { EssayElement } from '../../core/base/essay-element.js';
import { GENERATED } from '../../core/base/generated.js';
import { resolveLang } from '../../core/i18n/i18n.js';
import { lightDomWriters } from '../../core/readers/readable-copy.js';
import { baseStyles } from '../../core/styles/styles.js';
import { heading, linked, notice } from '../../core/text/templates.js';
import { Block, BylineData, EditorNoteData, EssayShell, type GlossaryEntry } from '../../schema/schema.js';
import { passedCheck, type Validation } from '../../schema/validate.js';
import { EssayByline } from '../essay-byline/essay-byline.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { BLOCK_CLASSES, checkBody, isStructure, structure, type StructureContext } from './blocks.js';
import { styles } from './essay-article.styles.js';
import { Pacing } from './pacing.js';

type Essay = typeof EssayShell;
type Shell = InferOutput<Essay>;

/**
 * A whole essay: title, dek, byline, the body (paragraphs, headings, each structure through its
 * own element), editor's notes, tags and the glossary, whose terms open where the text names
 * them. The essay's `lang` governs all of it. A bad block becomes a notice in its place; one
 * error event lists every problem. Its schema.org metadata goes into its light DOM as JSON-LD.
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
  static override dependencies = [...Object.values(BLOCK_CLASSES), EssayByline, GlossaryTerm];

  /** The essay whose blocks were last checked, and what came of each. */
  #checked: Shell | undefined;
  #blocks: Validation<Block>[] = [];
  #entries: readonly GlossaryEntry[] | undefined;
  readonly #pacing = new Pacing(this);
  /** The JSON-LD being written, if it is. */
  #linkedData: Promise<void> | undefined;

  protected override terms() {
    return this.#entries;
  }

  protected override contentLanguage(essay: Shell): string | undefined {
    return essay.lang;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.source.view;
    if (view.kind !== 'ready') return;
    const essay = view.value;
    this.#entries = [...(essay.glossary ?? []), ...(this.glossary ?? [])];
    if (this.#checked === essay) return;
    // An essay replacing another renders whole, not shrinking back; as does one to hydrate.
    const replacing = this.#checked !== undefined;
    this.#checked = essay;
    // The byline and notes were checked with the essay: their elements take them as they are.
    passedCheck(BylineData, essay.byline);
    for (const note of essay.notes ?? []) passedCheck(EditorNoteData, note);
    const { blocks, errors } = checkBody(essay.body);
    this.#blocks = blocks;
    if (errors.length) this.source.report(errors);
    this.#pacing.restart(isServer || replacing || (!this.hasUpdated && !!this.renderRoot.firstChild));
  }

  #context(level: number): StructureContext {
    return { level, glossary: this.#entries, theme: this.theme };
  }

  /** The blocks to show at this update; a structure sits one level below the heading it follows. */
  #body(sub: number): unknown[] {
    let level = sub;
    const body: unknown[] = [];
    for (const [i, result] of this.#pacing.cut(this.#blocks, isStructure).entries()) {
      if (!result.ok) body.push(notice(this.i18n, result.errors));
      else if (result.value.type === 'paragraph') body.push(this.para('paragraph', result.value.text));
      else if (result.value.type === 'heading') {
        level = Math.min(sub + 1, 6);
        body.push(heading(sub, result.value.text, 'heading', `h${i}`));
      } else body.push(structure(result.value, this.#context(level)));
    }
    return body;
  }

  protected override renderData(essay: Shell) {
    const sub = Math.min(this.level + 1, 6);
    const body = this.#body(sub);
    const more = this.#pacing.more;
    // An essay that names its language also sets its own direction (an English essay on an
    // Arabic page reads left to right, an Arabic one on an English page right to left).
    return html`<article
      part="article"
      lang=${ifDefined(essay.lang)}
      dir=${ifDefined(essay.lang ? this.i18n.dir : undefined)}
      aria-labelledby="title"
    >
      <header part="header">
        ${heading(this.level, essay.title)} ${this.para('dek', essay.dek)}
        ${essay.byline ? this.#byline(essay.byline) : nothing}
      </header>
      <div part="body" class="body" aria-busy=${ifDefined(more ? 'true' : undefined)}>${body}</div>
      ${!more && essay.glossary?.length ? this.#glossary(essay.glossary, sub) : nothing}
      ${!more && (essay.notes?.length || essay.tags?.length) ? this.#footer(essay, sub) : nothing}
    </article>`;
  }

  #byline(data: NonNullable<Shell['byline']>): TemplateResult {
    return html`<essay-byline
      part="byline"
      .data=${data}
      theme=${ifDefined(this.theme)}
      .embedded=${true}
    ></essay-byline>`;
  }

  #glossary(glossary: GlossaryEntry[], level: number): TemplateResult {
    return html`<section part="glossary" class="glossary" aria-labelledby="glossary">
      ${heading(level, this.i18n.t('glossary'), 'glossary-title', 'glossary')}
      <dl part="glossary-list">
        ${glossary.map(
          (entry) =>
            html`<div>
              <dt dir="auto"><dfn>${linked(entry.url, entry.term)}</dfn></dt>
              <dd dir="auto">${this.rich(entry.definition)}</dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  #footer(essay: Shell, level: number): TemplateResult {
    return html`<footer part="footer">
      ${essay.notes?.map((data) => structure({ type: 'editor-note', data }, this.#context(level), 'note'))}
      ${
        essay.tags?.length
          ? html`<p class="tags">
              <span class="label">${this.i18n.t('tags')}</span>
              <span part="tags" class="dots">${essay.tags.map((tag) => html`<bdi>${tag}</bdi>`)}</span>
            </p>`
          : nothing
      }
    </footer>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The metadata is written once the essay is whole, by code that loads after the first
    // render: it is for search engines and link previews, not for the reader's first paint.
    if (this.#pacing.more) return;
    const view = this.source.view;
    const essay = view.kind === 'ready' ? view.value : undefined;
    const lang = resolveLang(this);
    if (!essay && !this.querySelector(`:scope > script[${GENERATED}]`)) return;
    this.#linkedData = lightDomWriters().then((code) => code?.writeLinkedData(this, essay, lang));
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.#pacing.nextFrame();
    return super.scheduleUpdate();
  }

  /** Resolves once the whole essay has rendered and its metadata is written. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!complete) complete = await super.getUpdateComplete();
    await this.#linkedData;
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'essay-article': EssayArticle;
  }
}
