// What a reader sees of HTML a CMS kept: the HTML is put in a page whose template loads the built
// bundle (as a CMS theme would), served from a local server and opened in headless Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags, required, settleEssayElements } from '../../scripts/engines.mjs';
import { coverage } from '../helpers/readability.mjs';
import { ELEMENT_TAGS } from '../../dist/lib/registry.js';
import { root } from './forms.mjs';

/** The essay elements, by tag. */
export const ESSAY_TAGS = ELEMENT_TAGS;

/** A page of a theme that loads the bundle, with `content` (what the CMS kept) in its article. */
function page(content) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post</title>
<script type="module" src="/dist/essay-widgets.js"></script>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves `/dist/…` from the build and `/page/<n>` from the pages registered with `add(html)`. */
async function startServer() {
  const pages = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.startsWith('/page/')) {
      const html = pages[Number(path.slice('/page/'.length))];
      if (html !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
    } else if (path.startsWith('/dist/')) {
      const file = normalize(join(root, path));
      if (file.startsWith(join(root, 'dist'))) {
        try {
          const body = await readFile(file);
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          response.end(body);
          return;
        } catch {
          // Not found: below.
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    add(html) {
      pages.push(page(html));
      return `${origin}/page/${pages.length - 1}`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Runs in the page: what a reader sees. `text` is the visible text of the flat tree (light DOM,
 * shadow roots and what their slots show), a line per block; `widgets` the number of essay
 * elements in the light DOM that rendered (a shadow root with visible content of its own, not
 * only what its slots show, and no error part); `errors` those that show an error part;
 * `blank` those with nothing visible at all.
 */
export function look(tags) {
  const isEssay = (el) => tags.includes(el.localName);
  const visible = (el) => el.checkVisibility({ visibilityProperty: true });
  // The nodes a node shows: a host its shadow root's, a slot what is assigned to it (with
  // `slots` false, nothing: the host's own rendering only).
  const nodesOf = (node, slots) => {
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node.localName === 'slot') {
      if (!slots) return [];
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    return [...node.childNodes];
  };
  const text = (node, slots = true) => {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.parentElement && visible(node.parentElement) ? node.data : '';
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const inner = nodesOf(node, slots)
      .map((child) => text(child, slots))
      .join('');
    if (node.nodeType === Node.ELEMENT_NODE && !getComputedStyle(node).display.startsWith('inline')) {
      return `\n${inner}\n`;
    }
    return inner;
  };
  const essays = [...document.body.querySelectorAll('*')].filter(isEssay);
  const rendered = (el) =>
    Boolean(el.shadowRoot) &&
    !el.shadowRoot.querySelector('[part~="error"]') &&
    text(el, false).trim() !== '';
  return {
    text: text(document.body)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
    elements: essays.length,
    widgets: essays.filter(rendered).length,
    errors: essays.filter((el) => el.shadowRoot?.querySelector('[part~="error"]')).length,
    blank: essays.filter((el) => text(el).trim() === '').length,
  };
}

/** How long the document must go unchanged to be taken as finished. */
export const QUIET_MS = 300;

/** Runs in the page: resolves once the document has not changed for `ms` (or after 5 s). */
export function quiet(ms) {
  return new Promise((resolve) => {
    let timer;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    });
    const done = () => {
      observer.disconnect();
      clearTimeout(limit);
      resolve();
    };
    const limit = setTimeout(done, 5000);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, ms);
  });
}

/**
 * Raw data on show: a JSON key or an object's start, a CSS rule, an escaped quotation mark, or
 * markup shown as text (a tag). A CMS may have made the quotation marks curly (WordPress's
 * wptexturize does).
 */
const RAW = [/["“”][a-z]+["“”]\s*:/i, /\{\s*["“”]/, /\{[^}]*:[^}]*;/, /&quot;/, /<\/?[a-z][a-z0-9-]*[\s/>]/i];

/** The characters of the lines of `text` that show raw JSON, CSS or markup. */
export function rawCharacters(text) {
  return text
    .split('\n')
    .filter((line) => RAW.some((pattern) => pattern.test(line)))
    .reduce((sum, line) => sum + line.length, 0);
}

/**
 * A headless Chromium and a server. `reference(html)` takes a readable copy and returns the
 * lines a reader sees of it (the text to look for); `measure(html, lines)` puts `html` in a
 * page and returns what a reader sees: `widgets`, `errors`, `blank`, `elements`, `said` (the
 * warnings and errors on the console, where the elements report what went wrong), `copy` (the
 * share of the reference's word 4-grams on show, 0–1), `raw` (characters of raw JSON, CSS
 * or markup on show) and `text`.
 */
export async function openReader({ parallel = 4 } = {}) {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: required(CHROMIUM_PATH), args: chromiumFlags });
  const context = await browser.newContext();
  // Nothing leaves the machine: a pasted CDN script tag fails to load, as it would offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const idle = await Promise.all(Array.from({ length: parallel }, () => context.newPage()));
  const waiting = [];
  const take = async () => idle.pop() ?? new Promise((resolve) => waiting.push(resolve));
  const give = (tab) => {
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  };
  const view = async (html) => {
    const tab = await take();
    const said = [];
    const listen = (message) => {
      if (message.type() === 'warning' || message.type() === 'error') said.push(message.text());
    };
    tab.on('console', listen);
    try {
      await tab.goto(server.add(html), { waitUntil: 'load' });
      if ((await tab.evaluate(settleEssayElements)) < 0)
        throw new Error('the essay elements did not settle within 20 s');
      // What the elements do after they have rendered (a readable copy written or removed by
      // code they load then) is part of what the reader sees.
      await tab.evaluate(quiet, QUIET_MS);
      if ((await tab.evaluate(settleEssayElements)) < 0)
        throw new Error('the essay elements did not settle within 20 s');
      return { ...(await tab.evaluate(look, ESSAY_TAGS)), said };
    } finally {
      tab.off('console', listen);
      give(tab);
    }
  };
  return {
    async reference(html) {
      return (await view(html)).text.split('\n');
    },
    async measure(html, lines) {
      const seen = await view(html);
      return { ...seen, copy: coverage(lines, seen.text).share, raw: rawCharacters(seen.text) };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
