// Prints a page of the test essay's widgets, each rendered on its own by the built package
// (dist/lib/ssr), for the CDN bundles built alongside it. Run in a process of its own:
// elements register once per process, so the test server's renderer of the sources would
// otherwise render in their place.
//   node test/helpers/ssr-page.mjs '{"nonce":"…","bundle":"/dist/essay-widgets.hydrate.js"}'
import { readFile } from 'node:fs/promises';
import { renderElement, tags } from '../../dist/lib/ssr/index.js';

const { nonce, bundle } = JSON.parse(process.argv[2] ?? '{}');
const essay = JSON.parse(await readFile(new URL('../fixtures/essay.json', import.meta.url), 'utf8'));
const blocks = essay.body.filter((block) => tags.includes(block.type));
const widgets = await Promise.all(blocks.map((block) => renderElement(block.type, block.data, { nonce })));

process.stdout.write(`<!doctype html>
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
</html>
`);
