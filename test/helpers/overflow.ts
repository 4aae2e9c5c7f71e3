/**
 * Long unbroken words (a German compound, a URL, a long name) for every text field, and what of
 * an element sticks out of it sideways: each box and each run of text in its shadow trees, and
 * each box whose content is wider than the box itself.
 */
import { settled } from './dom.js';

/** Words with no place to break, each longer than a 320 px column is wide. */
export const LONG = {
  word: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft',
  url: `https://example.org/${'averylongpathwithnoplacetobreakatall'.repeat(3)}`,
  name: 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewaren',
} as const;

/** A person with a long word in every field. */
export const longPerson = {
  name: LONG.name,
  nativeName: LONG.word,
  role: LONG.word,
  affiliation: LONG.word,
  country: 'DE',
  url: LONG.url,
};

/** A source with a long word in every field. */
export const longSource = { title: LONG.word, publisher: LONG.name, url: LONG.url, date: '2018-06' };

/** An organization with a long word in every field. */
export const longOrganization = { name: LONG.word, abbreviation: LONG.name, url: LONG.url };

/**
 * The widths to check: a small phone's screen, and a column just wide enough for the elements'
 * wide layouts (side by side from 30rem or 34rem), where a word may still not fit its part.
 */
export const WIDTHS = [320, 560] as const;

/** How far a box may pass the host's edge: rounding of sub-pixel layout. */
const TOLERANCE = 1;

/** Every element in `root`'s tree and the shadow trees within it. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? deepElements(el.shadowRoot) : []),
  ]);
}

/** A short name for `el` in a failure message: `span.name`, `p[part=text]`. */
function nameOf(el: Element): string {
  const part = el.getAttribute('part');
  const className = el.getAttribute('class');
  return `${el.localName}${part ? `[part=${part}]` : ''}${className ? `.${className.split(' ').join('.')}` : ''}`;
}

/**
 * What of `host` sticks out of it horizontally, one line each: the host scrolling sideways, a
 * box (or a run of text) in its shadow trees beyond its left or right edge, or a box whose
 * content is wider than itself. Empty when everything fits.
 */
export function overflowing(host: HTMLElement): string[] {
  const found: string[] = [];
  if (host.scrollWidth > host.clientWidth) {
    found.push(`<${host.localName}> scrolls: ${host.scrollWidth} > ${host.clientWidth}`);
  }
  const edge = host.getBoundingClientRect();
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < edge.left - TOLERANCE || rect.right > edge.right + TOLERANCE);
  for (const el of deepElements(host.shadowRoot!)) {
    if (['style', 'script', 'template'].includes(el.localName)) continue;
    const rect = el.getBoundingClientRect();
    if (outside(rect)) {
      found.push(`${nameOf(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
    }
    if (el.scrollWidth > el.clientWidth + TOLERANCE && el.clientWidth > 0) {
      found.push(`${nameOf(el)} holds content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (outside(text)) {
        found.push(
          `text “${node.textContent.trim().slice(0, 24)}…” in ${nameOf(el)} spans ${Math.round(text.left)}–${Math.round(text.right)} px`,
        );
      }
    }
  }
  return found;
}

/**
 * Renders `<tag>` with `data` and `attributes` alone in a column `width` px wide, and gives what
 * of it sticks out (`overflowing()`); the element is removed again.
 */
export async function overflowAt(
  width: number,
  tag: string,
  data: unknown,
  attributes: Record<string, string> = {},
): Promise<string[]> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  column.append(el);
  document.body.append(column);
  try {
    await settled(el);
    return overflowing(el);
  } finally {
    column.remove();
  }
}
