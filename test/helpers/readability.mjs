// What a reader mode makes of a page: Firefox's Readability (@mozilla/readability) over jsdom,
// in Node, and how much of an essay's text it kept, counted in word 4-grams. Used by the CLI's
// tests (test/node/readable-cli.test.mjs) and, through the `readability` server command
// below, by the browser tests (test/readers.test.ts) on the live page's HTML.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Readability's article for a whole page's HTML, or `null` when it finds none. */
export function readerView(html, url = 'http://localhost/') {
  const { window } = new JSDOM(html, { url });
  try {
    return new Readability(window.document).parse();
  } finally {
    window.close();
  }
}

/** RichText (`*em*`, `**strong**`, `[label](url)`, `[[term]]`) as the words a reader sees. */
function richTextWords(text) {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1');
}

/** The words of `text`, lower case, punctuation and markup dropped. */
function words(text) {
  return (
    richTextWords(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function grams(list) {
  const out = [];
  for (let i = 0; i + 4 <= list.length; i++) out.push(list.slice(i, i + 4).join(' '));
  return out;
}

/** Every string in `data` (titles, deks, paragraphs, every widget's text), each on its own. */
function strings(data) {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(strings);
  if (data && typeof data === 'object') return Object.values(data).flatMap(strings);
  return [];
}

/** An address, which a reader follows rather than reads. */
const isAddress = (text) => /^(?:https?:|mailto:|\/|#)\S*$/.test(text);

/** The distinct word 4-grams of each of `data`'s strings (none across two strings), addresses aside. */
export function dataGrams(data) {
  return new Set(
    strings(data)
      .filter((each) => !isAddress(each))
      .flatMap((each) => grams(words(each))),
  );
}

/**
 * The share (0–1) of `data`'s 4-grams found in `text`, and up to ten that were not.
 */
export function coverage(data, text) {
  const wanted = dataGrams(data);
  const found = new Set(grams(words(text)));
  const missing = [...wanted].filter((gram) => !found.has(gram));
  return {
    share: wanted.size ? 1 - missing.length / wanted.size : 1,
    total: wanted.size,
    missing: missing.slice(0, 10),
  };
}

/**
 * A web-test-runner plugin with the server command `readability`, for
 * `executeServerCommand('readability', { html, data?, dataFile? })`: Readability's title,
 * content and text of the page `html`, and, given an essay (`data`, or `dataFile` relative to
 * the project), the share of its 4-grams in that text.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function readabilityPlugin() {
  return {
    name: 'readability',
    async executeCommand({ command, payload }) {
      if (command !== 'readability') return undefined;
      const article = readerView(payload.html);
      const data = payload.dataFile
        ? JSON.parse(await readFile(`${root}${payload.dataFile.replace(/^\//, '')}`, 'utf8'))
        : payload.data;
      return {
        found: !!article,
        title: article?.title ?? '',
        content: article?.content ?? '',
        textContent: article?.textContent ?? '',
        coverage: data === undefined ? undefined : coverage(data, article?.textContent ?? ''),
      };
    },
  };
}
