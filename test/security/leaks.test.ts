import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { samples } from './samples.js';

const CYCLES = 2000;
/**
 * The browser may hold the last few removed elements a little longer (its own bookkeeping of
 * recent mutations and events; up to 8 seen on a busy machine). A leak keeps one per cycle.
 */
const SLACK = 50;

/**
 * Makes the engine collect garbage the way a page does: by allocating. No engine lets a page
 * ask for a collection (Chromium only with a start-up flag), but each collects its whole heap
 * when it has grown enough: these are large arrays, dropped at once.
 */
const held: unknown[] = [];
function allocateGarbage(): void {
  // Each array replaces the last one held, so that none can be optimized away.
  for (let i = 0; i < 8; i++) held[0] = Array.from({ length: 200_000 }, (_, n) => ({ n }));
}

describe(`leaks: ${CYCLES} create–render–remove cycles per element`, function () {
  this.timeout(300_000);

  for (const [tag, data] of Object.entries(samples)) {
    it(`<${tag}> leaves no removed element retained`, async () => {
      let collected = 0;
      const registry = new FinalizationRegistry(() => collected++);
      const host = document.createElement('div');
      document.body.append(host);
      for (let i = 0; i < CYCLES; i++) {
        const el = document.createElement(tag) as HTMLElement & {
          data: unknown;
          updateComplete: Promise<unknown>;
        };
        el.data = data;
        host.append(el);
        await el.updateComplete;
        registry.register(el, i);
        el.remove();
      }
      host.remove();
      // Finalizers run after collection, on later tasks (and only while the registry lives);
      // on a busy machine they can take seconds to come through, so wait up to 30 s.
      for (let round = 0; round < 300 && collected < CYCLES - SLACK; round++) {
        allocateGarbage();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      registry.unregister(host);
      held.length = 0;
      expect(collected).to.be.at.least(CYCLES - SLACK);
    });
  }
});
