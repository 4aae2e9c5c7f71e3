// The Essay block in the real block editor (test/wordpress/site.mjs, the plugin active): an
// Author logs in, adds the block, types an essay in Essay Markdown key by key, sees the widget
// in the editor's preview, publishes, and opens the post again. The block editor is WordPress's
// own interface, the same in every engine; it runs in Chromium here, and plugin.test.mjs checks
// what readers see of a block in Chromium, Firefox and WebKit.
/* global wp */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer';
import { CHROMIUM_PATH, chromiumFlags, required } from '../../scripts/engines.mjs';
import { startSite } from './site.mjs';

/** What the Author types, key by key: front matter, a paragraph and a pull quote. */
const TYPED = [
  '---',
  'title: Typed in the block editor',
  '---',
  '',
  'A first paragraph, with *emphasis*.',
  '',
  '```pull-quote',
  'text: My most intimate friend.',
  'speaker: { name: Xi Jinping }',
  '```',
].join('\n');

const SOURCE = '.essay-widgets-block__source textarea';

let site;
let browser;
let page;
/** What the test saw, for the figures. */
const seen = {};

/** Runs in the editor: the Essay block's attributes and validity, or `null` if there is none. */
const essayBlock = () => {
  const block = wp.data
    .select('core/block-editor')
    .getBlocks()
    .find((each) => each.name === 'essay-widgets/essay');
  return block ? { ...block.attributes, isValid: block.isValid } : null;
};

/** Runs in the editor: the text of the preview's essay (its shadow DOM, widgets and all). */
const previewText = () => {
  const text = (root) =>
    [...root.childNodes]
      .map((node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent;
        if (node.nodeType !== Node.ELEMENT_NODE || ['style', 'script'].includes(node.localName)) return '';
        return text(node.shadowRoot ?? node);
      })
      .join(' ');
  const essay = document.querySelector('.essay-widgets-block__preview essay-article');
  return essay ? text(essay).replace(/\s+/g, ' ') : '';
};

/** Resolves with what `pageFunction` returns once `ok` of it holds, polling for up to 30 s. */
async function until(pageFunction, ok, what) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await page.evaluate(pageFunction);
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}; last seen: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens the block editor at `path` and waits for it, with its welcome guide closed. */
async function openEditor(path) {
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      window.wp?.blocks?.getBlockType('essay-widgets/essay') &&
      wp.data.select('core/editor').getCurrentPostId(),
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
      wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    }
  });
}

before(async () => {
  site = await startSite();
  await site.activatePlugin();
  browser = await puppeteer.launch({
    executablePath: required(CHROMIUM_PATH),
    headless: true,
    args: chromiumFlags,
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  seen.errors = errors;
  // A "leave this page?" question means the editor held edits it had not saved.
  seen.dialogs = [];
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(`${dialog.type()} on ${page.url()}`);
    await dialog.accept();
  });

  const { user, password } = site.login('author');
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);

  await openEditor('/wp-admin/post-new.php');
  await page.evaluate(() => {
    wp.data.dispatch('core/editor').editPost({ title: 'Typed in the block editor' });
    wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('essay-widgets/essay'));
  });
  await page.waitForSelector(SOURCE);
  await page.click(SOURCE);
  await page.keyboard.type(TYPED);
  seen.typed = await page.$eval(SOURCE, (textarea) => textarea.value);
  seen.focused = await page.evaluate((selector) => document.activeElement?.matches(selector), SOURCE);
  seen.preview = await until(previewText, (text) => /My most intimate friend/.test(text), 'no preview');
  seen.block = await until(essayBlock, (block) => block?.copy, 'no readable copy in the block');

  await page.evaluate(async () => {
    wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    await wp.data.dispatch('core/editor').savePost();
  });
  seen.id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
  seen.saved = await site.rest('author', `/wp/v2/posts/${seen.id}?context=edit`);

  seen.dirty = await page.evaluate(() => wp.data.select('core/editor').isEditedPostDirty());
  await openEditor(`/wp-admin/post.php?post=${seen.id}&action=edit`);
  seen.reopened = await until(essayBlock, Boolean, 'no Essay block in the saved post');
  await page.evaluate(() => {
    const block = wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((each) => each.name === 'essay-widgets/essay');
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  await page.waitForSelector(SOURCE);
  seen.reopenedSource = await page.$eval(SOURCE, (textarea) => textarea.value);
  // The editor writes the copy again once the preview has rendered: give it time to, then see
  // that the post is still as saved.
  await until(previewText, (text) => /My most intimate friend/.test(text), 'no preview of the saved post');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  seen.reopenedDirty = await page.evaluate(() => wp.data.select('core/editor').isEditedPostDirty());

  await page.goto(seen.saved.link, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('essay-article'), { timeout: 30_000 });
  await page.waitForFunction(
    () =>
      document.querySelector('essay-article')?.shadowRoot?.querySelector('pull-quote')?.shadowRoot
        ?.textContent,
    { timeout: 30_000 },
  );
  seen.read = await page.evaluate(() => ({
    title: document.querySelector('essay-article').shadowRoot.textContent,
    quote: document.querySelector('essay-article').shadowRoot.querySelector('pull-quote').shadowRoot
      .textContent,
  }));
  console.log(
    'editor:',
    JSON.stringify({ ...seen, saved: undefined, content: seen.saved.content.raw.length }),
  );
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

describe('the Essay block in the block editor, as an Author', () => {
  it('keeps every key typed, and the focus, as the essay becomes valid mid-way', () => {
    assert.equal(seen.typed, TYPED);
    assert.equal(seen.focused, true, 'the source lost the focus while the Author typed');
  });

  it('previews the widget as readers will see it', () => {
    assert.match(seen.preview, /Typed in the block editor/);
    assert.match(seen.preview, /A first paragraph, with\s*emphasis\s*\./);
    assert.match(seen.preview, /My most intimate friend\./);
    assert.match(seen.preview, /Xi Jinping/);
  });

  it('stores the data, the source and the readable copy', () => {
    const data = JSON.parse(seen.block.data);
    assert.equal(data.title, 'Typed in the block editor');
    assert.deepEqual(data.body[1], {
      type: 'pull-quote',
      data: { text: 'My most intimate friend.', speaker: { name: 'Xi Jinping' } },
    });
    assert.equal(JSON.parse(seen.block.source), TYPED);
    assert.match(seen.block.copy, /My most intimate friend\./);
    // The linked data is the reader's page's, which the element writes there.
    assert.doesNotMatch(seen.block.copy, /<script|wp-admin/);
    assert.match(seen.saved.content.raw, /^<!-- wp:essay-widgets\/essay /);
  });

  it('opens again as a valid block, with the text as typed', () => {
    assert.equal(seen.reopened.isValid, true, 'the block editor found the saved block invalid');
    assert.equal(seen.reopenedSource, TYPED);
    assert.equal(seen.reopenedDirty, false, 'opening the saved post changed it');
  });

  it('publishes a post whose readers get the widget, with nothing thrown in the editor', () => {
    assert.match(seen.read.title, /Typed in the block editor/);
    assert.match(seen.read.quote, /My most intimate friend\./);
    assert.deepEqual(seen.errors, []);
    // Opening the saved post changed nothing in it, so leaving it asks nothing.
    assert.deepEqual(seen.dialogs, []);
  });
});
