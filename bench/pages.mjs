// The pages the benchmark loads, written into bench/out/ (served with the repository, so
// `/dist/…` and `/node_modules/…` resolve). Every page carries the same probe: long tasks,
// layout shifts, and the moment its content is rendered and painted.

// The package's tags, from its registry as built (the benchmark runs after a build).
import { scriptJson } from '../dist/lib/core/data/script-json.js';
import { tags as TAGS } from '../dist/lib/ssr/index.js';

/** Escapes text for HTML. */
export const esc = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RichText as plain HTML: *em*, **strong**, [label](url), [[term]]; everything else literal. */
export function rich(text = '') {
  return esc(text)
    .replace(/\[\[([^\]]+)\]\]/g, '<dfn>$1</dfn>')
    .replace(/\[([^\]]+)\]\(((?:https?:|mailto:)[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

const HEADINGS = new Set(['title', 'name', 'heading', 'question', 'occasion', 'term']);
const DATES = new Set(['date', 'endDate', 'published', 'updated']);

/** Any block's data as plain semantic HTML: the same text, no styling, no script. */
export function plain(value, key = '', level = 3) {
  if (value == null) return '';
  if (typeof value === 'string') {
    if (DATES.has(key)) return `<time datetime="${esc(value)}">${esc(value)}</time> `;
    if (HEADINGS.has(key)) return `<h${level}>${rich(value)}</h${level}>`;
    return `<p>${rich(value)}</p>`;
  }
  if (Array.isArray(value)) {
    return `<ul>${value.map((item) => `<li>${plain(item, key, Math.min(level + 1, 6))}</li>`).join('')}</ul>`;
  }
  if (typeof value === 'object') {
    // Headings first, as a reader expects them.
    const entries = Object.entries(value).sort(([a], [b]) => HEADINGS.has(b) - HEADINGS.has(a));
    return entries.map(([k, v]) => plain(v, k, level)).join('');
  }
  return `<p>${esc(value)}</p>`;
}

/** The whole essay as static HTML: the physical limit of what a page can show. */
export function staticEssay(essay) {
  const out = [`<article lang="${esc(essay.lang ?? 'en')}">`, `<h1>${esc(essay.title)}</h1>`];
  if (essay.dek) out.push(`<p class="dek">${rich(essay.dek)}</p>`);
  if (essay.byline) out.push(`<div class="byline">${plain(essay.byline)}</div>`);
  for (const block of essay.body) {
    if (block.type === 'paragraph') out.push(`<p>${rich(block.text)}</p>`);
    else if (block.type === 'heading') out.push(`<h2>${esc(block.text)}</h2>`);
    else out.push(`<section class="${block.type}">${plain(block.data)}</section>`);
  }
  if (essay.notes) out.push(`<footer>${plain(essay.notes)}</footer>`);
  if (essay.glossary) {
    out.push(
      `<section><h2>Glossary</h2><dl>${essay.glossary
        .map((entry) => `<dt>${esc(entry.term)}</dt><dd>${rich(entry.definition)}</dd>`)
        .join('')}</dl></section>`,
    );
  }
  out.push('</article>');
  return out.join('\n');
}

/**
 * The probe, first thing in <head>. `__b.done` resolves with the time (ms since navigation)
 * of the first frame painted after all content is in place:
 * - `static`: the page's own HTML, parsed (`painted`: its first contentful paint);
 * - `client`: every custom element on the page (shadow roots included) defined, rendered,
 *   none of them still loading;
 * - `ssr`: `painted` is the first contentful paint, the server's HTML on screen; `done`
 *   waits for hydration too;
 * - `copies`: as `client`, and every element's readable copy written (none with readable="off");
 * - `custom`: the page calls `__b.finish()` itself (TimelineJS).
 */
const PROBE = `
window.__b = (() => {
  const b = { longtasks: [], shifts: [], cls: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      b.shifts.push([Math.round(e.startTime), e.value, e.sources?.map((s) => s.node?.nodeName ?? '?').join(' ')]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // The package's elements, in the page and in their shadow roots (they nest only each
  // other). A selector of their tags: visiting every element from script would add a tenth to
  // the time measured on a page of 1,000 widgets.
  const customs = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll(${JSON.stringify(TAGS.join())})) {
        found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  const loading = (el) => el.shadowRoot?.querySelector(':scope > [part=status][role=status]');
  // With \`copies\`, also every element's readable copy written (but where readable="off").
  const uncopied = () => [...document.querySelectorAll(${JSON.stringify(TAGS.join())})].some(
    (el) => el.getAttribute('readable') !== 'off' && !el.querySelector(':scope > [data-essay-generated]:not(script)'),
  );
  b.settle = async (copies) => {
    for (;;) {
      const els = customs();
      await Promise.all([...new Set(els.map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
      await Promise.all(els.map((el) => el.updateComplete));
      const again = customs();
      if (again.length === els.length && !again.some(loading) && again.every((el) => !el.isUpdatePending) && !(copies && uncopied())) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    await frame();
    return performance.now();
  };
  let finish;
  b.done = new Promise((r) => (finish = r));
  b.finish = async () => { await frame(); finish(performance.now()); };
  // The first contentful paint: for a static or server-rendered page, all of its content.
  const fcp = new Promise((r) =>
    new PerformanceObserver((list) => {
      const e = list.getEntriesByName('first-contentful-paint')[0];
      if (e) r(e.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );
  b.start = (mode) => {
    b.parsedAt = performance.now();
    const painted = (mode === 'static' || mode === 'ssr' ? fcp : frame().then(() => performance.now())).then(
      (t) => (b.painted = t),
    );
    if (mode === 'static') painted.then(finish);
    else if (mode === 'client' || mode === 'ssr' || mode === 'copies') b.settle(mode === 'copies').then(finish);
  };
  b.inject = (src) => {
    // After the first paint: the bundle arrives late, as on a slow connection.
    frame().then(frame).then(() => setTimeout(() => {
      const s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      document.head.append(s);
    }, 100));
  };
  return b;
})();
`;

/** The page around the content: a masthead above, more of the site below, like an article page. */
export function page({ title, body, mode, head = '', css = false, script, delay = false, after = '' }) {
  const load = !script
    ? ''
    : delay
      ? `<script>__b.inject(${JSON.stringify(script)})</script>`
      : `<script type="module" src="${script}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<script>${PROBE}</script>
<style>
  body { margin: 0 auto; max-inline-size: 44rem; padding: 1rem 1.25rem 4rem;
    font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; color: #1d1b19; background: #fdfcfa; }
  .masthead { border-block-end: 1px solid #ccc; margin-block-end: 1rem; font: 600 0.9rem/1.4 sans-serif; }
</style>
${css ? '<link rel="stylesheet" href="/dist/essay-widgets.css">' : ''}
${load}
${head}
</head>
<body>
<header class="masthead"><p>The Daily Example · World · Analysis</p></header>
<main>
${body}
</main>
<footer><p>More from World: related reading, the newsletter, the comments.</p>${after}</footer>
<script>__b.start(${JSON.stringify(mode)})</script>
</body>
</html>
`;
}

/** A widget as a CMS writes it: the tag with its data as inline JSON. */
export const inlineWidget = (tag, data, attributes = '') =>
  `<${tag}${attributes}><script type="application/json">${scriptJson(data)}</script></${tag}>`;
