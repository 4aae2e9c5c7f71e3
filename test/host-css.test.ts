import { expect } from '@open-wc/testing';
import { allRendered, openPage, until } from './helpers/dom.js';

/** The page's widgets as a reader sees them laid out: each one's height. */
const heights = (doc: Document) =>
  [...doc.querySelectorAll('pull-quote, key-points')].map((el) => el.getBoundingClientRect().height);

/**
 * The heights once settled: until first laid out in view, a widget holds a placeholder
 * height (content-visibility), so wait until none has changed for three looks.
 */
async function settledHeights(doc: Document): Promise<number[]> {
  let last = heights(doc);
  for (let same = 0; same < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = heights(doc);
    same = now.join() === last.join() ? same + 1 : 0;
    last = now;
  }
  return last;
}

describe('essay-widgets.css', () => {
  for (const width of [800, 360]) {
    it(`gives light-DOM widgets about their rendered height before the script runs (${width} px)`, async () => {
      const win = await openPage('/test/pages/host-css.html', (doc) => doc.readyState === 'complete', width);
      const doc = win.document;
      // In view, so that the widgets are laid out.
      win.frameElement!.scrollIntoView();
      const before = await settledHeights(doc);
      const margins = () =>
        [...doc.querySelectorAll('pull-quote, key-points')].map((el) => {
          const style = getComputedStyle(el);
          return `${style.marginTop} ${style.marginBottom}`;
        });
      const marginsBefore = margins();
      const after = doc.querySelector('p:last-of-type')!;
      const afterTop = after.getBoundingClientRect().top;

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/essay-widgets.js';
      doc.head.append(script);
      await until(
        () =>
          [...doc.querySelectorAll('pull-quote, key-points')].every((el) => el.shadowRoot?.childElementCount),
        'the widgets to render',
      );
      const rendered = await settledHeights(doc);
      rendered.forEach((height, i) => {
        expect(before[i], `widget ${i}: ${before[i]} px before, ${height} px rendered`).to.be.within(
          height * 0.85,
          height * 1.15,
        );
      });
      // The same space around each widget: a margin that changed would move the page, even
      // the block that holds the widgets when it collapses through it.
      expect(margins()).to.deep.equal(marginsBefore);
      // What follows the widgets moves by less than a line.
      expect(Math.abs(after.getBoundingClientRect().top - afterTop)).to.be.below(27);
      win.frameElement!.remove();
    });
  }

  it('holds the space of widgets whose data is JSON without painting what would move', async () => {
    const win = await openPage('/test/pages/host-css-json.html', (doc) => doc.readyState === 'complete');
    const doc = win.document;
    win.frameElement!.scrollIntoView();
    let shift = 0;
    new (win as unknown as typeof globalThis).PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Painted before the script, as a page is while the bundle loads.
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 100)));
    const held = [...doc.querySelectorAll('main > *')].map((el) => el.getBoundingClientRect().height);
    expect(
      held.slice(0, 4).every((height) => height > 20),
      `heights held: ${held}`,
    ).to.equal(true);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/essay-widgets.js';
    doc.head.append(script);
    await until(
      () => allRendered(doc, ['pull-quote', 'leader-meeting', 'key-points']),
      'the widgets to render',
    );
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 200)));
    // The widgets render taller than the space held, but nothing seen before moves.
    expect(doc.querySelector('main > p')!.getBoundingClientRect().top).to.be.above(
      held.reduce((a, b) => a + b),
    );
    expect(shift).to.equal(0);
    win.frameElement!.remove();
  });
});
