// The command line, run as a user runs it: `node dist/lib/cli/index.js …` (the package's bin).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin['essay-widgets']);
const essayFile = 'test/fixtures/essay.json';
const essay = JSON.parse(readFileSync(join(root, essayFile), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'essay-widgets-cli-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the CLI from the repository root; returns its exit status and output. */
function cli(...args) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes `value` (JSON unless a string) to a file in the temporary folder. */
function file(name, value) {
  const path = join(temp, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const lines = (text) => text.trim().split('\n');

describe('essay-widgets validate', () => {
  it('says "valid" and exits 0 for a valid essay', () => {
    const run = cli('validate', essayFile);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${essayFile}: valid\n`);
  });

  it('exits 1 with one line per problem, each with its path, block by block', () => {
    const bad = structuredClone(essay);
    const at = (type) => bad.body.findIndex((block) => block.type === type);
    bad.body[at('principle-list')].data.principles[0].name = '';
    bad.body[at('leader-meeting')].data.participants = [{ name: 'Xi Jinping' }];
    bad.body.push({ type: 'sidebar', text: 'Unknown block' });
    bad.byline.published = '2018-02-30';
    const path = file('bad.json', bad);
    const run = cli('validate', path);
    assert.equal(run.status, 1);
    assert.deepEqual(
      lines(run.stdout).sort(),
      [
        `${path}: body[${at('leader-meeting')}].data.participants: expected at least 2 participants`,
        `${path}: body[${at('principle-list')}].data.principles[0].name: expected a non-empty string`,
        `${path}: body[${bad.body.length - 1}].type: expected one of "paragraph", "heading", "pull-quote", "principle-list", "leader-meeting", "key-points", "scenario-list", "initiative-bridge", "event-timeline", "editor-note"`,
        `${path}: byline.published: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD`,
      ].sort(),
    );
  });

  it('reports a top level that is not an essay without a path', () => {
    const run = cli('validate', file('text.json', '"just text"'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /text\.json: expected an object\n$/);
  });

  it('checks every file given, and fails when any fails', () => {
    const run = cli('validate', essayFile, join(temp, 'missing.json'), 'test/fixtures/broken.json');
    assert.equal(run.status, 1);
    const out = lines(run.stdout);
    assert.equal(out[0], `${essayFile}: valid`);
    assert.equal(out[1], `${join(temp, 'missing.json')}: cannot read the file: no such file`);
    assert.match(out[2], /^test\/fixtures\/broken\.json: invalid JSON: .+/);
  });

  it('says a directory is not a file', () => {
    const run = cli('validate', temp);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, `${temp}: cannot read the file: it is a directory\n`);
  });

  it('needs a file', () => {
    const run = cli('validate');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /validate needs at least one file/);
  });
});

describe('essay-widgets render', () => {
  it('stops quietly when its reader stops early (a pipe into head)', () => {
    const run = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" render ${essayFile} | head -c 20`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(run.stdout, '<essay-article lang=');
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
  });

  it('writes a fragment with Declarative Shadow DOM, inline JSON and a readable copy to stdout', () => {
    const run = cli('render', essayFile);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /<html/);
    assert.match(
      run.stdout,
      /<leader-meeting[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    // The essay carries its data once, on <essay-article>; the widgets inside hydrate from it.
    assert.match(
      run.stdout,
      /<essay-article[^>]*>\n<template shadowroot[^]*<script type="application\/json">\{"title":/,
    );
    // (Each name isolated in its own direction.)
    assert.match(
      run.stdout,
      /<h[23] dir="auto"><bdi>Xi Jinping<\/bdi> and <bdi>Vladimir Putin<\/bdi><\/h[23]>/,
    );
  });

  it('puts the nonce on every <style> with --nonce', () => {
    const run = cli('render', essayFile, '--nonce', 'Zm9vYmFy');
    assert.equal(run.status, 0, run.stderr);
    const styles = run.stdout.match(/<style[^>]*>/g);
    assert.ok(styles.length > 3);
    assert.deepEqual(new Set(styles), new Set(['<style nonce="Zm9vYmFy">']));
  });

  it('writes a whole page into a file with --page -o, loading the bundle with its integrity', () => {
    const out = join(temp, 'essay.html');
    const run = cli('render', essayFile, '--page', '-o', out, '--nonce', 'abc');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /wrote .*essay\.html/);
    const html = readFileSync(out, 'utf8');
    const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<title>The Evolution of Sino-Russian Relationship<\/title>/);
    assert.match(
      html,
      /<h1 dir="auto">The Evolution of Sino-Russian Relationship<\/h1>/,
      'the essay title is the page heading',
    );
    const script = html.match(
      /<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/,
    );
    assert.ok(script, 'the bundle script');
    assert.equal(script[1], `https://unpkg.com/essay-widgets@${pkg.version}/dist/essay-widgets.hydrate.js`);
    assert.equal(script[2], manifest.files['essay-widgets.hydrate.js'].integrity);
    assert.ok(!/<style>/.test(html), 'every style has the nonce');
  });

  it('loads the bundle from --cdn', () => {
    const run = cli('render', essayFile, '--page', '--cdn', 'https://cdn.example/ew');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /src="https:\/\/cdn\.example\/ew\/essay-widgets\.hydrate\.js"/);
  });

  it('refuses an invalid essay with its paths, and writes nothing', () => {
    const bad = structuredClone(essay);
    delete bad.title;
    const out = join(temp, 'never.html');
    const run = cli('render', file('untitled.json', bad), '-o', out);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /untitled\.json: title: expected a non-empty string/);
    assert.throws(() => readFileSync(out));
  });

  it('says which file is missing or not JSON', () => {
    let run = cli('render', join(temp, 'nowhere.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /nowhere\.json: cannot read the file: no such file/);
    run = cli('render', 'test/fixtures/not-json.txt');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /not-json\.txt: invalid JSON: /);
  });

  it('refuses a nonce that is not base64, and a second file', () => {
    let run = cli('render', essayFile, '--nonce', '"><script>');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /base64/);
    run = cli('render', essayFile, essayFile);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /render takes one essay file/);
  });
});

describe('essay-widgets usage', () => {
  it('prints the help with --help and exits 0', () => {
    const run = cli('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: essay-widgets <command>/);
    assert.match(run.stdout, /validate <file\.json\|file\.md>\.\.\./);
    assert.match(run.stdout, /render <essay\.json\|essay\.md>/);
    assert.match(run.stdout, /import <essay\.md>/);
    assert.match(run.stdout, /export <essay\.json>/);
  });

  it('prints the version', () => {
    assert.equal(cli('--version').stdout, `${pkg.version}\n`);
  });

  it('exits 2 for an unknown command, an unknown option, or none', () => {
    for (const [args, message] of [
      [['publish'], 'unknown command "publish"'],
      [['render', essayFile, '--fast'], "Unknown option '--fast'"],
      [['validate', essayFile, '--page'], 'validate does not take --page'],
      [[], 'no command given'],
    ]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(run.stderr, /Run "essay-widgets --help" for usage\./);
    }
  });
});

describe('essay-widgets with Essay Markdown', () => {
  const seedMarkdown = 'examples/sino-russian-relations.md';
  const seedJson = 'examples/sino-russian-relations.json';
  const seed = JSON.parse(readFileSync(join(root, seedJson), 'utf8'));
  /** An essay in Essay Markdown with two problems, on lines 2 and 9. */
  const badMarkdown = [
    '---',
    'title: ""',
    '---',
    '',
    '```principle-list',
    'title: The Shanghai Spirit',
    'principles:',
    '  - name: Mutual trust',
    '  - name: ""',
    '```',
    '',
  ].join('\n');
  const badProblems = (path) => [
    `${path}:2: title: expected a non-empty string`,
    `${path}:9: body[0].data.principles[1].name: expected a non-empty string`,
  ];

  it('validate reads a .md file as Essay Markdown: "valid", or each problem with its line and path', () => {
    let run = cli('validate', seedMarkdown, seedJson);
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, `${seedMarkdown}: valid\n${seedJson}: valid\n`);
    const path = file('bad.md', badMarkdown);
    run = cli('validate', path);
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), badProblems(path));
  });

  it('import writes the validated essay as JSON, indented by two spaces', () => {
    const run = cli('import', seedMarkdown);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepStrictEqual(JSON.parse(run.stdout), seed);
    assert.equal(run.stdout, `${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
  });

  it('import -o writes the JSON to a file', () => {
    const out = join(temp, 'imported.json');
    const run = cli('import', seedMarkdown, '-o', out);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^essay-widgets: wrote .*imported\.json \(\d+ KB\)\n$/);
    assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), seed);
  });

  it('import refuses an invalid essay: exit 1, each problem on stderr as file:line: path: message, nothing written', () => {
    const path = file('bad-import.md', badMarkdown);
    const out = join(temp, 'never.json');
    const run = cli('import', path, '-o', out);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.deepEqual(lines(run.stderr), badProblems(path));
    assert.throws(() => readFileSync(out));
  });

  it('export writes a valid essay as Essay Markdown, which imports back to the same essay', () => {
    const run = cli('export', seedJson);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, readFileSync(join(root, seedMarkdown), 'utf8'));
    const out = join(temp, 'exported.md');
    assert.equal(cli('export', essayFile, '-o', out).status, 0);
    const back = cli('import', out);
    assert.equal(back.status, 0, back.stderr);
    assert.deepStrictEqual(JSON.parse(back.stdout), essay);
  });

  it('export refuses an invalid essay or a file that is not JSON, with exit 1', () => {
    const bad = structuredClone(seed);
    bad.body[1].data.participants = [{ name: 'Xi Jinping' }];
    const path = file('bad-export.json', bad);
    let run = cli('export', path);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `${path}: body[1].data.participants: expected at least 2 participants\n`);
    run = cli('export', 'test/fixtures/broken.json');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^test\/fixtures\/broken\.json: invalid JSON: /);
    run = cli('export', join(temp, 'missing.json'));
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `${join(temp, 'missing.json')}: cannot read the file: no such file\n`);
  });

  it('render reads a .md file: the same HTML as for its imported JSON', () => {
    const imported = join(temp, 'seed-imported.json');
    assert.equal(cli('import', seedMarkdown, '-o', imported).status, 0);
    const fromMarkdown = cli('render', seedMarkdown);
    assert.equal(fromMarkdown.status, 0, fromMarkdown.stderr);
    assert.match(fromMarkdown.stdout, /^<essay-article lang="en">\n<template shadowroot/);
    assert.equal(fromMarkdown.stdout, cli('render', imported).stdout);
  });

  it('render refuses an invalid .md file with each problem and its line', () => {
    const path = file('bad-render.md', badMarkdown);
    const run = cli('render', path);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.deepEqual(lines(run.stderr), badProblems(path));
  });

  it('import takes one .md file and export one JSON file; neither takes render options', () => {
    for (const [args, message] of [
      [['import', seedJson], `import reads Essay Markdown (.md), not ${seedJson}`],
      [['import', seedMarkdown, seedMarkdown], 'import takes one Essay Markdown file'],
      [['import'], 'import takes one Essay Markdown file'],
      [['export', seedMarkdown], `export reads an essay's JSON, not ${seedMarkdown}`],
      [['export', seedJson, essayFile], "export takes one essay's JSON file"],
      [['import', seedMarkdown, '--page'], 'import does not take --page'],
      [['export', seedJson, '--nonce', 'abc'], 'export does not take --nonce'],
    ]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `essay-widgets: ${message}\nRun "essay-widgets --help" for usage.\n`);
    }
  });
});

describe('essay-widgets: files in and out', () => {
  const seedMarkdown = 'examples/sino-russian-relations.md';
  const seedJson = 'examples/sino-russian-relations.json';

  /** Runs the CLI with `input` on its standard input. */
  function cliWithInput(input, ...args) {
    const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('refuses -o naming the input file, by any path to it, with exit 2, and leaves the file as it was', () => {
    const source = file('source.md', readFileSync(join(root, seedMarkdown), 'utf8'));
    const link = join(temp, 'link.md');
    symlinkSync(source, link);
    for (const [command, output] of [
      ['render', source],
      ['import', join(temp, '.', 'source.md')],
      ['render', link],
    ]) {
      const run = cli(command, source, '-o', output);
      assert.equal(run.status, 2, `${command} -o ${output}`);
      assert.equal(
        run.stderr,
        `essay-widgets: -o ${output} is the input file: write the output to another file\nRun "essay-widgets --help" for usage.\n`,
      );
    }
    const json = file('source.json', readFileSync(join(root, seedJson), 'utf8'));
    assert.equal(cli('export', json, '-o', json).status, 2);
    assert.equal(readFileSync(source, 'utf8'), readFileSync(join(root, seedMarkdown), 'utf8'));
    assert.equal(readFileSync(json, 'utf8'), readFileSync(join(root, seedJson), 'utf8'));
  });

  it('says in one line which file it cannot write and why, with exit 1', () => {
    const missing = '/nonexistent/dir/x.html';
    let run = cli('render', essayFile, '-o', missing);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `essay-widgets: cannot write ${missing}: no such file or directory\n`);
    run = cli('import', seedMarkdown, '-o', temp);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `essay-widgets: cannot write ${temp}: it is a directory\n`);
    const underAFile = join(root, essayFile, 'x.md');
    run = cli('export', seedJson, '-o', underAFile);
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      `essay-widgets: cannot write ${underAFile}: a part of the path is not a directory\n`,
    );
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it('reads standard input for "-": Markdown or JSON by its content, or as --format says', () => {
    const markdown = readFileSync(join(root, seedMarkdown), 'utf8');
    const json = readFileSync(join(root, seedJson), 'utf8');
    assert.deepEqual(cliWithInput(markdown, 'validate', '-'), {
      status: 0,
      stdout: '-: valid\n',
      stderr: '',
    });
    assert.deepEqual(cliWithInput(json, 'validate', '-'), { status: 0, stdout: '-: valid\n', stderr: '' });
    const imported = cliWithInput(markdown, 'import', '-');
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepStrictEqual(JSON.parse(imported.stdout), JSON.parse(json));
    const exported = cliWithInput(json, 'export', '-');
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(exported.stdout, cli('export', seedJson).stdout);
    const rendered = cliWithInput(markdown, 'render', '-');
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.equal(rendered.stdout, cli('render', seedMarkdown).stdout);
    // A Markdown file that starts with "{" is Markdown when --format says so.
    const braces = cliWithInput(
      '---\ntitle: T\n---\n\n{braces} in a paragraph\n',
      'validate',
      '-',
      '--format',
      'md',
    );
    assert.deepEqual(braces, { status: 0, stdout: '-: valid\n', stderr: '' });
    const asJson = cliWithInput(markdown, 'validate', '-', '--format', 'json');
    assert.equal(asJson.status, 1);
    assert.match(asJson.stdout, /^-: invalid JSON: /);
    const problems = cliWithInput('---\ntitle: ""\n---\n', 'validate', '-');
    assert.deepEqual(problems, {
      status: 1,
      stdout: '-:2: title: expected a non-empty string\n',
      stderr: '',
    });
    const wrong = cli('validate', essayFile, '--format', 'yaml');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /^essay-widgets: --format is md or json, not "yaml"\n/);
  });

  it('says how to read standard input in its help', () => {
    const help = cli('--help').stdout;
    assert.match(help, /A file "-" is standard input/);
    assert.match(help, /--format md\|json/);
    assert.match(help, /--limit <name>=<n>/);
  });
});
