// `essay-widgets render --readable` and `--markdown`, run as a user runs them (the built CLI):
// the readable copy alone, for a feed's content:encoded, an email or an AMP page, and as
// Markdown for sites that escape HTML. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import Parser from 'rss-parser';
import { coverage, readerView } from '../helpers/readability.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin['essay-widgets']);
const seedFile = 'examples/sino-russian-relations.json';
const seed = JSON.parse(readFileSync(join(root, seedFile), 'utf8'));

function cli(...args) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fragment = cli('render', '--readable', seedFile);

/** `body` in the smallest valid document. */
const page = (body, title = 'Essay') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The seed's paragraphs, as a reader sees them (RichText markup dropped). */
const paragraphs = seed.body
  .filter((block) => block.type === 'paragraph')
  .map((block) => block.text.replace(/\[\[([^\]]+)\]\]/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1'));

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

describe('essay-widgets render --readable', () => {
  it('writes an HTML fragment and exits 0', () => {
    assert.equal(fragment.status, 0, fragment.stderr);
    assert.match(fragment.stdout, /^<article[\s>]/);
    assert.ok(paragraphs.length >= 5, 'the seed has paragraphs');
  });

  it('holds no custom element, script, shadow root, style or class', () => {
    const html = fragment.stdout;
    assert.doesNotMatch(html, /<[a-z][a-z0-9]*-[a-z0-9-]*[\s>]/i, 'a custom element');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /shadowroot/i);
    assert.doesNotMatch(html, /<template|<style|<slot/i);
    assert.doesNotMatch(html, /\s(?:style|class|part|id)=/i);
    assert.doesNotMatch(html, /data-essay-generated/, 'the marker only the live element needs');
  });

  it('passes html-validate (html-validate:recommended) in a minimal document', async () => {
    // One rule off: `heading-level`, since a fragment starts at <h2> (the page, feed reader or
    // email that receives it has its own <h1>, the item's title).
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'heading-level': 'off' },
    });
    const report = await validator.validateString(page(fragment.stdout));
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector})`),
    );
    assert.deepEqual(problems, []);
  });

  it('writes a valid whole document with --page, the title as its one <h1>', async () => {
    const run = cli('render', '--readable', '--page', seedFile);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<!DOCTYPE html>/);
    assert.equal(run.stdout.match(/<h1[\s>]/g)?.length, 1);
    // `long-title` off: the <title> is the essay's own title, which its author wrote (this one
    // has 90 characters); the rule is advice for search results, not conformance.
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off' },
    });
    const report = await validator.validateString(run.stdout);
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)),
      [],
    );
  });

  it('reads in a reader mode: Readability keeps at least 95% of the essay', () => {
    const article = readerView(page(fragment.stdout, 'The Evolution of Sino-Russian Relationship'));
    assert.ok(article, 'Readability found an article');
    const { share, missing } = coverage(seed, article.textContent);
    assert.ok(
      share >= 0.95,
      `${(share * 100).toFixed(1)}% of the 4-grams; missing e.g. ${missing.join(' | ')}`,
    );
  });

  it("rides in an RSS item's content:encoded, its paragraphs intact", async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Essays</title><link>https://example.org/</link><description>Essays</description>
<item><title>${seed.title}</title><link>https://example.org/essay</link>
<content:encoded><![CDATA[${fragment.stdout.replaceAll(']]>', ']]]]><![CDATA[>')}]]></content:encoded>
</item></channel></rss>`;
    const feed = await new Parser().parseString(rss);
    const [item] = feed.items;
    assert.ok(item['content:encoded'], 'the item has its content');
    const text = collapse(item['content:encoded'].replace(/<[^>]+>/g, ''))
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&amp;/g, '&');
    for (const paragraph of paragraphs) assert.ok(text.includes(collapse(paragraph)), paragraph.slice(0, 60));
  });

  it('refuses options that only a live rendering takes', () => {
    const run = cli('render', '--readable', '--cdn', 'https://example.org/', seedFile);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--readable does not take --cdn/);
  });

  it('is named in --help', () => {
    assert.match(cli('--help').stdout, /--readable/);
  });
});

describe('essay-widgets render --markdown', () => {
  const markdown = cli('render', '--markdown', seedFile);
  const temp = mkdtempSync(join(tmpdir(), 'essay-widgets-markdown-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

  /** The HTML a Markdown site makes of `text`, with HTML let through or not. */
  const converted = (text, html) => new MarkdownIt({ html }).render(text);
  /** What a reader of that HTML gets. */
  const shown = (text, html) => new JSDOM(converted(text, html)).window.document.body;

  it('writes the readable copy as Markdown with no HTML in it', () => {
    assert.equal(markdown.status, 0, markdown.stderr);
    assert.match(markdown.stdout, /^## The Evolution of Sino-Russian Relationship/);
    // Even where HTML is let through, nothing in it is HTML.
    assert.equal(converted(markdown.stdout, true), converted(markdown.stdout, false));
  });

  it('reads as the essay where HTML is escaped: at least 95% of it, no markup as text', () => {
    const body = shown(markdown.stdout, false);
    const { share, missing } = coverage(seed, body.textContent);
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}%; missing e.g. ${missing.join(' | ')}`);
    assert.doesNotMatch(body.textContent, /[<>]|\*\*|\]\(/);
    assert.ok(body.querySelectorAll('h2, h3').length >= 6, 'the title and the widgets’ titles are headings');
    assert.ok(body.querySelector('blockquote'), 'the quotations are quotations');
    assert.ok(body.querySelector('a[href="https://valdaiclub.com/"]'), 'the links are links');
  });

  it('keeps text that looks like HTML or Markdown as text', () => {
    const title = '<script>alert(1)</script> <img src=x onerror=alert(2)> *a* [x](javascript:alert(3))';
    const hostile = join(temp, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify({ title, body: [{ type: 'paragraph', text: '<b>bold</b> `code` # no heading' }] }),
    );
    const run = cli('render', '--markdown', hostile);
    assert.equal(run.status, 0, run.stderr);
    const body = shown(run.stdout, true);
    assert.equal(body.querySelectorAll('script, img, b, code, a, em').length, 0, run.stdout);
    assert.equal(body.querySelector('h2').textContent, title);
    assert.equal(body.querySelector('p').textContent, '<b>bold</b> `code` # no heading');
  });

  it('refuses options that only HTML takes', () => {
    for (const option of ['--page', '--readable', '--cdn=https://example.org/']) {
      const run = cli('render', '--markdown', option, seedFile);
      assert.equal(run.status, 2, option);
      assert.match(run.stderr, /--markdown does not take --/);
    }
    assert.match(cli('--help').stdout, /--markdown/);
  });
});
