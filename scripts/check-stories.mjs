// Opens every story and docs page of the static Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium, and fails on
// - any console error or uncaught exception,
// - any `essay-widget-error` from a story that is not an error story (tagged `error`,
//   or named "Invalid…"),
// - any axe-core violation (WCAG 2.x A and AA) in a story.
// One browser and one page: each story is selected through Storybook's own channel.
//   node scripts/check-stories.mjs [filter]   (filter: part of a story id)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags } from '../web-test-runner.config.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT_MS = 10_000;

const filter = process.argv[2] ?? '';
const index = JSON.parse(await readFile(`${root}index.json`, 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => (entry.type === 'story' || entry.type === 'docs') && entry.id.includes(filter),
);
/** The stories an autodocs page shows, by title. */
const storiesOf = new Map();
for (const entry of Object.values(index.entries)) {
  if (entry.type !== 'story' || !entry.tags?.includes('autodocs')) continue;
  storiesOf.set(entry.title, [...(storiesOf.get(entry.title) ?? []), entry.id]);
}
const isErrorStory = (entry) => entry.tags?.includes('error') || /invalid/i.test(entry.name);

/**
 * Runs in the page before Storybook: records which stories and docs pages have rendered,
 * render failures, and error events.
 */
function instrument() {
  window.__check = { rendered: [], failed: null, widgetErrors: [] };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const fail = (outcome) => (detail) =>
        (window.__check.failed ??= { outcome, detail: String(detail?.message ?? detail?.title ?? '') });
      value.on('storyRendered', (id) => window.__check.rendered.push(id));
      value.on('docsRendered', (id) => window.__check.rendered.push(id));
      value.on('storyErrored', fail('errored'));
      value.on('storyThrewException', fail('threw'));
      value.on('storyMissing', fail('missing'));
    },
  });
  document.addEventListener(
    'essay-widget-error',
    (event) =>
      window.__check.widgetErrors.push(
        `${event.detail.tag}: ${event.detail.errors[0]?.path} ${event.detail.errors[0]?.message}`,
      ),
    true,
  );
}

/** Waits until every Lit element in the story has updated and none is still loading. */
async function settle() {
  const all = (node) =>
    [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const deadline = performance.now() + 5000;
  for (;;) {
    const elements = all(document.body).filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    if (!elements.some((el) => el.shadowRoot?.querySelector('[part="status"]'))) return true;
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const server = await serve({ root });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumFlags.filter((flag) => !flag.startsWith('--headless')),
});

let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let messages = [];
  page.on('console', (message) => {
    // The static server has no favicon; Chromium asks for one anyway.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      messages.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  // A docs page mounts its stories after it reports rendered, so a `src` it fetches can
  // answer after the next story is selected. Each entry waits for the network to go quiet.
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  const networkQuiet = async () => {
    const deadline = performance.now() + 5000;
    let quietSince = performance.now();
    while (performance.now() < deadline) {
      if (inFlight > 0) quietSince = performance.now();
      else if (performance.now() - quietSince >= 250) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  await page.addInitScript(instrument);

  let loaded = false;
  for (const entry of entries) {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const problems = [];
    messages = [];
    if (!loaded) {
      await page.goto(`${base}iframe.html?id=${entry.id}&viewMode=${viewMode}`);
      await page.addScriptTag({ path: axePath });
      loaded = true;
    } else {
      await page.evaluate(
        ([storyId, mode]) => {
          window.__check.rendered = [];
          window.__check.failed = null;
          window.__check.widgetErrors = [];
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: mode });
        },
        [entry.id, viewMode],
      );
    }
    try {
      // A docs page reports itself rendered before the stories on it; it is done when they
      // all are. Waiting for the selected id keeps a late docs story from counting for the next.
      const awaited = [entry.id, ...(entry.type === 'docs' ? (storiesOf.get(entry.title) ?? []) : [])];
      await page.waitForFunction(
        (ids) => window.__check.failed || ids.every((id) => window.__check.rendered.includes(id)),
        awaited,
        { timeout: RENDER_TIMEOUT_MS },
      );
      const failed = await page.evaluate(() => window.__check.failed);
      if (failed) problems.push(`did not render (${failed.outcome}): ${failed.detail}`);
      await networkQuiet();
      if (!(await page.evaluate(settle))) problems.push('still loading after 5 s');
    } catch (error) {
      problems.push(`did not render: ${error.message.split('\n')[0]}`);
    }

    const errorStory = isErrorStory(entry);
    // An error story (and a docs page, which shows them all) may show a failed request:
    // its `src` answers 404. Nothing else.
    const requestMayFail = errorStory || entry.type === 'docs';
    problems.push(
      ...messages.filter((text) => !(requestMayFail && text.includes('Failed to load resource'))),
    );
    if (entry.type === 'story') {
      const widgetErrors = await page.evaluate(() => window.__check.widgetErrors);
      if (!errorStory) problems.push(...widgetErrors.map((text) => `essay-widget-error: ${text}`));
      else if (!widgetErrors.length) problems.push('an error story that reported no essay-widget-error');
      const violations = await page.evaluate(
        (tags) =>
          window.axe
            .run(document.getElementById('storybook-root'), { runOnly: { type: 'tag', values: tags } })
            .then((result) =>
              result.violations.map(
                (v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join('; ')})`,
              ),
            ),
        AXE_TAGS,
      );
      problems.push(...violations);
    }

    if (problems.length) {
      failed++;
      console.log(`✗ ${entry.id}`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      passed++;
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed || !entries.length ? 1 : 0;
