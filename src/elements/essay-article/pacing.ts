/**
 * Paces the rendering of a new essay's body: a browser renders one structure a frame (each with
 * the paragraphs and headings after it), so that no task blocks the page for long; the glossary
 * and footer follow the last. A server renders all at once, and so does hydration, which needs
 * the server's whole body.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Pacing implements ReactiveController {
  /** How many structures of the body are rendered. */
  #shown = 1;
  /** The first block not rendered (the next structure), or -1 once all are. */
  #end = -1;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A new body: from its first structure again, or all of it at once. */
  restart(all: boolean): void {
    this.#shown = all ? Infinity : 1;
  }

  /** True while some of the body is still to come. */
  get more(): boolean {
    return this.#end >= 0;
  }

  /** The blocks to render at this update: those before the first structure not yet shown. */
  cut<T>(blocks: readonly T[], isStructure: (block: T) => boolean): T[] {
    let structures = 0;
    for (const [i, block] of blocks.entries()) {
      if (!isStructure(block)) continue;
      if (structures === this.#shown) {
        this.#end = i;
        return blocks.slice(0, i);
      }
      structures++;
    }
    return [...blocks];
  }

  hostUpdate(): void {
    // Until the body is cut at this update, nothing is held back.
    this.#end = -1;
  }

  hostUpdated(): void {
    if (!this.more) return;
    this.#shown++;
    this.#host.requestUpdate();
  }

  /**
   * Waits, when more is to come, until this frame has been laid out and painted; on a page out
   * of sight (a tab in the background), where no frame is drawn, until the next task.
   */
  async nextFrame(): Promise<void> {
    if (!this.more) return;
    await new Promise((resolve) =>
      document.hidden ? setTimeout(resolve) : requestAnimationFrame(() => setTimeout(resolve)),
    );
  }
}
