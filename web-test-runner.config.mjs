import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactPlugin } from './test/helpers/react-plugin.mjs';
import { ssrMiddleware } from './test/helpers/ssr-server.mjs';

/** Debian's Chromium, headless; the flags keep it quiet on a machine with no network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test pages run side by side: none of them may be throttled as a background tab.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // Lets the leak tests collect garbage when they need to.
  '--js-flags=--expose-gc',
];

/** The policy of a strict news page: only its own scripts and styles, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Requests to /test-api/slow that the browser gave up before the answer, by id. */
const abandoned = new Set();

/**
 * Test endpoints for `src` faults: /test-api/status/404 answers that status,
 * /test-api/slow?ms=…&id=… answers JSON after a delay (and remembers an id whose request
 * the page aborted), /test-api/abandoned?id=… tells whether it was.
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
    const id = url.searchParams.get('id');
    let closed = false;
    ctx.req.on('close', () => (closed = !ctx.res.writableEnded));
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 500)));
    if (closed && id) abandoned.add(id);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ text: url.searchParams.get('text') ?? 'Slow words.' });
    return;
  }
  if (url.pathname === '/test-api/abandoned') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(abandoned.has(url.searchParams.get('id')));
    return;
  }
  return next();
}

/** Ends the run with one plain line, `N passed, N failed`, for whoever reads the log. */
function closingLine() {
  let passed = 0;
  let failed = 0;
  return {
    onTestRunFinished({ sessions }) {
      passed = failed = 0;
      const count = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.passed) passed++;
          else if (!test.skipped) failed++;
        }
        for (const child of suite?.suites ?? []) count(child);
      };
      for (const session of sessions) {
        count(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          failed++;
      }
    },
    stop() {
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed\n`);
    },
  };
}

export default {
  reporters: [defaultReporter(), closingLine()],
  // testApi serves `src` faults; ssrMiddleware renders elements on the server for the
  // `ssr` mode of test/helpers/render.ts.
  middleware: [testApi, ssrMiddleware()],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium gives hidden tabs no animation frames, which fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), reactPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  // Settings a test may read (FUZZ_RUNS raises the number of fuzzing cases), and Lit's
  // hydration support, which has to load before Lit, for test/helpers/render.ts's `ssr` mode.
  testRunnerHtml: (testFramework) => `<html><head>
    <script>window.__env = ${JSON.stringify({ FUZZ_RUNS: process.env.FUZZ_RUNS ?? '' })};</script>
    </head><body>
    <script type="module">import '@lit-labs/ssr-client/lit-element-hydrate-support.js';</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
};
