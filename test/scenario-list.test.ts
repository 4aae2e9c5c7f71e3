import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { ScenarioList, ScenarioListData } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { worldOrderTransition } from './seed.js';

/** How many of a verdict's three marks are filled. */
const filled = (verdict: Element) => verdict.querySelectorAll('[part="scale"] i.on').length;

const all: ScenarioListData = {
  scenarios: (['likely', 'possible', 'unlikely', 'rejected'] as const).map((verdict) => ({
    question: `A path judged ${verdict}`,
    verdict,
  })),
};

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<scenario-list>', () => {
  it('reads a child JSON script', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({
        question: 'Which way?',
        scenarios: [{ question: 'Up', verdict: 'possible' }],
      }),
    });
    const el = await fixture<ScenarioList>(html`<scenario-list>${script}</scenario-list>`);
    expect(texts(el, '[part="question"], [part="scenario-question"], [part="verdict"]')).to.deep.equal([
      'Which way?',
      'Up',
      'Possible',
    ]);
  });

  it('loads a JSON file named by src', async () => {
    const el = await fixture<ScenarioList>(
      html`<scenario-list src="/test/fixtures/scenario-list.json"></scenario-list>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('ol'), 'the fetched data');
    expect(texts(el, '[part="verdict"]')).to.deep.equal(['Rejected', 'Unlikely', 'Rejected', 'Unlikely']);
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<scenario-list>', () => {
  it('renders every field of the four ways a transition could happen', async () => {
    const el = await renderWidget('scenario-list', worldOrderTransition);
    const root = el.shadowRoot!;
    expect(texts(el, 'h2')).to.deep.equal([worldOrderTransition.title]);
    expect(texts(el, '[part="question"]')).to.deep.equal([worldOrderTransition.question]);
    expect(root.querySelectorAll('ol > li[part="scenario"]')).to.have.length(4);
    expect(texts(el, '[part="scenario-question"]')).to.deep.equal([
      'A revolutionary transition between the old and the new.',
      'A transition managed through conflicts, especially hegemonic competition among major powers.',
      'A return to the Yalta Model: traditional geopolitics and the division of spheres of influence.',
      'Integration, the way the European Communities and European Union handled the “rising Germany”.',
    ]);
    expect(texts(el, '[part="verdict"]')).to.deep.equal(['Rejected', 'Unlikely', 'Rejected', 'Unlikely']);
    expect(texts(el, '[part="reasoning"]')[1]).to.equal(
      'There has been no real Thucydides trap in history; the world is so large that interest realignment can be arranged without going through a conflictual path.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows each verdict as a word and a scale of filled marks, not by colour alone', async () => {
    const el = await renderWidget('scenario-list', all);
    const verdicts = [...el.shadowRoot!.querySelectorAll('[part="verdict"]')];
    expect(verdicts.map((v) => v.textContent!.trim())).to.deep.equal([
      'Likely',
      'Possible',
      'Unlikely',
      'Rejected',
    ]);
    expect(verdicts.map(filled)).to.deep.equal([3, 2, 1, 0]);
    for (const verdict of verdicts) {
      const scale = verdict.querySelector('[part="scale"]')!;
      expect(scale.getAttribute('aria-hidden')).to.equal('true');
      expect(scale.querySelectorAll('i')).to.have.length(3);
    }
    // A filled mark and an empty one differ in shape (a disc, a thin ring), not in hue.
    const [on, off] = [verdicts[1].querySelector('i.on')!, verdicts[1].querySelector('i:not(.on)')!].map(
      (mark) => getComputedStyle(mark),
    );
    expect(on.borderInlineStartColor).to.equal(off.borderInlineStartColor);
    expect(on.backgroundColor).to.equal(on.borderInlineStartColor);
    expect(off.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(on.borderInlineStartWidth)).to.be.at.least(2 * parseFloat(off.borderInlineStartWidth));
    await expect(el).to.be.accessible();
  });

  it('renders without title, question or reasoning', async () => {
    const el = await renderWidget('scenario-list', all);
    const root = el.shadowRoot!;
    expect(root.querySelector('h1, h2, h3, h4, h5, h6, [part="question"], [part="reasoning"]')).to.equal(
      null,
    );
    expect(root.querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('reports every invalid field by its path', async () => {
    expect((await renderInvalid('scenario-list', { scenarios: [] })).detail.errors).to.deep.equal([
      { path: 'scenarios', message: 'expected at least 1 scenario' },
    ]);
    expect((await renderInvalid('scenario-list', { title: 'No scenarios' })).detail.errors).to.deep.equal([
      { path: 'scenarios', message: 'expected a list' },
    ]);
    const {
      detail: { errors },
      warnings,
    } = await renderInvalid('scenario-list', {
      title: 1,
      question: [],
      scenarios: [
        { question: 'Fine', verdict: 'likely' },
        { question: 'Maybe', verdict: 'perhaps' },
        { question: '', verdict: 'rejected', reasoning: 2 },
        { question: 'No verdict' },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'title', message: 'expected a string' },
      { path: 'question', message: 'expected a string' },
      {
        path: 'scenarios[1].verdict',
        message: 'expected one of "likely", "possible", "unlikely", "rejected"',
      },
      { path: 'scenarios[2].question', message: 'expected a non-empty string' },
      { path: 'scenarios[2].reasoning', message: 'expected a string' },
      {
        path: 'scenarios[3].verdict',
        message: 'expected one of "likely", "possible", "unlikely", "rejected"',
      },
    ]);
    expect(warnings).to.deep.equal(['scenario-list: title: expected a string']);
  });

  it('labels verdicts in English, Russian and Chinese', async () => {
    const [en, ru, zh] = await Promise.all(
      ['en', 'ru', 'zh'].map(async (lang) =>
        texts(await renderWidget('scenario-list', all, { lang }), '[part="verdict"]'),
      ),
    );
    expect(en).to.deep.equal(['Likely', 'Possible', 'Unlikely', 'Rejected']);
    expect(ru).to.deep.equal(['Вероятно', 'Возможно', 'Маловероятно', 'Отвергнуто']);
    expect(zh).to.deep.equal(['很可能', '有可能', '不太可能', '已排除']);
  });

  it('puts its title at heading-level', async () => {
    const el = await renderWidget('scenario-list', worldOrderTransition, { 'heading-level': 3 });
    expect(texts(el, 'h3')).to.deep.equal([worldOrderTransition.title]);
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('title');
  });

  it('is accessible in the dark theme', async () => {
    const el = await renderWidget('scenario-list', worldOrderTransition, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    await expect(el).to.be.accessible();
  });
});
