/**
 * Keeps the element's readable copy (./readable.ts) in its light DOM, in step with its data:
 * for data given as a property, inline JSON or `src`, once the element and every element
 * rendered inside it have rendered. The copy is hidden by the shadow root, and read by whoever
 * never sees one. It is written only where such readers look (in the document, not inside a
 * shadow root), never over the author's own light-DOM content, and not with `readable="off"`.
 * The server writes the same copy (src/ssr), which the element keeps while it matches.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { View } from '../data/data-source.js';
import { GENERATED } from '../base/generated.js';
import { hasFallback } from '../data/light-dom.js';

export type CopyHost = ReactiveControllerHost & HTMLElement;

/** Set when the code that writes the copies could not be loaded. */
let unavailable = false;

export class ReadableCopy implements ReactiveController {
  readonly #host: CopyHost;
  readonly #source: { view: View<unknown> };
  #writing: Promise<void> | undefined;

  constructor(host: CopyHost, source: { view: View<unknown> }) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  /** True when the element shows data whose readable form is not already the author's markup. */
  get wanted(): boolean {
    const view = this.#source.view;
    return (
      view.kind === 'ready' &&
      view.origin !== 'light' &&
      this.#host.getAttribute('readable') !== 'off' &&
      !hasFallback(this.#host)
    );
  }

  hostUpdated(): void {
    // The code that writes the copy loads after the first render that needs it (or removes one).
    const host = this.#host;
    // An element with no data (a sanitizer removed it) keeps the copy it came with: the reader reads it.
    if (this.#source.view.kind === 'empty') return;
    if (!this.wanted && !host.querySelector(`:scope > [${GENERATED}]`)) return;
    if (this.#writing || unavailable) return;
    this.#writing = import('./readable-dom.js')
      .then(({ writeReadableCopy }) => writeReadableCopy(host, () => this.wanted))
      .catch((error: unknown) => {
        // (The bundle was loaded from where its other files are not: no copies, said once.)
        unavailable = true;
        console.warn(`essay-widgets: readable copies are not available: ${error}`);
      })
      .finally(() => {
        this.#writing = undefined;
      });
  }
}
