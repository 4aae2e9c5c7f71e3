/** schema.org metadata for an essay, for search engines and link previews. */
import { richTextToPlain } from '../text/richtext.js';
import { GENERATED } from '../base/generated.js';
import { scriptJson } from '../data/script-json.js';
import type { EssayData, Organization, Person } from '../../schema/schema.js';

const organization = (org: Organization) => ({
  '@type': 'Organization',
  name: org.name,
  alternateName: org.abbreviation,
  url: org.url,
});

const person = (author: Person) => ({
  '@type': 'Person',
  name: author.name,
  alternateName: author.nativeName,
  jobTitle: author.role,
  affiliation: author.affiliation ? { '@type': 'Organization', name: author.affiliation } : undefined,
  url: author.url,
});

/**
 * The essay as a schema.org `OpinionNewsArticle`. `lang` and `url` stand in for the
 * essay's own `lang` and `canonicalUrl` when it has none (the page's language and address).
 */
export function essayLinkedData(essay: Omit<EssayData, 'body'>, lang?: string, url?: string): object {
  const { byline } = essay;
  const address = essay.canonicalUrl ?? url;
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: essay.title,
    description: richTextToPlain(essay.dek) || undefined,
    inLanguage: essay.lang ?? (lang || undefined),
    author: byline?.authors.map(person),
    publisher: byline?.publisher && organization(byline.publisher),
    datePublished: byline?.published,
    dateModified: byline?.updated ?? byline?.published,
    keywords: essay.tags?.join(', '),
    url: address,
    mainEntityOfPage: address,
  };
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/**
 * JSON as the text of a `<script>`. Where Trusted Types are enforced it goes through a
 * policy that admits only what parses as JSON, which can never run as code. `undefined`
 * when the page allows no such policy.
 */
export function jsonScriptText(json: string): string | undefined {
  const types = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }
  ).trustedTypes;
  if (!types) return json;
  try {
    policy ??= types.createPolicy('essay-widgets-json', {
      createScript: (text) => {
        JSON.parse(text);
        return text;
      },
    });
  } catch {
    policy = null;
  }
  return (policy?.createScript(json) as string | undefined) ?? undefined;
}

/**
 * Keeps the JSON-LD `<script>` in `host`'s light DOM in step with its essay (none when there is
 * no essay), touching it only when it changes.
 */
export function writeLinkedData(
  host: HTMLElement,
  essay: Omit<EssayData, 'body'> | undefined,
  lang: string,
): void {
  let script = [...host.children].find((child) => child.matches(`script[${GENERATED}]`));
  if (!essay) {
    script?.remove();
    return;
  }
  // Escaped: the script's text stays inside it when the live page is saved as HTML.
  const json = scriptJson(essayLinkedData(essay, lang, location.href.split('#')[0]));
  if (script?.textContent === json) return;
  const text = jsonScriptText(json);
  if (text === undefined) return;
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(GENERATED, '');
    host.append(script);
  }
  script.textContent = text;
}
