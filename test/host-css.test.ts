import { expect } from '@open-wc/testing';
import { allRendered, openPage, until } from './helpers/dom.js';
import { boxesOf, paintsSomething, shiftScore, type Box } from './helpers/layout.js';

const TAGS = ['pull-quote', 'principle-list', 'key-points', 'editor-note', 'glossary-term'];

/** Loads the bundle into a test page, as a page does when its script arrives after first paint. */
async function upgrade(doc: Document, tags: readonly string[]): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/essay-widgets.js';
  doc.head.append(script);
  await until(() => allRendered(doc, tags), 'the widgets to render');
  // Two frames: layout and paint after the last render.
  const win = doc.defaultView!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** The worst layout shift score over the screens of a page `height` tall, screen by screen. */
function worstShift(before: Box[], after: Box[], width: number, height: number, pageHeight: number): number {
  let worst = 0;
  for (let top = 0; top < pageHeight; top += height) {
    worst = Math.max(worst, shiftScore(before, after, { left: 0, top, width, height }));
  }
  return worst;
}

describe('essay-widgets.css', () => {
  // A phone's screen and a laptop's.
  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ]) {
    it(`holds every light-DOM form's rendered height, and nothing moves at the upgrade (${width} px)`, async () => {
      const win = await openPage(
        '/test/pages/light-dom.html',
        (doc) => doc.readyState === 'complete',
        width,
        height,
      );
      const doc = win.document;
      const widgets = [...doc.querySelectorAll(TAGS.filter((tag) => tag !== 'glossary-term').join(','))];
      const blocks = [...doc.querySelectorAll('main > *')].filter(paintsSomething);
      const heightsBefore = widgets.map((el) => el.getBoundingClientRect().height);
      const before = boxesOf(blocks);

      await upgrade(doc, TAGS);

      widgets.forEach((el, i) => {
        const rendered = el.getBoundingClientRect().height;
        const name = `${el.localName}[${el.getAttribute('variant') ?? el.getAttribute('kind') ?? ''}]`;
        expect(
          heightsBefore[i],
          `${name}: ${heightsBefore[i]} px before, ${rendered} px rendered`,
        ).to.be.within(rendered * 0.95, rendered * 1.05);
      });
      const score = worstShift(before, boxesOf(blocks), width, height, doc.documentElement.scrollHeight);
      expect(score, 'layout shift score of the worst screen').to.be.at.most(0.01);
      win.frameElement!.remove();
    });
  }

  it('holds the space of widgets whose data is JSON without painting what would move', async () => {
    const win = await openPage('/test/pages/host-css-json.html', (doc) => doc.readyState === 'complete');
    const doc = win.document;
    win.frameElement!.scrollIntoView();
    const children = [...doc.querySelectorAll('main > *')];
    // Painted before the script, as a page is while the bundle loads.
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 100)));
    const held = children.map((el) => el.getBoundingClientRect().height);
    const blocks = children.filter(paintsSomething);
    expect(
      held.slice(0, 4).every((h) => h > 20),
      `heights held: ${held}`,
    ).to.equal(true);
    const before = boxesOf(blocks);

    await upgrade(doc, ['pull-quote', 'leader-meeting', 'key-points']);

    // The widgets render taller than the space held, but nothing seen before moves.
    expect(doc.querySelector('main > p')!.getBoundingClientRect().top).to.be.above(
      held.reduce((a, b) => a + b),
    );
    expect(shiftScore(before, boxesOf(blocks), { left: 0, top: 0, width: 800, height: 600 })).to.equal(0);
    win.frameElement!.remove();
  });
});
