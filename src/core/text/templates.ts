/** Template pieces that several elements render the same way. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Organization, Person, Source } from '../../schema/common.js';
import type { GlossaryEntry } from '../../schema/glossary-term.js';
import type { View } from '../data/data-source.js';
import { describeIssue, type ValidationIssue } from '../base/errors.js';
import type { I18n } from '../i18n/i18n.js';
import { renderRichText } from './richtext.js';

/** A heading level from an attribute's value: 1 to 6, 2 when it is anything else. */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return level >= 1 && level <= 6 ? level : 2;
}

/** A heading at `level` (1–6), so the element fits the host page's outline; its id is `part` unless given. */
export function heading(level: number, content: unknown, part = 'title', id = part): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class="title" dir="auto">${content}</h1>`;
    case 3:
      return html`<h3 id=${id} part=${part} class="title" dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class="title" dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class="title" dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class="title" dir="auto">${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class="title" dir="auto">${content}</h2>`;
  }
}

/** A date in `<time datetime>`, written at its own precision. */
export function date(iso: string | undefined, i18n: I18n, part = 'date'): TemplateResult | typeof nothing {
  return iso ? html`<time part=${part} datetime=${iso}>${i18n.date(iso)}</time>` : nothing;
}

/** A span of dates in `<time>` elements; a single date when there is no end. */
export function dateRange(start: string, end: string | undefined, i18n: I18n, part = 'date'): TemplateResult {
  if (!end) return date(start, i18n, part) as TemplateResult;
  return html`<time part=${part} datetime=${start}>${i18n.dateRange(start, end)}</time>`;
}

/** A link when there is a URL, else the content as it is. */
export function linked(url: string | undefined, content: unknown): unknown {
  return url ? html`<a href=${url}>${content}</a>` : content;
}

/**
 * Words of the data set apart in a line of the element's own: their direction is their own (an
 * English name in an Arabic line keeps its punctuation where English puts it).
 */
export function isolated(text: unknown): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}

/** "Shanghai Cooperation Organization (SCO)", linked when it has a URL. */
export function organization(org: Organization): unknown {
  return linked(org.url, isolated(org.abbreviation ? `${org.name} (${org.abbreviation})` : org.name));
}

/** The words that describe a person after the name: role, affiliation, country. */
export function personDetails(person: Person, i18n: I18n): string[] {
  return [person.role, person.affiliation, person.country && i18n.country(person.country)].filter(
    (part): part is string => !!part?.trim(),
  );
}

/**
 * "Xi Jinping and Vladimir Putin" in the language's words, each name isolated: a name in
 * another script keeps its own order and punctuation ("Jr.") in a sentence of the other direction.
 */
export function namesList(names: readonly string[], i18n: I18n): TemplateResult {
  return html`${i18n.listParts(names).map((part) => (part.type === 'element' ? isolated(part.value) : part.value))}`;
}

/** A person's name, with the native spelling after it when given. */
export function personName(person: Person): TemplateResult {
  return html`${linked(person.url, isolated(person.name))}${
    person.nativeName?.trim()
      ? html`<span class="native" part="native-name"><bdi>${person.nativeName}</bdi></span>`
      : nothing
  }`;
}

/** "Title", Publisher, date: a citation, linked when it has a URL. */
export function source(src: Source, i18n: I18n): TemplateResult {
  const title = src.title?.trim();
  const publisher = src.publisher?.trim();
  const label = title || publisher || src.url;
  return html`<cite part="source" dir="auto">${linked(src.url, label)}</cite>${
      title && publisher ? html`, ${isolated(publisher)}` : nothing
    }${src.date ? html`, ${date(src.date, i18n)}` : nothing}`;
}

/**
 * What an element without data to render shows: the author's light-DOM fallback when there is
 * one, else a loading line or a compact notice.
 */
export function status(view: View<unknown>, i18n: I18n, fallback: boolean): TemplateResult {
  if (fallback || view.kind === 'empty') return html`<slot></slot>`;
  if (view.kind === 'loading')
    return html`<p part="status" role="status" class="status">${i18n.t('loading')}</p>`;
  return notice(i18n, view.kind === 'error' ? view.errors : undefined);
}

/** The compact notice shown in place of content that could not be used, naming the first problem. */
export function notice(i18n: I18n, errors?: readonly ValidationIssue[]): TemplateResult {
  return html`<p part="error" role="note" class="status error">
    ${i18n.t('unavailable')}
    ${errors?.length ? html`<small class="detail">${describeIssue(errors[0])}</small>` : nothing}
  </p>`;
}

/**
 * A term in running text that opens its definition: a `<glossary-term>`, which each element
 * that renders RichText registers with itself. The term's words stay as written.
 */
export function glossaryTerm(entry: GlossaryEntry, theme: string | undefined): TemplateResult {
  return html`<glossary-term .data=${entry} theme=${ifDefined(theme)}>${entry.term}</glossary-term>`;
}

/** RichText whose `[[term]]` references found in `glossary` (ignoring case) open their definitions. */
export function richText(
  text: string | undefined,
  glossary: readonly GlossaryEntry[] | undefined,
  theme?: string,
) {
  return renderRichText(text, (term) => {
    const entry = glossary?.find((each) => each.term.toLowerCase() === term.toLowerCase());
    return entry ? glossaryTerm({ ...entry, term }, theme) : term;
  });
}
