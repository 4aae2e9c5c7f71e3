/**
 * Hydration in slices, for the hydrate entries: the elements of a server-rendered page
 * hydrate one after another once the Intl warm-up is done, and the page gets a task back
 * whenever a slice has taken 30 ms, so that hydrating an essay, or a page of many widgets,
 * holds no long task. Until its turn, an element shows the server's HTML as it is.
 */
import { EssayElement } from './essay-element.js';
import { warm } from './i18n.js';

const SLICE_MS = 30;
let turns: Promise<unknown> = Promise.resolve();
let sliceEnd = 0;

EssayElement.hydrationTurn = () =>
  (turns = turns.then(async () => {
    await warm;
    if (performance.now() < sliceEnd) return;
    await new Promise((resolve) => setTimeout(resolve));
    sliceEnd = performance.now() + SLICE_MS;
  }));
