// Opens every story and docs page of the static Storybook (storybook-static/, from
// `npm run build-storybook`) in Chromium, Firefox and WebKit, and fails on
// - any console error, uncaught exception or resource that could not load,
// - any `essay-widget-error` from a story that is not an error story (tagged `error`,
//   or named "Invalid…"),
// - any axe-core violation (WCAG 2.x A and AA) in a story,
// - any story that sticks out sideways on a small phone's screen (320 px wide): the page
//   scrolls sideways, or a box or a run of text, in any shadow tree, passes the screen's edge.
// One browser and one page per engine: each story is selected through Storybook's own channel,
// and what happens is recorded by the page itself (the same in every engine). The stories are
// looked at again on a page 320 px wide once they have all been checked at 1280 px.
//   node scripts/check-stories.mjs [filter]   (filter: part of a story id; ENGINES chooses engines)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chosenEngines, openEngine } from './engines.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT_MS = 10_000;
/** A small phone's screen, on which no story may scroll sideways. */
const NARROW = 320;

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
 * Runs in the page once Storybook has loaded: records which stories and docs pages render,
 * render failures, error events, console errors, uncaught exceptions, resources that fail to
 * load and `fetch`es that fail or answer an error.
 */
function instrument() {
  const check = (window.__check = {
    rendered: [],
    failed: null,
    widgetErrors: [],
    messages: [],
    failedRequests: [],
  });
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const fail = (outcome) => (detail) => {
    check.failed ??= { outcome, detail: String(detail?.message ?? detail?.title ?? '') };
  };
  channel.on('storyRendered', (id) => check.rendered.push(id));
  channel.on('docsRendered', (id) => check.rendered.push(id));
  channel.on('storyErrored', fail('errored'));
  channel.on('storyThrewException', fail('threw'));
  channel.on('storyMissing', fail('missing'));
  document.addEventListener(
    'essay-widget-error',
    (event) =>
      check.widgetErrors.push(
        `${event.detail.tag}: ${event.detail.errors[0]?.path} ${event.detail.errors[0]?.message}`,
      ),
    true,
  );
  const consoleError = console.error;
  console.error = (...args) => {
    check.messages.push(`console error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  window.addEventListener(
    'error',
    (event) => {
      const source = event.target?.src ?? event.target?.href;
      if (event.target !== window && source) check.failedRequests.push(source);
      else check.messages.push(`uncaught: ${event.message}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    check.messages.push(`uncaught: ${event.reason?.message ?? event.reason}`),
  );
  const pageFetch = window.fetch;
  check.inFlight = 0;
  window.fetch = async (...args) => {
    check.inFlight++;
    check.fetched = true;
    try {
      const response = await pageFetch(...args);
      if (!response.ok) check.failedRequests.push(`${response.url} (${response.status})`);
      return response;
    } catch (error) {
      check.failedRequests.push(`${args[0]} (${error.name})`);
      throw error;
    } finally {
      check.inFlight--;
      check.lastAnswer = performance.now();
    }
  };
}

/**
 * Runs in the page: selects a story or docs page and resolves with what it was waiting for: a
 * failure, or every id in `ids` rendered; a docs page reports itself rendered before the stories
 * on it, and waiting for the selected id keeps a late docs story from counting for the next.
 */
async function select(storyId, viewMode, ids, timeout) {
  const check = window.__check;
  Object.assign(check, {
    rendered: [],
    failed: null,
    widgetErrors: [],
    messages: [],
    failedRequests: [],
    fetched: false,
  });
  window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
  const deadline = performance.now() + timeout;
  while (!check.failed && !ids.every((id) => check.rendered.includes(id))) {
    if (performance.now() > deadline) return { outcome: 'timed out', detail: `after ${timeout} ms` };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check.failed;
}

/**
 * Runs in the page: once the story's `fetch`es have all answered, and 250 ms more if it made
 * any (a docs page mounts its stories after it reports rendered, so a `src` it fetches can
 * answer late), waits until every Lit element in the story has updated and none is loading.
 */
async function settle() {
  const check = window.__check;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = performance.now() + 5000;
  while (check.inFlight > 0 || (check.fetched && performance.now() - check.lastAnswer < 250)) {
    if (performance.now() > deadline) return false;
    await wait(25);
  }
  const all = (node) =>
    [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (;;) {
    const elements = all(document.body).filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    if (!elements.some((el) => el.hasAttribute('aria-busy'))) return true;
    if (performance.now() > deadline) return false;
    await wait(50);
  }
}

/** Runs in the page: the axe-core violations in the story's root, one line each. */
async function violations(tags) {
  const result = await window.axe.run(document.getElementById('storybook-root'), {
    runOnly: { type: 'tag', values: tags },
  });
  return result.violations.map(
    (v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join('; ')})`,
  );
}

/**
 * Runs in the page: what sticks out of the screen sideways, one line each (the first few): the
 * page scrolling sideways, then each box or run of text, at any depth of shadow trees, that
 * passes the screen's left or right edge.
 */
function horizontalOverflow() {
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide on ${width} px`);
  }
  // (A pixel's tolerance: rounding of sub-pixel layout.)
  const outside = (rect) => rect.width > 0 && (rect.left < -1 || rect.right > width + 1);
  const name = (el) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
  const visit = (root, path) => {
    for (const el of root.querySelectorAll('*')) {
      if (['script', 'style', 'template'].includes(el.localName)) continue;
      const at = `${path}${name(el)}`;
      const box = el.getBoundingClientRect();
      if (outside(box)) found.push(`${at} spans ${Math.round(box.left)} to ${Math.round(box.right)} px`);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (outside(text)) {
          found.push(
            `${at} text "${node.textContent.trim().slice(0, 30)}" spans ${Math.round(text.left)} to ${Math.round(text.right)} px`,
          );
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot, `${at} > `);
    }
  };
  visit(document.getElementById('storybook-root'), '');
  return found.slice(0, 5);
}

/** Runs in the page: adds axe-core (the checker's, not the Storybook's). */
function addAxe(source) {
  const script = document.createElement('script');
  script.textContent = source;
  document.head.append(script);
  return typeof window.axe?.run === 'function';
}

const axeSource = await readFile(axePath, 'utf8');
const server = await serve({ root });
const base = `http://127.0.0.1:${server.address().port}/`;

/** Checks every entry in `engine`; resolves with the counts. */
async function checkIn(engine) {
  let passed = 0;
  let failed = 0;
  const browser = await openEngine(engine);
  /** Opens Storybook's preview `width` px wide, instrumented. */
  const open = async (width) => {
    // No story in the address: each, the first included, is selected through the channel.
    await browser.open(`${base}iframe.html`, width, 900);
    await browser.evaluate(() => {
      const ready = () => !!window.__STORYBOOK_ADDONS_CHANNEL__?.on;
      return new Promise((resolve) => {
        const poll = () => (ready() ? resolve() : setTimeout(poll, 25));
        poll();
      });
    });
    await browser.evaluate(instrument);
  };
  const report = (entry, problems) => {
    if (problems.length) {
      failed++;
      console.log(`✗ ${engine}: ${entry.id}`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      passed++;
    }
  };
  try {
    await open(1280);
    if (!(await browser.evaluate(addAxe, axeSource))) throw new Error(`${engine}: axe-core did not load`);
    for (const entry of entries) {
      const viewMode = entry.type === 'docs' ? 'docs' : 'story';
      const problems = [];
      const awaited = [entry.id, ...(entry.type === 'docs' ? (storiesOf.get(entry.title) ?? []) : [])];
      const failure = await browser.evaluate(select, entry.id, viewMode, awaited, RENDER_TIMEOUT_MS);
      if (failure) problems.push(`did not render (${failure.outcome}): ${failure.detail}`);
      else if (!(await browser.evaluate(settle))) problems.push('still loading after 5 s');
      const { messages, failedRequests, widgetErrors } = await browser.evaluate(() => window.__check);
      problems.push(...messages);
      const errorStory = isErrorStory(entry);
      // An error story (and a docs page, which shows them all) may show a failed request: its
      // `src` answers 404. Nothing else.
      if (!(errorStory || entry.type === 'docs')) {
        problems.push(...failedRequests.map((request) => `could not load ${request}`));
      }
      if (entry.type === 'story') {
        if (!errorStory) problems.push(...widgetErrors.map((text) => `essay-widget-error: ${text}`));
        else if (!widgetErrors.length) problems.push('an error story that reported no essay-widget-error');
        problems.push(...(await browser.evaluate(violations, AXE_TAGS)));
      }
      report(entry, problems);
    }
    // Each story again on a small phone's screen, for what sticks out sideways.
    await open(NARROW);
    for (const entry of entries.filter((each) => each.type === 'story')) {
      const failure = await browser.evaluate(select, entry.id, 'story', [entry.id], RENDER_TIMEOUT_MS);
      const problems = [];
      if (failure) problems.push(`did not render (${failure.outcome}): ${failure.detail}`);
      else if (!(await browser.evaluate(settle))) problems.push('still loading after 5 s');
      else problems.push(...(await browser.evaluate(horizontalOverflow)));
      report({ id: `${entry.id} at ${NARROW} px` }, problems);
    }
  } finally {
    await browser.close();
  }
  return { passed, failed };
}

let passed = 0;
let failed = 0;
try {
  // The engines side by side: most of a check is waiting for a page.
  const engines = chosenEngines();
  const results = await Promise.all(engines.map(checkIn));
  results.forEach((counts, i) => {
    console.log(`${engines[i]}: ${counts.passed} passed, ${counts.failed} failed`);
    passed += counts.passed;
    failed += counts.failed;
  });
} finally {
  server.closeAllConnections();
  server.close();
}

console.log(`stories: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !entries.length ? 1 : 0;
