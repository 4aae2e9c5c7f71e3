// The Node side of the server-rendering tests: a web-test-runner middleware that renders
// elements with `essay-widgets/ssr` for test pages.
//
//   POST /__ssr/element  { tag, data, options }  → the HTML of renderElement(), rendered with
//        the current sources, as the tests' own elements are
//   GET  /__ssr/page?nonce=…&policy=…&bundle=…   → a page of the test essay's widgets rendered
//        with the built package (dist/lib), as the CDN bundles it loads were built; with
//        `policy`, served with `Content-Security-Policy: script-src 'self'; style-src 'self' 'nonce-<policy>'`
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
// At the depth of src/core/i18n/i18n.ts below src/, so that the locales are where the library
// looks for them: `../../locales/` from the bundle.
const outfile = `${root}.tmp/ssr/core/i18n/index.mjs`;

/**
 * Bundles src/ssr (packages stay imports, resolved by Node with its `node` conditions), with the
 * locales where the library looks for them.
 */
async function loadRenderer() {
  await build({
    entryPoints: [`${root}src/locales/*.ts`],
    outdir: `${root}.tmp/ssr/locales`,
    format: 'esm',
    logLevel: 'warning',
  });
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

/** The page of `/__ssr/page`, from test/helpers/ssr-page.mjs in a process of its own. */
async function page(query) {
  const options = {
    nonce: query.get('nonce') || undefined,
    bundle: query.get('bundle') ?? '/dist/essay-widgets.hydrate.js',
  };
  const { stdout } = await run(process.execPath, [
    `${root}test/helpers/ssr-page.mjs`,
    JSON.stringify(options),
  ]);
  return stdout;
}

let loading;
/** The renderer of the current sources, built once per test run. */
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
      context.body = await page(context.URL.searchParams);
    } else {
      return next();
    }
  };
}
