/**
 * The studio as an editor uses it, in each engine: the built page (dist/studio/, made by
 * `npm run build`) in a frame, under its own strict policy,
 * driven through its editor and its controls.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, readFile, sendKeys } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import DOMPurify from 'dompurify';
import { BLOCK_TYPES } from '../src/registry.js';
import { until } from './helpers/dom.js';

const STUDIO = '/dist/studio/index.html';

interface Studio {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Content-Security-Policy violations the page reported while loading and since. */
  violations: string[];
}

const opened: HTMLIFrameElement[] = [];

/** The studio keeps its drafts in local storage, which every test here shares: each starts with none. */
function forgetDrafts(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('essay-widgets-studio:')) localStorage.removeItem(key);
  }
}

beforeEach(forgetDrafts);

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
  // After the frames: a page that goes writes its draft as it leaves.
  forgetDrafts();
});

/** The text a reader sees in an element's shadow root and those inside it (any realm), white space collapsed. */
function readText(node: Node): string {
  const walk = (each: Node): string => {
    if (each.nodeType === Node.TEXT_NODE) return each.textContent ?? '';
    if (each.nodeType !== Node.ELEMENT_NODE && each.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const element = each as Element;
    if (['script', 'style', 'template'].includes(element.localName)) return '';
    const root = element.shadowRoot ?? each;
    return [...root.childNodes].map(walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

function frameOf(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  document.body.prepend(frame);
  opened.push(frame);
  return frame;
}

/** Opens the studio in a frame and waits until its preview shows the seed essay. */
async function openStudio(width = 1280, height = 900): Promise<Studio> {
  const frame = frameOf(width, height);
  frame.src = STUDIO;
  return loaded(frame);
}

/** Reloads the studio's page, as a reader's reload would, and waits until its preview shows an essay. */
async function reload(studio: Studio): Promise<Studio> {
  const before = studio.doc;
  studio.win.location.reload();
  await until(() => studio.frame.contentDocument !== before, 'the page to go');
  return loaded(studio.frame);
}

async function loaded(frame: HTMLIFrameElement): Promise<Studio> {
  const violations: string[] = [];
  // Listen from the first moment the page's document exists, before its scripts run.
  let listening: Document | undefined;
  await until(() => {
    const doc = frame.contentDocument;
    if (doc && doc !== listening && doc.URL.endsWith(STUDIO)) {
      listening = doc;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
      );
    }
    return listening?.readyState === 'complete';
  }, 'the studio to load');
  const win = frame.contentWindow as Window & typeof globalThis;
  const studio = { frame, win, doc: win.document, violations };
  // The first page of a run starts the worker cold: slow in WebKit under a virtual display.
  await until(() => previewText(studio).includes('Sino-Russian'), 'the preview', 20_000);
  return studio;
}

function editorOf({ doc }: Studio): EditorView {
  const dom = doc.getElementById('editor')!.shadowRoot!.querySelector<HTMLElement>('.cm-editor')!;
  const view = EditorView.findFromDOM(dom);
  if (!view) throw new Error('no editor in the studio');
  return view;
}

/** The element on show in the preview. */
function previewElement({ doc }: Studio): HTMLElement | undefined {
  return doc.querySelector<HTMLElement>('#preview .buffer:not(.pending) > *') ?? undefined;
}

function previewText(studio: Studio): string {
  const element = previewElement(studio);
  return element ? readText(element) : '';
}

function problems({ doc }: Studio): HTMLButtonElement[] {
  return [...doc.querySelectorAll<HTMLButtonElement>('#problem-list button')];
}

function embedCode({ doc }: Studio): string {
  return doc.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
}

/** The 1-based number of the first line of the editor's text that includes `text`. */
function lineWith(view: EditorView, text: string): number {
  for (let number = 1; number <= view.state.doc.lines; number++) {
    if (view.state.doc.line(number).text.includes(text)) return number;
  }
  throw new Error(`no line with ${text}`);
}

function replaceLine(view: EditorView, number: number, text: string): void {
  const line = view.state.doc.line(number);
  view.dispatch({ changes: { from: line.from, to: line.to, insert: text }, userEvent: 'input' });
}

function chooseMode({ doc, win }: Studio, value: string): void {
  const select = doc.querySelector<HTMLSelectElement>('#mode')!;
  select.value = value;
  select.dispatchEvent(new win.Event('change'));
}

/** Runs axe-core inside the studio's own page (loaded as a same-origin script its policy allows). */
async function axeViolations({ doc, win }: Studio): Promise<string[]> {
  type Axe = {
    run: (
      context: Document,
      options: object,
    ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
  };
  type ScriptUrlPolicy = { createScriptURL: (url: string) => unknown };
  type TrustedTypes = {
    createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => ScriptUrlPolicy;
  };
  const withAxe = win as unknown as { axe?: Axe; trustedTypes?: TrustedTypes };
  if (!withAxe.axe) {
    const script = doc.createElement('script');
    const url = '/node_modules/axe-core/axe.min.js';
    // The page enforces Trusted Types: a script URL has to come from a policy.
    const policy = withAxe.trustedTypes?.createPolicy('studio-test', {
      createScriptURL: (same: string) => same,
    });
    script.src = (policy?.createScriptURL(url) ?? url) as string;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await loaded;
  }
  const results = await withAxe.axe!.run(doc, { resultTypes: ['violations'] });
  return results.violations.map(
    ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => JSON.stringify(target)).join(', ')}`,
  );
}

describe('the studio', function () {
  this.timeout(60_000);

  it('opens with the seed essay in the editor, no problems, the essay in the preview and its embed code', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    expect(view.state.doc.line(2).text).to.match(/^title: 'The Evolution of Sino-Russian Relationship/);
    expect(problems(studio)).to.have.length(0);
    expect(studio.doc.getElementById('problem-count')!.textContent).to.equal('0');
    expect(previewElement(studio)!.localName).to.equal('essay-article');
    expect(previewText(studio)).to.contain(
      'Chinese President Xi Jinping and Russian President Vladimir Putin',
    );
    await until(() => embedCode(studio).includes('data-essay-generated'), 'the embed code', 15_000);
    const code = embedCode(studio);
    expect(code).to.match(
      /^<script type="module" src="https:\/\/unpkg\.com\/essay-widgets@\d+\.\d+\.\d+[^/]*\/dist\/essay-widgets\.js" integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"><\/script>\n<essay-article data-json="\{&quot;title&quot;:[^"]*">\n<article [^>]*data-essay-generated[^>]*>/,
    );
  });

  it('labels the editor "Essay Markdown" and keeps the page free of inline style and policy violations', async () => {
    const studio = await openStudio();
    const content = studio.doc.getElementById('editor')!.shadowRoot!.querySelector('.cm-content')!;
    const labelId = content.getAttribute('aria-labelledby')!;
    expect(content.getRootNode()).to.not.equal(studio.doc);
    const label = (content.getRootNode() as ShadowRoot).getElementById(labelId)!;
    expect(label.textContent).to.equal('Essay Markdown');
    expect(content.getAttribute('role')).to.equal('textbox');
    // CodeMirror's styles are a constructed stylesheet of the editor's shadow root, which the
    // policy allows; a <style> element in the document would be refused.
    expect(studio.doc.querySelectorAll('style')).to.have.length(0);
    const editorRoot = content.getRootNode() as ShadowRoot;
    expect(editorRoot.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(getComputedStyle(editorRoot.querySelector('.cm-gutters')!).display).to.equal('flex');
    expect(studio.violations).to.deep.equal([]);
    // The policy is in force (where the engine has Trusted Types): a script's text from a string is refused.
    if ('trustedTypes' in studio.win) {
      expect(() => {
        studio.doc.createElement('script').text = '1';
      }).to.throw();
    }
  });

  it('updates the preview as one types', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    const line = view.state.doc.line(lineWith(view, 'Chinese President Xi Jinping and Russian'));
    view.dispatch({
      changes: { from: line.to, insert: ' A sentence typed just now, *with emphasis*.' },
      userEvent: 'input',
    });
    // The whole essay renders, a structure a frame, before the preview changes: slow in WebKit under Xvfb.
    await until(
      () => previewText(studio).includes('A sentence typed just now'),
      'the typed sentence',
      15_000,
    );
    // The emphasis is rendered, not shown as asterisks.
    expect(previewText(studio)).to.contain('with emphasis').and.not.contain('*with emphasis*');
    expect(problems(studio)).to.have.length(0);
    // The data, and the readable copy that readers get where a CMS strips the element.
    await until(() => embedCode(studio).includes('A sentence typed just now, *with emphasis*.'), 'the data');
    expect(embedCode(studio)).to.contain('A sentence typed just now, <em>with emphasis</em>.');
  });

  it('lists a broken field at its line and path; choosing it puts the cursor on that line in the editor', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    const number = lineWith(view, 'country: CN');
    replaceLine(view, number, '      country: China');
    await until(() => problems(studio).length > 0, 'a problem');
    const [problem] = problems(studio);
    expect(problem.textContent).to.contain(`Line ${number}`);
    expect(problem.textContent).to.contain('byline.authors[0].country');
    expect(problem.textContent).to.contain('two-letter');
    expect(studio.doc.getElementById('problem-count')!.textContent).to.equal('1');
    // The preview keeps the last version without problems, and says so.
    expect(studio.doc.getElementById('preview-status')!.textContent).to.contain(
      'last version without problems',
    );
    view.dispatch({ selection: { anchor: view.state.doc.length } });
    problem.click();
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).to.equal(number);
    expect(view.hasFocus).to.equal(true);
    // Fixed, the problem goes.
    replaceLine(view, number, '      country: CN');
    await until(() => problems(studio).length === 0, 'no problems');
    expect(studio.doc.getElementById('preview-status')!.textContent).to.equal('');
  });

  it('takes the editor to a problem chosen by keyboard (Enter)', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    const number = lineWith(view, 'published:');
    replaceLine(view, number, "  published: '2018-02-30'");
    await until(() => problems(studio).length > 0, 'a problem');
    const [problem] = problems(studio);
    expect(problem.textContent).to.contain(`Line ${number}`);
    view.dispatch({ selection: { anchor: 0 } });
    problem.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => view.hasFocus, 'the editor to have focus');
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).to.equal(number);
  });

  it('gives embed code that, pasted into a blank page, loads the built bundle (its integrity matching) and renders the same text as the preview', async () => {
    const studio = await openStudio();
    await until(() => embedCode(studio).includes('data-essay-generated'), 'the embed code', 15_000);
    const code = embedCode(studio);
    // The bundle as built, from the disk, and its integrity.
    const bundle = await readFile({ path: '../dist/essay-widgets.js', encoding: 'utf8' });
    if (bundle === undefined) throw new Error('dist/essay-widgets.js is missing: npm run build');
    const bytes = new TextEncoder().encode(bundle);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const integrity = code.match(/integrity="(sha384-[^"]+)"/)![1];
    expect(integrity).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);

    // The CMS page: the embed code as it is, the CDN's address put for a server of the built
    // files byte for byte, which the browser checks against the integrity.
    const url = `${location.origin}/test-api/dist/essay-widgets.js`;
    const local = code.replace(/https:\/\/unpkg\.com\/essay-widgets@[^"]+/, url);
    expect(local).to.contain(`src="${url}" integrity="${integrity}"`);
    const blank = frameOf(1280, 900);
    blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title></head><body>${local}</body></html>`;
    await new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
    const pasted = blank.contentDocument!.querySelector('essay-article')! as HTMLElement & {
      updateComplete?: Promise<unknown>;
    };
    await until(
      () => !!pasted.updateComplete && !!pasted.shadowRoot?.childElementCount,
      'the pasted essay',
      10_000,
    );
    await pasted.updateComplete;
    expect(readText(pasted)).to.equal(previewText(studio));
  });

  it('asks where the code goes, with a line on why and a warning where a CMS strips it', async () => {
    const studio = await openStudio();
    const place = studio.doc.querySelector<HTMLSelectElement>('#place')!;
    const why = studio.doc.getElementById('embed-help')!;
    const warning = studio.doc.getElementById('place-warning')!;
    expect([...place.options].map((option) => option.value)).to.deep.equal([
      'cms',
      'wordpress',
      'wordpress-block',
      'markdown',
      'iframe',
    ]);
    expect(studio.doc.querySelector('label[for=place]')!.textContent).to.equal('Where does the code go?');
    expect(why.textContent).to.contain('HTML block');
    expect(warning.hidden).to.equal(true);
    for (const [value, advice, caution] of [
      ['wordpress', 'Custom HTML block', 'Authors and Contributors'],
      ['markdown', 'no blank line', 'shortcode'],
      ['wordpress-block', 'Code editor', 'whole essay'],
      ['iframe', 'oembed.json', '1,000 pixels'],
    ]) {
      place.value = value;
      place.dispatchEvent(new studio.win.Event('change'));
      expect(why.textContent, value).to.contain(advice);
      expect(warning.hidden, value).to.equal(false);
      expect(warning.textContent, value).to.contain(caution);
    }
    // The textarea names both lines for assistive technology.
    expect(studio.doc.getElementById('embed-code')!.getAttribute('aria-describedby')).to.contain(
      'place-warning',
    );
  });

  it("gives the WordPress plugin's Essay block as the block editor saves it: the Markdown, the data and the readable copy", async () => {
    const studio = await openStudio();
    await until(() => embedCode(studio).includes('data-essay-generated'), 'the embed code', 15_000);
    const { doc, win } = studio;
    const place = doc.querySelector<HTMLSelectElement>('#place')!;
    place.value = 'wordpress-block';
    place.dispatchEvent(new win.Event('change'));
    await until(() => embedCode(studio).startsWith('<!-- wp:'), 'the block');
    const block = embedCode(studio);
    const [, comment, copy] =
      /^<!-- wp:essay-widgets\/essay (\{.*?\}) -->\n([\s\S]*)\n<!-- \/wp:essay-widgets\/essay -->\n$/.exec(
        block,
      ) ?? [];
    // The comment holds nothing a parser of HTML or kses would read: its JSON escapes them.
    expect(comment).to.not.match(/[<>&]|--/);
    const attributes = JSON.parse(comment) as { source: string; data: string };
    expect(attributes.source).to.not.match(/[<>&]/);
    expect(JSON.parse(attributes.source)).to.equal(editorOf(studio).state.doc.toString());
    const data = JSON.parse(attributes.data) as { title: string; body: unknown[] };
    expect(data.title).to.match(/^The Evolution of Sino-Russian Relationship/);
    expect(data).to.deep.equal((previewElement(studio) as HTMLElement & { data: unknown }).data);
    expect(copy).to.match(/^<article [^>]*data-essay-generated/);

    // One widget is no essay: no block, and the reason when one asks to copy it.
    chooseMode(studio, 'pull-quote');
    await until(() => previewElement(studio)?.localName === 'pull-quote', 'the pull-quote preview', 15_000);
    await until(() => embedCode(studio) === '', 'no block for a widget');
    doc.getElementById('copy')!.click();
    const announced = doc.getElementById('announce')!;
    await until(() => announced.textContent !== '', 'the reason', 15_000);
    expect(announced.textContent).to.contain('The Essay block holds a whole essay');
  });

  it('gives an embed page for iframes and oEmbed at the address given: the iframe code, the page and its oEmbed file', async () => {
    const studio = await openStudio();
    await until(() => embedCode(studio).includes('data-essay-generated'), 'the embed code', 15_000);
    const { doc, win } = studio;
    const place = doc.querySelector<HTMLSelectElement>('#place')!;
    place.value = 'iframe';
    place.dispatchEvent(new win.Event('change'));
    const address = doc.querySelector<HTMLInputElement>('#page-url')!;
    expect(doc.getElementById('page-url-field')!.hidden).to.equal(false);
    expect(doc.getElementById('embed-status')!.textContent).to.contain('Give the address the page will have');
    expect(embedCode(studio)).to.equal('');

    const url = 'https://news.example/essays/sino-russian/';
    address.value = url;
    address.dispatchEvent(new win.Event('input'));
    await until(() => embedCode(studio).startsWith('<iframe'), 'the iframe code');
    const [frameTag, scriptTag] = embedCode(studio).trim().split('\n');
    expect(frameTag).to.match(
      new RegExp(`^<iframe src="${url}" width="640" height="800" title="The Evolution`),
    );
    expect(scriptTag).to.match(
      /^<script async src="https:\/\/unpkg\.com\/essay-widgets@[^/]+\/dist\/essay-widgets\.frame\.js" integrity="sha384-/,
    );

    // What the two buttons download, caught as the browser is about to save it.
    const downloaded = (button: string) =>
      new Promise<[string, string]>((resolve, reject) => {
        const caught = (event: Event) => {
          const link = event.target as HTMLAnchorElement;
          if (!link.download) return;
          event.preventDefault();
          doc.removeEventListener('click', caught, true);
          // Read from this page (the same origin): the studio's policy keeps its own fetches to itself.
          fetch(link.href)
            .then((response) => response.text())
            .then((text) => resolve([link.download, text]), reject);
        };
        doc.addEventListener('click', caught, true);
        doc.getElementById(button)!.click();
      });
    const [pageName, page] = await downloaded('download-html');
    expect(pageName).to.equal('index.html');
    const [oembedName, oembed] = await downloaded('download-oembed');
    expect(oembedName).to.equal('oembed.json');
    const answer = JSON.parse(oembed) as Record<string, unknown>;
    expect(answer).to.include({ version: '1.0', type: 'rich', author_name: 'Feng Shaolei', width: 640 });
    expect(answer.html).to.contain(`<iframe src="${url}"`);

    // The page: discovery of that file, and the essay that renders as in the preview.
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    expect(parsed.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).to.equal(
      `${url}oembed.json`,
    );
    const local = page.replace(
      /https:\/\/unpkg\.com\/essay-widgets@[^/]+\/dist\//g,
      `${location.origin}/test-api/dist/`,
    );
    const shown = frameOf(1280, 900);
    shown.srcdoc = local;
    await new Promise((resolve) => shown.addEventListener('load', resolve, { once: true }));
    const essay = shown.contentDocument!.querySelector('essay-article')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await until(() => !!essay.shadowRoot?.querySelector('article'), 'the essay in the page', 10_000);
    await essay.updateComplete;
    expect(readText(essay)).to.equal(previewText(studio));
  });

  it('gives embed code that DOMPurify leaves readable, and that renders where it keeps the element', async () => {
    const studio = await openStudio();
    await until(() => embedCode(studio).includes('data-essay-generated'), 'the embed code', 15_000);
    const code = embedCode(studio);
    // As a CMS on its defaults cleans it: unknown elements and scripts go, their content stays.
    const cleaned = DOMPurify.sanitize(code);
    expect(cleaned).to.not.contain('<script').and.not.contain('essay-article').and.not.contain('&quot;');
    const text = (html: string) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.body.textContent!.replace(/\s+/g, ' ');
    };
    expect(text(cleaned)).to.contain('Chinese President Xi Jinping and Russian President Vladimir Putin');
    expect(text(cleaned)).to.not.match(/"\w+":|\{"/);
    // Allowing the elements and their data-* attributes (DOMPurify's default for data-*), the
    // element keeps its data: on a page with the bundle, the widget renders.
    const kept = DOMPurify.sanitize(code, {
      CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^essay-article$/, attributeNameCheck: /^$/ },
    });
    expect(kept).to.match(/^<essay-article data-json="/);
    const page = frameOf(1280, 900);
    page.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title><script type="module" src="/dist/essay-widgets.js"></script></head><body>${kept}</body></html>`;
    await new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    const essay = page.contentDocument!.querySelector('essay-article')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await until(() => !!essay.shadowRoot?.querySelector('article'), 'the widget', 10_000);
    await essay.updateComplete;
    expect(readText(essay)).to.equal(previewText(studio));
  });

  it('inserts a skeleton of each block type that is valid as it stands', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    const select = studio.doc.querySelector<HTMLSelectElement>('#block-type')!;
    const insert = studio.doc.querySelector<HTMLButtonElement>('#insert')!;
    const types = [...select.options].map((option) => option.value);
    expect(types).to.deep.equal([...BLOCK_TYPES]);
    for (const type of types) {
      view.dispatch({ selection: { anchor: view.state.doc.length } });
      select.value = type;
      insert.click();
      expect(view.hasFocus).to.equal(true);
    }
    // Ten more structures render a frame each, and WebKit's frames under a virtual display are slow.
    await until(() => previewText(studio).includes('First principle'), 'the inserted blocks', 15_000);
    expect(previewText(studio)).to.contain('A new section');
    // The preview shows only a text without problems.
    expect(problems(studio).map((button) => button.textContent)).to.deep.equal([]);
  });

  it('in single-widget mode, edits one element: choosing pull-quote gives a pull-quote preview and its embed code', async () => {
    const studio = await openStudio();
    chooseMode(studio, 'pull-quote');
    await until(() => previewElement(studio)?.localName === 'pull-quote', 'the pull-quote preview');
    const view = editorOf(studio);
    const label = studio.doc.getElementById('editor')!.shadowRoot!.getElementById('label')!;
    expect(label.textContent).to.contain('<pull-quote>');
    expect(view.state.doc.toString()).to.match(/^text: /);
    await until(() => embedCode(studio).includes('<pull-quote'), 'the embed code');
    const code = embedCode(studio);
    expect(code).to.match(/<\/script>\n<pull-quote data-json="\{&quot;text&quot;:/);
    // One widget: the loader, which loads that element's code and no other.
    expect(code).to.match(
      /^<script type="module" src="https:\/\/unpkg\.com\/essay-widgets@[^/]+\/dist\/essay-widgets\.loader\.js" integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"><\/script>\n/,
    );
    expect(code).to.not.contain('essay-article');

    // Its data's problems, at their lines.
    replaceLine(view, 1, 'text: ""');
    await until(() => problems(studio).length > 0, 'a problem');
    expect(problems(studio)[0].textContent).to.contain('Line 1');
    expect(problems(studio)[0].textContent).to.contain('text');

    // Data that holds "</script>" opens no script in the embed code: the only one is the loader's.
    replaceLine(view, 1, "text: '</script><script>alert(1)</script> Both sides'");
    await until(() => embedCode(studio).includes('alert(1)'), 'the new quote');
    const safe = embedCode(studio);
    expect(safe.match(/<\/?script/g)).to.have.length(2);
    expect(safe).to.contain('\\u003c/script');
    expect(safe).to.contain('&lt;/script&gt;&lt;script&gt;alert(1)');

    // Back to the essay, as it was left.
    chooseMode(studio, 'essay-article');
    await until(() => previewElement(studio)?.localName === 'essay-article', 'the essay');
    expect(label.textContent).to.equal('Essay Markdown');
  });

  it('keeps the draft through a reload mid-edit, says so, and discards it back to the starting text (with an undo)', async () => {
    let studio = await openStudio();
    let view = editorOf(studio);
    const seed = view.state.doc.toString();
    const number = lineWith(view, 'Chinese President Xi Jinping and Russian');
    view.dispatch({ selection: { anchor: view.state.doc.line(number).to } });
    view.focus();
    await sendKeys({ type: 'Keptwords' });
    expect(view.state.doc.line(number).text).to.match(/Keptwords$/);
    // At once, before the pause after which the studio writes the draft: it is written as the page goes.
    studio = await reload(studio);
    view = editorOf(studio);
    expect(view.state.doc.line(number).text).to.match(/Keptwords$/);
    const status = studio.doc.getElementById('draft-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.match(/^Restored your draft from .+\.$/);
    const time = status.querySelector('time')!;
    expect(Math.abs(Date.now() - Date.parse(time.dateTime))).to.be.below(60_000);
    await until(() => previewText(studio).includes('Keptwords'), 'the draft in the preview', 15_000);

    const discard = studio.doc.getElementById('discard-draft') as HTMLButtonElement;
    const undo = studio.doc.getElementById('undo-discard') as HTMLButtonElement;
    expect(discard.hidden).to.equal(false);
    discard.click();
    await until(() => view.state.doc.toString() === seed, 'the starting text');
    expect(status.textContent).to.contain('Draft discarded');
    expect(undo.hidden).to.equal(false);
    expect(studio.doc.activeElement).to.equal(undo);
    undo.click();
    expect(view.state.doc.line(number).text).to.match(/Keptwords$/);
    discard.click();
    await until(() => view.state.doc.toString() === seed, 'the starting text again');

    // Discarded, nothing comes back.
    studio = await reload(studio);
    expect(editorOf(studio).state.doc.toString()).to.equal(seed);
    expect(studio.doc.getElementById('draft-status')!.textContent).to.equal('');
    expect(studio.violations).to.deep.equal([]);
  });

  it('keeps a draft of each element of single-widget mode apart from the essay', async () => {
    let studio = await openStudio();
    chooseMode(studio, 'pull-quote');
    await until(() => previewElement(studio)?.localName === 'pull-quote', 'the pull-quote preview');
    replaceLine(editorOf(studio), 1, "text: 'Words of a draft quote'");
    await until(() => previewText(studio).includes('Words of a draft quote'), 'the new quote');
    studio = await reload(studio);
    // The essay has no draft of its own.
    expect(studio.doc.getElementById('draft-status')!.textContent).to.equal('');
    expect(editorOf(studio).state.doc.line(2).text).to.match(/^title: 'The Evolution/);
    chooseMode(studio, 'pull-quote');
    await until(() => previewText(studio).includes('Words of a draft quote'), 'the restored quote');
    expect(editorOf(studio).state.doc.line(1).text).to.equal("text: 'Words of a draft quote'");
    expect(studio.doc.getElementById('draft-status')!.textContent).to.match(
      /^Restored your draft of the <pull-quote> data from .+\.$/,
    );
  });

  it('warns before leaving only while changes cannot be kept (no room left in local storage)', async () => {
    const studio = await openStudio();
    const view = editorOf(studio);
    const leave = () => {
      const event = new studio.win.Event('beforeunload', { cancelable: true });
      studio.win.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const number = lineWith(view, 'Chinese President Xi Jinping and Russian');
    const type = (words: string) =>
      view.dispatch({
        changes: { from: view.state.doc.line(number).to, insert: words },
        userEvent: 'input',
      });
    type(' One.');
    // Written as the page would go: a draft kept is safe, and leaving is not held up.
    expect(leave()).to.equal(false);

    // The storage full (this page and the studio's share it), the next draft is refused.
    let filler = 'x'.repeat(1 << 20);
    for (let index = 0; filler.length > 0; index++) {
      try {
        localStorage.setItem(`essay-widgets-studio:filler-${index}`, filler);
      } catch {
        filler = filler.slice(0, filler.length >> 1);
      }
    }
    // Longer than the room left, which is less than a key's name.
    type(` Two${' more words'.repeat(20)}.`);
    const status = studio.doc.getElementById('draft-status')!;
    await until(
      () => /no room left/.test(status.textContent ?? ''),
      'the note that the draft is not kept',
      5_000,
    );
    expect(status.classList.contains('warning')).to.equal(true);
    expect(leave()).to.equal(true);

    // Room again: the next save keeps it, and the warning goes.
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('essay-widgets-studio:filler-')) localStorage.removeItem(key);
    }
    type(' Three.');
    expect(leave()).to.equal(false);
    expect(status.textContent).to.not.contain('no room');
  });

  it('keeps typing responsive in a 2 MB essay (a key in the editor within seconds, not minutes)', async function () {
    this.timeout(180_000);
    const studio = await openStudio();
    const view = editorOf(studio);
    const seed = view.state.doc.toString();
    const bodyAt = seed.indexOf('\n---\n', 4) + 5;
    const copies: string[] = [];
    // About 1.97 MB in UTF-8: just under the default limit on input (2,000,000 bytes).
    for (let size = bodyAt; size < 1_950_000; size += seed.length - bodyAt + 1) {
      copies.push(seed.slice(bodyAt));
    }
    const text = `${seed.slice(0, bodyAt)}${copies.join('\n')}`;
    const middle = text.indexOf('positive elements in the relationship”.', text.length >> 1);
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: { anchor: middle + 'positive elements in the relationship”.'.length },
      scrollIntoView: true,
    });
    view.focus();
    // Each key's latency: from its event to the frame after it is handled.
    const latencies: number[] = [];
    studio.doc.getElementById('editor')!.addEventListener(
      'keydown',
      (event) => {
        const at = event.timeStamp;
        studio.win.requestAnimationFrame(() =>
          studio.win.setTimeout(() => latencies.push(studio.win.performance.now() - at)),
        );
      },
      true,
    );
    const typed = 'abcdefghijklmnopqrst';
    for (const [index, key] of [...typed].entries()) {
      await sendKeys({ type: key });
      // Pauses in which the worker reads the essay and the preview renders, as keys come.
      if (index % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await until(() => latencies.length === typed.length, 'every key to be handled', 30_000);
    expect(view.state.doc.sliceString(middle, middle + 60)).to.contain(`relationship”.${typed}`);
    await until(() => previewText(studio).includes(`relationship”.${typed}`), 'the preview', 120_000);
    expect(studio.doc.getElementById('preview-status')!.textContent).to.match(
      /blocks [\d,]+ to [\d,]+ of [\d,]+/,
    );
    const sorted = latencies.toSorted((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    console.log(
      `2 MB essay, key to next frame: median ${Math.round(median)} ms, max ${Math.round(sorted.at(-1)!)} ms`,
    );
    // A coarse bound, for a shared machine and WebKit under a virtual display: before the
    // worker, each key waited seconds for the essay to be read. The figures are in bench/studio.json.
    expect(median).to.be.below(2000);
  });

  it('passes axe-core in the light colour scheme', async () => {
    const studio = await openStudio();
    expect(await axeViolations(studio)).to.deep.equal([]);
  });

  it('passes axe-core in the dark colour scheme (skipped where the engine cannot emulate it)', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      this.skip();
    }
    try {
      const studio = await openStudio();
      if (!studio.win.matchMedia('(prefers-color-scheme: dark)').matches) this.skip();
      expect(await axeViolations(studio)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('lays the editor and the preview side by side at 1280 px and stacks them at 375 px', async () => {
    for (const [width, sideBySide] of [
      [1280, true],
      [375, false],
    ] as const) {
      const studio = await openStudio(width, 800);
      const editor = studio.doc.getElementById('editor')!.getBoundingClientRect();
      const preview = studio.doc.getElementById('preview')!.getBoundingClientRect();
      expect(preview.left >= editor.right, `side by side at ${width}`).to.equal(sideBySide);
      expect(preview.top >= editor.bottom, `stacked at ${width}`).to.equal(!sideBySide);
      expect(studio.doc.documentElement.scrollWidth, `no sideways scrolling at ${width}`).to.be.at.most(
        width,
      );
    }
  });
});
