// Time and peak memory of reading and rendering essays as they grow: import (Essay Markdown),
// validate (JSON data) and render over essays of 10 KB, 100 KB and 1 MB built by repeating the
// blocks of examples/sino-russian-relations.json; then Markdown with deeply nested lists and
// with thousands of [[term]] marks, as it grows 10× and 100×; and hostile inputs, each refused
// at a limit (the time and memory that takes). Each figure comes from a fresh
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
    // Hostile inputs, each of one size: a 1 MB string repeated 90 times by an alias; a 21 MB
    // essay as Markdown and as data; nesting 10,000 levels deep; a list of 100,000 items in the
    // front matter; 600,000 one-line blocks.
    aliasBomb: () =>
      `---\ntitle: T\ndek: &long ${'x'.repeat(1_000_000)}\ntags: [${Array(90).fill('*long').join(', ')}]\n---\n`,
    hugeMarkdown: () => essayToMarkdown(seed).repeat(1 + Math.ceil(21_000_000 / 15_000)),
    hugeEssay: () => essayOf(21_000_000),
    deepYaml: () => `${frontMatter}\`\`\`key-points\npoints:\n  - ${'- '.repeat(10_000)}x\n\`\`\`\n`,
    deepJson: () =>
      `{"title":"Deep","body":[{"type":"key-points","data":{"points":[${'{"heading":"x","points":['.repeat(9_999)}{"heading":"x"}${']}'.repeat(9_999)}]}}]}`,
    longList: () =>
      `---\ntitle: T\ntags:\n${Array.from({ length: 100_000 }, (_, i) => `  - tag ${i}`).join('\n')}\n---\n`,
    manyBlocks: () => `${frontMatter}${'a\n\n'.repeat(600_000)}`,
    // Paragraphs of 500 [[term]] marks each.
    terms: (size) => {
      const paragraph = Array.from({ length: 500 }, (_, i) => `[[term ${i % 50}]]`).join(' ');
      return frontMatter + `${paragraph}\n\n`.repeat(Math.max(1, Math.round(size / (paragraph.length + 2))));
    },
  };
}

const importing = async (m, text) => m.markdown.parseEssayMarkdown(text);
const validating = async (m, data) => m.ssr.validateEssay(data);

/** What is measured, by name: the input it takes, and the work; hostile inputs at one size. */
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
  'hostile: alias bomb (1 MB × 90)': { input: 'aliasBomb', run: importing, hostile: true },
  'hostile: 21 MB of Markdown': { input: 'hugeMarkdown', run: importing, hostile: true },
  'hostile: 21 MB of data': { input: 'hugeEssay', run: validating, hostile: true },
  'hostile: YAML 10,000 levels deep': { input: 'deepYaml', run: importing, hostile: true },
  'hostile: JSON 10,000 levels deep': {
    input: 'deepJson',
    run: async (m, json) => m.ssr.validateEssay(JSON.parse(json)),
    hostile: true,
  },
  'hostile: a YAML list of 100,000 items': { input: 'longList', run: importing, hostile: true },
  'hostile: 600,000 blocks': { input: 'manyBlocks', run: importing, hostile: true },
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
  for (const [name, { hostile }] of Object.entries(CASES)) {
    for (const size of hostile ? [0] : [1e4, 1e5, 1e6]) {
      const result = { case: name, size, ...measure(name, size) };
      result.msPerKB = result.ms / (result.bytes / 1024);
      results.push(result);
      process.stderr.write(`${name} ${size}: ${Math.round(result.ms)} ms\n`);
    }
  }
  const growth = {};
  for (const [name, { hostile }] of Object.entries(CASES)) {
    if (hostile) continue;
    const rows = results.filter((row) => row.case === name);
    // At 100× the input over 1×, the time per byte and the memory added per byte: about 1
    // (or less, as fixed costs spread) when the growth is linear.
    growth[name] = {
      time: rows.at(-1).msPerKB / rows[0].msPerKB,
      memory: rows.at(-1).addedMB / rows.at(-1).bytes / (Math.max(rows[0].addedMB, 1) / rows[0].bytes),
    };
  }
  const grown = results.filter((row) => !CASES[row.case].hostile);
  const hostile = results.filter((row) => CASES[row.case].hostile);
  const table = [
    '| case | input | time | time per KB | memory added | peak memory (process) | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...grown.map(
      (row) =>
        `| ${row.case} | ${(row.bytes / 1024).toFixed(0)} KB | ${row.ms.toFixed(0)} ms | ${row.msPerKB.toFixed(2)} ms | ${row.addedMB.toFixed(0)} MB | ${row.peakMB.toFixed(0)} MB | ${row.ok ? 'read' : 'refused'} |`,
    ),
    '',
    '| case | time per byte at 100× over 1× | memory per byte at 100× over 1× | growth |',
    '| --- | ---: | ---: | --- |',
    ...Object.entries(growth).map(
      ([name, { time, memory }]) =>
        `| ${name} | ${time.toFixed(2)} | ${memory.toFixed(2)} | ${Math.max(time, memory) <= 1.5 ? 'at most linear' : 'more than linear'} |`,
    ),
    '',
    '| hostile input | input | time to refuse | memory added | refused within 1 s and 200 MB |',
    '| --- | ---: | ---: | ---: | --- |',
    ...hostile.map(
      (row) =>
        `| ${row.case.replace('hostile: ', '')} | ${(row.bytes / 1024).toFixed(0)} KB | ${row.ms.toFixed(0)} ms | ${row.addedMB.toFixed(0)} MB | ${!row.ok && row.ms < 1000 && row.addedMB < 200 ? 'yes' : 'no'} |`,
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
