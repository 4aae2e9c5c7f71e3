/// <reference types="node" />
/**
 * A whole HTML page around a server-rendered essay: it paints without JavaScript, and
 * loads the bundle with hydration support from a CDN, pinned by its integrity value.
 */
import { readFile } from 'node:fs/promises';
import {
  OEMBED_FILE,
  embedPage,
  essayDetails,
  iframeCode,
  oEmbedResponse,
  type PageFile,
} from '../core/readers/embed.js';
import { escapeAttribute, escapeText } from '../core/readers/readable.js';
import { VERSION } from '../core/base/version.js';
import type { EssayData } from '../schema/schema.js';

/** dist/manifest.json, written by the build: each CDN file's integrity value. */
interface Manifest {
  files: Record<string, { integrity: string; bytes: number }>;
}

export const DEFAULT_CDN = `https://unpkg.com/essay-widgets@${VERSION}/dist/`;

/** The bundle a server-rendered page loads: the one with hydration support. */
const BUNDLE = 'essay-widgets.hydrate.js';

async function readManifest(): Promise<Manifest> {
  const url = new URL('../../manifest.json', import.meta.url);
  try {
    return JSON.parse(await readFile(url, 'utf8')) as Manifest;
  } catch {
    throw new Error(`cannot read ${url.pathname}: build the package first (npm run build)`);
  }
}

/** Typography for the page around the widgets; the widgets inherit its fonts and colour. */
const PAGE_STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0 auto; max-inline-size: 44rem; padding: 2rem 1.25rem 4rem;
    font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; color: #1d1b19; background: #fdfcfa; }
  h1 { font-size: 2.1rem; line-height: 1.15; margin-block: 0 0.5em; }
  @media (prefers-color-scheme: dark) { body { color: #eeeae4; background: #171514; } }
`.trim();

/**
 * The code a publisher pastes into a CMS: the bundle's script, pinned by its integrity value,
 * then `fragment`, the element in its embed form (`renderEmbed`).
 */
export async function embedCode(fragment: string, cdn: string = DEFAULT_CDN): Promise<string> {
  const bundle = await cdnFile('essay-widgets.js', cdn);
  const script = `<script type="module" src="${escapeAttribute(bundle.src)}" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`;
  return `${script}\n${fragment}\n`;
}

/** The CDN file `name` under `cdn`, with its integrity value. */
async function cdnFile(name: string, cdn: string): Promise<PageFile> {
  const { files } = await readManifest();
  const base = cdn.endsWith('/') ? cdn : `${cdn}/`;
  return { src: base + name, integrity: files[name].integrity };
}

/** An embed page's files, by name, and the iframe code that shows it. */
export interface EmbedPageFiles {
  files: Record<string, string>;
  iframe: string;
}

/**
 * The files of an embed page for iframes and oEmbed, to publish at `url` (a folder's address,
 * ending in `/`, or a page's, ending in `.html`): the page holding `fragment` (the essay in its
 * embed form) and its oEmbed file beside it; and the iframe code for pages that take one.
 */
export async function embedPageFiles(
  essay: EssayData,
  fragment: string,
  { url, cdn = DEFAULT_CDN }: { url: string; cdn?: string },
): Promise<EmbedPageFiles> {
  const page = new URL(url).pathname.split('/').pop() || 'index.html';
  const details = essayDetails(essay);
  const frame = await cdnFile('essay-widgets.frame.js', cdn);
  const html = embedPage(fragment, {
    url,
    title: details.title,
    lang: essay.lang,
    bundle: await cdnFile('essay-widgets.js', cdn),
    frame,
  });
  return {
    files: {
      [page]: html,
      [OEMBED_FILE]: `${JSON.stringify(oEmbedResponse(url, details), null, 2)}\n`,
    },
    iframe: `${iframeCode(url, details.title, frame)}\n`,
  };
}

export async function renderPage(
  essay: EssayData,
  fragment: string,
  { nonce, cdn = DEFAULT_CDN }: { nonce?: string; cdn?: string },
): Promise<string> {
  const { files } = await readManifest();
  const base = cdn.endsWith('/') ? cdn : `${cdn}/`;
  const asset = (name: string) =>
    `href="${escapeAttribute(base + name)}" integrity="${files[name].integrity}" crossorigin="anonymous"`;
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  const lang = essay.lang ? ` lang="${escapeAttribute(essay.lang)}"` : '';
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeText(essay.title)}</title>`,
    essay.canonicalUrl ? `<link rel="canonical" href="${escapeAttribute(essay.canonicalUrl)}" />` : '',
    files['essay-widgets.css'] ? `<link rel="stylesheet" ${asset('essay-widgets.css')} />` : '',
    `<script type="module" ${asset(BUNDLE).replace('href=', 'src=')}></script>`,
    `<style${nonceAttribute}>${PAGE_STYLE}</style>`,
  ].filter(Boolean);
  return `<!doctype html>
<html${lang}>
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
    <main>
${fragment}
    </main>
  </body>
</html>
`;
}
