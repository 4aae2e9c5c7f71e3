// The embed form for CMSs (docs/cms-embedding.md), as `essay-widgets render --embed` writes it and
// `renderEmbed` of essay-widgets/ssr returns it; and `render` output as Markdown reads it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse, parseFragment } from 'parse5';
import { renderElement, renderEmbed } from '../../dist/lib/ssr/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedFile = 'examples/sino-russian-relations.json';
const seed = JSON.parse(readFileSync(join(root, seedFile), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));

function cli(...args) {
  const run = spawnSync(process.execPath, [join(root, 'dist/lib/cli/index.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The HTML blocks Markdown (CommonMark, as markdown-it, goldmark and remark read it) makes of `markdown`. */
const blocks = (markdown) => fromMarkdown(markdown).children;

/** Data with text that tries every way out of an attribute, a script and an HTML block. */
const hostile = {
  text: 'A "quoted" line </script><script>alert(1)</script> & &amp; <!-- --> \'single\'\n\nA blank line above.',
  speaker: { name: 'Samuel "Sam" Charap' },
};

describe('essay-widgets render --embed', () => {
  const run = cli('render', '--embed', seedFile);
  const lines = run.stdout.trimEnd().split('\n');

  it('writes the bundle script, pinned, then the element with its data and readable copy', () => {
    assert.equal(run.status, 0, run.stderr);
    const integrity = manifest.files['essay-widgets.js'].integrity;
    assert.equal(
      lines[0],
      `<script type="module" src="https://unpkg.com/essay-widgets@${manifest.version}/dist/essay-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    const element = parseFragment(lines.slice(1).join('\n')).childNodes.find(
      (node) => node.tagName === 'essay-article',
    );
    const json = element.attrs.find((attr) => attr.name === 'data-json').value;
    assert.deepEqual(JSON.parse(json), seed);
    const copy = element.childNodes.filter((node) => node.tagName);
    assert.deepEqual(
      copy.map((node) => [node.tagName, node.attrs.map((attr) => attr.name)]),
      [['article', ['lang', 'dir', 'data-essay-generated']]],
    );
  });

  it('holds no script, style or template to carry the data, and no blank line', () => {
    const element = lines.slice(1).join('\n');
    assert.doesNotMatch(element, /<(script|style|template)\b/);
    assert.ok(
      lines.every((line) => line.trim() !== ''),
      'a blank line',
    );
    assert.match(lines[1], /^<essay-article data-json="[^"\n]*">$/);
  });

  it('stays one HTML block in Markdown, between paragraphs', () => {
    const found = blocks(`Before the essay.\n\n${run.stdout}\nAfter the essay.\n`);
    assert.deepEqual(
      found.map((node) => node.type),
      ['paragraph', 'html', 'html', 'paragraph'],
    );
    assert.equal(found[2].value, lines.slice(1).join('\n'));
  });

  it('takes --cdn and refuses options it has no use for', () => {
    const withCdn = cli('render', '--embed', '--cdn', 'https://cdn.example/ew/', seedFile);
    assert.match(
      withCdn.stdout,
      /^<script type="module" src="https:\/\/cdn\.example\/ew\/essay-widgets\.js"/,
    );
    for (const option of ['--page', '--readable', '--nonce=abc']) {
      const refused = cli('render', '--embed', option, seedFile);
      assert.equal(refused.status, 2, option);
      assert.match(refused.stderr, /render --embed does not take/);
    }
  });
});

describe('renderEmbed', () => {
  it('keeps any text inside the attribute and the copy, and Markdown keeps the element whole', async () => {
    const html = await renderEmbed('pull-quote', hostile);
    const [element] = parseFragment(html).childNodes;
    assert.equal(element.tagName, 'pull-quote');
    assert.deepEqual(JSON.parse(element.attrs.find((attr) => attr.name === 'data-json').value), hostile);
    assert.doesNotMatch(html, /<script/);
    const found = blocks(`Text.\n\n${html}\n\nMore text.\n`);
    assert.deepEqual(
      found.map((node) => node.type),
      ['paragraph', 'html', 'paragraph'],
    );
    assert.equal(found[1].value, html);
  });
});

describe('render output in Markdown', () => {
  it('is one HTML block, its opening tag alone on the first line, the data unchanged', async () => {
    for (const [tag, data] of [
      ['essay-article', seed],
      ['pull-quote', hostile],
      ['key-points', { points: [{ heading: 'One', body: 'A body.\n\nIts second paragraph.' }] }],
    ]) {
      const html = await renderElement(tag, data);
      assert.match(html.split('\n')[0], new RegExp(`^<${tag}[^>]*>$`));
      const found = blocks(`Text.\n\n${html}\n\nMore text.\n`);
      assert.deepEqual(
        found.map((node) => node.type),
        ['paragraph', 'html', 'paragraph'],
        tag,
      );
      const [element] = parseFragment(html).childNodes;
      const script = element.childNodes.find((node) => node.tagName === 'script');
      assert.deepEqual(JSON.parse(script.childNodes[0].value), data, tag);
    }
  });

  it('keeps the blank lines of the text as characters: a body in paragraphs stays in paragraphs', async () => {
    const html = await renderElement('key-points', {
      points: [{ heading: 'One', body: 'A body.\n\nIts second paragraph.' }],
    });
    const [element] = parseFragment(html).childNodes;
    const template = element.childNodes.find((node) => node.tagName === 'template');
    const text = (node) => node.value ?? ((node.content ?? node).childNodes ?? []).map(text).join('');
    assert.ok(text(template).includes('A body.\n\nIts second paragraph.'));
  });
});

describe('essay-widgets render --embed -o <folder>/ --url: an embed page for iframes and oEmbed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'essay-widgets-embed-page-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const url = 'https://news.example/essays/sino-russian/';
  const run = cli('render', '--embed', seedFile, '-o', `${folder}/`, '--url', url);
  const read = (name) => readFileSync(join(folder, name), 'utf8');

  it('writes the page and its oEmbed file into the folder, and the iframe code to standard output', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(folder).sort(), ['index.html', 'oembed.json']);
    const frame = manifest.files['essay-widgets.frame.js'].integrity;
    assert.equal(
      run.stdout,
      `<iframe src="${url}" width="640" height="800" title="${seed.title}" frameborder="0" style="width: 100%; border: 0"></iframe>\n` +
        `<script async src="https://unpkg.com/essay-widgets@${manifest.version}/dist/essay-widgets.frame.js" integrity="${frame}" crossorigin="anonymous"></script>\n`,
    );
  });

  it('gives the page oEmbed discovery, the bundle and the frame script, and the essay in its embed form', () => {
    const document = parse(read('index.html'));
    const element = (node, name) =>
      node.tagName === name ? node : node.childNodes?.map((child) => element(child, name)).find(Boolean);
    const attributes = (node) => Object.fromEntries(node.attrs.map((attr) => [attr.name, attr.value]));
    const head = element(document, 'head');
    const link = head.childNodes.find((node) => node.tagName === 'link');
    assert.deepEqual(attributes(link), {
      rel: 'alternate',
      type: 'application/json+oembed',
      href: `${url}oembed.json`,
      title: seed.title,
    });
    const scripts = head.childNodes.filter((node) => node.tagName === 'script').map(attributes);
    assert.deepEqual(
      scripts.map((script) => [script.src.split('/').pop(), script.integrity]),
      ['essay-widgets.js', 'essay-widgets.frame.js'].map((name) => [name, manifest.files[name].integrity]),
    );
    const essay = element(element(document, 'body'), 'essay-article');
    assert.deepEqual(JSON.parse(attributes(essay)['data-json']), seed);
    assert.equal(attributes(element(document, 'html')).lang, 'en');
  });

  it('answers oEmbed with a rich embed: the title, authors, publisher, and a link then the iframe', () => {
    const oembed = JSON.parse(read('oembed.json'));
    assert.deepEqual(
      { ...oembed, html: undefined },
      {
        version: '1.0',
        type: 'rich',
        title: seed.title,
        author_name: seed.byline.authors.map((author) => author.name).join(', '),
        provider_name: seed.byline.publisher.name,
        provider_url: seed.byline.publisher.url,
        width: 640,
        height: 800,
        html: undefined,
      },
    );
    assert.equal(
      oembed.html,
      `<blockquote><a href="${url}">${seed.title}</a></blockquote>` +
        `<iframe src="${url}" width="640" height="800" title="${seed.title}" frameborder="0"></iframe>`,
    );
  });

  it('names its page after an address that ends in .html', () => {
    const named = mkdtempSync(join(tmpdir(), 'essay-widgets-embed-page-'));
    try {
      const page = 'https://news.example/essays/sino-russian.html';
      const result = cli('render', '--embed', seedFile, '-o', `${named}/`, '--url', page);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(readdirSync(named).sort(), ['oembed.json', 'sino-russian.html']);
      assert.match(
        readFileSync(join(named, 'sino-russian.html'), 'utf8'),
        /href="https:\/\/news\.example\/essays\/oembed\.json"/,
      );
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });

  it('asks for the address it needs, and refuses one it cannot use, in one line with exit status 2', () => {
    for (const [args, message] of [
      [['-o', `${folder}/`], /needs --url: the address the page will be published at/],
      [
        ['-o', `${folder}/`, '--url', 'essays/x/'],
        /--url is an http\(s\) address ending in \/ or \.html, not "essays\/x\/"/,
      ],
      [['-o', `${folder}/`, '--url', 'javascript:alert(1)//x/'], /--url is an http\(s\) address/],
      [['-o', `${folder}/`, '--url', 'https://news.example/essays/x'], /ending in \/ or \.html/],
      [['--url', url], /--url goes with -o <folder>\//],
    ]) {
      const result = cli('render', '--embed', seedFile, ...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr.split('\n')[0], message);
    }
    const plain = cli('render', seedFile, '--url', url);
    assert.equal(plain.status, 2);
    assert.match(plain.stderr, /--url goes with render --embed -o <folder>\//);
  });
});
