/**
 * Hydration: an element whose shadow root the server rendered (Declarative Shadow DOM) takes it
 * over as it is, on pages that load Lit's hydration support (the hydrate entries), or renders
 * afresh in its place on pages without it. The server's HTML is on screen already, so hydration
 * waits: for the strings of the element's language, for the Intl warm-up, and for its turn.
 * The elements of a page hydrate one after another, and the page gets a task back whenever a
 * slice of that work has taken 30 ms, so that hydrating an essay, or a page of many widgets,
 * holds no long task.
 */
import type { LitElement, ReactiveController } from 'lit';
import { I18n, resolveLang, warm, warmUp } from '../i18n/i18n.js';

const SLICE_MS = 30;
let turns: Promise<unknown> = Promise.resolve();
let sliceEnd = 0;

/** Resolves when it is the caller's turn to hydrate. */
export function nextTurn(): Promise<unknown> {
  turns = turns.then(async () => {
    await warm;
    if (performance.now() < sliceEnd) return;
    await new Promise((resolve) => setTimeout(resolve));
    sliceEnd = performance.now() + SLICE_MS;
  });
  return turns;
}

type HydrationHost = LitElement & { renderOptions: { renderBefore?: ChildNode | null } };

export class Hydration implements ReactiveController {
  /** Until its first update: the element holds server-rendered HTML that it will hydrate. */
  pending = false;

  readonly #host: HydrationHost;

  constructor(host: HydrationHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Takes the element's render root as created, keeping or clearing what the server rendered in it. */
  adopt<Root extends HTMLElement | DocumentFragment>(root: Root): Root {
    if (!root.firstChild) return root;
    if ('litElementHydrateSupport' in globalThis) {
      this.pending = true;
      return root;
    }
    // Without Lit's hydration support, Lit would render beside the server's nodes.
    root.replaceChildren();
    this.#host.renderOptions.renderBefore = null;
    return root;
  }

  /** Resolves when the element may update: at once, or when hydrating, at its turn. */
  async ready(): Promise<void> {
    if (!this.pending) return;
    warmUp();
    await nextTurn();
    await I18n.for(resolveLang(this.#host)).load();
  }

  hostUpdated(): void {
    this.pending = false;
  }
}
