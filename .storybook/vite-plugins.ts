/** The Vite plugins that give the stories their fixtures and the element manifest. */
import { readdir, readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import * as seed from '../test/seed.js';

const examples = new URL('../examples/', import.meta.url);
const manifestFile = new URL('../dist/custom-elements.json', import.meta.url);

async function fixtures(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, value] of Object.entries(seed)) {
    if (typeof value === 'object' && value !== null)
      files.set(`${name}.json`, JSON.stringify(value, null, 2));
  }
  for (const file of await readdir(examples)) {
    if (file.endsWith('.json')) files.set(file, await readFile(new URL(file, examples), 'utf8'));
  }
  return files;
}

/**
 * Serves the story fixtures as JSON files under `data/`, for stories that load their
 * data from a `src` URL: every data export of `test/seed.ts` as `data/<export>.json`, and
 * every JSON file in `examples/` under its own name. The dev server answers them from
 * memory; the static build writes them beside `iframe.html`.
 */
export function storyData(): Plugin {
  return {
    name: 'essay-story-data',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1));
        void fixtures().then((files) => {
          const body = files.get(name);
          if (body === undefined) return next();
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(body);
        }, next);
      });
    },
    async generateBundle() {
      for (const [name, source] of await fixtures()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}

const MANIFEST_ID = 'virtual:custom-elements-manifest';

/**
 * `import manifest from 'virtual:custom-elements-manifest'`: dist/custom-elements.json,
 * written by `cem analyze` (the storybook scripts run it first). A virtual module keeps
 * the type check independent of the build output.
 */
export function customElementsManifest(): Plugin {
  return {
    name: 'essay-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
    // Not async: every module passes through `load`, and only one is answered here.
    load(id) {
      if (id !== `\0${MANIFEST_ID}`) return undefined;
      this.addWatchFile(manifestFile.pathname);
      return readFile(manifestFile, 'utf8').then((json) => `export default ${json};`);
    },
  };
}
