// Lighthouse over the demo pages, as a publisher would audit a page that carries the widgets:
// each page's Performance, Accessibility, Best practices and SEO scores, and its LCP, CLS and
// TBT, for a phone (Lighthouse's default) and a desktop (its desktop preset). The pages are
// served from this repository on 127.0.0.1: no network is needed.
//   npm run audit                                    every page on both (a few minutes)
//   npm run audit -- --page article --form mobile    a subset (--page and --form repeat)
//   npm run audit -- --runs 3                        each page 3 times, the median run kept
//   npm run audit -- --reports DIR                   also keeps Lighthouse's whole reports in DIR
// Results: a table on stdout; the same table in docs/audit.md, between its audit markers;
// the raw numbers, with every audit that did not pass, in bench/audit.json. A subset replaces
// its own rows and keeps the others.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import * as prettier from 'prettier';
import { CHROMIUM_PATH, chromiumFlags, required } from './engines.mjs';
import { serve } from './serve.mjs';

const here = (relative) => new URL(`../${relative}`, import.meta.url).pathname;
const DOC = here('docs/audit.md');
const RESULTS = here('bench/audit.json');
const START = '<!-- audit:start -->';
const END = '<!-- audit:end -->';

/** The pages, by the names `--page` takes, in the order of the table. */
const PAGES = {
  essay: { path: 'examples/index.html', label: 'The essay' },
  elements: { path: 'examples/elements.html', label: 'Each element' },
  article: { path: 'examples/cms-article.html', label: 'In an article' },
};
const FORMS = ['mobile', 'desktop'];
const CATEGORIES = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};
/**
 * Groups of audits that are not findings: the metrics (in the table) and what Lighthouse's
 * report hides (the metrics' sub-measures, and insights that repeat the diagnostics).
 */
const SKIPPED_GROUPS = new Set(['metrics', 'hidden']);
/** Audits that are not findings: they inform, do not apply, or ask for a person to check. */
const NOT_SCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

const lighthouseDir = dirname(createRequire(import.meta.url).resolve('lighthouse/package.json'));
const LIGHTHOUSE_CLI = join(lighthouseDir, 'cli/index.js');

function options() {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', multiple: true, default: Object.keys(PAGES) },
      form: { type: 'string', multiple: true, default: FORMS },
      runs: { type: 'string', default: '1' },
      reports: { type: 'string' },
    },
  });
  for (const page of values.page) {
    if (!PAGES[page]) throw new Error(`--page ${page}: known pages are ${Object.keys(PAGES).join(', ')}`);
  }
  for (const form of values.form) {
    if (!FORMS.includes(form)) throw new Error(`--form ${form}: one of ${FORMS.join(', ')}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: a whole number from 1`);
  return { ...values, runs };
}

/**
 * Runs Lighthouse's command line on `url`, writing its report to `output`. A child process:
 * the pages come from the server in this process, which must stay free to answer them.
 */
function lighthouse(url, form, output) {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=${chromiumFlags.join(' ')}`,
    `--only-categories=${Object.keys(CATEGORIES).join(',')}`,
    // Mobile is Lighthouse's default; desktop is its preset (screen, throttling, scoring).
    ...(form === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: required(CHROMIUM_PATH) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Lighthouse exited with ${code} on ${url} (${form}):\n${errors.slice(-2000)}`));
    });
  });
}

/** Chromium's full version (its user agent string only says the major one). */
async function chromiumVersion() {
  const { stdout } = await promisify(execFile)(CHROMIUM_PATH, ['--version']);
  return /\d+(\.\d+){3}/.exec(stdout)?.[0] ?? stdout.trim();
}

/** What a finding's detail row names: an element, a link, a URL, a message. */
function describeItem(item) {
  const node = item.node?.type === 'node' ? item.node : undefined;
  const described = {
    selector: node?.selector,
    snippet: node?.snippet,
    label: node?.nodeLabel,
    explanation: node?.explanation,
    href: item.href,
    text: item.text,
    url: typeof item.url === 'string' ? item.url : undefined,
    description: item.description,
    score: item.score,
    // A layout shift's likely causes, when Chromium knows them (a web font, an unsized image).
    causes: item.subItems?.items?.map((sub) => sub.cause).filter(Boolean),
  };
  return Object.fromEntries(
    Object.entries(described).filter(([, value]) => value !== undefined && value?.length !== 0),
  );
}

/** The rows of an audit's details: a table's, or those of each table in a list. */
function detailItems(details) {
  if (details?.type === 'list') return details.items.flatMap(detailItems);
  return Array.isArray(details?.items) ? details.items : [];
}

/** The audits of the four categories that did not pass, with what they point at. */
function findings(lhr) {
  const ids = new Set(
    Object.keys(CATEGORIES).flatMap((category) =>
      lhr.categories[category].auditRefs.filter((ref) => !SKIPPED_GROUPS.has(ref.group)).map((ref) => ref.id),
    ),
  );
  return [...ids]
    .map((id) => lhr.audits[id])
    .filter((audit) => !NOT_SCORED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      items: detailItems(audit.details).slice(0, 20).map(describeItem),
    }));
}

/** The numbers of one report. */
function summarize(lhr, page, form, chromium) {
  if (lhr.runtimeError) throw new Error(`${page} ${form}: ${lhr.runtimeError.message}`);
  const metric = (id) => lhr.audits[id].numericValue;
  return {
    page,
    form,
    path: PAGES[page].path,
    date: lhr.fetchTime,
    lighthouse: lhr.lighthouseVersion,
    chromium,
    throttling: lhr.configSettings.throttlingMethod,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: Object.fromEntries(Object.keys(CATEGORIES).map((id) => [id, lhr.categories[id].score])),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbtMs: metric('total-blocking-time'),
      speedIndexMs: metric('speed-index'),
    },
    // What moved, and by how much: the elements Lighthouse saw shift.
    layoutShifts: detailItems(lhr.audits['layout-shifts']?.details).map(describeItem),
    findings: findings(lhr),
    warnings: lhr.runWarnings,
  };
}

/** The table's rows, one per page and form factor, in the order of PAGES and FORMS. */
function rows(runs) {
  return runs.map((run) => [
    `${PAGES[run.page].label} (\`${run.path}\`)`,
    run.form,
    ...Object.keys(CATEGORIES).map((id) => String(Math.round(run.scores[id] * 100))),
    `${(run.metrics.lcpMs / 1000).toFixed(1)} s`,
    run.metrics.cls.toFixed(3),
    `${Math.round(run.metrics.tbtMs)} ms`,
  ]);
}

/** A Markdown table, its columns padded so that it also reads as plain text. */
function table(runs) {
  const header = ['Page', 'Form factor', ...Object.values(CATEGORIES), 'LCP', 'CLS', 'TBT'];
  const body = rows(runs);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => row[column].length)),
  );
  // Text columns align left, numbers right.
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column < 2 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** The findings as a list: each audit that did not pass, and where. */
function findingList(runs) {
  const byAudit = new Map();
  for (const run of runs) {
    for (const finding of run.findings) {
      const entry = byAudit.get(finding.id) ?? { title: finding.title, where: [] };
      entry.where.push(`${run.page} ${run.form}${finding.displayValue ? ` (${finding.displayValue})` : ''}`);
      byAudit.set(finding.id, entry);
    }
  }
  if (!byAudit.size) return 'Every audit of the four categories passes on every page.';
  return [...byAudit]
    .map(([id, { title, where }]) => `- \`${id}\`: ${title.replace(/\s+/g, ' ')}. ${where.join('; ')}.`)
    .join('\n');
}

/** The part of docs/audit.md between the markers. */
function report(runs) {
  const dates = [...new Set(runs.map((run) => run.date.slice(0, 10)))].sort();
  const distinct = (values) => [...new Set(values)].join(', ');
  const speeds = runs.map((run) => Math.round(run.benchmarkIndex));
  const repeats = distinct(runs.map((run) => run.runs ?? 1));
  return [
    `Measured ${dates.join(' to ')} with Lighthouse ${distinct(runs.map((run) => run.lighthouse))} and ` +
      `Chromium ${distinct(runs.map((run) => run.chromium))} (headless, ` +
      `\`${distinct(runs.map((run) => run.throttling))}\` throttling) on a shared 2-core machine ` +
      `(Lighthouse's benchmark index ${Math.min(...speeds)} to ${Math.max(...speeds)}), ` +
      `${repeats === '1' ? 'one run' : `the median of ${repeats} runs`} a row. ` +
      `Reproduce with \`npm run build && npm run audit${repeats === '1' ? '' : ` -- --runs ${repeats}`}\`.`,
    '',
    table(runs),
    '',
    'Audits that did not pass (page and form factor):',
    '',
    findingList(runs),
  ].join('\n');
}

/** Puts `part` between the markers of docs/audit.md, formatted as the repository formats Markdown. */
async function writeDoc(part) {
  const doc = await readFile(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} needs the markers ${START} and ${END}`);
  const text = `${doc.slice(0, start + START.length)}\n\n${part}\n\n${doc.slice(end)}`;
  await writeFile(DOC, await format(text, DOC));
}

async function format(text, file) {
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
}

/** The runs already in bench/audit.json, for a subset to keep the rows it does not run. */
async function previousRuns() {
  try {
    return JSON.parse(await readFile(RESULTS, 'utf8')).runs;
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

/** Of several runs of one page, the one whose Performance score is the median (the lower one of two). */
function median(runs) {
  const sorted = runs.toSorted((a, b) => a.scores.performance - b.scores.performance);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.length };
}

const order = (run) => Object.keys(PAGES).indexOf(run.page) * FORMS.length + FORMS.indexOf(run.form);

const { page: pages, form: forms, runs: repeat, reports } = options();
if (!existsSync(here('dist/essay-widgets.js')))
  throw new Error('dist/essay-widgets.js is missing: npm run build first');
const chromium = await chromiumVersion();
// Served as a host serves an article: the page revalidated, the files it loads cached for long,
// as a CDN serves a versioned bundle. (The repository's server says no-store, for development,
// and that alone keeps a page out of the back/forward cache.) It does not compress: Lighthouse's
// text compression finding is about this server, not the pages.
const server = await serve({
  headers: (path) => ({
    'cache-control': /(\/|\.html)$/.test(path) ? 'no-cache' : 'public, max-age=31536000, immutable',
  }),
});
const temp = await mkdtemp(join(tmpdir(), 'essay-widgets-audit-'));
if (reports) await mkdir(reports, { recursive: true });
const fresh = [];
try {
  for (const page of pages) {
    for (const form of forms) {
      const url = `http://127.0.0.1:${server.address().port}/${PAGES[page].path}`;
      const repeated = [];
      for (let run = 1; run <= repeat; run++) {
        const output = join(reports ?? temp, `${page}-${form}${repeat > 1 ? `-${run}` : ''}.json`);
        const started = Date.now();
        process.stderr.write(`${page} ${form}${repeat > 1 ? ` (${run} of ${repeat})` : ''}: ${url} … `);
        await lighthouse(url, form, output);
        repeated.push(summarize(JSON.parse(await readFile(output, 'utf8')), page, form, chromium));
        process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      }
      fresh.push(median(repeated));
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
  await rm(temp, { recursive: true, force: true });
}

const isFresh = (run) => fresh.some((each) => each.page === run.page && each.form === run.form);
const runs = [...(await previousRuns()).filter((run) => !isFresh(run)), ...fresh].sort(
  (a, b) => order(a) - order(b),
);
console.log(`\n${table(runs)}\n\n${findingList(runs)}`);
await writeFile(RESULTS, await format(JSON.stringify({ runs }, null, 2), RESULTS));
await writeDoc(report(runs));
console.error(`\nwritten to docs/audit.md and bench/audit.json`);
