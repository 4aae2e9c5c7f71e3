/* global __b */
// The benchmark: headless Chromium over generated pages (bench/out/), served on 127.0.0.1.
//   npm run bench                 builds, then runs everything (BENCH_RUNS=3 runs per page)
//   BENCH_RUNS=1 node bench/bench.mjs   fewer runs, no build
// Pages are loaded in alternating order within one browser, each run in a fresh context;
// the table shows medians. Results: a Markdown table on stdout and bench/results.json.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { measure as bytes, sizes as sizeReport } from '../scripts/size.mjs';
import { chromiumFlags } from '../web-test-runner.config.mjs';
import { esc, inlineWidget, page, rich, staticEssay } from './pages.mjs';

const root = new URL('..', import.meta.url);
const here = (relative) => new URL(relative, root).pathname;
const OUT = here('bench/out/');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * Pages compared with each other (× static, time added over static) are measured side by
 * side, in turn, this many times a run: a single page load here varies by a third.
 */
const SIDE_BY_SIDE = { essay: 3, peer: 3, readable: 1 };
/** `BENCH_ONLY=readable` measures only that group's pages (and merges them into results.json). */
const ONLY = process.env.BENCH_ONLY;
const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist/';

// ---------------------------------------------------------------- data

/** test/seed.ts without its types. */
async function loadSeed() {
  const { code } = await transform(await readFile(here('test/seed.ts'), 'utf8'), {
    loader: 'ts',
    format: 'esm',
  });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
const seed = await loadSeed();
const essayPath = here('examples/sino-russian-relations.json');
const essay = existsSync(essayPath) ? JSON.parse(await readFile(essayPath, 'utf8')) : undefined;
const ssrPath = here('dist/lib/ssr/index.js');
const ssr = existsSync(ssrPath) ? await import(ssrPath) : undefined;
const hydrateBundle = existsSync(here('dist/essay-widgets.hydrate.js'))
  ? '/dist/essay-widgets.hydrate.js'
  : '/dist/essay-widgets.js';
const hasCss = existsSync(here('dist/essay-widgets.css'));
const BUNDLE = '/dist/essay-widgets.js';

/** The mix of a page of many widgets: one of each element, in turn. */
const mix = [
  ['pull-quote', seed.charapQuote],
  ['principle-list', seed.shanghaiSpirit],
  ['leader-meeting', seed.bricsMeeting],
  ['key-points', seed.characteristics],
  ['scenario-list', seed.worldOrderTransition],
  ['initiative-bridge', seed.beltAndRoadBridge],
  ['event-timeline', seed.events2018],
  ['essay-byline', seed.fengByline],
  ['editor-note', seed.valdaiDisclaimer],
];
const widgets = (n) => Array.from({ length: n }, (_, i) => mix[i % mix.length]);

// ---------------------------------------------------------------- pages

/** name → { file, group, label, ... } */
const pages = new Map();
async function addPage(name, spec, html) {
  await writeFile(OUT + name + '.html', html);
  pages.set(name, { name, url: `/bench/out/${name}.html`, ...spec });
}

/** The seed essay written by a CMS editor with the elements' natural light DOM (no JSON). */
function lightDomEssay() {
  const q = seed.charapQuote;
  const list = (items, tag) => `<${tag}>${items}</${tag}>`;
  return [
    '<p>Chinese President Xi Jinping and Russian President Vladimir Putin met again during the BRICS Summit in Johannesburg.</p>',
    `<pull-quote speaker="${esc(q.speaker.name)}" affiliation="${esc(q.speaker.affiliation)}" date="${q.date}" variant="featured">${esc(q.text)}</pull-quote>`,
    '<p>The current Sino-Russian relationship shows the following important characteristics.</p>',
    `<key-points><h3>${esc(seed.characteristics.title)}</h3>${list(
      seed.characteristics.points
        .map((p) => `<li><strong>${esc(p.heading)}</strong> ${rich(p.body)}</li>`)
        .join(''),
      'ol',
    )}</key-points>`,
    '<p>The Shanghai Spirit, as a new experiment, takes on the key task of facilitating the conjunction.</p>',
    `<principle-list advocate="Shanghai Cooperation Organization (SCO)"><h3>${esc(seed.shanghaiSpirit.title)}</h3>${list(
      seed.shanghaiSpirit.principles.map((p) => `<li><strong>${esc(p.name)}</strong></li>`).join(''),
      'ul',
    )}</principle-list>`,
    `<editor-note kind="disclaimer">${esc(seed.valdaiDisclaimer.text)}</editor-note>`,
  ].join('\n');
}

/** The timeline's events as TimelineJS data. */
function timelineJsData(data) {
  const date = (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year, ...(month && { month }), ...(day && { day }) };
  };
  return {
    title: { text: { headline: data.title } },
    events: data.events.map((e) => ({
      start_date: date(e.date),
      ...(e.endDate && { end_date: date(e.endDate) }),
      text: {
        headline: e.title,
        text: [e.location, e.body]
          .filter(Boolean)
          .map((t) => `<p>${esc(t)}</p>`)
          .join(''),
      },
    })),
  };
}

async function writePages() {
  await mkdir(OUT, { recursive: true });
  // 1. The essay.
  if (essay) {
    await writeFile(OUT + 'essay.json', JSON.stringify(essay));
    await addPage(
      'essay-static',
      { group: 'essay', label: 'static HTML (same text)' },
      page({
        title: 'static',
        mode: 'static',
        body: staticEssay(essay),
      }),
    );
    await addPage(
      'essay-client',
      { group: 'essay', label: '`<essay-article src>` (client)' },
      page({
        title: 'client',
        mode: 'client',
        script: BUNDLE,
        body: '<essay-article src="essay.json"></essay-article>',
      }),
    );
    if (ssr) {
      const fragment = await ssr.renderEssay(essay);
      await addPage(
        'essay-ssr',
        { group: 'essay', label: '`renderEssay` (server) + hydration', ssr: true },
        page({
          title: 'ssr',
          mode: 'ssr',
          script: hydrateBundle,
          body: fragment,
        }),
      );
      await addPage(
        'cls-ssr',
        { group: 'cls', label: 'server-rendered essay, bundle late' },
        page({
          title: 'cls ssr',
          mode: 'ssr',
          script: hydrateBundle,
          delay: true,
          body: fragment,
        }),
      );
    }
    await addPage(
      'cls-client',
      { group: 'cls', label: '`<essay-article src>`, bundle late' },
      page({
        title: 'cls client',
        mode: 'client',
        script: BUNDLE,
        delay: true,
        body: '<essay-article src="essay.json"></essay-article>',
      }),
    );
    if (hasCss) {
      await addPage(
        'cls-client-css',
        { group: 'cls', label: '`<essay-article src>`, bundle late, + essay-widgets.css' },
        page({
          title: 'cls client css',
          mode: 'client',
          script: BUNDLE,
          delay: true,
          css: true,
          body: '<essay-article src="essay.json"></essay-article>',
        }),
      );
    }
  }
  await addPage(
    'cls-light',
    { group: 'cls', label: 'light-DOM fallback markup, bundle late' },
    page({
      title: 'cls light',
      mode: 'client',
      script: BUNDLE,
      delay: true,
      body: lightDomEssay(),
    }),
  );
  if (hasCss) {
    await addPage(
      'cls-light-css',
      { group: 'cls', label: 'light-DOM fallback markup, bundle late, + essay-widgets.css' },
      page({
        title: 'cls light css',
        mode: 'client',
        script: BUNDLE,
        delay: true,
        css: true,
        body: lightDomEssay(),
      }),
    );
  }
  // 2. Scale.
  for (const n of [10, 100, 1000]) {
    await addPage(
      `scale-${n}`,
      { group: 'scale', label: `${n.toLocaleString('en-US')} widgets, inline JSON (client)`, n },
      page({
        title: `${n}`,
        mode: 'client',
        script: BUNDLE,
        body: widgets(n)
          .map(([tag, data]) => inlineWidget(tag, data))
          .join('\n'),
      }),
    );
  }
  // The cost of readable copies: the same 1,000 widgets settled with their copies written,
  // and with readable="off" on every element (measured side by side).
  for (const [name, attributes, label] of [
    ['readable-1000-on', '', '1,000 widgets, inline JSON, readable copies written'],
    ['readable-1000-off', ' readable="off"', '1,000 widgets, inline JSON, readable="off"'],
  ]) {
    await addPage(
      name,
      { group: 'readable', label, n: 1000 },
      page({
        title: name,
        mode: 'copies',
        script: BUNDLE,
        body: widgets(1000)
          .map(([tag, data]) => inlineWidget(tag, data, attributes))
          .join('\n'),
      }),
    );
  }
  if (hasCss) {
    await addPage(
      'scale-1000-css',
      { group: 'scale', label: '1,000 widgets, inline JSON (client), + essay-widgets.css', n: 1000 },
      page({
        title: '1000 css',
        mode: 'client',
        script: BUNDLE,
        css: true,
        body: widgets(1000)
          .map(([tag, data]) => inlineWidget(tag, data))
          .join('\n'),
      }),
    );
  }
  if (ssr) {
    const parts = [];
    for (const [tag, data] of widgets(1000)) parts.push(await ssr.renderElement(tag, data));
    await addPage(
      'scale-1000-ssr',
      { group: 'scale', label: '1,000 widgets, server-rendered + hydration', n: 1000, ssr: true },
      page({
        title: '1000 ssr',
        mode: 'ssr',
        script: hydrateBundle,
        body: parts.join('\n'),
      }),
    );
  }
  // 3. Peer: the seed's 2018 timeline.
  const events = seed.events2018;
  await addPage(
    'peer-static',
    { group: 'peer', label: 'static HTML (same events)' },
    page({
      title: 'timeline static',
      mode: 'static',
      body: `<section><h2>${esc(events.title)}</h2><ol>${events.events
        .map(
          (e) =>
            `<li><time datetime="${e.date}">${e.date}</time> <strong>${esc(e.title)}</strong>${
              e.location ? `<p>${esc(e.location)}</p>` : ''
            }${e.body ? `<p>${esc(e.body)}</p>` : ''}</li>`,
        )
        .join('')}</ol></section>`,
    }),
  );
  await addPage(
    'peer-essay',
    { group: 'peer', label: '`<event-timeline>`', bytes: 'essay-widgets.js' },
    page({
      title: 'timeline essay-widgets',
      mode: 'client',
      script: BUNDLE,
      body: inlineWidget('event-timeline', events),
    }),
  );
  await addPage(
    'peer-timelinejs',
    { group: 'peer', label: 'TimelineJS 3', bytes: 'timelinejs' },
    page({
      title: 'timeline TimelineJS',
      mode: 'custom',
      head: `<link rel="stylesheet" href="${TIMELINEJS}css/timeline.css"><script src="${TIMELINEJS}js/timeline.js"></script>`,
      body: `<div id="timeline" style="height: 600px"></div>
<script>
  const timeline = new TL.Timeline('timeline', ${JSON.stringify(timelineJsData(events))}, {
    script_path: '${TIMELINEJS}js/', language: 'en', font: null, ga_measurement_id: null, hash_bookmark: false,
  });
  timeline.on('loaded', () => __b.finish());
</script>`,
    }),
  );
}

// ---------------------------------------------------------------- measuring

async function measure(browser, base, spec) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(tab);
  await tab.goto(base + spec.url, { waitUntil: 'load' });
  const done = await tab.evaluate(() =>
    Promise.race([__b.done, new Promise((r) => setTimeout(() => r(-1), 30_000))]),
  );
  // Let late layout shifts and long-task entries arrive.
  await tab.waitForTimeout(spec.group === 'cls' ? 500 : 150);
  const probe = await tab.evaluate(() => ({
    painted: __b.painted,
    longtasks: __b.longtasks,
    cls: __b.cls,
    shifts: __b.shifts,
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  if (done < 0) throw new Error(`${spec.name}: content never settled (${errors.join('; ')})`);
  const blocking = probe.longtasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  return {
    done,
    painted: spec.ssr ? probe.painted : done,
    longtasks: probe.longtasks.length,
    longest: Math.max(0, ...probe.longtasks.map(([, d]) => d)),
    tbt: blocking,
    heap: usedSize / 2 ** 20,
    cls: probe.cls,
    shifts: probe.shifts,
    errors,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The size report of scripts/size.mjs, with the stylesheet and TimelineJS measured alike. */
async function sizes() {
  const report = await sizeReport();
  if (hasCss) report.files['essay-widgets.css'] = bytes(await readFile(here('dist/essay-widgets.css')));
  const js = await readFile(here(`${TIMELINEJS.slice(1)}js/timeline.js`));
  const css = await readFile(here(`${TIMELINEJS.slice(1)}css/timeline.css`));
  report.timelinejs = { js: bytes(js), css: bytes(css), total: bytes(Buffer.concat([js, css])) };
  return report;
}

// ---------------------------------------------------------------- run

await writePages();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  // No request may leave the machine: anything but 127.0.0.1 fails to resolve.
  args: [...chromiumFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const chromiumVersion = browser.version();
const started = Date.now();
const specs = [...pages.values()].filter((spec) => !ONLY || spec.group === ONLY);
const samples = new Map(specs.map((spec) => [spec.name, []]));
try {
  // One unrecorded pass over the small pages warms the server's file cache and the browser.
  for (const spec of specs.filter((spec) => !spec.n || spec.n < 1000)) await measure(browser, base, spec);
  for (let run = 0; run < RUNS; run++) {
    // Alternate: each run starts one page later, so no page always follows the same one.
    const order = specs.map((_, i) => specs[(i + run) % specs.length]);
    const measured = new Set();
    for (const spec of order) {
      const repeat = SIDE_BY_SIDE[spec.group];
      if (!repeat) samples.get(spec.name).push(await measure(browser, base, spec));
      else if (!measured.has(spec.group)) {
        measured.add(spec.group);
        const group = order.filter((each) => each.group === spec.group);
        for (let k = 0; k < repeat; k++)
          for (const each of group) samples.get(each.name).push(await measure(browser, base, each));
      }
    }
    process.stderr.write(`run ${run + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const results = {};
for (const spec of specs) {
  const runs = samples.get(spec.name);
  const pick = (key) => median(runs.map((r) => r[key]));
  results[spec.name] = {
    label: spec.label,
    group: spec.group,
    n: spec.n,
    runs: runs.length,
    doneMs: pick('done'),
    paintedMs: pick('painted'),
    longtasks: pick('longtasks'),
    longestTaskMs: pick('longest'),
    // Loads with any task over 50 ms: the median hides how often one happens.
    loadsWithLongTask: runs.filter((run) => run.longtasks > 0).length,
    tbtMs: pick('tbt'),
    heapMB: pick('heap'),
    cls: pick('cls'),
    clsMax: Math.max(...runs.map((r) => r.cls)),
    shifts: runs.at(-1).shifts,
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}
const size = await sizes();

/**
 * The median of a ratio between two pages over their loads made one after the other (the
 * k-th load of one with the k-th of the other, side by side): load on the machine that
 * drifts cancels out, where a ratio of two medians would carry it.
 */
const paired = (name, base, ratio) =>
  median(samples.get(name).map((load, k) => ratio(load, samples.get(base)[k], k)));
const timesStatic = (name) => paired(name, 'essay-static', (page, base) => page.painted / base.painted);
for (const name of ['essay-ssr', 'essay-client'])
  if (results[name] && results['essay-static']) results[name].paintedTimesStatic = timesStatic(name);

// Readable copies on 1,000 widgets: settled with copies over settled with readable="off".
const readableCopies = results['readable-1000-on'] &&
  results['readable-1000-off'] && {
    onMs: results['readable-1000-on'].doneMs,
    offMs: results['readable-1000-off'].doneMs,
    ratio: paired('readable-1000-on', 'readable-1000-off', (on, off) => on.done / off.done),
  };
if (readableCopies)
  console.error(
    `readable copies, 1,000 widgets: ${Math.round(readableCopies.onMs)} ms with, ${Math.round(readableCopies.offMs)} ms off: ${readableCopies.ratio.toFixed(2)}×`,
  );
if (ONLY) {
  // Only some pages measured: their figures go into the last full results.
  const last = JSON.parse(await readFile(here('bench/results.json'), 'utf8'));
  Object.assign(last.pages, results);
  if (readableCopies) last.readableCopies = readableCopies;
  await writeFile(here('bench/results.json'), JSON.stringify(last, null, 2) + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------- report

const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
const mb = (v) => `${v.toFixed(1)} MB`;
const x = (v) => `${v.toFixed(2)}×`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
/** Bytes an element adds beyond the core, or saves (an element that needs less of it). */
const signed = (v) => (v < 0 ? `−${kb(-v)}` : `+${kb(v)}`);
const lines = [];
const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);

const r = results;
lines.push(
  `Median of ${RUNS} runs per page (${RUNS * SIDE_BY_SIDE.essay} for the essay and TimelineJS pages, measured side by side), pages alternating in one Chromium (${new Date().toISOString().slice(0, 10)}).`,
  '',
);
if (r['essay-static']) {
  lines.push('**1. The seed essay**', '');
  row('page', 'content painted', '× static', 'settled (JS done)', 'long tasks', 'longest', 'TBT', 'heap');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const name of ['essay-static', 'essay-ssr', 'essay-client']) {
    const e = r[name];
    if (!e) continue;
    row(
      e.label,
      ms(e.paintedMs),
      x(timesStatic(name)),
      ms(e.doneMs),
      e.longtasks,
      ms(e.longestTaskMs),
      ms(e.tbtMs),
      mb(e.heapMB),
    );
  }
  lines.push('');
}
lines.push('**Layout shift when the bundle arrives after first paint**', '');
row('page', 'CLS (median)', 'CLS (worst run)');
row('---', '---:', '---:');
for (const e of Object.values(r).filter((e) => e.group === 'cls'))
  row(e.label, e.cls.toFixed(3), e.clsMax.toFixed(3));
lines.push('', '**2. Scale**', '');
row(
  'page',
  'content painted',
  'settled',
  'per widget',
  'long tasks',
  'TBT',
  'CLS',
  'heap',
  'heap per widget',
);
row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
const blank = r['peer-static'];
for (const e of Object.values(r).filter((e) => e.group === 'scale')) {
  row(
    e.label,
    ms(e.paintedMs),
    ms(e.doneMs),
    `${(e.doneMs / e.n).toFixed(2)} ms`,
    e.longtasks,
    ms(e.tbtMs),
    e.cls.toFixed(3),
    mb(e.heapMB),
    `${(((e.heapMB - blank.heapMB) * 1024) / e.n).toFixed(1)} KB`,
  );
}
const s10 = r['scale-10'],
  s100 = r['scale-100'],
  s1000 = r['scale-1000'];
const marginal = (a, b) => (b.doneMs - a.doneMs) / (b.n - a.n);
lines.push(
  '',
  `Marginal cost: ${marginal(s10, s100).toFixed(2)} ms per widget from 10 to 100, ${marginal(s100, s1000).toFixed(2)} ms from 100 to 1,000.`,
);
lines.push('', "**3. Against TimelineJS (the seed's four 2018 events)**", '');
const shipped = {
  'peer-static': 0,
  'peer-essay': size.files['essay-widgets.js'].gzip,
  'peer-timelinejs': size.timelinejs.js.gzip + size.timelinejs.css.gzip,
};
row(
  'page',
  'bytes (gzip JS+CSS)',
  'rendered',
  'time added over static',
  'long tasks',
  'TBT',
  'heap',
  'heap over static',
);
row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
for (const name of ['peer-static', 'peer-essay', 'peer-timelinejs']) {
  const e = r[name];
  row(
    e.label,
    shipped[name] ? kb(shipped[name]) : '0',
    ms(e.doneMs),
    ms(e.doneMs - blank.doneMs),
    e.longtasks,
    ms(e.tbtMs),
    mb(e.heapMB),
    mb(e.heapMB - blank.heapMB),
  );
}
const alone = size.elements?.['event-timeline']?.gzip;
lines.push(
  '',
  `\`<event-timeline>\` ships in the whole bundle here (every element)${alone ? `; alone with Lit it is ${kb(alone)} gzip` : ''}.`,
);
lines.push('', '**4. Size**', '');
row('file', 'minified', 'gzip', 'brotli');
row('---', '---:', '---:', '---:');
for (const [file, s] of Object.entries(size.files))
  row(`\`dist/${file}\``, kb(s.minified), kb(s.gzip), kb(s.brotli));
if (size.core)
  row(
    'shared core (Lit, base element, data, i18n)',
    kb(size.core.minified),
    kb(size.core.gzip),
    kb(size.core.brotli),
  );
for (const [tag, s] of Object.entries(size.elements ?? {})) {
  row(
    `\`<${tag}>\` alone (beyond core)`,
    ...['minified', 'gzip', 'brotli'].map((key) => `${kb(s[key])} (${signed(s.beyondCore[key])})`),
  );
}
row(
  'TimelineJS 3 `timeline.js` + `timeline.css`',
  kb(size.timelinejs.total.minified),
  kb(shipped['peer-timelinejs']),
  kb(size.timelinejs.js.brotli + size.timelinejs.css.brotli),
);

// Targets.
const targets = [];
const target = (name, value, ok) => targets.push({ target: name, value, met: ok });
if (r['essay-client'])
  target(
    'essay client-rendered ≤ 1.5× static',
    x(timesStatic('essay-client')),
    timesStatic('essay-client') <= 1.5,
  );
if (r['essay-ssr'])
  target(
    'essay server-rendered ≤ 1.2× static (content painted)',
    x(timesStatic('essay-ssr')),
    timesStatic('essay-ssr') <= 1.2,
  );
if (r['essay-client'])
  target(
    'essay first render: no task over 50 ms',
    `${ms(r['essay-client'].longestTaskMs)} (a task over 50 ms in ${r['essay-client'].loadsWithLongTask} of ${r['essay-client'].runs} loads; static HTML: ${r['essay-static']?.loadsWithLongTask} of ${r['essay-static']?.runs})`,
    r['essay-client'].longestTaskMs <= 50,
  );
target('1,000 widgets settled < 1 s', ms(s1000.doneMs), s1000.doneMs < 1000);
const growth = marginal(s100, s1000) / marginal(s10, s100);
target('cost linear (marginal ms/widget 100→1,000 within 1.5× of 10→100)', x(growth), growth <= 1.5);
if (r['cls-ssr'])
  target(
    'CLS on upgrade, server-rendered = 0.00',
    r['cls-ssr'].clsMax.toFixed(3),
    r['cls-ssr'].clsMax < 0.005,
  );
const lightCls = r['cls-light-css'] ?? r['cls-light'];
target(
  `CLS on upgrade, light-DOM fallback ≤ 0.01${r['cls-light-css'] ? ' (with essay-widgets.css)' : ''}`,
  lightCls.clsMax.toFixed(3),
  lightCls.clsMax <= 0.01,
);
const gz = size.files['essay-widgets.js'].gzip;
target('every element and Lit ≤ 16 KB gzip (budget 20 KB)', kb(gz), gz <= 16 * 1024);
if (size.elements) {
  // <essay-article> renders every other element, so it is left out.
  const [tag, worst] = Object.entries(size.elements)
    .filter(([name]) => name !== 'essay-article')
    .map(([name, s]) => [name, s.beyondCore.gzip])
    .sort((a, b) => b[1] - a[1])[0];
  target(
    'each element beyond the shared core < 1.5 KB gzip (all but `<essay-article>`)',
    `${kb(worst)} (\`<${tag}>\`)`,
    worst < 1.5 * 1024,
  );
}
const byteRatio = shipped['peer-timelinejs'] / shipped['peer-essay'];
target(
  'vs TimelineJS: ≥ 10× fewer bytes',
  `${x(byteRatio)} (whole bundle)${alone ? `, ${x(shipped['peer-timelinejs'] / alone)} (element alone)` : ''}`,
  byteRatio >= 10,
);
const timeRatio = paired('peer-timelinejs', 'peer-essay', (timelinejs, essay, k) => {
  const { done } = samples.get('peer-static')[k];
  return (timelinejs.done - done) / Math.max(1, essay.done - done);
});
target('vs TimelineJS: ≥ 5× less time added over static', x(timeRatio), timeRatio >= 5);

lines.push('', '**Targets**', '');
row('target', 'now', 'met');
row('---', '---:', ':---:');
for (const t of targets) row(t.target, t.value, t.met ? 'yes' : '**no**');

const markdown = lines.join('\n');
console.log(markdown);
const problems = Object.entries(results).filter(([, e]) => e.errors.length);
for (const [name, e] of problems) console.warn(`\n${name}: page errors: ${e.errors.join('; ')}`);
await writeFile(
  here('bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      chromium: chromiumVersion,
      pages: results,
      readableCopies,
      size,
      targets,
      markdown,
    },
    null,
    2,
  ) + '\n',
);
console.error(`\n${((Date.now() - started) / 1000).toFixed(0)} s; written to bench/results.json`);
