// A small static file server for the demo (npm start) and for scripts that drive a
// browser over real pages. No dependencies; serves files under the repository only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files below `root`. `headers(path)` may add response headers (a test
 * page's Content-Security-Policy, say).
 */
export function serve({
  root = fileURLToPath(new URL('..', import.meta.url)),
  port = 0,
  headers = () => ({}),
} = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The studio is built into dist/studio/ and loads the library from one folder up
    // (../essay-widgets.js): /studio/ sends the browser there, so that those paths hold.
    const studio = url.pathname.match(/^\/studio(\/.*)?$/);
    if (studio) {
      response.writeHead(302, { location: `/dist/studio${studio[1] ?? '/'}${url.search}` }).end();
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) return void response.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      // Text goes compressed to a browser that asks for it, as from any CDN.
      const gzip =
        /^(text|application\/json|image\/svg)/.test(type) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(url.pathname),
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve({ port: Number(process.env.PORT ?? 8000) });
  const origin = `http://localhost:${server.address().port}`;
  console.log(`Demo: ${origin}/examples/`);
  console.log(`Studio: ${origin}/studio/`);
}
