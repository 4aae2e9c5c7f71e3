/**
 * The embed page for iframes and oEmbed (`render --embed -o <folder>/`) and the frame script,
 * `dist/essay-widgets.frame.js`: a page that loads the script gives each frame the height of
 * the embed page in it, at any width, sandboxed as WordPress frames it (an opaque origin), and
 * again whenever that height changes.
 */
import { expect } from '@open-wc/testing';
import { openPage, until, type ProbedWindow } from './helpers/dom.js';

const PAGE = '/test-api/embed-page/sino-russian-relations.html';

/** Adds an iframe of the embed page to the host page; `sandboxed` as WordPress's Embed block frames it. */
function frame(host: ProbedWindow, sandboxed: boolean): HTMLIFrameElement {
  const iframe = host.document.createElement('iframe');
  if (sandboxed) iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.title = 'The essay';
  iframe.src = PAGE;
  host.document.querySelector('main')!.append(iframe);
  return iframe;
}

/** The height of the embed page in a same-origin frame: its root element's box. */
const pageHeight = (iframe: HTMLIFrameElement) =>
  iframe.contentDocument?.documentElement?.getBoundingClientRect().height ?? 0;

/** The height a frame gives its page: inside its border. */
const shownHeight = (iframe: HTMLIFrameElement) => iframe.clientHeight;

type Term = HTMLElement & { updateComplete: Promise<boolean> };

/** Every `<glossary-term>` of `doc`, through the shadow roots they are rendered in. */
function glossaryTerms(doc: Document): Term[] {
  const found: Term[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'glossary-term') found.push(element as Term);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(doc);
  return found;
}

/** Waits until the frame shows its page's whole height, within 2 px, and has held it for a few frames. */
async function fitted(iframe: HTMLIFrameElement, what: string): Promise<void> {
  let held = 0;
  await until(
    () => {
      const fits =
        pageHeight(iframe) > 100 &&
        Math.abs(shownHeight(iframe) - pageHeight(iframe)) <= 2 &&
        iframe.contentDocument
          ?.querySelector('essay-article')
          ?.shadowRoot?.querySelector('[part=body]:not([aria-busy])');
      held = fits ? held + 1 : 0;
      return held >= 5;
    },
    what,
    15_000,
  );
}

describe('an embed page in a frame, with the frame script on the framing page', function () {
  // Two essays load in frames, and then change.
  this.timeout(40_000);
  for (const width of [375, 1280]) {
    describe(`at ${width} px`, () => {
      let host: ProbedWindow;
      let hostFrame: HTMLIFrameElement;

      beforeEach(async () => {
        host = await openPage(
          '/test/pages/frame-host.html',
          (doc) => doc.readyState === 'complete',
          width,
          700,
        );
        hostFrame = [...document.querySelectorAll('iframe')].at(-1)!;
      });
      afterEach(() => hostFrame.remove());

      it('takes the height of its page, within 2 px, and follows it as it changes', async () => {
        const iframe = frame(host, false);
        await fitted(iframe, 'the frame to take its page height');
        const before = pageHeight(iframe);
        expect(before).to.be.greaterThan(width < 600 ? 4000 : 2000);

        // A font that loads late and sets the text larger: the page grows, and the frame with it.
        const face = new (host as unknown as typeof globalThis).FontFace(
          'Late Serif',
          'local("DejaVu Serif")',
        );
        iframe.contentDocument!.fonts.add(await face.load());
        iframe.contentDocument!.body.style.font = '1.3rem/1.6 "Late Serif", serif';
        await until(() => pageHeight(iframe) > before * 1.1, 'the page to grow');
        await fitted(iframe, 'the frame to grow with its page');

        // Content taken away: the frame shrinks with it, not only grows.
        const grown = pageHeight(iframe);
        const essay = iframe.contentDocument!.querySelector('essay-article') as HTMLElement & {
          data: unknown;
        };
        const data = JSON.parse(essay.dataset.json!) as { body: unknown[] };
        essay.data = { ...data, body: data.body.slice(0, 3) };
        await until(() => pageHeight(iframe) < grown / 2, 'the page to shrink');
        await fitted(iframe, 'the frame to shrink with its page');
        expect(host.__errors).to.deep.equal([]);
      });

      it('opens a glossary definition beside its term, in sight, and keeps its height', async () => {
        const iframe = frame(host, false);
        await fitted(iframe, 'the frame to take its page height');
        const height = shownHeight(iframe);
        // The frame's viewport is the whole page: a definition placed by the viewport (its
        // middle) would open thousands of pixels away from a term near the top or the end.
        const terms = glossaryTerms(iframe.contentDocument!);
        expect(terms.length).to.be.greaterThan(3);
        for (const term of [terms[0], terms.at(-1)!]) {
          const termButton = term.shadowRoot!.querySelector('button')!;
          termButton.click();
          await term.updateComplete;
          const definition = term.shadowRoot!.querySelector<HTMLElement>('[part=definition]')!;
          const button = termButton.getBoundingClientRect();
          const box = definition.getBoundingClientRect();
          expect(definition.matches(':popover-open'), term.textContent!).to.equal(true);
          const gap = Math.min(Math.abs(box.top - button.bottom), Math.abs(button.top - box.bottom));
          expect(
            gap,
            `${term.textContent}: ${box.top}–${box.bottom}, term ${button.top}–${button.bottom}`,
          ).to.be.below(40);
          expect(box.top).to.be.at.least(0);
          expect(box.bottom).to.be.at.most(pageHeight(iframe));
          expect(box.left).to.be.at.least(0);
          expect(box.right).to.be.at.most(iframe.contentDocument!.documentElement.clientWidth);
          termButton.click();
          await term.updateComplete;
          expect(definition.matches(':popover-open')).to.equal(false);
        }
        expect(Math.abs(shownHeight(iframe) - height)).to.be.at.most(2);
        expect(host.__errors).to.deep.equal([]);
      });

      it('sandboxed (an opaque origin, as WordPress frames it): the height of its page', async () => {
        // The page's height, measured in a frame that lets the test look inside.
        const open = frame(host, false);
        await fitted(open, 'the open frame to take its page height');
        const height = pageHeight(open);
        open.remove();
        const sandboxed = frame(host, true);
        await until(
          () => Math.abs(shownHeight(sandboxed) - height) <= 2,
          'the sandboxed frame to take its page height',
          20_000,
        );
        expect(host.__errors).to.deep.equal([]);
      });
    });
  }

  it('is sized by nothing but its own page: a message from elsewhere changes no frame', async () => {
    const host = await openPage('/test/pages/frame-host.html', (doc) => doc.readyState === 'complete');
    const hostFrame = [...document.querySelectorAll('iframe')].at(-1)!;
    try {
      const iframe = frame(host, false);
      await fitted(iframe, 'the frame to take its page height');
      const height = shownHeight(iframe);
      // The host page itself, then the runner's page, claim a height for every frame.
      host.postMessage({ type: 'essay-widgets:height', height: 10 }, '*');
      host.parent.postMessage({ type: 'essay-widgets:height', height: 10 }, '*');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shownHeight(iframe)).to.equal(height);
    } finally {
      hostFrame.remove();
    }
  });
});
