/**
 * Renders an element the two ways a page gets one, so that each element's tests run in both:
 *
 * - `client`: created in the browser, given its data through the `data` property;
 * - `ssr`: rendered on the server by `essay-widgets/ssr` (through the test server's
 *   `/__ssr/element`), parsed as a page would parse it (Declarative Shadow DOM included),
 *   then hydrated by the element from its inline JSON.
 *
 * In `ssr` mode the harness fails the test when an element re-renders from scratch instead
 * of hydrating, when hydration throws, or when an element is left waiting to hydrate.
 *
 * ```ts
 * describeModes('<pull-quote>', (mode) => {
 *   it('renders the speaker', async () => {
 *     const el = await renderWidget('pull-quote', charapQuote, { theme: 'dark' });
 *     expect($(el, '[part=speaker]').textContent).to.contain('Samuel Charap');
 *   });
 * });
 * ```
 */
import type { EssayWidgetErrorDetail } from '../../src/index.js';
import { captureWarnings } from './dom.js';

export const MODES = ['client', 'ssr'] as const;
export type Mode = (typeof MODES)[number];

/** Attributes for the element; `true` writes a bare attribute, `false`/`undefined` none. */
export type Attributes = Record<string, string | number | boolean | undefined>;

type Updatable = HTMLElement & { updateComplete?: Promise<unknown>; data?: unknown };

let currentMode: Mode = 'client';
const containers = new Set<HTMLElement>();
const errorLog = new WeakMap<Element, EssayWidgetErrorDetail[]>();

/**
 * Declares `suite` once per mode, as `title [client]` and `title [ssr]`; inside it,
 * `renderWidget` renders in that mode. Elements it rendered are removed after each test.
 */
export function describeModes(title: string, suite: (mode: Mode) => void): void {
  for (const mode of MODES) {
    describe(`${title} [${mode}]`, () => {
      before(() => (currentMode = mode));
      after(() => (currentMode = 'client'));
      afterEach(() => {
        containers.forEach((container) => container.remove());
        containers.clear();
      });
      suite(mode);
    });
  }
}

/** The mode `renderWidget` uses now. */
export function renderMode(): Mode {
  return currentMode;
}

/** The `essay-widget-error` events the element dispatched while `renderWidget` rendered it. */
export function renderErrors(el: Element): EssayWidgetErrorDetail[] {
  return errorLog.get(el) ?? [];
}

/** Renders `<tag>` with `data` and `attributes` in the current mode; resolves when it has rendered. */
export async function renderWidget<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  data: unknown,
  attributes: Attributes = {},
  mode: Mode = currentMode,
): Promise<HTMLElementTagNameMap[K]> {
  const container = document.createElement('div');
  containers.add(container);
  const errors: EssayWidgetErrorDetail[] = [];
  container.addEventListener('essay-widget-error', (event) => errors.push(event.detail));

  let el: Updatable;
  if (mode === 'client') {
    el = document.createElement(tag) as Updatable;
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : String(value));
    }
    el.data = data;
    container.append(el);
    document.body.append(container);
    await settle(el);
  } else {
    el = await hydrateFromServer(container, tag, data, attributes);
  }
  errorLog.set(el, errors);
  return el as unknown as HTMLElementTagNameMap[K];
}

/** The server's HTML for an element (`renderElement` of `essay-widgets/ssr`). */
export async function serverRender(tag: string, data: unknown, options: object = {}): Promise<string> {
  const response = await fetch('/__ssr/element', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tag, data, options }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`server rendering <${tag}> failed: ${body}`);
  return body;
}

async function hydrateFromServer(
  container: HTMLElement,
  tag: string,
  data: unknown,
  attributes: Attributes,
): Promise<Updatable> {
  const html = await serverRender(tag, data, { attributes });
  // Parsed while detached: nothing upgrades yet, so the server's nodes can be noted first.
  container.setHTMLUnsafe(html);
  const el = container.querySelector<Updatable>(tag);
  if (!el?.shadowRoot) throw new Error(`the server's <${tag}> has no declarative shadow root`);
  const serverNodes = shadowElements(el);
  document.body.append(container);
  await settle(el);
  // Hydrated: exactly the server's elements, none replaced, none added beside them.
  const clientNodes = shadowElements(el);
  const replaced = serverNodes.filter((node) => !clientNodes.includes(node));
  const added = clientNodes.filter((node) => !serverNodes.includes(node));
  if (replaced.length || added.length) {
    throw new Error(
      `<${tag}> rendered again instead of hydrating: of ${serverNodes.length} server-rendered elements ${replaced.length} were replaced, and ${added.length} were added`,
    );
  }
  const waiting = [el, ...descendants(el)].filter((each) => each.hasAttribute('defer-hydration'));
  if (waiting.length) throw new Error(`<${waiting[0].localName}> was left waiting to hydrate`);
  return el;
}

/** Every element in `el`'s shadow tree, nested shadow trees included. */
function shadowElements(el: Element): Element[] {
  return el.shadowRoot
    ? [...el.shadowRoot.querySelectorAll('*')].flatMap((each) => [each, ...shadowElements(each)])
    : [];
}

function descendants(el: Element): Element[] {
  return shadowElements(el).filter((each) => each.localName.includes('-'));
}

/** Waits for the element and every element rendered inside it to finish updating (a hydration error rejects). */
async function settle(el: Updatable): Promise<void> {
  await el.updateComplete;
  const seen = new Set<Element>();
  for (
    let pending = descendants(el);
    pending.length;
    pending = descendants(el).filter((each) => !seen.has(each))
  ) {
    pending.forEach((each) => seen.add(each));
    await Promise.all(pending.map((each) => (each as Updatable).updateComplete));
  }
}

/** Renders `<tag>` with data it must refuse: the element, its error event's detail and the warnings it logged. */
export async function renderInvalid<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  data: unknown,
  attributes: Attributes = {},
): Promise<{ el: HTMLElementTagNameMap[K]; detail: EssayWidgetErrorDetail; warnings: string[] }> {
  let el!: HTMLElementTagNameMap[K];
  const warnings = await captureWarnings(async () => {
    el = await renderWidget(tag, data, attributes);
  });
  const [detail, ...more] = renderErrors(el);
  if (!detail) throw new Error(`<${tag}> reported no error`);
  if (more.length) throw new Error(`<${tag}> reported ${more.length + 1} error events, not one`);
  return { el, detail, warnings };
}
