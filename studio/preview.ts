/**
 * The live preview: the library's own element, given the data as a reader's page would.
 *
 * `<essay-article>` renders a new essay a structure per frame, so that no task blocks the page
 * for long; shown as it renders, the preview would shrink and grow back at every pause in
 * typing, and lose its scroll position. So the preview keeps two copies: the new data renders
 * in the one out of sight, laid out at the same width, and the two change places once it is
 * whole. The reader sees one complete version, then the next, at the same scroll position.
 */

type DataElement = HTMLElement & { data: unknown; updateComplete?: Promise<unknown> };

export class Preview {
  readonly #scroller: HTMLElement;
  #front: HTMLElement;
  #back: HTMLElement;
  /** Counts renders, so that an older one finishing late never replaces a newer. */
  #generation = 0;

  constructor(scroller: HTMLElement) {
    this.#scroller = scroller;
    this.#front = this.#buffer(true);
    this.#back = this.#buffer(false);
    scroller.append(this.#front, this.#back);
  }

  #buffer(shown: boolean): HTMLElement {
    const buffer = document.createElement('div');
    buffer.className = 'buffer';
    this.#show(buffer, shown);
    return buffer;
  }

  #show(buffer: HTMLElement, shown: boolean): void {
    buffer.classList.toggle('pending', !shown);
    // Out of sight, nothing in it can be focused or read out.
    buffer.inert = !shown;
    if (shown) buffer.removeAttribute('aria-hidden');
    else buffer.setAttribute('aria-hidden', 'true');
  }

  /** The element on show, if any. */
  get element(): DataElement | undefined {
    return (this.#front.firstElementChild as DataElement | null) ?? undefined;
  }

  /**
   * Renders `tag` with `data`; resolves once it is on show (or a newer render took its place).
   * `fresh` renders in a new element, which paces its first rendering over frames, where the
   * element there would render the new data whole, in one task: for a part of a long essay,
   * whose blocks are mostly new.
   */
  async render(tag: string, data: unknown, fresh = false): Promise<void> {
    const generation = ++this.#generation;
    await customElements.whenDefined(tag);
    if (generation !== this.#generation) return;
    const back = this.#back;
    let element = back.firstElementChild as DataElement | null;
    if (fresh || element?.localName !== tag) {
      element = document.createElement(tag) as DataElement;
      // Below the studio's "Preview" heading.
      element.setAttribute('heading-level', '3');
      back.replaceChildren(element);
    }
    element.data = data;
    await element.updateComplete;
    if (generation !== this.#generation) return;
    const top = this.#scroller.scrollTop;
    this.#show(back, true);
    this.#show(this.#front, false);
    this.#back = this.#front;
    this.#front = back;
    this.#scroller.scrollTop = top;
  }
}
