import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { BLOCK_ELEMENTS, ELEMENT_TAGS } from '../src/registry.js';
import type { EssayArticle, EssayData, EssayWidgetErrorDetail, GlossaryTerm } from '../src/index.js';
import { $, $$, captureWarnings, readerText, settled, until } from './helpers/dom.js';
import { describeModes, renderErrors, renderWidget } from './helpers/render.js';

const load = async (path: string) => (await fetch(path)).text();
let seed: EssayData;
let russian: EssayData;
let seedText: string;

before(async () => {
  seed = JSON.parse(await load('/examples/sino-russian-relations.json'));
  russian = JSON.parse(await load('/examples/ru-essay.json'));
  seedText = await load('/test/fixtures/seed-essay.txt');
});

/** Every element inside `el`'s shadow root, at any depth. */
function deep(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.matches(selector)) found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return found;
}

/** Renders an essay and collects every error event from it and from inside it. */
async function render(template: ReturnType<typeof html>) {
  const errors: EssayWidgetErrorDetail[] = [];
  const listen = (event: Event) => errors.push((event as CustomEvent<EssayWidgetErrorDetail>).detail);
  document.addEventListener('essay-widget-error', listen);
  try {
    const found = await fixture<HTMLElement>(template);
    const el = (found.localName === 'essay-article' ? found : found.querySelector('essay-article'))!;
    await settled(el);
    return { el, errors };
  } finally {
    document.removeEventListener('essay-widget-error', listen);
  }
}

/** The elements an essay renders inside itself. */
const INSIDE = ELEMENT_TAGS.filter((tag) => tag !== 'essay-article');

/** What a reader compares: quotes made plain, white space collapsed. */
const normalize = (text: string) =>
  text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The seed's sentences. Where the essay counts ("First, …"), the elements number the
 * points themselves, so the sentence is looked for without its ordinal word.
 */
function seedSentences(): string[] {
  return seedText
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.trim().split(/(?<=[.!?][”"]?)\s+(?=[“"]?[A-Z])/))
    .map((sentence) =>
      normalize(sentence).replace(/^(?:First|Second|Third|Fourth), (\w)/, (_, first: string) =>
        first.toUpperCase(),
      ),
    )
    .filter(Boolean);
}

describe('<essay-article>', () => {
  it('loads its essay from src', async () => {
    const { el } = await render(html`<essay-article src="/examples/ru-essay.json"></essay-article>`);
    await until(() => !!el.shadowRoot!.querySelector('article'), 'the essay to load');
    await settled(el);
    expect($(el, '[part=title]').textContent).to.equal(russian.title);
  });

  it('holds a screen’s height while its essay loads, so that what follows does not move', async () => {
    const { el } = await render(html`<essay-article src="/test-api/slow?ms=3000"></essay-article>`);
    await until(() => !!el.shadowRoot!.querySelector('[role=status]'), 'the loading notice');
    expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight);
  });

  it('renders a new essay a structure per frame, the glossary and notes after the last', async () => {
    const structures = seed.body.filter((block) => block.type.includes('-')).length;
    const el = document.createElement('essay-article') as EssayArticle;
    el.data = seed;
    document.body.append(el);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = () => el.shadowRoot!.querySelectorAll('[part=block]').length;
    try {
      // The first frame: the body up to its second structure, marked busy; nothing after it.
      await frame();
      expect(shown()).to.equal(1);
      expect($(el, '[part=body]').getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('[part=glossary], [part=footer]').length).to.equal(0);
      // The schema.org metadata is written once, for the whole essay.
      expect(el.querySelectorAll('script[data-essay-generated]').length).to.equal(0);
      // Then one more each frame, never two at once.
      const counts = [shown()];
      for (let done = false; !done;) {
        void el.updateComplete.then(() => (done = true));
        await frame();
        counts.push(shown());
      }
      expect(counts.at(-1)).to.equal(structures);
      expect(counts.every((count, i) => i === 0 || count - counts[i - 1] <= 1)).to.equal(true);
      // `updateComplete` waited for the whole essay.
      expect($(el, '[part=body]').hasAttribute('aria-busy')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part=glossary], [part=footer]')).to.have.length(2);
      expect(el.querySelectorAll('script[data-essay-generated]')).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('renders an essay that replaces another whole, in its first frame', async () => {
    const structures = seed.body.filter((block) => block.type.includes('-')).length;
    const el = document.createElement('essay-article') as EssayArticle;
    el.data = seed;
    document.body.append(el);
    try {
      await el.updateComplete;
      el.data = { ...seed, title: 'The same essay, retitled' };
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('The same essay, retitled');
      expect(el.shadowRoot!.querySelectorAll('[part=block]')).to.have.length(structures);
    } finally {
      el.remove();
    }
  });

  it('moves nothing in view while the rest of its body renders', async () => {
    // A first step shorter than the screen: the essay holds the screen until the last.
    const essay = {
      title: 'Short first step',
      body: [
        { type: 'paragraph', text: 'Before the quotation.' },
        { type: 'pull-quote', data: { text: 'A short quotation.' } },
        { type: 'paragraph', text: 'Between the structures.' },
        { type: 'key-points', data: { points: [{ heading: 'One point.' }] } },
        { type: 'pull-quote', data: { text: 'Another quotation.' } },
      ],
    };
    const page = document.createElement('div');
    const el = document.createElement('essay-article') as EssayArticle;
    const after = document.createElement('p');
    after.textContent = 'After the essay.';
    // The page stays taller than the screen, as an article page is: in an engine whose
    // scrollbars take room (Firefox), a scrollbar that came and went would change the width.
    after.style.minHeight = '100vh';
    el.data = essay as EssayData;
    page.append(el, after);
    document.body.append(page);
    const tops: number[] = [];
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const first = $(el, '[part=paragraph]');
      const firstTop = first.getBoundingClientRect().top;
      expect(firstTop).to.be.below(window.innerHeight);
      // Each frame until the last structure has rendered (the whole essay then takes its own height).
      const whole = () => el.shadowRoot!.querySelectorAll('[part=block]').length === 3;
      while (!whole()) {
        tops.push(after.getBoundingClientRect().top - page.getBoundingClientRect().top);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // What follows stayed below the screen, and what had rendered stayed where it was.
      expect(tops.length).to.be.at.least(2);
      for (const top of tops) expect(top).to.be.at.least(window.innerHeight);
      expect(first.getBoundingClientRect().top).to.equal(firstTop);
    } finally {
      page.remove();
    }
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<essay-article>', () => {
  it('renders the whole seed essay, every sentence of it, with no error', async () => {
    const el = await renderWidget('essay-article', seed, { 'heading-level': 1 });
    expect(renderErrors(el)).to.deep.equal([]);
    const text = normalize(readerText(el));
    const sentences = seedSentences();
    expect(sentences.length, 'sentences in the seed').to.be.greaterThan(50);
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(missing, 'seed sentences missing from the rendered article').to.deep.equal([]);
    for (const tag of [...BLOCK_ELEMENTS, 'essay-byline'])
      expect(deep(el, tag).length, `<${tag}>`).to.be.greaterThan(0);
    expect(deep(el, '[part=error]')).to.deep.equal([]);
  });

  it('renders title, dek, byline, paragraphs, notes and tags in order', async () => {
    const el = await renderWidget('essay-article', seed);
    expect($(el, 'h2[part=title]').textContent).to.equal(seed.title);
    expect($(el, '[part=dek]').textContent).to.contain('takes on the key task of facilitating');
    expect(readerText($(el, 'essay-byline'))).to.contain('Feng Shaolei');
    expect($$(el, '[part=paragraph]').length).to.equal(
      seed.body.filter((b) => b.type === 'paragraph').length,
    );
    const note = $(el, 'footer editor-note');
    expect(readerText(note)).to.contain('Views expressed are of individual Members and Contributors');
    expect(readerText($(el, '[part=tags]'))).to.contain('Shanghai Cooperation Organization');
    // Body blocks keep the order of the data.
    const blocks = [...$(el, '[part=body]').children].map((child) =>
      child.localName === 'p' ? 'paragraph' : child.localName,
    );
    expect(blocks).to.deep.equal(seed.body.map((block) => block.type));
  });

  it('lists the glossary at the end and opens terms where the text names them', async () => {
    const el = await renderWidget('essay-article', seed);
    const list = $(el, '[part=glossary] dl');
    const terms = [...list.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.deep.equal(seed.glossary!.map((entry) => entry.term));
    expect(list.querySelector('dd')!.textContent).to.contain('infrastructure');
    expect(list.querySelector('dt a')!.getAttribute('href')).to.equal(seed.glossary![0].url);

    // In the dek (the article's own text) and inside a nested element alike.
    const dekTerm = $(el, '[part=dek] glossary-term') as GlossaryTerm;
    const button = dekTerm.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.equal('Shanghai Spirit');
    button.click();
    await dekTerm.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(readerText(dekTerm)).to.contain('mutual trust, mutual benefit');
    const trap = deep(el, 'scenario-list glossary-term, glossary-term').find(
      (term) => readerText(term) === 'Thucydides trap',
    );
    expect(trap, 'the Thucydides trap in a scenario').to.not.equal(undefined);
  });

  it('nests headings below its own level and passes the level down', async () => {
    const data: EssayData = {
      title: 'Essay',
      body: [
        { type: 'pull-quote', data: { text: 'Before any section.' } },
        { type: 'heading', text: 'A section' },
        { type: 'principle-list', data: { title: 'Principles', principles: [{ name: 'Equality' }] } },
      ],
      glossary: [{ term: 'Equality', definition: 'Being equal.' }],
    };
    for (const [level, expected] of [
      [1, ['H1', 'H2', 2, 3, 'H2']],
      [undefined, ['H2', 'H3', 3, 4, 'H3']],
      [5, ['H5', 'H6', 6, 6, 'H6']],
    ] as const) {
      const el = await renderWidget('essay-article', data, { 'heading-level': level });
      const list = $(el, 'principle-list') as HTMLElement & { headingLevel: number };
      expect([
        $(el, '[part=title]').tagName,
        $(el, '[part=heading]').tagName,
        ($(el, 'pull-quote') as HTMLElement & { headingLevel: number }).headingLevel,
        list.headingLevel,
        $(el, '[part=glossary-title]').tagName,
      ]).to.deep.equal(expected);
      expect(list.shadowRoot!.querySelector('[part=title]')!.tagName).to.equal(`H${expected[3]}`);
    }
  });

  it('passes its theme down and lets nested elements leave the surface to it', async () => {
    const el = await renderWidget('essay-article', seed, { theme: 'dark' });
    const nested = deep(el, INSIDE.join(','));
    expect(nested.length).to.be.greaterThan(10);
    for (const child of nested) expect(child.getAttribute('theme'), child.localName).to.equal('dark');
    for (const child of nested.filter((each) => each.localName !== 'glossary-term'))
      expect(child.hasAttribute('embedded'), child.localName).to.equal(true);
    expect(getComputedStyle(deep(el, 'key-points')[0]).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('speaks the essay’s language throughout, whatever the page’s', async () => {
    // The page is English and right-to-left while the essay renders and while it is read.
    const page = document.documentElement;
    const before = { lang: page.lang, dir: page.dir };
    Object.assign(page, { lang: 'en', dir: 'rtl' });
    try {
      const el = await renderWidget('essay-article', russian, { 'heading-level': 1 });
      expect(renderErrors(el)).to.deep.equal([]);
      expect($(el, '[part=article]').getAttribute('lang')).to.equal('ru');
      expect(getComputedStyle($(el, '[part=dek]')).direction, 'its own direction, not the page’s').to.equal(
        'ltr',
      );
      const text = readerText(el);
      expect(text).to.contain('26 июля 2018 г.');
      expect(text).to.contain('24 мая 2018 г.');
      expect($(el, '[part=glossary-title]').textContent).to.equal('Глоссарий');
      expect(text).to.contain('Темы');
      expect(text).to.contain('Южно-Африканская Республика');
      expect(text).not.to.contain('July');
      const meeting = deep(el, 'leader-meeting')[0];
      expect(meeting.shadowRoot!.querySelector('[part=participants]')!.getAttribute('aria-label')).to.equal(
        'Участники',
      );
      const trap = deep(el, 'glossary-term').find((term) => readerText(term) === 'ловушка Фукидида');
      expect(trap, 'a Russian term, found ignoring case').to.not.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      Object.assign(page, before);
    }
  });

  it('degrades a bad block alone and reports every problem in one event', async () => {
    const data = {
      title: 'Essay',
      body: [
        { type: 'paragraph', text: 'First paragraph.' },
        { type: 'principle-list', data: { title: 'Principles', principles: [{ name: '' }] } },
        { type: 'paragraph', text: 'Second paragraph.' },
        { type: 'sidebar', text: 'Not a block.' },
        { type: 'pull-quote', data: { text: 'Still here.' } },
      ],
    };
    let el!: EssayArticle;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget('essay-article', data);
    });
    const errors = renderErrors(el);
    expect(errors.length, 'one event').to.equal(1);
    expect(errors[0].tag).to.equal('essay-article');
    expect(errors[0].errors.map((error) => error.path)).to.deep.equal([
      'body[1].data.principles[0].name',
      'body[3].type',
    ]);
    expect(warnings).to.deep.equal([
      'essay-article: body[1].data.principles[0].name: expected a non-empty string',
    ]);
    const body = [...$(el, '[part=body]').children];
    expect(body.map((child) => child.getAttribute('part'))).to.deep.equal([
      'paragraph',
      'error',
      'paragraph',
      'error',
      'block',
    ]);
    expect(body[1].textContent).to.contain('body[1].data.principles[0].name');
    expect(readerText(body[4])).to.contain('Still here.');
  });

  it('shows the notice alone when the top level is invalid', async () => {
    for (const [data, path] of [
      [{ body: [{ type: 'paragraph', text: 'Orphan.' }] }, 'title'],
      [{ title: 'Essay', body: 'not a list' }, 'body'],
    ] as const) {
      let el!: EssayArticle;
      await captureWarnings(async () => {
        el = await renderWidget('essay-article', data);
      });
      const errors = renderErrors(el);
      expect(errors.map((each) => each.errors[0].path)).to.deep.equal([path]);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      expect(readerText(el)).not.to.contain('Orphan');
      expect(el.querySelector('script[data-essay-generated]'), 'no metadata for an invalid essay').to.equal(
        null,
      );
    }
  });

  it('gives each structure, its byline, notes and quotes the data it checked, which they do not check again', async () => {
    /** The data an element renders, as its own check gave it back (a new object, when it checks). */
    const rendered = (el: Element) =>
      (el as unknown as { source: { view: { value?: unknown } } }).source.view.value;
    const el = await renderWidget('essay-article', seed);
    const inside = [...BLOCK_ELEMENTS, 'essay-byline'].flatMap((tag) => deep(el, tag));
    expect(inside.length).to.be.greaterThan(8);
    for (const child of inside) {
      const { data } = child as HTMLElement & { data: unknown };
      expect(rendered(child), child.localName).to.equal(data);
    }
    // An element given data of its own checks it, and renders what its check gave back.
    const quote = seed.body.find((block) => block.type === 'pull-quote')!.data;
    const alone = await renderWidget('pull-quote', quote);
    expect(rendered(alone)).to.not.equal(quote);
    expect(rendered(alone)).to.deep.equal(quote);
  });

  it('writes schema.org JSON-LD into its light DOM, and only when it changes', async () => {
    const el = await renderWidget('essay-article', seed);
    const script = el.querySelector('script[type="application/ld+json"][data-essay-generated]')!;
    const ld = JSON.parse(script.textContent!);
    expect(ld).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      headline: seed.title,
      inLanguage: 'en',
      datePublished: '2018',
      url: location.href.split('#')[0],
    });
    expect(ld.author).to.deep.equal([
      {
        '@type': 'Person',
        name: 'Feng Shaolei',
        alternateName: '冯绍雷',
        jobTitle: 'Director, Centre for Russian Studies',
        affiliation: { '@type': 'Organization', name: 'East China Normal University' },
      },
    ]);
    expect(ld.publisher).to.deep.equal({
      '@type': 'Organization',
      name: 'Valdai Discussion Club',
      url: 'https://valdaiclub.com/',
    });
    expect(ld.description).to.contain('Shanghai Spirit advocated by the Shanghai Cooperation Organization');

    const article = el as EssayArticle;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    // (Its readable copy beside it is written after the first render, in a step of its own.)
    observer.observe(script, { childList: true, subtree: true, characterData: true });
    article.theme = 'dark';
    await settled(el);
    await Promise.resolve();
    expect(mutations, 'an unchanged essay leaves the script alone').to.deep.equal([]);

    article.data = { ...seed, title: 'A new title', canonicalUrl: 'https://example.org/essay' };
    await settled(el);
    const scripts = el.querySelectorAll('script[data-essay-generated]');
    expect(scripts.length).to.equal(1);
    expect(scripts[0]).to.equal(script);
    expect(JSON.parse(script.textContent!)).to.deep.include({
      headline: 'A new title',
      url: 'https://example.org/essay',
      mainEntityOfPage: 'https://example.org/essay',
    });
    observer.disconnect();
  });

  it('is accessible in light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await renderWidget('essay-article', seed, { 'heading-level': 1, theme });
      await expect(el).to.be.accessible();
    }
  });
});
