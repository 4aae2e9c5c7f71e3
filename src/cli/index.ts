#!/usr/bin/env node
/// <reference types="node" />
/**
 * The command line:
 *   essay-widgets validate <file.json>…
 *   essay-widgets render <essay.json> [-o out.html] [--page] [--nonce N] [--cdn URL]
 */
import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeIssue } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import type { EssayData } from '../schema/schema.js';
import { renderEssay, validateEssay } from '../ssr/index.js';
import { renderPage } from './page.js';

const HELP = `Usage: essay-widgets <command> [options]

Commands:
  validate <file.json>...  Check essays against the schema: "valid", or one line per
                           problem with its path (body[2].data.title: …)
  render <essay.json>      Render an essay as HTML: Declarative Shadow DOM that paints
                           without JavaScript, a readable copy, and the data to hydrate from

Options for render:
  -o, --output <file>      Write the HTML to a file instead of standard output
  --page                   Write a whole page, loading the bundle from a CDN with integrity
  --nonce <nonce>          A CSP nonce for every <style>, for pages with style-src 'nonce-…'
  --cdn <url>              Where the page loads the bundle from
                           (default: https://unpkg.com/essay-widgets@${VERSION}/dist/)

  -h, --help               Show this help
  -v, --version            Show the version

Exit status: 0 done, 1 a file is missing, not JSON or not a valid essay, 2 wrong usage.
`;

/** Wrong usage: exit status 2, with a pointer to the help. */
class UsageError extends Error {}

/** A file that cannot be used: exit status 1. */
class InputError extends Error {}

type Loaded = { ok: true; value: unknown } | { ok: false; message: string };

async function readJson(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    return { ok: false, message: `cannot read the file: ${cause}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `invalid JSON: ${(error as Error).message}` };
  }
}

/** Prints "<file>: valid" or one line per problem; true when every file is valid. */
async function validate(files: string[]): Promise<boolean> {
  if (!files.length) throw new UsageError('validate needs at least one file');
  let allValid = true;
  for (const file of files) {
    const loaded = await readJson(file);
    const lines = !loaded.ok
      ? [loaded.message]
      : (() => {
          const result = validateEssay(loaded.value);
          return result.ok ? [] : result.errors.map(describeIssue);
        })();
    if (lines.length) allValid = false;
    for (const line of lines.length ? lines : ['valid']) process.stdout.write(`${file}: ${line}\n`);
  }
  return allValid;
}

interface RenderArgs {
  output?: string;
  page?: boolean;
  nonce?: string;
  cdn?: string;
}

async function render(files: string[], args: RenderArgs): Promise<void> {
  if (files.length !== 1) throw new UsageError('render takes one essay file');
  const [file] = files;
  const loaded = await readJson(file);
  if (!loaded.ok) throw new InputError(`${file}: ${loaded.message}`);
  const result = validateEssay(loaded.value);
  if (!result.ok) {
    throw new InputError(result.errors.map((error) => `${file}: ${describeIssue(error)}`).join('\n'));
  }
  if (args.nonce !== undefined && !/^[A-Za-z0-9+/_=-]+$/.test(args.nonce)) {
    throw new UsageError('a nonce is written with base64 characters only');
  }
  // The essay as given, unknown fields and all: the client validates it the same way.
  const essay = loaded.value as EssayData;
  // A page is the essay's own: its title is the page's <h1>.
  const fragment = await renderEssay(essay, { nonce: args.nonce, headingLevel: args.page ? 1 : undefined });
  const html = args.page ? await renderPage(essay, fragment, args) : `${fragment}\n`;
  if (args.output) {
    await writeFile(args.output, html);
    process.stderr.write(
      `essay-widgets: wrote ${args.output} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB)\n`,
    );
  } else {
    process.stdout.write(html);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        page: { type: 'boolean' },
        nonce: { type: 'string' },
        cdn: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's own message, up to its advice about positionals.
    throw new UsageError((error as Error).message.split('. ')[0]);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!command) throw new UsageError('no command given');
  if (command === 'validate') {
    for (const option of ['output', 'page', 'nonce', 'cdn'] as const) {
      if (values[option] !== undefined) throw new UsageError(`validate does not take --${option}`);
    }
    return (await validate(files)) ? 0 : 1;
  }
  if (command === 'render') {
    await render(files, values);
    return 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

/** True when Node runs this module as the program (directly or through npm's bin link), not as an import. */
function isProgram(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/** Runs the command line with `argv` (the arguments after the program's name); sets the exit status. */
export async function run(argv: string[]): Promise<void> {
  await main(argv).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`essay-widgets: ${error.message}\nRun "essay-widgets --help" for usage.\n`);
        process.exitCode = 2;
      } else if (error instanceof InputError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`essay-widgets: ${(error as Error)?.stack ?? error}\n`);
        process.exitCode = 1;
      }
    },
  );
}

if (isProgram()) void run(process.argv.slice(2));
