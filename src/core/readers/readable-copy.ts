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

/** What an element writes into its light DOM after a first render (./readable-dom.ts). */
type LightDomWriters = typeof import('./readable-dom.js');

let writers: Promise<LightDomWriters | undefined> | undefined;

/**
 * The code that writes readable copies and an essay's metadata, loaded once, after the first
 * render that needs it; undefined where it cannot be loaded (the bundle was loaded from where
 * its other files are not), which is said once.
 */
export function lightDomWriters(): Promise<LightDomWriters | undefined> {
  writers ??= import('./readable-dom.js').catch((error: unknown) => {
    console.warn(`essay-widgets: readable copies and metadata are not available: ${error}`);
    return undefined;
  });
  return writers;
}

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
    if (this.#writing) return;
    this.#writing = lightDomWriters()
      .then((code) => code?.writeReadableCopy(host, () => this.wanted))
      .finally(() => {
        this.#writing = undefined;
      });
  }
}
