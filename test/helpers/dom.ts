/** Small helpers for reading what a reader or a page sees of an element. */
import { oneEvent } from '@open-wc/testing';
import type { EssayWidgetErrorDetail } from '../../src/index.js';

/** The text a reader sees in the element's shadow root, white space collapsed. */
export function shadowText(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLElement && ['style', 'script'].includes(node.localName)) return '';
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    return [...root.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot ?? el)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first element matching `selector` in the shadow root, or a failure naming it. */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** Resolves with the detail of the next `essay-widget-error` from `el`. */
export async function nextError(el: Element): Promise<EssayWidgetErrorDetail> {
  return (await oneEvent(el, 'essay-widget-error')).detail;
}

/** Collects `console.warn` messages while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Waits until `check` holds, failing after `timeout` ms. (Timers, not animation frames: a test page may be in the background.) */
export async function until(
  check: () => boolean | Promise<boolean>,
  what = 'condition',
  timeout = 4000,
): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Gives a new `tag` element `data`, puts it on the page, and returns the error event's
 * detail and the warnings it logged.
 */
export async function errorsFor(
  tag: string,
  data: unknown,
): Promise<{ detail: EssayWidgetErrorDetail; warnings: string[] }> {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  el.data = data;
  let detail!: EssayWidgetErrorDetail;
  const warnings = await captureWarnings(async () => {
    const error = nextError(el);
    document.body.append(el);
    detail = await error;
  });
  el.remove();
  return { detail, warnings };
}

/** A test page's window, with what test/pages/probe.js recorded. */
export interface ProbedWindow extends Window {
  __errors: string[];
  __warnings: string[];
  __violations: string[];
  EssayWidgets?: Record<string, unknown>;
}

/** Loads a test page in a same-origin frame and waits until `ready` holds for it. */
export async function openPage(
  path: string,
  ready: (doc: Document) => boolean,
  width = 800,
  height = 600,
): Promise<ProbedWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbedWindow;
  await until(() => ready(win.document), `${path} to render`);
  return win;
}

/** True when every essay element on the page has rendered content (no loading notice). */
export function allRendered(doc: Document, tags: readonly string[]): boolean {
  return tags.every((tag) =>
    [...doc.querySelectorAll(tag)].every(
      (el) => el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part=status]'),
    ),
  );
}

/** Waits until `el` and every essay element rendered inside it, at any depth, have rendered. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) await settled(child);
}

/**
 * The text a reader sees in `node` across shadow roots, as it flows: inline boxes run on,
 * other boxes are set apart by a space, hidden ones are skipped. White space collapsed.
 */
export function readerText(node: Node): string {
  const walk = (each: Node): string => {
    if (each.nodeType === Node.TEXT_NODE) return each.textContent ?? '';
    if (!(each instanceof Element)) return [...each.childNodes].map(walk).join('');
    if (['script', 'style', 'template'].includes(each.localName)) return '';
    const { display } = getComputedStyle(each);
    if (display === 'none') return '';
    const children =
      each instanceof HTMLSlotElement
        ? each.assignedNodes({ flatten: true })
        : [...(each.shadowRoot ?? each).childNodes];
    const text = children.map(walk).join('');
    return ['inline', 'inline-block', 'contents'].includes(display) ? text : ` ${text} `;
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}
