// The page `essay-widgets render --page` writes for the seed essay, opened in Chromium: with JavaScript off
// its widgets are painted from Declarative Shadow DOM; with it on, the bundle (served in
// place of the CDN, and checked against its integrity value) hydrates them without an
// error and without rendering them again.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { elements } = await import('../../dist/lib/index.js');
const selector = Object.keys(elements).join(', ');
const temp = mkdtempSync(join(tmpdir(), 'essay-widgets-page-'));
const page = join(temp, 'essay.html');

let browser;

before(async () => {
  execFileSync(
    process.execPath,
    [
      join(root, pkg.bin['essay-widgets']),
      'render',
      'examples/sino-russian-relations.json',
      '--page',
      '-o',
      page,
    ],
    { cwd: root, stdio: 'pipe' },
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** Serves the CDN's copy of the package from dist/, as a CDN would (with CORS). */
async function serveCdn(context) {
  const cdn = `https://unpkg.com/essay-widgets@${pkg.version}/dist/`;
  await context.route(`${cdn}**`, (route) =>
    route.fulfill({
      path: join(root, 'dist', new URL(route.request().url()).pathname.split('/dist/')[1]),
      headers: {
        'content-type': route.request().url().endsWith('.css') ? 'text/css' : 'text/javascript',
        'access-control-allow-origin': '*',
      },
    }),
  );
}

/**
 * In the page: every essay element of the composed tree (nested shadow roots included),
 * as `{ el, top }`, where `top` tells an element in the document itself.
 */
function essayElements(tags) {
  const found = [];
  const walk = (root, top) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(tags)) found.push({ el, top: top && el.getRootNode() === document });
      if (el.shadowRoot) walk(el.shadowRoot, false);
    }
  };
  walk(document, true);
  return found;
}

/** Defines `essayElements` in a page. */
const helper = `window.essayElements = ${essayElements.toString()};`;

describe('a page from essay-widgets render --page', () => {
  it('shows every widget with JavaScript disabled', { timeout: 30_000 }, async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 900, height: 900 },
    });
    await serveCdn(context);
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.evaluate(helper);
    const shown = await tab.evaluate(
      (tags) =>
        window.essayElements(tags).map(({ el, top }) => ({
          tag: el.localName,
          top,
          shadow: !!el.shadowRoot && el.shadowRoot.childElementCount > 0,
          display: window.getComputedStyle(el).display,
          height: el.getBoundingClientRect().height,
        })),
      selector,
    );
    const top = shown.filter((each) => each.top);
    assert.ok(top.length >= 1, 'a widget in the page');
    for (const each of shown) assert.ok(each.shadow, `<${each.tag}> has its declarative shadow root`);
    for (const each of top) {
      assert.equal(each.display, 'block', each.tag);
      assert.ok(each.height > 20, `<${each.tag}> is painted: ${JSON.stringify(each)}`);
    }
    await tab.screenshot({ path: join(root, '.tmp/page-without-javascript.png'), fullPage: true });
    await context.close();
  });

  it('hydrates every widget without an error when JavaScript runs', { timeout: 30_000 }, async () => {
    const context = await browser.newContext();
    await serveCdn(context);
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on(
      'console',
      (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()),
    );
    tab.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    // Before the bundle runs: note every element of each server-rendered shadow root.
    await tab.addInitScript({ content: helper });
    await tab.addInitScript((tags) => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        window.serverNodes = window
          .essayElements(tags)
          .flatMap(({ el }) => [...el.shadowRoot.querySelectorAll('*')]);
      });
    }, selector);
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForLoadState('networkidle');
    const result = await tab.evaluate(async (tags) => {
      const found = window.essayElements(tags).map(({ el }) => el);
      const undefinedTags = found
        .filter((el) => !window.customElements.get(el.localName))
        .map((el) => el.localName);
      if (undefinedTags.length) return { undefinedTags };
      await Promise.all(found.map((el) => el.updateComplete));
      const after = window.essayElements(tags).map(({ el }) => el);
      return {
        count: found.length,
        added: after.length - found.length,
        replaced: window.serverNodes.filter((node) => !node.isConnected).length,
        waiting: after.filter((el) => el.hasAttribute('defer-hydration')).map((el) => el.localName),
      };
    }, selector);
    assert.deepEqual(problems, []);
    assert.equal(result.undefinedTags, undefined, 'every element is defined once the page has loaded');
    assert.ok(result.count >= 1);
    assert.equal(result.replaced, 0, 'every server-rendered node is still in place');
    assert.equal(result.added, 0, 'no element was rendered anew');
    assert.deepEqual(result.waiting, []);
    await context.close();
  });
});
