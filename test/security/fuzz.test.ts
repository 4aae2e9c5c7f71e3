import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { EssayWidgetErrorDetail } from '../../src/index.js';
import { settleNested } from './harness.js';
import { samples } from './samples.js';

/** Cases per element: 500 here and in CI; more with FUZZ_RUNS=5000 npm test. */
const runs = Number((window as { __env?: Record<string, string> }).__env?.FUZZ_RUNS) || 500;

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '2018-02-30',
    '2018-13',
    'cn',
    'javascript:alert(1)',
    '<b>x</b>',
    '[[',
    '**',
    'x'.repeat(2000),
  ),
);

/** Values shaped like `sample`: its structure, with any part replaced, dropped or broken. */
function shapedLike(sample: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(sample)) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(sample) },
      { weight: 4, arbitrary: fc.array(shapedLike(sample[0]), { maxLength: 4 }) },
      { weight: 1, arbitrary: junk },
    );
  }
  if (sample && typeof sample === 'object') {
    const fields = Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, shapedLike(value)]));
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant(sample) },
      { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      { weight: 1, arbitrary: junk },
    );
  }
  return fc.oneof({ weight: 3, arbitrary: fc.constant(sample) }, { weight: 2, arbitrary: junk });
}

describe(`fuzzing: ${runs} cases per element`, function () {
  this.timeout(600_000);
  const warn = console.warn;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  beforeEach(() => {
    console.warn = () => {};
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
  });

  for (const [tag, sample] of Object.entries(samples)) {
    it(`<${tag}> renders or reports every value, and recovers with valid data`, async () => {
      const el = document.createElement(tag) as HTMLElement & {
        data: unknown;
        updateComplete: Promise<unknown>;
      };
      const seen: { error?: EssayWidgetErrorDetail } = {};
      el.addEventListener('essay-widget-error', (event) => (seen.error = event.detail));
      document.body.append(el);
      let rendered = 0;
      let reported = 0;
      try {
        await fc.assert(
          fc.asyncProperty(fc.oneof(shapedLike(sample), junk), async (value) => {
            seen.error = undefined;
            el.data = value === undefined ? null : value;
            await el.updateComplete;
            await settleNested(el);
            const notice = el.shadowRoot!.querySelector('[part=error]');
            const error = seen.error as EssayWidgetErrorDetail | undefined;
            if (error) {
              reported++;
              expect(error.errors.length).to.be.greaterThan(0);
              for (const each of error.errors) expect(each.path).to.be.a('string');
              expect(notice, 'a notice for the error').to.not.equal(null);
            } else {
              rendered++;
              expect(notice, 'no notice without an error').to.equal(null);
              expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
            }
            el.data = sample;
            await el.updateComplete;
            expect(el.shadowRoot!.querySelector('[part=error]'), 'recovered').to.equal(null);
          }),
          { numRuns: runs },
        );
      } finally {
        el.remove();
      }
      expect(uncaught).to.deep.equal([]);
      expect(rendered, 'valid cases').to.be.greaterThan(0);
      expect(reported, 'invalid cases').to.be.greaterThan(0);
    });
  }
});
