/** Rendering an element from each input source, and inspecting what it made. */
import type { EssayWidgetErrorDetail } from '../../src/index.js';

export type Source = 'property' | 'script' | 'src';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The paths of every string in `value`, e.g. `principles[2].name`. */
export function stringPaths(value: Json, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path ? `${path}.${key}` : key));
  return [];
}

/** A copy of `value` with the string at `path` replaced (or every string, for `*`). */
export function withString(value: Json, path: string, text: string): Json {
  const copy = structuredClone(value);
  if (path === '*') {
    const replace = (node: Json): Json =>
      typeof node === 'string'
        ? text
        : Array.isArray(node)
          ? node.map(replace)
          : node && typeof node === 'object'
            ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]))
            : node;
    return replace(copy);
  }
  const keys = path.match(/[^.[\]]+/g)!;
  let node = copy as Record<string, Json>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, Json>;
  node[keys[keys.length - 1]] = text;
  return copy;
}

export interface Rendered {
  el: HTMLElement;
  error?: EssayWidgetErrorDetail;
}

/**
 * Renders `tag` with `data` through `source` inside `host`, and resolves once it has
 * either rendered or reported an error.
 */
export async function renderFrom(
  host: HTMLElement,
  tag: string,
  data: unknown,
  source: Source,
): Promise<Rendered> {
  const el = document.createElement(tag) as HTMLElement & {
    data?: unknown;
    src?: string;
    updateComplete: Promise<unknown>;
  };
  let error: EssayWidgetErrorDetail | undefined;
  el.addEventListener('essay-widget-error', (event) => (error = event.detail));
  let url: string | undefined;
  if (source === 'property') el.data = data;
  if (source === 'script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    el.append(script);
  }
  if (source === 'src')
    el.src = url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  host.append(el);
  await el.updateComplete;
  if (source === 'src') {
    const deadline = performance.now() + 4000;
    while (el.shadowRoot!.querySelector('[part=status]') && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await el.updateComplete;
    URL.revokeObjectURL(url!);
  }
  await settleNested(el);
  return { el, error };
}

/** Waits for essay elements rendered inside `el` to render too. */
export async function settleNested(el: Element): Promise<void> {
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
    const pending = (child as { updateComplete?: Promise<unknown> }).updateComplete;
    if (pending) {
      await pending;
      await settleNested(child);
    }
  }
}

/** Every element inside `el`'s shadow root and the shadow roots below it. */
export function deepElements(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

/** The text a reader sees inside `el`, across shadow roots, white space collapsed. */
export function deepText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && ['style', 'script'].includes(node.localName)) return '';
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    return [...root.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot ?? el).replace(/\s+/g, ' ');
}

const SAFE_URL = /^(?:https?:|mailto:)/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'background',
];

/** What is wrong with what `el` rendered: event-handler attributes or unsafe URLs. */
export function unsafeMarkup(el: Element): string[] {
  const problems: string[] = [];
  for (const node of deepElements(el)) {
    for (const attribute of node.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${node.localName} ${name}>`);
      if (
        URL_ATTRIBUTES.includes(name) &&
        !SAFE_URL.test(attribute.value) &&
        !attribute.value.startsWith('#')
      )
        problems.push(`<${node.localName} ${name}="${attribute.value}">`);
    }
  }
  return problems;
}

/** The tags rendered inside `el`, as a sorted set. */
export function tagSet(el: Element): string[] {
  return [...new Set(deepElements(el).map((node) => node.localName))].sort();
}
