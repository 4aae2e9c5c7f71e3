// The embed form for CMSs (docs/cms-embedding.md), as `essay-widgets render --embed` writes it and
// `renderEmbed` of essay-widgets/ssr returns it; and `render` output as Markdown reads it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseFragment } from 'parse5';
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
