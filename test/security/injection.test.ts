import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { richTextToPlain } from '../../src/core/text/richtext.js';
import {
  deepText,
  renderFrom,
  stringPaths,
  tagSet,
  unsafeMarkup,
  withString,
  type Rendered,
  type Source,
} from './harness.js';
import { payloads } from './payloads.js';
import { lightDom, samples } from './samples.js';

declare global {
  interface Window {
    __xss: () => void;
  }
}

let calls = 0;
window.__xss = () => calls++;

const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Lets any deferred payload (an image error, a toggle event) run before counting. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Elements RichText itself makes: data may choose them, never others. */
const RICH_TEXT_TAGS = ['em', 'strong', 'a'];

describe('hostile strings in every field, from every source', function () {
  this.timeout(120_000);
  let host: HTMLElement;
  const warn = console.warn;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    // Every rejected payload warns once, as it should; thousands of lines say nothing here.
    console.warn = () => {};
  });
  afterEach(() => {
    host.remove();
    console.warn = warn;
  });

  /** Checks one rendering of `payload`; returns its problems and whether it rendered. */
  function inspect(
    rendered: Rendered,
    payload: string,
    allowed: Set<string>,
    where: string,
  ): { problems: string[]; shown: boolean } {
    const { el, error } = rendered;
    const problems = unsafeMarkup(el).map((problem) => `${where}: ${problem}`);
    for (const name of tagSet(el)) if (!allowed.has(name)) problems.push(`${where}: created <${name}>`);
    if (error) {
      if (!error.errors.every((each) => typeof each.path === 'string'))
        problems.push(`${where}: error without a path`);
      return { problems, shown: false };
    }
    const text = plain(deepText(el));
    if (!text.includes(plain(payload)) && !text.includes(plain(richTextToPlain(payload))))
      problems.push(`${where}: not shown as text`);
    return { problems, shown: true };
  }

  for (const [tag, sample] of Object.entries(samples)) {
    const paths = stringPaths(sample as never);
    /** Fields that take any text (not dates, URLs, codes or picklists), and the tags plain text renders. */
    const free: string[] = [];
    let allowed = new Set<string>();

    it(`<${tag}> via property: ${paths.length} fields × ${payloads.length} payloads, one field at a time`, async () => {
      const problems: string[] = [];
      for (const path of paths) {
        const baseline = await renderFrom(
          host,
          tag,
          withString(sample as never, path, 'Plain words'),
          'property',
        );
        const fieldAllowed = new Set([...tagSet(baseline.el), ...RICH_TEXT_TAGS]);
        if (!baseline.error) free.push(path);
        allowed = new Set([...allowed, ...fieldAllowed]);
        baseline.el.remove();
        for (const payload of payloads) {
          const rendered = await renderFrom(
            host,
            tag,
            withString(sample as never, path, payload),
            'property',
          );
          problems.push(
            ...inspect(rendered, payload, fieldAllowed, `${path} = ${JSON.stringify(payload)}`).problems,
          );
          rendered.el.remove();
        }
      }
      await settle();
      expect(calls, 'payload calls').to.equal(0);
      expect(problems).to.deep.equal([]);
      expect(free.length, 'free-text fields').to.be.greaterThan(0);
    });

    for (const source of ['script', 'src'] as Source[]) {
      it(`<${tag}> via ${source}: every free-text field at once × ${payloads.length} payloads`, async () => {
        const problems: string[] = [];
        let shown = 0;
        for (const payload of payloads) {
          let data = sample as never;
          for (const path of free) data = withString(data, path, payload) as never;
          const rendered = await renderFrom(host, tag, data, source);
          const result = inspect(rendered, payload, allowed, JSON.stringify(payload));
          problems.push(...result.problems);
          if (result.shown) shown++;
          rendered.el.remove();
        }
        await settle();
        expect(calls, 'payload calls').to.equal(0);
        expect(problems).to.deep.equal([]);
        expect(shown, 'payloads shown as text').to.equal(payloads.length);
      });
    }
  }

  for (const [tag, build] of Object.entries(lightDom)) {
    it(`<${tag}> via attributes and light DOM: ${payloads.length} payloads in every attribute and text`, async () => {
      const problems: string[] = [];
      const baseline = build('Plain words');
      host.append(baseline);
      await (baseline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const allowed = new Set([...tagSet(baseline), ...RICH_TEXT_TAGS]);
      for (const payload of payloads) {
        const el = build(payload);
        let error: Rendered['error'];
        el.addEventListener('essay-widget-error', (event) => (error = event.detail));
        host.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        problems.push(...inspect({ el, error }, payload, allowed, JSON.stringify(payload)).problems);
      }
      await settle();
      expect(calls, 'payload calls').to.equal(0);
      expect(problems).to.deep.equal([]);
    });
  }
});
