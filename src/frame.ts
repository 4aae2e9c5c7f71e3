/**
 * `dist/essay-widgets.frame.js`: the height of an embed page, told to the page that frames it
 * (docs/cms-embedding.md, "Iframes and oEmbed"). One classic script for both sides:
 *
 * - In a framed page (an embed page that `render --embed -o dir/` writes), it posts the page's
 *   height in CSS pixels to the parent whenever it changes:
 *   `{ type: 'essay-widgets:height', height }`. When the frame's address ends in WordPress's
 *   `#?secret=…` (WordPress's Embed block), it also posts the message WordPress's own embed
 *   script resizes by, `{ message: 'height', value, secret }`, again whenever that script says
 *   it is `ready`.
 * - In any page, it sets the height of each iframe whose page posts the first message: only
 *   that iframe's (the message's source), never another's.
 */

/** The type of the message that carries a framed page's height. */
const HEIGHT_MESSAGE = 'essay-widgets:height';

/** The height of a framed page that the parent honours, at most: no page grows a frame beyond it. */
const MAX_HEIGHT = 100_000;

interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

const isHeightMessage = (data: unknown): data is HeightMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as HeightMessage).type === HEIGHT_MESSAGE &&
  Number.isFinite((data as HeightMessage).height) &&
  (data as HeightMessage).height >= 0;

/** The lengths that an iframe's `height` includes besides its page: borders and padding, when the page sizes it as a border box. */
function frameEdges(frame: HTMLIFrameElement): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
    .map((property) => parseFloat(style[property as 'borderTopWidth']) || 0)
    .reduce((sum, length) => sum + length, 0);
}

/** Sizes each iframe whose page posts its height. */
function resizeFrames(): void {
  addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.min(Math.ceil(event.data.height), MAX_HEIGHT);
      frame.style.height = `${height + frameEdges(frame)}px`;
    }
  });
}

/** WordPress's secret for this frame, from an address ending in `#?secret=…`, if any. */
const wordPressSecret = (): string | undefined => /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];

/** Tells the parent this page's height, now and whenever it changes. */
function reportHeight(): void {
  const secret = wordPressSecret();
  let told: number | undefined;
  const tell = (again = false) => {
    // The root element's own box: the page's content, whatever the frame's height is now.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === told && !again) return;
    told = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height } satisfies HeightMessage, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(() => tell()).observe(document.documentElement);
  // A frame out of sight may be given no rendering, and so no ResizeObserver callback (Chromium
  // does that to WordPress's frames, clipped to a pixel until their page speaks): the height is
  // told once the page is read, and once it has loaded, too.
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => tell());
  else tell();
  addEventListener('load', () => tell());
  if (secret) {
    addEventListener('message', (event) => {
      const data = event.data as { message?: unknown; secret?: unknown } | null;
      if (event.source === parent && data?.message === 'ready' && data.secret === secret) tell(true);
    });
  }
}

resizeFrames();
if (parent !== window) reportHeight();
