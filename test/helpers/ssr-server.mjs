// The Node side of the server-rendering tests: a web-test-runner middleware that renders
// elements with `essay-widgets/ssr`, built from the current sources, for test pages.
//
//   POST /__ssr/element  { tag, data, options }  → the HTML of renderElement()
//   GET  /__ssr/page?nonce=…&policy=…&bundle=…   → a page of the test essay's widgets, server-rendered
//        served with `Content-Security-Policy: script-src 'self'; style-src 'self' 'nonce-<policy>'`
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = `${root}.tmp/ssr/index.mjs`;

/** Bundles src/ssr (packages stay imports, resolved by Node with its `node` conditions). */
async function loadRenderer() {
  await build({
    entryPoints: [`${root}src/ssr/index.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile)}?${Date.now()}`);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function page(ssr, query) {
  const essay = JSON.parse(await readFile(`${root}test/fixtures/essay.json`, 'utf8'));
  const nonce = query.get('nonce') || undefined;
  const bundle = query.get('bundle') ?? '/dist/essay-widgets.hydrate.js';
  const blocks = essay.body.filter((block) => ssr.tags.includes(block.type));
  const widgets = await Promise.all(
    blocks.map((block) => ssr.renderElement(block.type, block.data, { nonce })),
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered widgets</title>
    <script src="/test/helpers/csp-violations.js"></script>
    ${bundle ? `<script type="module" src="${bundle}"></script>` : ''}
  </head>
  <body>
    ${widgets.join('\n')}
  </body>
</html>`;
}

let loading;
/** The renderer, built once per test run. */
const renderer = () => (loading ??= loadRenderer());

/** A Koa middleware for web-test-runner's `middleware` option. */
export function ssrMiddleware() {
  return async (context, next) => {
    if (context.path === '/__ssr/element' && context.method === 'POST') {
      const { tag, data, options } = await readBody(context.req);
      try {
        context.body = await (await renderer()).renderElement(tag, data, options);
        context.type = 'html';
      } catch (error) {
        context.status = 500;
        context.body = String(error?.stack ?? error);
      }
    } else if (context.path === '/__ssr/page') {
      const policy = context.URL.searchParams.get('policy');
      if (policy)
        context.set('Content-Security-Policy', `script-src 'self'; style-src 'self' 'nonce-${policy}'`);
      context.type = 'html';
      context.body = await page(await renderer(), context.URL.searchParams);
    } else {
      return next();
    }
  };
}
