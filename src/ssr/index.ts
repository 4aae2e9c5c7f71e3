/**
 * Server rendering (Node): HTML with Declarative Shadow DOM, so that a page paints the
 * finished widgets before any JavaScript runs, plus a readable light-DOM copy for readers
 * without JavaScript, RSS, reader mode and search. The element's data travels with it as
 * inline JSON, and the client hydrates from that same data.
 *
 * ```js
 * import { renderElement, renderEssay } from 'essay-widgets/ssr';
 * const html = await renderElement('pull-quote', { text: 'My most intimate friend.' }, { nonce });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadLocale, localeFor } from '../core/i18n/i18n.js';
import { embedElement, withoutBlankLines } from '../core/readers/embed.js';
import { scriptJson } from '../core/data/script-json.js';
import { elements } from '../index.js';
import { EssayData } from '../schema/schema.js';
import { validate, type ValidationIssue } from '../schema/validate.js';
import { DEFAULT_LIMITS, limitsWith, overLimits, type Limits } from '../core/data/limits.js';
import { escapeAttribute, readableHtml } from './readable.js';

export type { ValidationIssue };

/** Every element tag. */
export type Tag = keyof typeof elements;

/** The data type of the element with this tag (`PullQuoteData` for `pull-quote`). */
export type DataOf<T extends Tag> = NonNullable<InstanceType<(typeof elements)[T]>['data']>;

/** Every element tag, in the order the library defines them. */
export const tags = Object.keys(elements) as Tag[];

export interface RenderOptions {
  /** A CSP nonce for the `<style>` in each shadow root, for pages with `style-src 'nonce-…'`. */
  nonce?: string;
  /** The language of UI strings and dates; also the element's `lang` attribute. */
  lang?: string;
  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** The level of the element's title heading, 1–6. */
  headingLevel?: number;
  /** More attributes for the element itself (`id`, `class`, `variant`…); `true` writes a bare attribute. */
  attributes?: Record<string, string | number | boolean | undefined>;
  /** Write the readable light-DOM copy of the content (default `true`). */
  readable?: boolean;
}

const NONCE = /^[A-Za-z0-9+/_=-]+$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;

function openingTag(tag: string, options: RenderOptions): string {
  const attributes: Record<string, string | number | boolean | undefined> = {
    lang: options.lang,
    theme: options.theme,
    'heading-level': options.headingLevel,
    ...options.attributes,
  };
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`essay-widgets: invalid attribute name "${name}"`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Gives each `<style>` the nonce and drops comments and runs of white space from the CSS. */
function finishStyles(html: string, nonce: string | undefined): string {
  const open = nonce ? `<style nonce="${nonce}">` : '<style>';
  return html.replace(
    // (CSS may hold `<`, as in `@container (width<=24rem)`; never `</style`.)
    /<style>([\s\S]*?)<\/style>/g,
    (_, css: string) =>
      `${open}${css
        .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
        .replace(/\s+/g, ' ')
        .trim()}</style>`,
  );
}

/** Why a limit cannot be raised for rendering. */
const RENDER_LIMITS = 'the elements render data within the default limits only (docs/limits.md)';

/**
 * Renders one element as HTML: its Declarative Shadow DOM (the finished view, painted
 * without JavaScript), its data as `<script type="application/json">` for the client to
 * hydrate from, and a readable plain-HTML copy of the content.
 *
 * Invalid data renders the element's compact error notice, and the client reports the
 * errors when it loads; `validate()` tells the problems in advance. Data over one of the
 * default limits (docs/limits.md), which the elements hold every page to, throws a
 * TypeError naming its path and the limit, before any rendering.
 */
export async function renderElement<T extends Tag>(
  tag: T,
  data: DataOf<T>,
  options: RenderOptions = {},
): Promise<string> {
  const element = elements[tag];
  if (!element) {
    throw new TypeError(
      `essay-widgets: unknown element <${tag}>; known: ${Object.keys(elements).join(', ')}`,
    );
  }
  if (options.nonce !== undefined && !NONCE.test(options.nonce)) {
    throw new TypeError('essay-widgets: a nonce is written with base64 characters only');
  }
  // Data over a limit would cost the time and memory of the machine to render, and the
  // element would only show its error notice for it: refused before any work.
  const over = overLimits(data, DEFAULT_LIMITS, '', RENDER_LIMITS);
  if (over) {
    const where = over.path || 'the data';
    throw new TypeError(`essay-widgets: cannot render <${tag}>: ${where}: ${over.message}`);
  }
  // The strings of every language the element may speak: the page's, its own, an essay's.
  const languages = [options.lang, options.attributes?.lang, (data as { lang?: unknown } | null)?.lang];
  await Promise.all(languages.map((lang) => loadLocale(localeFor(typeof lang === 'string' ? lang : ''))));
  // A static template: the tag and attributes are checked and escaped above, and the data
  // only ever reaches the element's property.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`${unsafeStatic(openingTag(tag, options))} .data=${data}></${unsafeStatic(tag)}>`;
  const rendered = (await collectResult(render(template)))
    // The outer template's own markers: only the element's shadow root is hydrated.
    .replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[a-z][^\s>]*)\s+(>?)/, (_, open: string, end: string) => (end ? `${open}>` : `${open} `));
  const close = rendered.lastIndexOf(`</${tag}>`);
  const valid = validate(element.schema, data).ok;
  // (`readable="off"` on the element asks the same as `readable: false`.)
  const wanted = options.readable !== false && options.attributes?.readable !== 'off';
  const readable = valid && wanted ? readableHtml(rendered) : '';
  const out =
    finishStyles(rendered.slice(0, close), options.nonce) +
    `<script type="application/json">${scriptJson(data)}</script>` +
    readable +
    rendered.slice(close);
  // Markdown passes the element through as an HTML block when its opening tag stands alone on
  // the first line. (Its attributes are escaped: the first `>` ends it.)
  return withoutBlankLines(out.replace('>', '>\n'));
}

/**
 * Checks an essay against the schema: every problem, with paths such as `body[2].data.title`.
 * Data over a limit (docs/limits.md; `options.limits` raises them) is refused with the
 * one problem that names it, before the schema's check.
 */
export function validateEssay(
  data: unknown,
  options: { limits?: Partial<Limits> } = {},
): { ok: true; value: EssayData } | { ok: false; errors: ValidationIssue[] } {
  const over = overLimits(data, limitsWith(options.limits));
  return over ? { ok: false, errors: [over] } : validate(EssayData, data);
}

/**
 * Renders one element in the embed form that survives a CMS's sanitizer (docs/cms-embedding.md):
 * the element with its data in `data-json` and its readable copy inside, no script and no styles.
 * Where the element survives, the browser renders the widget from the attribute; where it is
 * stripped, the copy reads as plain HTML.
 */
export async function renderEmbed<T extends Tag>(
  tag: T,
  data: DataOf<T>,
  options: Pick<RenderOptions, 'lang' | 'headingLevel'> = {},
): Promise<string> {
  const lang = options.lang ?? (tag === 'essay-article' ? (data as EssayData).lang : undefined);
  const rendered = await renderElement(tag, data, { ...options, lang, readable: false });
  return embedElement(tag, data, readableHtml(rendered));
}

/** Renders a whole essay as `<essay-article>` (see `renderElement`); the essay's `lang` applies unless given. */
export async function renderEssay(data: EssayData, options: RenderOptions = {}): Promise<string> {
  return renderElement('essay-article', data, { lang: data.lang, ...options });
}
