/**
 * A live page saved as HTML: `document.documentElement.outerHTML`, as "save page as", a prerender
 * service, a static-site snapshot or a CMS that stores the rendered page would keep it. What the
 * widgets wrote into the light DOM (readable copies, inline JSON, schema.org JSON-LD) must come
 * back from the saved copy as the same nodes, and nothing in the data may run when it is opened.
 *
 * Each payload goes into every string field of every element's data, rendered by the CDN bundle
 * from the `data` property, and by the server renderer then hydrated in the browser.
 */
import { expect } from '@open-wc/testing';
import { elements } from '../../src/index.js';
import { validate } from '../../src/schema/validate.js';
import { settled, until } from '../helpers/dom.js';
import { serverRender } from '../helpers/render.js';
import { stringPaths, withString } from './harness.js';
import { payloads } from './payloads.js';
import { samples } from './samples.js';

declare global {
  interface Window {
    __savedPageRuns: string[];
  }
}

type Tag = keyof typeof elements;
type Json = Parameters<typeof withString>[0];

/**
 * The widgets of one page for `payload`: each element with the payload in every field that takes
 * free text (valid data, so the element writes its readable copy), and again in every string
 * field (dates, addresses and codes too, which makes the data invalid).
 */
function widgets(payload: string): { tag: Tag; data: Json }[] {
  return (Object.keys(samples) as Tag[]).flatMap((tag) => {
    const sample = samples[tag] as Json;
    const paths = stringPaths(sample);
    const free = paths.filter(
      (path) => validate(elements[tag].schema, withString(sample, path, 'Plain words')).ok,
    );
    let valid = sample;
    for (const path of free) valid = withString(valid, path, payload);
    return [
      { tag, data: valid },
      { tag, data: withString(sample, '*', payload) },
    ];
  });
}

/**
 * The head of the page: payloads that run call `__xss()`, noted in this window; the widgets'
 * warnings about invalid data are expected and silenced.
 */
const head = (bundle: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page with widgets</title>' +
  '<script>window.__xss = (n = "?") => parent.__savedPageRuns.push(String(n)); console.warn = () => {};</script>' +
  `<script type="module" src="${bundle}"></script></head>`;

const frames: HTMLIFrameElement[] = [];

/** Opens `html` in a frame and resolves once it has loaded (images, nested frames and modules included). */
async function open(html: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  // Event handlers that fire a task later (a `toggle`, say) have their turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame.contentWindow!;
}

/** The page as a saved copy holds it. */
// Reading the serialized page is what this test is about.
// eslint-disable-next-line no-restricted-properties
const saved = (doc: Document) => `<!doctype html>\n${doc.documentElement.outerHTML}`;

/** Every element of the document (light DOM), as tag names in document order. */
const tagsOf = (doc: Document) => [...doc.querySelectorAll('*')].map((element) => element.localName);

/** The schema.org JSON-LD of each essay on the page, read as data (or the error that reading it gave). */
function linkedData(doc: Document): unknown[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
    try {
      return JSON.parse(script.textContent!) as unknown;
    } catch (error) {
      return String(error);
    }
  });
}

/** Every element in `root`'s shadow trees, nested ones included. */
function shadowElements(root: Element): Element[] {
  return [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((each) => [
    each,
    ...shadowElements(each),
  ]);
}

/** What a saved copy does when it is parsed and when it is opened. */
interface Reopened {
  /** The payloads that ran, by their index (`?` where a payload hides its call, as in base64). */
  ran: string[];
  /** Tags the copy has more of than the live page: elements the data injected. */
  injected: string[];
  /** Tags the copy has fewer of than the live page. */
  lost: string[];
  /** The essays' JSON-LD, read from the copy, is the same data as on the live page. */
  sameLinkedData: boolean;
}

/**
 * Saves the live page, parses the copy without running it (the same elements must come back:
 * none injected, none lost), then opens the copy, widgets and all, and notes what ran.
 */
async function saveAndReopen(live: Document): Promise<Reopened> {
  const copy = saved(live);
  const parsed = new DOMParser().parseFromString(copy, 'text/html');
  const count = (tags: string[]) =>
    tags.reduce((counts, tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1), new Map<string, number>());
  const before = count(tagsOf(live));
  const after = count(tagsOf(parsed));
  const more = (a: Map<string, number>, b: Map<string, number>) =>
    [...a]
      .filter(([tag, n]) => n > (b.get(tag) ?? 0))
      .map(([tag, n]) => `${tag} (+${n - (b.get(tag) ?? 0)})`);
  const sameLinkedData = JSON.stringify(linkedData(parsed)) === JSON.stringify(linkedData(live));
  window.__savedPageRuns = [];
  await open(copy);
  return {
    ran: window.__savedPageRuns,
    injected: more(after, before),
    lost: more(before, after),
    sameLinkedData,
  };
}

/** Each payload, its call numbered so that a run names the payload that made it. */
const numbered = payloads.map((payload, index) => payload.replaceAll('__xss()', `__xss(${index})`));

/** Every widget of the test: each element with each payload. */
const everyWidget = numbered.flatMap(widgets);

/** What went wrong, in words; empty when nothing did. */
function problems(live: string[], reopened: Reopened): string[] {
  const name = (index: string) =>
    index === '?' ? 'a hidden payload' : JSON.stringify(payloads[Number(index)]);
  return [
    ...live.map((index) => `${name(index)} ran on the live page`),
    ...reopened.ran.map((index) => `${name(index)} ran when the saved copy was opened`),
    ...reopened.injected.map((tag) => `the saved copy has more ${tag}`),
    ...reopened.lost.map((tag) => `the saved copy has fewer ${tag}`),
    ...(reopened.sameLinkedData ? [] : ["the saved copy's JSON-LD reads differently"]),
  ];
}

describe('a live page saved as HTML and opened again', function () {
  // A page of 38 payloads × 11 elements × 2 forms of data, opened, saved and opened again.
  this.timeout(120_000);
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it("runs nothing from data rendered in the browser, and keeps the essays' JSON-LD", async () => {
    window.__savedPageRuns = [];
    const live = (await open(`${head('/dist/essay-widgets.js')}<body></body></html>`)).document;
    const placed = everyWidget.map(({ tag, data }) => {
      const el = live.createElement(tag) as HTMLElement & { data: unknown };
      el.data = data;
      live.body.append(el);
      return el;
    });
    for (const el of placed) await settled(el);
    const ranLive = window.__savedPageRuns;
    // Every essay with valid data wrote its metadata, so the copy had it to keep.
    expect(linkedData(live).length).to.equal(payloads.length);
    expect(problems(ranLive, await saveAndReopen(live))).to.deep.equal([]);
  });

  it('runs nothing from data rendered on the server, hydrated, saved and opened again', async () => {
    window.__savedPageRuns = [];
    const html = await Promise.all(everyWidget.map(({ tag, data }) => serverRender(tag, data)));
    // The server's output, as a page serves it, hydrated by the same sources that rendered it.
    const live = (await open(`${head('/src/hydrate.ts')}<body>${html.join('\n')}</body></html>`)).document;
    const placed = [...live.body.children];
    const waiting = () =>
      placed.flatMap((el) => [el, ...shadowElements(el)]).filter((el) => el.hasAttribute('defer-hydration'));
    await until(() => !waiting().length, 'hydration', 60_000);
    for (const el of placed) await settled(el);
    const ranLive = window.__savedPageRuns;
    expect(linkedData(live).length).to.equal(payloads.length);
    expect(problems(ranLive, await saveAndReopen(live))).to.deep.equal([]);
  });
});
