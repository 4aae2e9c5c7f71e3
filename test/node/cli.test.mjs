// The command line, run as a user runs it: `node dist/lib/cli/index.js …` (the package's bin).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      /<essay-article[^>]*><template shadowroot[^]*<script type="application\/json">\{"title":/,
    );
    assert.match(
      run.stdout,
      /<h2>Xi Jinping and Vladimir Putin<\/h2>|<h3>Xi Jinping and Vladimir Putin<\/h3>/,
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
      /<h1>The Evolution of Sino-Russian Relationship<\/h1>/,
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
    assert.match(run.stdout, /validate <file\.json>\.\.\./);
    assert.match(run.stdout, /render <essay\.json>/);
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
