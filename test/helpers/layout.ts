/**
 * Layout shift as the Layout Instability API scores it, computed from where boxes were and
 * are: the same in every engine (Firefox and WebKit do not report layout shifts).
 *
 * An element is unstable when its box starts somewhere else; the score of a shift is the part
 * of the screen those boxes covered before or after (the impact fraction) times the farthest
 * any of them moved, over the screen's larger side (the distance fraction).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes of `elements`, in page coordinates of their own document. */
export function boxesOf(elements: readonly Element[]): Box[] {
  return elements.map((el) => {
    const rect = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView!;
    return {
      left: rect.left + view.scrollX,
      top: rect.top + view.scrollY,
      width: rect.width,
      height: rect.height,
    };
  });
}

/**
 * True when `el` paints something: text outside scripts, a border or a background. Only such
 * elements can be seen to move; an empty box that holds space moves unseen.
 */
export function paintsSomething(el: Element): boolean {
  const style = getComputedStyle(el);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const border = sides.some(
    (side) => parseFloat(style[`border${side}Width`]) > 0 && style[`border${side}Style`] !== 'none',
  );
  const background = !/^(transparent|rgba\(.*, 0\))$/.test(style.backgroundColor);
  // (Node types, not classes: the element may be in another frame, with classes of its own.)
  const text = [...el.childNodes].some((node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? (node as Element).localName !== 'script' && paintsSomething(node as Element)
      : node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''),
  );
  return border || background || text;
}

/** The area of the union of `rects`. */
function unionArea(rects: readonly Box[]): number {
  const edges = [...new Set(rects.flatMap((r) => [r.top, r.top + r.height]))].sort((a, b) => a - b);
  let area = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const [y0, y1] = [edges[i], edges[i + 1]];
    const spans = rects
      .filter((r) => r.top <= y0 && r.top + r.height >= y1)
      .map((r) => [r.left, r.left + r.width])
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let end = -Infinity;
    for (const [x0, x1] of spans) {
      if (x1 <= end) continue;
      covered += x1 - Math.max(x0, end);
      end = x1;
    }
    area += covered * (y1 - y0);
  }
  return area;
}

/** The part of `box` inside the screen `view` (page coordinates), if any. */
function clip(box: Box, view: Box): Box | undefined {
  const left = Math.max(box.left, view.left);
  const top = Math.max(box.top, view.top);
  const right = Math.min(box.left + box.width, view.left + view.width);
  const bottom = Math.min(box.top + box.height, view.top + view.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

/**
 * The layout shift score of the boxes moving from `before` to `after` (the same elements, in
 * order, each of which paints something), seen on the screen `view`. Moves under half a pixel
 * are rounding, not shifts.
 */
export function shiftScore(before: readonly Box[], after: readonly Box[], view: Box): number {
  const impact: Box[] = [];
  let distance = 0;
  before.forEach((was, i) => {
    const now = after[i];
    const moved = Math.max(Math.abs(now.left - was.left), Math.abs(now.top - was.top));
    const seen = [clip(was, view), clip(now, view)].filter((box): box is Box => !!box);
    if (moved < 0.5 || !seen.length) return;
    impact.push(...seen);
    distance = Math.max(distance, moved);
  });
  const impactFraction = unionArea(impact) / (view.width * view.height);
  return impactFraction * (distance / Math.max(view.width, view.height));
}
