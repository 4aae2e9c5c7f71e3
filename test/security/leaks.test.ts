import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { samples } from './samples.js';

const CYCLES = 5000;
/**
 * The browser may hold the last few removed elements a little longer (its own bookkeeping of
 * recent mutations and events; up to 8 seen on a busy machine). A leak keeps one per cycle.
 */
const SLACK = 50;
const gc = (window as { gc?: () => void }).gc;

describe(`leaks: ${CYCLES} create–render–remove cycles per element`, function () {
  this.timeout(300_000);

  for (const [tag, data] of Object.entries(samples)) {
    it(`<${tag}> leaves no removed element retained`, async () => {
      expect(gc, 'Chromium started with --expose-gc').to.be.a('function');
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
      // on a busy machine they can take seconds to come through, so wait up to 20 s.
      for (let round = 0; round < 200 && collected < CYCLES - SLACK; round++) {
        gc!();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      registry.unregister(host);
      expect(collected).to.be.at.least(CYCLES - SLACK);
    });
  }
});
