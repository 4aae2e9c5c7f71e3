import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EssayElement } from '../../src/core/base/essay-element.js';
import { nextTurn } from '../../src/core/base/hydration.js';
import { renderWidget } from '../helpers/render.js';

/** Work that takes `ms` of the main thread, as hydrating a large element does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('hydration in slices (the hydrate entries)', () => {
  it('hands out turns in order, in one task while a slice lasts, and yields a task once it has taken 30 ms', async () => {
    // A first turn starts a slice in a task of its own.
    await nextTurn();
    const order: string[] = [];
    let taskPassed = false;
    setTimeout(() => (taskPassed = true));
    const first = nextTurn().then(() => order.push('first'));
    const second = nextTurn().then(() => order.push(`second, new task: ${taskPassed}`));
    await Promise.all([first, second]);
    expect(order).to.deep.equal(['first', 'second, new task: false']);

    // A slice that has taken more than 30 ms gives the page a task before the next turn.
    taskPassed = false;
    setTimeout(() => (taskPassed = true));
    const long = nextTurn().then(() => busy(35));
    const next = nextTurn().then(() => taskPassed);
    await long;
    expect(await next).to.equal(true);
  });

  it('hydrates a server-rendered essay, every element in its turn', async () => {
    const essay = await (await fetch('/examples/sino-russian-relations.json')).json();
    const el = await renderWidget('essay-article', essay, {}, 'ssr');
    const blocks = [...el.shadowRoot!.querySelectorAll('[part=block]')] as EssayElement<never>[];
    expect(blocks.length).to.be.greaterThan(5);
    for (const block of blocks) expect(block.hasUpdated, block.localName).to.equal(true);
    el.parentElement!.remove();
  });
});
