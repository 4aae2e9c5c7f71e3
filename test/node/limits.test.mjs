// Limits on input (docs/limits.md): hostile input stops at a limit, quickly and in little
// memory, with a message that names the limit, its path or line, and how to raise it;
// real essays pass with a wide margin.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_LIMITS,
  essayToMarkdown,
  parseEssayMarkdown,
  parseWidgetYaml,
} from '../../dist/lib/markdown/index.js';
import { renderEssay, validateEssay } from '../../dist/lib/ssr/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/lib/cli/index.js');
const essay = JSON.parse(readFileSync(join(root, 'examples/sino-russian-relations.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'essay-widgets-limits-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const RAISE = (name) => `raise it with the limits option or --limit ${name}=N`;

/** The result of `run`, and the milliseconds it took. */
function timed(run) {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** A front matter of 1 MB whose one long string an alias repeats 90 times: 90 MB once expanded. */
const aliasBomb = [
  '---',
  'title: T',
  `dek: &long ${'x'.repeat(1_000_000)}`,
  `tags: [${Array(90).fill('*long').join(', ')}]`,
  '---',
  '',
].join('\n');

/** The essay's body repeated up to about `bytes` of JSON: an essay of that size, still valid. */
function essayOf(bytes) {
  const once = JSON.stringify(essay.body).length;
  const body = Array.from({ length: Math.ceil(bytes / once) }, () => essay.body).flat();
  return { ...essay, body };
}

/** Key points nested `depth` levels, as data. */
function deepKeyPoints(depth) {
  const top = { heading: 'Level 0' };
  let point = top;
  for (let level = 1; level < depth; level++) {
    point.points = [{ heading: `Level ${level}` }];
    [point] = point.points;
  }
  return { title: 'Deep', body: [{ type: 'key-points', data: { points: [top] } }] };
}

/** The JSON of `deepKeyPoints(depth)`, written out (JSON.stringify would recurse as deep). */
const deepKeyPointsJson = (depth) =>
  `{"title":"Deep","body":[{"type":"key-points","data":{"points":[${'{"heading":"x","points":['.repeat(depth - 1)}{"heading":"x"}${']}'.repeat(depth - 1)}]}}]}`;

/** An essay of about `bytes` of JSON in paragraphs of 99,000 characters: within every limit but size. */
function essayOfParagraphs(bytes) {
  const text = 'Relations between China and Russia. '.repeat(2750);
  const body = Array.from({ length: Math.ceil(bytes / text.length) }, () => ({ type: 'paragraph', text }));
  return { title: 'Long', body };
}

/** Runs the CLI with a 200 MB heap: a run that needed more would fail with an out-of-memory crash. */
function cli(...args) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=200', bin, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name, text) {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
}

describe('limits: the defaults', () => {
  it('are 2,000,000 bytes of input, 32 levels, 10,000 items, 100,000 characters per string', () => {
    assert.deepEqual(DEFAULT_LIMITS, {
      maxInputBytes: 2_000_000,
      maxDepth: 32,
      maxItems: 10_000,
      maxStringLength: 100_000,
    });
  });

  it('let the seed essay and a 1 MB essay pass, as JSON and as Essay Markdown', () => {
    for (const data of [essay, essayOf(1_000_000)]) {
      assert.equal(validateEssay(data).ok, true);
      const markdown = essayToMarkdown(data);
      const result = parseEssayMarkdown(markdown);
      assert.equal(result.ok, true, JSON.stringify(result.errors?.slice(0, 3)));
    }
  });
});

describe('limits: hostile input stops at a limit within 1 s', () => {
  it('an alias of a long string repeated 90 times: at the alias that crosses maxInputBytes', () => {
    const { result, ms } = timed(() => parseEssayMarkdown(aliasBomb));
    assert.deepEqual(result, {
      ok: false,
      errors: [
        {
          line: 4,
          path: '',
          message: `the alias *long expands the YAML to more than 2000000 characters: over limits.maxInputBytes; ${RAISE('maxInputBytes')}`,
        },
      ],
    });
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('a 21 MB essay, as Markdown or as data: maxInputBytes', () => {
    const markdown = essayToMarkdown(essay).repeat(1 + Math.ceil(21_000_000 / 15_000));
    const { result, ms } = timed(() => parseEssayMarkdown(markdown));
    assert.deepEqual(result.errors, [
      {
        line: 1,
        path: '',
        message: `the input is larger than 2000000 bytes: over limits.maxInputBytes; ${RAISE('maxInputBytes')}`,
      },
    ]);
    assert.ok(ms < 1000, `${ms} ms`);
    const data = essayOfParagraphs(21_000_000);
    const checked = timed(() => validateEssay(data));
    assert.equal(checked.result.ok, false);
    assert.match(
      checked.result.errors[0].message,
      /^more than 2000000 characters of data: over limits\.maxInputBytes;/,
    );
    assert.ok(checked.ms < 1000, `${checked.ms} ms`);
  });

  it('nesting 10,000 levels deep, in data, in YAML and in Markdown: maxDepth with its path or line', async () => {
    const data = deepKeyPoints(10_000);
    const { result, ms } = timed(() => validateEssay(data));
    assert.equal(result.ok, false);
    const [error] = result.errors;
    // essay, body, block, data, points, point…: the 33rd level is a `points` list.
    assert.equal(error.path, `body[0].data.points[0]${'.points[0]'.repeat(13)}.points`);
    assert.equal(error.message, `nested deeper than 32 levels: over limits.maxDepth; ${RAISE('maxDepth')}`);
    assert.ok(ms < 1000, `${ms} ms`);
    await assert.rejects(renderEssay(data), {
      name: 'TypeError',
      message: new RegExp(
        `^essay-widgets: cannot render <essay-article>: ${error.path.replace(/[[\].]/g, '\\$&')}: nested deeper than 32 levels: over limits\\.maxDepth; the elements render data within the default limits only`,
      ),
    });
    for (const [yaml, line] of [
      [`points: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 8],
      [`points:\n  - ${'- '.repeat(10_000)}x`, 9],
    ]) {
      const markdown = `---\ntitle: T\n---\n\nText\n\n\`\`\`key-points\n${yaml}\n\`\`\`\n`;
      const read = timed(() => parseEssayMarkdown(markdown));
      assert.deepEqual(
        read.result.errors.map((error) => [error.line, error.path]),
        [[line, 'body[1].data']],
      );
      assert.match(read.result.errors[0].message, /^nested deeper than 32 levels: over limits\.maxDepth;/);
      assert.ok(read.ms < 1000, `${read.ms} ms`);
    }
    const list = Array.from({ length: 10_000 }, (_, level) => `${'  '.repeat(level % 40)}- x`).join('\n');
    const markdownList = timed(() => parseEssayMarkdown(`---\ntitle: T\n---\n\n${list}\n`));
    assert.equal(markdownList.result.errors[0].line, 5);
    assert.match(markdownList.result.errors[0].message, /^a list is not part of Essay Markdown/);
  });

  it('more blocks than maxItems stops before Markdown is read, at the line of the first block over it', () => {
    const { result, ms } = timed(() =>
      parseEssayMarkdown(`---\ntitle: T\n---\n\n${'a\n\n'.repeat(600_000)}`),
    );
    assert.deepEqual(result.errors, [
      {
        line: 5 + 2 * 10_000,
        path: '',
        message: `more than 10000 blocks: over limits.maxItems; ${RAISE('maxItems')}`,
      },
    ]);
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('a list of 100,000 one-line items, in the front matter, a fence or brackets: maxItems at the first item over', () => {
    const items = (indent) => Array.from({ length: 100_000 }, (_, i) => `${indent}- item ${i}`).join('\n');
    const cases = [
      [`---\ntitle: T\ntags:\n${items('  ')}\n---\n\nText\n`, 3 + 10_001, ''],
      [
        `---\ntitle: T\n---\n\nText\n\n\`\`\`key-points\npoints:\n${items('')}\n\`\`\`\n`,
        8 + 10_001,
        'body[1].data',
      ],
      [
        `---\ntitle: T\ntags: [${Array.from({ length: 100_000 }, (_, i) => `tag ${i}`).join(', ')}]\n---\n`,
        3,
        '',
      ],
    ];
    for (const [markdown, line, path] of cases) {
      assert.ok(markdown.length > 1_000_000 && markdown.length < 2_000_000);
      const { result, ms } = timed(() => parseEssayMarkdown(markdown));
      assert.deepEqual(result.errors, [
        {
          line,
          path,
          message: `a list of more than 10000 items: over limits.maxItems; ${RAISE('maxItems')}`,
        },
      ]);
      assert.ok(ms < 1000, `${ms} ms`);
    }
    const widget = timed(() => parseWidgetYaml('key-points', `points:\n${items('  ')}\n`));
    assert.deepEqual(
      widget.result.errors.map(({ line, path }) => [line, path]),
      [[10_002, '']],
    );
    assert.ok(widget.ms < 1000, `${widget.ms} ms`);
  });

  it('lists within maxItems are read, however the YAML writes them', () => {
    const points = (n) =>
      Array.from(
        { length: n },
        (_, i) => `  - heading: Point ${i}\n    text: |\n      - not an item\n      - nor this`,
      );
    const markdown = `---\ntitle: T\n---\n\n\`\`\`key-points\npoints:\n${points(10_000).join('\n')}\n\`\`\`\n`;
    assert.equal(parseEssayMarkdown(markdown).ok, true);
    const over = parseEssayMarkdown(markdown.replace('points:\n', `points:\n${points(1)[0]}\n`));
    assert.equal(over.errors[0].line, 6 + 4 * 10_000 + 1);
  });

  it('a string longer than maxStringLength, with its path and line', () => {
    const long = 'x'.repeat(100_001);
    assert.deepEqual(validateEssay({ title: long, body: [] }).errors, [
      {
        path: 'title',
        message: `longer than 100000 characters: over limits.maxStringLength; ${RAISE('maxStringLength')}`,
      },
    ]);
    const result = parseEssayMarkdown(`---\ntitle: T\n---\n\n\`\`\`pull-quote\ntext: ${long}\n\`\`\`\n`);
    assert.deepEqual(
      result.errors.map(({ line, path }) => [line, path]),
      [[6, 'body[0].data.text']],
    );
    const paragraph = parseEssayMarkdown(`---\ntitle: T\n---\n\n${long}\n`);
    assert.deepEqual(
      paragraph.errors.map(({ line, path }) => [line, path]),
      [[5, '']],
    );
    assert.match(
      paragraph.errors[0].message,
      /^a paragraph longer than 100000 characters: over limits\.maxStringLength;/,
    );
  });
});

describe('limits: raised or lowered by the limits option', () => {
  it('lets through what a raised limit allows, and refuses what a lowered one does not', () => {
    const data = deepKeyPoints(20);
    assert.equal(validateEssay(data).ok, false);
    assert.equal(validateEssay(data, { limits: { maxDepth: 64 } }).ok, true);
    assert.equal(validateEssay(essay, { limits: { maxItems: 3 } }).errors[0].path, 'body');
    const markdown = essayToMarkdown(essay);
    assert.equal(parseEssayMarkdown(markdown, { limits: { maxInputBytes: 4_000_000 } }).ok, true);
    const small = parseEssayMarkdown(markdown, { limits: { maxInputBytes: 1000 } });
    assert.match(
      small.errors[0].message,
      /^the input is larger than 1000 bytes: over limits\.maxInputBytes;/,
    );
    const bomb = parseEssayMarkdown(aliasBomb, {
      limits: { maxInputBytes: 100_000_000, maxStringLength: 1_000_000 },
    });
    assert.equal(bomb.ok, true, 'an expansion within a raised limit is read');
  });
});

describe('limits: the command line, with a 200 MB heap', () => {
  it('refuses each hostile input with one line and exit status 1, in validate, import and render', () => {
    const bomb = file('bomb.md', aliasBomb);
    const big = file('big.json', JSON.stringify(essayOfParagraphs(21_000_000)));
    const deep = file('deep.json', deepKeyPointsJson(10_000));
    const tags = Array.from({ length: 100_000 }, (_, i) => `  - tag ${i}`).join('\n');
    const long = file('long.md', `---\ntitle: T\ntags:\n${tags}\n---\n`);
    const cases = [
      [
        bomb,
        `${bomb}:4: the alias *long expands the YAML to more than 2000000 characters: over limits.maxInputBytes; ${RAISE('maxInputBytes')}`,
      ],
      [
        big,
        `${big}: the input is larger than 2000000 bytes: over limits.maxInputBytes; ${RAISE('maxInputBytes')}`,
      ],
      [
        deep,
        `${deep}: body[0].data.points[0]${'.points[0]'.repeat(13)}.points: nested deeper than 32 levels: over limits.maxDepth; ${RAISE('maxDepth')}`,
      ],
      [long, `${long}:10004: a list of more than 10000 items: over limits.maxItems; ${RAISE('maxItems')}`],
    ];
    for (const [path, line] of cases) {
      const validate = cli('validate', path);
      assert.equal(validate.status, 1, validate.stderr);
      assert.equal(validate.stdout, `${line}\n`);
      const render = cli('render', path);
      assert.equal(render.status, 1);
      assert.equal(render.stdout, '');
      assert.equal(render.stderr, `${line}\n`);
    }
    const imported = cli('import', bomb);
    assert.equal(imported.status, 1);
    assert.equal(imported.stderr, `${cases[0][1]}\n`);
  });

  it('raises a limit with --limit name=value, and explains a wrong one with exit status 2', () => {
    const deep = file('deep20.json', JSON.stringify(deepKeyPoints(20)));
    assert.equal(cli('validate', deep).status, 1);
    assert.equal(cli('validate', deep, '--limit', 'maxDepth=64').stdout, `${deep}: valid\n`);
    // The elements hold every page to the defaults: render says so rather than writing a notice.
    const render = cli('render', deep, '--limit', 'maxDepth=64');
    assert.equal(render.status, 1);
    assert.match(
      render.stderr,
      /^essay-widgets: cannot render <essay-article>: .*the elements render data within the default limits only/,
    );
    assert.equal(render.stderr.split('\n').length, 2, 'one line');
    for (const wrong of ['maxDepth', 'depth=3', 'maxDepth=0', 'maxDepth=2e3']) {
      const run = cli('validate', deep, '--limit', wrong);
      assert.equal(run.status, 2, wrong);
      assert.match(run.stderr, /^essay-widgets: --limit /);
    }
  });
});
