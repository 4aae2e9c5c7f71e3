/**
 * Server rendering across every element in the registry: the server's HTML hydrates into
 * the same view the client renders, carries a readable copy and the inline JSON, takes a
 * CSP nonce, and paints before any JavaScript runs.
 */
import { expect } from '@open-wc/testing';
import { elements, type EssayData } from '../src/index.js';
import { shadowText, until } from './helpers/dom.js';
import { renderErrors, renderWidget, serverRender } from './helpers/render.js';
import { loadEssay, samplesFrom, type Tag } from './helpers/samples.js';

const tags = Object.keys(elements) as Tag[];

/** The shape of a rendered shadow tree: each element's name and part, nested trees included. */
function structure(root: Element | ShadowRoot): string[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => el.localName !== 'style')
    .flatMap((el) => [
      `${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`,
      ...(el.shadowRoot ? structure(el.shadowRoot).map((inner) => `  ${inner}`) : []),
    ]);
}

const STYLE_PROPERTIES = [
  'display',
  'font-size',
  'font-weight',
  'color',
  'background-color',
  'margin-block-start',
  'padding-inline-start',
  'border-inline-start-width',
  'inline-size',
];

/** How each element of a rendered shadow tree is styled (itself and its ::before), nested trees included. */
function styling(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => el.localName !== 'style')
    .flatMap((el) => {
      const own = getComputedStyle(el);
      const before = getComputedStyle(el, '::before');
      const line = `${el.localName}: ${STYLE_PROPERTIES.map((name) => own.getPropertyValue(name)).join(' ')} | ${before.content} ${before.inlineSize}`;
      return [line, ...(el.shadowRoot ? styling(el.shadowRoot) : [])];
    });
}

/** The text of the element's light DOM that a reader without JavaScript gets. */
function readableText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('script').forEach((script) => script.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every text the shadow tree shows, one entry per text node, nested trees included. */
function shownTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (
      node instanceof Element &&
      (node.matches('style, [hidden], [popover], [aria-hidden=true]') || node.localName === 'slot')
    )
      return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      texts.push(node.textContent!.replace(/\s+/g, ' ').trim());
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return texts;
}

/** Every `<style>` in the server's HTML, nested declarative shadow roots included. */
function serverStyles(html: string): HTMLStyleElement[] {
  const doc = Document.parseHTMLUnsafe(html);
  const walk = (root: Document | ShadowRoot): HTMLStyleElement[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      ...(el instanceof HTMLStyleElement ? [el] : []),
      ...(el.shadowRoot ? walk(el.shadowRoot) : []),
    ]);
  return walk(doc);
}

let essay: EssayData;
let samples: Record<Tag, unknown[]>;

before(async () => {
  essay = await loadEssay();
  samples = samplesFrom(essay);
});

describe('server rendering', () => {
  it('has sample data for every element in the test essay', () => {
    const missing = tags.filter((tag) => !samples[tag].length);
    expect(missing, 'elements with no data in test/fixtures/essay.json').to.deep.equal([]);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('hydrates into the view the client renders', async () => {
        for (const data of samples[tag]) {
          const client = await renderWidget(tag, data, { 'heading-level': 3 }, 'client');
          const server = await renderWidget(tag, data, { 'heading-level': 3 }, 'ssr');
          expect(structure(server.shadowRoot!)).to.deep.equal(structure(client.shadowRoot!));
          expect(shadowText(server)).to.equal(shadowText(client));
          // The server's <style> (kept by hydration) styles it as the element's own styles do.
          expect(styling(server.shadowRoot!)).to.deep.equal(styling(client.shadowRoot!));
          expect(renderErrors(server)).to.deep.equal([]);
          client.parentElement!.remove();
          server.parentElement!.remove();
        }
      });

      it('writes the data as inline JSON and a readable copy of the content', async () => {
        const data = samples[tag][0];
        const el = await renderWidget(tag, data, {}, 'ssr');
        const scripts = el.querySelectorAll(':scope > script[type="application/json"]');
        expect(scripts).to.have.length(1);
        expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(data);
        const readable = readableText(el);
        for (const text of shownTexts(el.shadowRoot!)) expect(readable).to.contain(text);
        // Plain HTML: nothing that belongs to the styled view, no ids to clash with the page's.
        expect(el.querySelectorAll('[id], [class], [part], [style], template, style, slot')).to.have.length(
          0,
        );
        el.parentElement!.remove();
      });

      it('puts the nonce on every <style> when given one', async () => {
        const html = await serverRender(tag, samples[tag][0], { nonce: 'r4nd0m+/=' });
        const styles = serverStyles(html);
        expect(styles.length).to.be.greaterThan(0);
        for (const style of styles) expect(style.nonce).to.equal('r4nd0m+/=');
        for (const style of serverStyles(await serverRender(tag, samples[tag][0]))) {
          expect(style.hasAttribute('nonce')).to.equal(false);
        }
      });
    });
  }

  it('escapes data that looks like markup, in the view, the copy and the JSON', async () => {
    const text = '</script><script>window.pwned = 1</script><!-- <b>bold</b> & "quotes"';
    const html = await serverRender('pull-quote', { text });
    const el = await renderWidget('pull-quote', { text }, {}, 'ssr');
    expect(html).not.to.contain('<script>window');
    expect(el.shadowRoot!.querySelector('[part=text]')!.textContent).to.equal(text);
    expect(JSON.parse(el.querySelector('script')!.textContent!).text).to.equal(text);
    expect(readableText(el)).to.equal(text);
    expect(el.querySelector('b')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    el.parentElement!.remove();
  });

  it('shows data set before it hydrates, after hydrating what the server rendered', async () => {
    const container = document.createElement('div');
    container.setHTMLUnsafe(await serverRender('pull-quote', { text: 'Words from the server.' }));
    const el = container.querySelector('pull-quote')!;
    const serverText = el.shadowRoot!.querySelector('[part=text]');
    document.body.append(container);
    // Set after the element has upgraded, before its first update.
    el.data = { text: 'Words set by the page.' };
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=text]')).to.equal(serverText);
    expect(serverText!.textContent).to.equal('Words set by the page.');
    expect(renderErrors(el)).to.deep.equal([]);
    container.remove();
  });

  it('renders invalid data as the notice, with no readable copy, and the client reports it', async () => {
    const el = await renderWidget(
      'principle-list',
      { title: 'Principles', principles: [{ name: '' }] },
      {},
      'ssr',
    );
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('principles[0].name');
    expect(readableText(el)).to.equal('');
    expect(renderErrors(el)[0].errors[0].path).to.equal('principles[0].name');
    el.parentElement!.remove();
  });

  it('refuses an unknown tag, a bad attribute name and a nonce that is not base64', async () => {
    await expectRejection(serverRender('no-such-element', {}), 'unknown element <no-such-element>');
    await expectRejection(
      serverRender('pull-quote', { text: 'x' }, { attributes: { 'onclick="x"': 'y' } }),
      'invalid attribute name',
    );
    await expectRejection(serverRender('pull-quote', { text: 'x' }, { nonce: '"><script>' }), 'base64');
  });
});

async function expectRejection(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason as Error,
  );
  expect(error?.message).to.contain(message);
}

/** Loads a page of server-rendered widgets (`/__ssr/page`) in a frame and returns its window once loaded. */
async function loadPage(query: Record<string, string>): Promise<Window & { violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '720px';
  frame.src = `/__ssr/page?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & { violations: string[] };
}

/** The frame's essay elements, once each has rendered. */
async function widgets(win: Window): Promise<HTMLElement[]> {
  const found = [...win.document.body.children].filter((el) => el.localName in elements) as HTMLElement[];
  await Promise.all(
    found.map(async (el) => {
      await win.customElements.whenDefined(el.localName);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }),
  );
  return found;
}

describe('a server-rendered page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('paints every widget, styled, before any JavaScript runs', async () => {
    const win = await loadPage({ bundle: '' });
    const found = [...win.document.body.children].filter((el) => el.localName in elements) as HTMLElement[];
    expect(found.length).to.be.greaterThan(0);
    for (const el of found) {
      expect(win.customElements.get(el.localName)).to.equal(undefined);
      expect(el.shadowRoot, `<${el.localName}>'s shadow root`).not.to.equal(null);
      expect(win.getComputedStyle(el).display).to.equal('block');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(shadowText(el)).not.to.equal('');
    }
  });

  it('shows no CSP violation under style-src with the nonce, and hydrates', async () => {
    const win = await loadPage({ nonce: 'n0nce', policy: 'n0nce' });
    const found = await widgets(win);
    expect(found.length).to.be.greaterThan(0);
    for (const el of found) expect(win.getComputedStyle(el).display).to.equal('block');
    expect(win.violations).to.deep.equal([]);
  });

  it('reports the violations when the nonce does not match (the check above can fail)', async () => {
    const win = await loadPage({ nonce: 'wrong', policy: 'n0nce' });
    await widgets(win);
    expect(win.violations.length).to.be.greaterThan(0);
    expect(win.violations[0]).to.contain('style-src');
  });

  it('shows data a page sets before the production bundle hydrates', async () => {
    const win = await loadPage({ bundle: '' });
    const el = win.document.querySelector('pull-quote') as HTMLElement & { data: unknown };
    const serverText = el.shadowRoot!.querySelector('[part=text]')!;
    expect(serverText.textContent).not.to.contain('Words set by the page.');
    el.data = { text: 'Words set by the page.' };
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/essay-widgets.hydrate.js';
    win.document.head.append(script);
    await until(
      () => el.shadowRoot!.querySelector('[part=text]')?.textContent === 'Words set by the page.',
      'the page’s data on screen',
    );
    // Hydrated, not rendered afresh: the server's node holds the page's text.
    expect(el.shadowRoot!.querySelector('[part=text]')).to.equal(serverText);
  });

  it('renders each widget once when the bundle without hydration support loads', async () => {
    const win = await loadPage({ bundle: '/dist/essay-widgets.js' });
    for (const el of await widgets(win)) {
      const top = [...el.shadowRoot!.children].filter((child) => child.localName !== 'style');
      expect(top, `<${el.localName}>'s shadow root`).to.have.length(1);
    }
  });
});
