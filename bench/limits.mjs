// Time and peak memory of reading and rendering essays as they grow: import (Essay Markdown),
// validate (JSON data) and render over essays of 10 KB, 100 KB and 1 MB built by repeating the
// blocks of examples/sino-russian-relations.json; then Markdown with deeply nested lists and
// with thousands of [[term]] marks, as it grows 10× and 100×. Each figure comes from a fresh
// Node process (its peak resident memory is the process's own), the best of three runs.
// Prints a table and writes bench/limits.json; growth is linear when the time per byte stays
// about the same as the input grows (ratio about 1).
//   npm run bench:limits          (after npm run build)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = new URL('..', import.meta.url);
const RUNS = 3;

/** The inputs, by name: `make(size)` gives the input of about `size` bytes. */
async function inputs() {
  const { essayToMarkdown } = await import('../dist/lib/markdown/index.js');
  const seed = JSON.parse(readFileSync(new URL('examples/sino-russian-relations.json', root), 'utf8'));
  const blockSizes = seed.body.map((block) => JSON.stringify(block).length + 1);
  /** The seed essay with its blocks repeated, in order, until its JSON is about `size` bytes. */
  const essayOf = (size) => {
    const body = [];
    let bytes = JSON.stringify({ ...seed, body: [] }).length;
    for (let i = 0; bytes < size; i++) {
      body.push(seed.body[i % seed.body.length]);
      bytes += blockSizes[i % seed.body.length];
    }
    return { ...seed, body };
  };
  const frontMatter = '---\ntitle: Growth\n---\n\n';
  return {
    essay: essayOf,
    markdown: (size) => essayToMarkdown(essayOf(size)),
    // Lists nested 1 to 30 levels deep, again and again (not Essay Markdown: refused at the first).
    nestedLists: (size) => {
      const lines = [];
      for (let bytes = 0, i = 0; bytes < size; i++) {
        const line = `${'  '.repeat(i % 30)}- item ${i}`;
        lines.push(line);
        bytes += line.length + 1;
      }
      return `${frontMatter}${lines.join('\n')}\n`;
    },
    // Paragraphs of 500 [[term]] marks each.
    terms: (size) => {
      const paragraph = Array.from({ length: 500 }, (_, i) => `[[term ${i % 50}]]`).join(' ');
      return frontMatter + `${paragraph}\n\n`.repeat(Math.max(1, Math.round(size / (paragraph.length + 2))));
    },
  };
}

/** What is measured, by name: the input it takes, and the work. */
const CASES = {
  import: { input: 'markdown', run: async (m, text) => m.markdown.parseEssayMarkdown(text) },
  validate: { input: 'essay', run: async (m, data) => m.ssr.validateEssay(data) },
  render: { input: 'essay', run: async (m, data) => m.ssr.renderEssay(data) },
  'import, nested lists': {
    input: 'nestedLists',
    run: async (m, text) => m.markdown.parseEssayMarkdown(text),
  },
  'import, [[term]] marks': { input: 'terms', run: async (m, text) => m.markdown.parseEssayMarkdown(text) },
  'render, [[term]] marks': {
    input: 'terms',
    run: async (m, text) => m.ssr.renderEssay(m.markdown.parseEssayMarkdown(text).value),
  },
};

/** In a child process: one measure of one case at one size. */
async function measureOnce(name, size) {
  const { input, run } = CASES[name];
  const value = (await inputs())[input](size);
  const bytes = Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
  const modules = {
    markdown: await import('../dist/lib/markdown/index.js'),
    ssr: await import('../dist/lib/ssr/index.js'),
  };
  // A first small run loads the modules and locales, as a server that has already started.
  await run(modules, (await inputs())[input](2000)).catch(() => undefined);
  const before = process.resourceUsage().maxRSS;
  const start = performance.now();
  const result = await run(modules, value);
  const ms = performance.now() - start;
  const ok = typeof result === 'string' || result.ok === true;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ bytes, ms, peakMB, addedMB: (peakMB * 1024 - before) / 1024, ok }));
}

function measure(name, size) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, [here, '--measure', name, String(size)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${name} ${size}: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  return runs.toSorted((a, b) => a.ms - b.ms)[0];
}

async function main() {
  const results = [];
  const sizes = { import: [1e4, 1e5, 1e6], validate: [1e4, 1e5, 1e6], render: [1e4, 1e5, 1e6] };
  for (const name of Object.keys(CASES)) {
    for (const size of sizes[name] ?? [1e4, 1e5, 1e6]) {
      const result = { case: name, size, ...measure(name, size) };
      result.msPerKB = result.ms / (result.bytes / 1024);
      results.push(result);
      process.stderr.write(`${name} ${size}: ${Math.round(result.ms)} ms\n`);
    }
  }
  const growth = {};
  for (const name of Object.keys(CASES)) {
    const rows = results.filter((row) => row.case === name);
    // The time per byte at 100× the input over that at 1×: about 1 when the growth is linear.
    growth[name] = rows.at(-1).msPerKB / rows[0].msPerKB;
  }
  const table = [
    '| case | input | time | time per KB | peak memory (process) | result |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (row) =>
        `| ${row.case} | ${(row.bytes / 1024).toFixed(0)} KB | ${row.ms.toFixed(0)} ms | ${row.msPerKB.toFixed(2)} ms | ${row.peakMB.toFixed(0)} MB | ${row.ok ? 'read' : 'refused'} |`,
    ),
    '',
    '| case | time per byte at 100× over 1× | growth |',
    '| --- | ---: | --- |',
    ...Object.entries(growth).map(
      ([name, ratio]) =>
        `| ${name} | ${ratio.toFixed(2)} | ${ratio <= 1.5 ? 'at most linear' : 'more than linear'} |`,
    ),
  ].join('\n');
  process.stdout.write(`${table}\n`);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(
    new URL('bench/limits.json', root),
    `${JSON.stringify({ machine, results, growth }, null, 2)}\n`,
  );
}

if (process.argv[2] === '--measure') await measureOnce(process.argv[3], Number(process.argv[4]));
else await main();
