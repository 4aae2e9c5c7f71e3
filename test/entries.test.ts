/**
 * The browser entry points of the built package, loaded the way package.json's `exports`
 * maps them, in an order that shows what each one defines. Every test page is fresh, so
 * nothing else has defined the elements here.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers/dom.js';

type Exports = Record<string, string | { types: string; default: string }>;
let exportsMap: Exports;

before(async () => {
  exportsMap = ((await (await fetch('/package.json')).json()) as { exports: Exports }).exports;
});

/** Imports the file that `essay-widgets/<subpath>` resolves to. */
async function load(subpath: string): Promise<Record<string, unknown>> {
  const target = exportsMap[subpath];
  if (!target) throw new Error(`package.json exports no "${subpath}"`);
  const file = typeof target === 'string' ? target : target.default;
  return (await import(new URL(file.slice(2), `${location.origin}/`).href)) as Record<string, unknown>;
}

const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('browser entry points', () => {
  let tags: string[];

  it('essay-widgets/elements.js exports the classes and defines nothing', async () => {
    const module = await load('./elements.js');
    const classes = Object.values(module).filter(
      (value): value is { tag: string } =>
        typeof value === 'function' && typeof (value as { tag?: unknown }).tag === 'string',
    );
    // A module namespace lists its exports alphabetically, so the order is compared elsewhere.
    tags = classes.map((element) => element.tag).sort();
    expect(tags).to.include('pull-quote');
    expect(tags.filter(defined)).to.deep.equal([]);
  });

  it('essay-widgets/<tag>.js defines its element (and those it renders), and no other', async () => {
    const [first] = tags;
    const module = await load(`./${first}.js`);
    expect(defined(first)).to.equal(true);
    const element = Object.values(module)[0] as { dependencies: { tag: string }[] };
    const needed = new Set([first, ...element.dependencies.map((dependency) => dependency.tag)]);
    expect(tags.filter((tag) => defined(tag) && !needed.has(tag))).to.deep.equal([]);
    for (const tag of tags) {
      await load(`./${tag}.js`);
      expect(defined(tag), tag).to.equal(true);
    }
  });

  it('essay-widgets defines every element and exports the registry', async () => {
    const module = await load('.');
    expect(Object.keys(module.elements as object).sort()).to.deep.equal(tags);
    expect(tags.filter((tag) => !defined(tag))).to.deep.equal([]);
  });

  it('essay-widgets/react has a component per element', async () => {
    const module = await load('./react');
    const components = module.components as Record<string, unknown>;
    expect(Object.keys(components)).to.have.length(tags.length);
    expect(module.PullQuote).to.equal(components.PullQuote);
  });

  it('the CDN bundle, loaded as well, defines nothing twice and warns of nothing', async () => {
    const warnings = await captureWarnings(async () => {
      const module = await load('./essay-widgets.js');
      expect(Object.keys(module.elements as object).sort()).to.deep.equal(tags);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('essay-widgets/hydrate.js loads (this page already has Lit’s hydration support)', async () => {
    const module = await load('./hydrate.js');
    expect(Object.keys(module.elements as object).sort()).to.deep.equal(tags);
  });
});
