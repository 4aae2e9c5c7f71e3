// The page `essay-widgets render --page` writes, opened in Chromium: with JavaScript off
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
    [join(root, pkg.bin['essay-widgets']), 'render', 'test/fixtures/essay.json', '--page', '-o', page],
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
      headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
    }),
  );
}

describe('a page from essay-widgets render --page', () => {
  it('shows every widget with JavaScript disabled', { timeout: 30_000 }, async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 900, height: 900 },
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    const widgets = await tab.$$(selector);
    assert.ok(widgets.length >= 3, `${widgets.length} widgets`);
    for (const widget of widgets) {
      const shown = await widget.evaluate((el) => ({
        tag: el.localName,
        shadow: !!el.shadowRoot,
        display: window.getComputedStyle(el).display,
        height: el.getBoundingClientRect().height,
        heading:
          el.shadowRoot?.querySelector('h1, h2, h3, h4, blockquote')?.getBoundingClientRect().height ?? 0,
      }));
      assert.ok(shown.shadow, `${shown.tag} has its declarative shadow root`);
      assert.equal(shown.display, 'block', shown.tag);
      assert.ok(shown.height > 40 && shown.heading > 10, `${shown.tag} is painted: ${JSON.stringify(shown)}`);
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
    // Before the bundle runs: note the first element of each server-rendered shadow root.
    await tab.addInitScript((tags) => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        window.serverNodes = [...document.querySelectorAll(tags)].map((el) =>
          el.shadowRoot.querySelector('*:not(style)'),
        );
      });
    }, selector);
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForLoadState('networkidle');
    const result = await tab.evaluate(async (tags) => {
      const widgets = [...document.querySelectorAll(tags)];
      const undefinedTags = widgets
        .filter((el) => !window.customElements.get(el.localName))
        .map((el) => el.localName);
      if (undefinedTags.length) return { undefinedTags };
      await Promise.all(widgets.map((el) => el.updateComplete));
      return {
        count: widgets.length,
        kept: window.serverNodes.filter(
          (node, i) => node.isConnected && node.getRootNode() === widgets[i].shadowRoot,
        ).length,
        waiting: document.querySelectorAll('[defer-hydration]').length,
      };
    }, selector);
    assert.deepEqual(problems, []);
    assert.equal(result.undefinedTags, undefined, 'every element is defined once the page has loaded');
    assert.ok(result.count >= 3);
    assert.equal(result.kept, result.count, 'every server-rendered node is still in place');
    assert.equal(result.waiting, 0);
    await context.close();
  });
});
