import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PassThrough } from 'node:stream';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactPlugin } from './test/helpers/react-plugin.mjs';
import { readabilityPlugin } from './test/helpers/readability.mjs';
import { ssrMiddleware } from './test/helpers/ssr-server.mjs';
import { launchers } from './test/helpers/engines.mjs';

export { chromiumFlags } from './scripts/engines.mjs';

/** The policy of a strict news page: only its own scripts and styles, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Requests to /test-api/slow that the browser gave up before the answer, by id. */
const abandoned = new Set();
/** How many requests to /test-api/slow each id has had. */
const requests = new Map();

/**
 * Test endpoints for `src` faults: /test-api/status/404 answers that status,
 * /test-api/slow?ms=…&id=… answers JSON after a delay (`{ text }`, or with `&example=name` the
 * file examples/name.json; and remembers an id whose request
 * the page aborted), /test-api/abandoned?id=… tells whether it was, and
 * /test-api/requests?id=… how many requests with that id came.
 */
async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/test/pages/csp/')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!url.pathname.startsWith('/test-api/')) return next();
  const status = url.pathname.match(/^\/test-api\/status\/(\d+)$/);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'failure';
    return;
  }
  if (url.pathname === '/test-api/slow') {
    // The headers go at once and the body after the delay, so that a page that gives up
    // must close the connection (a response half read cannot be reused): the server sees
    // that in every engine, where a request still waiting for its headers may be left open.
    const id = url.searchParams.get('id');
    if (id) requests.set(id, (requests.get(id) ?? 0) + 1);
    const body = new PassThrough();
    ctx.type = 'application/json';
    // Each request is answered afresh, as a page's data would be while it changes.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished && id) abandoned.add(id);
    });
    const example = url.searchParams.get('example');
    const answer =
      example && /^[\w-]+$/.test(example)
        ? readFileSync(`examples/${example}.json`, 'utf8')
        : JSON.stringify({ text: url.searchParams.get('text') ?? 'Slow words.' });
    setTimeout(() => body.end(answer), Number(url.searchParams.get('ms') ?? 500));
    return;
  }
  // The built CDN files byte for byte (the dev server rewrites the JavaScript it serves, which a
  // page checking a file's integrity would rightly refuse), with what they load from beside them.
  // Any origin may load them, as from a CDN: a sandboxed frame's page has an opaque one.
  const built = url.pathname.match(/^\/test-api\/dist\/((?:locales\/)?[\w.-]+\.js)$/);
  if (built) {
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = readFileSync(`dist/${built[1]}`);
    return;
  }
  // The embed page of an example essay, written by the built CLI (`render --embed -o <folder>/`)
  // in a process of its own, loading the built files above. (Rendered in this process, its
  // elements would be the ones the server-rendering middleware finds registered.)
  const embedPage = url.pathname.match(/^\/test-api\/embed-page\/([\w-]+)\.html$/);
  if (embedPage) {
    const folder = mkdtempSync(join(tmpdir(), 'embed-page-'));
    try {
      await promisify(execFile)('node', [
        'dist/lib/cli/index.js',
        'render',
        `examples/${embedPage[1]}.json`,
        '--embed',
        '-o',
        `${folder}/`,
        '--url',
        `${url.origin}/test-api/embed-page/${embedPage[1]}.html`,
        '--cdn',
        '/test-api/dist/',
      ]);
      ctx.type = 'html';
      ctx.body = readFileSync(join(folder, `${embedPage[1]}.html`), 'utf8');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return;
  }
  if (url.pathname === '/test-api/requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests.get(url.searchParams.get('id')) ?? 0);
    return;
  }
  if (url.pathname === '/test-api/abandoned') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(abandoned.has(url.searchParams.get('id')));
    return;
  }
  return next();
}

/**
 * Ends the run with a line per engine and one plain line, `N passed, N failed`, for whoever
 * reads the log. A test file that could not run at all counts as one failure.
 */
function closingLine() {
  let byEngine = new Map();
  return {
    onTestRunFinished({ sessions }) {
      byEngine = new Map();
      for (const session of sessions) {
        const counts = byEngine.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        byEngine.set(session.browser.name, counts);
        const count = (suite) => {
          for (const test of suite?.tests ?? []) {
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
          }
          for (const child of suite?.suites ?? []) count(child);
        };
        count(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          counts.failed++;
      }
    },
    stop() {
      const total = { passed: 0, failed: 0 };
      let lines = '\n';
      for (const [engine, counts] of byEngine) {
        total.passed += counts.passed;
        total.failed += counts.failed;
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        lines += `${engine}: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`;
      }
      process.stdout.write(`${lines}browser: ${total.passed} passed, ${total.failed} failed\n`);
    },
  };
}

/**
 * A module of src asked for at run time by its built name (`/src/locales/de.js`, as the library
 * imports a locale) is served from its TypeScript source, as the imports written in the sources are.
 */
function sourceModules(ctx, next) {
  const { pathname } = new URL(ctx.url, 'http://localhost');
  const source = pathname.replace(/\.js$/, '.ts');
  if (pathname.startsWith('/src/') && source !== pathname && existsSync(`.${source}`)) ctx.url = source;
  return next();
}

export default {
  reporters: [defaultReporter(), closingLine()],
  // testApi serves `src` faults; ssrMiddleware renders elements on the server for the
  // `ssr` mode of test/helpers/render.ts.
  middleware: [sourceModules, testApi, ssrMiddleware()],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium gives hidden tabs no animation frames, which fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    reactPlugin(),
    readabilityPlugin(),
  ],
  // Chromium, Firefox and WebKit, or those named in ENGINES (test/helpers/engines.mjs).
  browsers: await launchers(),
  testFramework: { config: { timeout: 10_000 } },
  // Settings a test may read (FUZZ_RUNS raises the number of fuzzing cases), and Lit's
  // hydration support, which has to load before Lit, for test/helpers/render.ts's `ssr` mode.
  testRunnerHtml: (testFramework) => `<html><head>
    <script>window.__env = ${JSON.stringify({ FUZZ_RUNS: process.env.FUZZ_RUNS ?? '' })};</script>
    </head><body>
    <script type="module">import '@lit-labs/ssr-client/lit-element-hydrate-support.js';</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
};
