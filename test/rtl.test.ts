/**
 * Right to left: on an Arabic page, English data keeps its punctuation where English puts it
 * (each piece of data is isolated, and separators follow the page's direction), and the
 * elements' layout is mirrored.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KeyPointsData, LeaderMeetingData, PrincipleListData, PullQuoteData } from '../src/index.js';
import { settled } from './helpers/dom.js';

/** The first text node under `el`, across shadow roots, that contains `text`. */
function textNode(el: Element, text: string): Text {
  const walk = (node: Node): Text | undefined => {
    if (node instanceof Text && node.data.includes(text)) return node;
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    for (const child of root.childNodes) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(el);
  if (!found) throw new Error(`no text “${text}” in <${el.localName}>`);
  return found;
}

/** Where the character at `offset` of `node` is drawn. */
function charRect(node: Text, offset: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

/** The first and the last character of `text` as drawn: for left-to-right text, left then right. */
function ends(el: Element, text: string): { first: DOMRect; last: DOMRect } {
  const node = textNode(el, text);
  const start = node.data.indexOf(text);
  return { first: charRect(node, start), last: charRect(node, start + text.length - 1) };
}

const deepQuery = (el: Element, selector: string): HTMLElement => {
  const walk = (root: ParentNode): HTMLElement | undefined => {
    const hit = root.querySelector<HTMLElement>(selector);
    if (hit) return hit;
    for (const child of root.querySelectorAll('*')) {
      const found = child.shadowRoot && walk(child.shadowRoot);
      if (found) return found;
    }
    return undefined;
  };
  const found = el.shadowRoot && walk(el.shadowRoot);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};

async function inArabicPage<T extends HTMLElement>(tag: string, data: unknown): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="inline-size: 720px"></div>`);
  const el = document.createElement(tag) as T & { data: unknown; updateComplete: Promise<unknown> };
  el.data = data;
  page.append(el);
  await settled(el);
  return el;
}

describe('right to left', () => {
  const quote: PullQuoteData = {
    text: 'لا يستطيع أي من الجانبين الاستغناء عن الآخر.',
    speaker: { name: 'Alexander Gabuev', affiliation: 'Carnegie Endowment.' },
    date: '2023',
  };

  it('keeps the final period of English data at its right end', async () => {
    const el = await inArabicPage('pull-quote', quote);
    for (const text of ['Carnegie Endowment.', 'Alexander Gabuev']) {
      const { first, last } = ends(el, text);
      expect(last.left, `${text}: last character right of the first`).to.be.greaterThan(first.left);
      expect(Math.abs(last.top - first.top), `${text}: on one line`).to.be.lessThan(4);
    }
  });

  it('sets the caption in the page’s order: the speaker right of the details, the date leftmost', async () => {
    const el = await inArabicPage('pull-quote', quote);
    const speaker = deepQuery(el, '[part=speaker]').getBoundingClientRect();
    const details = deepQuery(el, '[part=details]').getBoundingClientRect();
    const date = deepQuery(el, 'time').getBoundingClientRect();
    expect(speaker.left).to.be.greaterThan(details.right - 1);
    expect(details.left).to.be.greaterThan(date.right - 1);
    // The separators are Arabic commas, drawn after each part in reading order (to its left).
    const caption = deepQuery(el, '[part=caption]');
    const after = getComputedStyle(deepQuery(el, '[part=speaker]'), '::after').content;
    expect(after).to.contain('،');
    expect(caption.textContent).to.contain('Carnegie Endowment.');
  });

  it('keeps a person’s native name apart from the name, on the side the page reads on', async () => {
    const meeting: LeaderMeetingData = {
      participants: [
        { name: 'فلاديمير بوتين', nativeName: 'Владимир Путин', role: 'رئيس روسيا', country: 'RU' },
        { name: 'Xi Jinping Jr.', nativeName: '习近平', role: 'President', country: 'CN' },
      ],
      date: '2018-07-26',
      location: { city: 'جوهانسبرغ', country: 'ZA' },
    };
    const el = await inArabicPage('leader-meeting', meeting);
    const name = ends(el, 'فلاديمير بوتين');
    const native = ends(el, 'Владимир Путин');
    // Arabic reads right to left: the native name follows, to the left, with a gap.
    expect(name.last.left).to.be.lessThan(name.first.left);
    expect(native.last.left).to.be.greaterThan(native.first.left);
    const nativeBox = deepQuery(el, '[part=native-name]').getBoundingClientRect();
    const nameBox = deepQuery(el, '[part=name] bdi').getBoundingClientRect();
    expect(nameBox.left - nativeBox.right, 'a gap between the name and the native name').to.be.greaterThan(2);
    const latin = ends(el, 'Xi Jinping Jr.');
    expect(latin.last.left).to.be.greaterThan(latin.first.left);
    expect(deepQuery(el, '[part=place]').textContent).to.contain('،');
  });

  it('mirrors the layout: ordinals and numbers stand on the right', async () => {
    const points: KeyPointsData = {
      points: [
        { heading: 'رسم مسار العلاقات الثنائية.', body: 'نص.' },
        { heading: 'Cooperation between China and Russia.', body: 'Text.' },
      ],
    };
    const el = await inArabicPage('key-points', points);
    const ordinal = deepQuery(el, '[part=ordinal]').getBoundingClientRect();
    const heading = deepQuery(el, '[part=heading]').getBoundingClientRect();
    expect(ordinal.left, 'the ordinal right of the heading').to.be.greaterThan(heading.left);
    expect(ordinal.right).to.be.greaterThan(heading.right - 1);

    const principles: PrincipleListData = {
      title: 'روح شنغهاي',
      principles: [{ name: 'الثقة المتبادلة' }, { name: 'Mutual benefit.' }],
    };
    const list = await inArabicPage('principle-list', principles);
    const item = deepQuery(list, '[part=principle]').getBoundingClientRect();
    const name = deepQuery(list, '[part=name]').getBoundingClientRect();
    // The number's room (2em) is at the right, the start of a right-to-left line.
    expect(item.right - name.right, 'room for the number at the right').to.be.greaterThan(16);
    const latin = ends(list, 'Mutual benefit.');
    expect(latin.last.left).to.be.greaterThan(latin.first.left);
  });
});
