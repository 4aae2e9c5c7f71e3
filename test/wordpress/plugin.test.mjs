// The WordPress plugin (wordpress/essay-widgets) on a real WordPress (test/wordpress/site.mjs):
// an Author and an Administrator post the seed essay with the Essay block and as the embed
// code in a Custom HTML block, through the REST API; a Contributor submits the block, which an
// Administrator publishes; an Author uses the classic editor's shortcode, with the JSON and with
// its address. With the plugin active, each page shows the full widget in Chromium, Firefox and
// WebKit, with the bundle from the site (the plugin's copy) and nothing on the console, and the
// feed carries the essay's text (but a shortcode's, which has no readable copy); with the
// plugin inactive, readers get the readable copy, never raw data.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { chosenEngines, openEngine, settleEssayElements } from '../../scripts/engines.mjs';
import { ESSAY_TAGS, QUIET_MS, look, openReader, quiet, rawCharacters } from '../cms/reader.mjs';
import { coverage } from '../helpers/readability.mjs';
import { startSite } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ESSAY = join(root, 'examples/sino-russian-relations.json');
const started = performance.now();
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;

/** The embed code of `file` (`render --embed`): the bundle's script tag and the element. */
async function embedCode(file) {
  const { stdout } = await promisify(execFile)(
    'node',
    [join(root, 'dist/lib/cli/index.js'), 'render', file, '--embed'],
    { maxBuffer: 1 << 26 },
  );
  return stdout;
}

/** The element's data (its `data-json`, as written) and its readable copy, from an embed code. */
function embedParts(code) {
  const match = /<essay-article data-json="([^"]*)">\n([\s\S]*)\n<\/essay-article>/.exec(code);
  assert.ok(match, `not an embed code: ${code.slice(0, 200)}`);
  // The JSON's `<`, `>` and `&` are JSON escapes already; only `"` is a character reference.
  return { data: match[1].replace(/&quot;/g, '"'), copy: match[2] };
}

/**
 * The Essay block as the studio gives it for the plugin (studio/embed.ts, bundled here as the
 * studio's build bundles it): as the block editor saves it, the data and the source in its
 * comment, the readable copy inside.
 */
const { wordpressBlock } = await import(
  `data:text/javascript;base64,${Buffer.from(
    (
      await build({
        entryPoints: [join(root, 'studio/embed.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'warning',
      })
    ).outputFiles[0].text,
  ).toString('base64')}`
);

/** The Essay block holding `data` (an object), `copy` and `source` (the text it was read from). */
const essayBlock = ({ data, copy, source }) => wordpressBlock(data, copy, source);

const customHtml = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

/**
 * A shortcode has no readable copy (only the library writes one), so its post carries no essay
 * text in the feed, and without the plugin WordPress shows it as written (docs/wordpress.md).
 */
const isShortcode = (name) => name.includes('shortcode');

/** Runs in a page: what it said on its console (see test/wordpress/console.php). */
const consoleOf = () => window.essayWidgetsConsole ?? ['the console recorder did not run'];

const engines = chosenEngines();
let site;
/** Post name → `{ id, link, html }`. */
const posts = {};
/** What a reader sees of the essay's readable copy, a line per block. */
let reference;
/** `active` or `inactive` → engine → post name → what a reader sees. */
const seen = { active: {}, inactive: {} };
/** Post name → the share of the essay's 4-grams in its feed item. */
const feed = {};
/** The essay with `<`, `&` and quotation marks in its title, and what WordPress kept of it. */
const tricky = {};
const timing = {};

/** What a reader of `link` sees in `engine`; `upgrade`: wait for the elements to render. */
async function view(engine, link, upgrade) {
  await engine.open(link, 1200);
  if (upgrade) assert.ok((await engine.evaluate(settleEssayElements)) >= 0, `${link}: did not settle`);
  await engine.evaluate(quiet, QUIET_MS);
  if (upgrade) assert.ok((await engine.evaluate(settleEssayElements)) >= 0, `${link}: did not settle`);
  const { text, ...figures } = await engine.evaluate(look, ESSAY_TAGS);
  return {
    ...figures,
    copy: coverage(reference, text).share,
    raw: rawCharacters(text),
    said: await engine.evaluate(consoleOf),
    text,
  };
}

/** The text of the feed item of `link` (its full content), as a feed reader shows it. */
function feedItemText(feedXml, link) {
  const { document } = new JSDOM(feedXml, { contentType: 'text/xml' }).window;
  const item = [...document.querySelectorAll('item')].find(
    (each) => each.querySelector('link')?.textContent === link,
  );
  assert.ok(item, `${link} is not in the feed`);
  const content = item.getElementsByTagName('content:encoded')[0]?.textContent ?? '';
  // A line break after each block, as a reader shows them.
  const html = content.replace(
    /<\/(p|h[1-6]|li|blockquote|div|header|footer|section|article|aside|figure|figcaption|dd|dt|tr)>/gi,
    '$&\n',
  );
  return new JSDOM(`<body>${html}</body>`).window.document.body.textContent;
}

before(async () => {
  let since = performance.now();
  const code = await embedCode(ESSAY);
  const parts = embedParts(code);
  const essay = JSON.parse(await readFile(ESSAY, 'utf8'));
  tricky.title = `Less < more & "quoted" 'single'`;
  tricky.copy = parts.copy;
  tricky.data = { ...essay, title: tricky.title };
  const [started_, reader] = await Promise.all([startSite(), openReader({ parallel: 1 })]);
  site = started_;
  reference = await reader.reference(parts.copy);
  await reader.close();
  timing.start = seconds(since);

  since = performance.now();
  // An Author's embed code saved while the plugin is inactive: kses as WordPress comes.
  posts['author, Custom HTML, saved without the plugin'] = await site.post({
    role: 'author',
    content: customHtml(code),
  });
  await site.activatePlugin();
  for (const role of ['author', 'administrator']) {
    posts[`${role}, Essay block`] = await site.post({
      role,
      content: essayBlock({ data: JSON.parse(parts.data), copy: parts.copy }),
    });
    posts[`${role}, Custom HTML`] = await site.post({ role, content: customHtml(code) });
  }
  // A Contributor's block, published by an Administrator as it was submitted.
  posts['contributor, Essay block'] = await site.post({
    role: 'contributor',
    content: essayBlock({ data: JSON.parse(parts.data), copy: parts.copy }),
  });
  // The classic editor's shortcode: the JSON in the post (its `<`, `>` and `&` as JSON escapes,
  // as the docs ask), and the JSON's address.
  posts['author, shortcode with JSON'] = await site.post({
    role: 'author',
    content: `<p>Before the essay.</p>\n[essay_widgets]\n${parts.data}\n[/essay_widgets]\n<p>After it.</p>`,
  });
  const address = await site.upload('essay.json', await readFile(ESSAY, 'utf8'));
  posts['author, shortcode with src'] = await site.post({
    role: 'author',
    content: `[essay_widgets src="${address}"]`,
  });
  posts['author, Essay block, < & "'] = await site.post({
    role: 'author',
    content: essayBlock({
      data: tricky.data,
      copy: parts.copy,
      source: '# Less < more & "quoted"',
    }),
  });
  const raw = await site.rest(
    'author',
    `/wp/v2/posts/${posts['author, Essay block, < & "'].id}?context=edit`,
  );
  tricky.stored = raw.content.raw;
  await Promise.all(
    Object.values(posts).map(async (post) => {
      post.html = await (await fetch(post.link)).text();
    }),
  );
  const feedXml = await (await fetch(`${site.url}/feed/`)).text();
  for (const [name, post] of Object.entries(posts)) {
    if (isShortcode(name)) continue;
    feed[name] = coverage(reference, feedItemText(feedXml, post.link)).share;
  }
  timing.posts = seconds(since);

  since = performance.now();
  const active = Object.entries(posts).filter(([name]) => !name.includes('without the plugin'));
  const browsers = await Promise.all(engines.map((name) => openEngine(name)));
  try {
    await Promise.all(
      browsers.map(async (browser) => {
        seen.active[browser.engine] = {};
        for (const [name, { link }] of active)
          seen.active[browser.engine][name] = await view(browser, link, true);
      }),
    );
    timing.active = seconds(since);

    since = performance.now();
    await site.deactivatePlugin();
    const chromium = browsers[engines.indexOf('chromium')] ?? browsers[0];
    seen.inactive[chromium.engine] = {};
    for (const [name, { link }] of Object.entries(posts)) {
      if (isShortcode(name)) continue;
      seen.inactive[chromium.engine][name] = await view(chromium, link, false);
    }
    timing.inactive = seconds(since);
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
  }

  // Every figure but the text (JSON leaves out what is undefined).
  const figures = (each) => JSON.stringify({ ...each, text: undefined });

  for (const [state, byEngine] of Object.entries(seen)) {
    for (const [engine, byPost] of Object.entries(byEngine)) {
      for (const [name, each] of Object.entries(byPost))
        console.log(`${state} · ${engine} · ${name}: ${figures(each)}`);
    }
  }
  console.log(`feed (share of the essay's 4-grams): ${JSON.stringify(feed)}`);
});

after(async () => {
  await site?.stop();
  timing.total = seconds(started);
  console.log(`Seconds: ${JSON.stringify(timing)}`);
});

/** A failed target's message: where, and every figure but the text. */
const where = (state, engine, name) => {
  const { text, ...rest } = seen[state][engine][name];
  return `${state} · ${engine} · ${name}: ${JSON.stringify(rest)}\n${text.slice(0, 300)}`;
};

describe('the plugin active', () => {
  for (const engine of engines) {
    it(`${engine}: every post shows the full widget, nothing raw, nothing on the console`, () => {
      for (const [name, each] of Object.entries(seen.active[engine])) {
        assert.equal(each.elements, 1, where('active', engine, name));
        assert.equal(each.widgets, 1, where('active', engine, name));
        assert.equal(each.errors, 0, where('active', engine, name));
        assert.equal(each.raw, 0, where('active', engine, name));
        assert.deepEqual(each.said, [], where('active', engine, name));
      }
    });
  }

  it('loads the bundle once, from the site, as a module pinned by its integrity value', async () => {
    const release = await readFile(join(root, 'dist/manifest.json'), 'utf8').then(JSON.parse);
    const integrity = release.files['essay-widgets.js'].integrity;
    for (const [name, { html }] of Object.entries(posts)) {
      if (name.includes('without the plugin')) continue;
      const tags = html.match(/<script\b[^>]*essay-widgets[^>]*\.js[^>]*>/g) ?? [];
      assert.deepEqual(
        tags,
        [
          `<script type="module" src="${site.url}/wp-content/plugins/essay-widgets/build/essay-widgets.js" integrity="${integrity}" crossorigin="anonymous">`,
        ],
        name,
      );
    }
  });

  it('the feed carries the essay’s text (≥ 95% of its word 4-grams) for every post but a shortcode’s', () => {
    assert.ok(Object.keys(feed).length >= 6, Object.keys(feed).join(', '));
    for (const [name, share] of Object.entries(feed)) {
      if (name.includes('without the plugin')) continue;
      assert.ok(share >= 0.95, `${name}: ${share}`);
    }
  });

  it('an Author’s block keeps its readable copy as the library wrote it, <bdi> and <time> too', () => {
    const copy = /-->\n?([\s\S]*)\n?<!-- \/wp:essay-widgets\/essay -->/.exec(tricky.stored)[1].trim();
    assert.equal(copy, tricky.copy.trim());
    assert.match(copy, /<bdi[ >]/);
    assert.match(copy, /<time datetime="\d{4}/);
  });

  it('block data with <, & and quotation marks, saved by an Author, reaches the widget unchanged', () => {
    const attributes = JSON.parse(/<!-- wp:essay-widgets\/essay (\{.*?\}) -->/.exec(tricky.stored)[1]);
    assert.deepEqual(JSON.parse(attributes.data), tricky.data);
    assert.equal(JSON.parse(attributes.source), '# Less < more & "quoted"');
    const page = posts['author, Essay block, < & "'].html;
    const dataJson = new JSDOM(page).window.document.querySelector('essay-article').getAttribute('data-json');
    assert.equal(JSON.parse(dataJson).title, tricky.title);
    for (const engine of engines) {
      const { text } = seen.active[engine]['author, Essay block, < & "'];
      assert.ok(text.includes(tricky.title), `${engine}: ${text.slice(0, 300)}`);
    }
  });
});

describe('the plugin inactive', () => {
  it('every post shows the readable copy, never raw data', () => {
    for (const [engine, byPost] of Object.entries(seen.inactive)) {
      for (const [name, each] of Object.entries(byPost)) {
        assert.ok(each.copy >= 0.95, where('inactive', engine, name));
        assert.equal(each.raw, 0, where('inactive', engine, name));
        assert.equal(each.widgets, 0, where('inactive', engine, name));
      }
    }
  });

  it('the block leaves its readable copy alone; kses strips the elements from an Author’s embed code', () => {
    for (const [engine, byPost] of Object.entries(seen.inactive)) {
      for (const name of [
        'author, Essay block',
        'administrator, Essay block',
        'author, Custom HTML, saved without the plugin',
      ]) {
        assert.equal(byPost[name].elements, 0, where('inactive', engine, name));
      }
    }
  });
});
