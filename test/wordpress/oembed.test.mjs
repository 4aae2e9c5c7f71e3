// The embed page for iframes and oEmbed (`render --embed -o <folder>/ --url …`) in a real
// WordPress (test/wordpress/site.mjs), with no plugin: an Author pastes the page's address into
// an Embed block; WordPress finds the oEmbed file through the page's discovery link, keeps the
// link and the iframe (sandboxed, as it frames every site it does not know), and its embed
// script sizes the frame by the height the page tells. The page and its files are served by a
// static server of their own, the bundle sent with `Access-Control-Allow-Origin: *` as a CDN
// sends it, since the sandboxed page has an opaque origin.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { promisify } from 'node:util';
import { chosenEngines, openEngine } from '../../scripts/engines.mjs';
import { startSite } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
const MU_PLUGIN = '/var/lib/wordpress/wp-content/mu-plugins/essay-widgets-test-oembed.php';

/** Serves `/dist/…` from the build (with CORS, as a CDN) and `/embed/…` from `folder`. */
async function startStatic(folder) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const [base, rest] = path.startsWith('/dist/')
      ? [join(root, 'dist'), path.slice('/dist/'.length)]
      : path.startsWith('/embed/')
        ? [folder, path.slice('/embed/'.length) || 'index.html']
        : [];
    const file = base && normalize(join(base, rest.endsWith('/') || !rest ? `${rest}index.html` : rest));
    const body = file?.startsWith(base) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Runs in the WordPress page: the embed's frame and link as WordPress's embed script left them. */
function embedState() {
  const frame = document.querySelector('iframe.wp-embedded-content');
  const link = document.querySelector('blockquote.wp-embedded-content');
  return {
    frame: Boolean(frame),
    sandbox: frame?.getAttribute('sandbox'),
    src: frame?.getAttribute('src'),
    // WordPress hides the frame (clipped) until its page speaks, then sets `height`.
    clipped: Boolean(frame?.style.clip),
    height: Number(frame?.getAttribute('height')),
    shown: frame ? frame.getBoundingClientRect().height : 0,
    linkHidden: link ? getComputedStyle(link).display === 'none' : undefined,
    said: window.essayWidgetsConsole ?? ['the console recorder did not run'],
  };
}

let site;
let server;
let folder;
let post;
/** The address the embed page is published at. */
let pageUrl;
const results = {};

before(async () => {
  const started = performance.now();
  folder = await mkdtemp(join(tmpdir(), 'essay-widgets-oembed-'));
  server = await startStatic(folder);
  const origin = `http://127.0.0.1:${server.address().port}`;
  pageUrl = `${origin}/embed/`;
  await run(
    process.execPath,
    [
      join(root, 'dist/lib/cli/index.js'),
      'render',
      '--embed',
      'examples/sino-russian-relations.json',
      '-o',
      `${folder}/`,
      '--url',
      pageUrl,
      '--cdn',
      `${origin}/dist/`,
    ],
    { cwd: root },
  );

  site = await startSite();
  // WordPress fetches only from ports 80, 443 and 8080 (and its own); the static server, which
  // stands for the publisher's host, is on another port of this machine.
  await mkdir('/var/lib/wordpress/wp-content/mu-plugins', { recursive: true });
  await writeFile(
    MU_PLUGIN,
    `<?php
// The test's static host (test/wordpress/oembed.test.mjs) is on port ${server.address().port}.
add_filter( 'http_allowed_safe_ports', function ( $ports ) {
	$ports[] = ${server.address().port};
	return $ports;
} );
`,
  );
  // As the block editor saves an Embed block with the address pasted in it.
  post = await site.post({
    role: 'author',
    title: 'An embedded essay',
    content: `<!-- wp:embed {"url":"${pageUrl}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${pageUrl}\n</div></figure>\n<!-- /wp:embed -->`,
  });
  for (const engine of chosenEngines()) {
    const browser = await openEngine(engine);
    try {
      await browser.open(post.link, 1280, 900);
      const deadline = Date.now() + 30_000;
      let state;
      do {
        await new Promise((resolve) => setTimeout(resolve, 250));
        state = await browser.evaluate(embedState);
      } while ((!state.frame || state.clipped || state.height < 1000) && Date.now() < deadline);
      results[engine] = state;
    } finally {
      await browser.close();
    }
  }
  console.log(
    `oEmbed in WordPress: ${JSON.stringify(results)} (${Math.round((performance.now() - started) / 1000)} s)`,
  );
});

after(async () => {
  await rm(MU_PLUGIN, { force: true });
  await site?.stop();
  server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("the embed page's address in WordPress's Embed block, an Author's post, no plugin", () => {
  it('is embedded from its oEmbed file: the link, and the page in a sandboxed frame', () => {
    for (const [engine, state] of Object.entries(results)) {
      assert.ok(state.frame, `${engine}: no embedded frame`);
      assert.equal(state.sandbox, 'allow-scripts', engine);
      assert.match(state.src, new RegExp(`^${pageUrl}#\\?secret=[A-Za-z0-9]+$`), engine);
    }
  });

  it("is shown and sized by WordPress's embed script from the height the page tells: the essay fills WordPress's largest frame", () => {
    for (const [engine, state] of Object.entries(results)) {
      const where = `${engine}: ${JSON.stringify(state)}`;
      assert.equal(state.clipped, false, where);
      assert.equal(state.linkHidden, true, where);
      // WordPress keeps frames between 200 and 1,000 pixels: the essay is taller than that.
      assert.equal(state.height, 1000, where);
      assert.ok(Math.abs(state.shown - 1000) <= 2, where);
      assert.deepEqual(state.said, [], where);
    }
  });
});
