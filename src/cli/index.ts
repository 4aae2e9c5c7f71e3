#!/usr/bin/env node
/// <reference types="node" />
/**
 * The command line:
 *   essay-widgets validate <file.json|file.md>…
 *   essay-widgets render <essay.json|essay.md> [-o out.html] [--page] [--nonce N] [--cdn URL]
 *   essay-widgets render --readable <essay.json|essay.md> [-o out.html] [--page]
 *   essay-widgets render --markdown <essay.json|essay.md> [-o out.md]
 *   essay-widgets render --embed <essay.json|essay.md> [-o out.html] [--cdn URL]
 *   essay-widgets render --embed <essay.json|essay.md> -o <folder>/ --url URL [--cdn URL]
 *   essay-widgets import <essay.md> [-o essay.json]
 *   essay-widgets export <essay.json> [-o essay.md]
 * A file whose name ends in .md or .markdown is Essay Markdown (docs/essay-markdown.md); any
 * other file is JSON; `-` is standard input, whose format `--format` names or its content tells.
 * `--limit name=value` raises a limit of docs/limits.md.
 */
import { realpathSync, statSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeIssue } from '../core/base/errors.js';
import { DEFAULT_LIMITS, limitsWith, overLimit, textOverLimit, type Limits } from '../core/data/limits.js';
import { richTextToPlain } from '../core/text/richtext.js';
import { VERSION } from '../core/base/version.js';
import { essayToMarkdown, formatMarkdownIssue, parseEssayMarkdown } from '../markdown/index.js';
import type { EssayData } from '../schema/schema.js';
import { renderEmbed, renderEssay, validateEssay } from '../ssr/index.js';
import { escapeAttribute, readableHtml, readableMarkdown } from '../ssr/readable.js';
import { embedCode, embedPageFiles, renderPage } from './page.js';

const HELP = `Usage: essay-widgets <command> [options]

Commands:
  validate <file.json|file.md>...
                           Check essays against the schema: "valid", or one line per
                           problem with its path (body[2].data.title: …), in Essay
                           Markdown after its line (essay.md:42: body[2].data.title: …)
  render <essay.json|essay.md>
                           Render an essay as HTML: Declarative Shadow DOM that paints
                           without JavaScript, a readable copy, and the data to hydrate from;
                           with --readable, the readable copy alone (--markdown: as
                           Markdown); with --embed, the code to paste into a CMS
  import <essay.md>        Read an essay written in Essay Markdown; write its data as JSON
  export <essay.json>      Write an essay's data as Essay Markdown

  A file whose name ends in .md or .markdown is Essay Markdown; any other is JSON.
  A file "-" is standard input: Essay Markdown, or JSON when it starts with "{"
  (--format says which).

Options for every command:
  --format md|json         Read the files as Essay Markdown or JSON, whatever their names
  --limit <name>=<n>       Raise (or lower) a limit on input, one per --limit:
                           maxInputBytes=${DEFAULT_LIMITS.maxInputBytes} (bytes of a file), maxDepth=${DEFAULT_LIMITS.maxDepth},
                           maxItems=${DEFAULT_LIMITS.maxItems} (blocks, or items of a list),
                           maxStringLength=${DEFAULT_LIMITS.maxStringLength} (characters of one text);
                           render holds the data to the defaults, as the elements do

Options for render:
  -o, --output <file>      Write the HTML to a file instead of standard output (never
                           the input file)
  --page                   Write a whole page, loading the bundle from a CDN with integrity
  --readable               Write only the readable copy: plain semantic HTML (an <article>
                           with headings, paragraphs, lists, quotations, links, times) with
                           no custom elements, scripts, styles or classes, for a feed's
                           content:encoded, an email or an AMP page; with --page, inside a
                           minimal document of its own
  --markdown               Write only the readable copy, as Markdown with no HTML in it,
                           for Markdown sites that escape or drop HTML (markdown-it's
                           and Hugo's defaults): readers get the essay's text, headings,
                           lists, quotations and links, without the widgets
  --embed                  Write the code to paste into a CMS: the bundle's script tag with
                           its integrity value, then <essay-article> with its data in a
                           data-json attribute and its readable copy inside (no inline
                           script or style, no blank line), which sanitizers and Markdown
                           leave readable: docs/cms-embedding.md; with -o <folder>/
                           and --url, an embed page for iframes and oEmbed instead
  --url <url>              With --embed -o <folder>/: the address the folder's page will
                           be published at (ending in / or .html). Writes the page and
                           its oEmbed file (oembed.json) into the folder, and the iframe
                           code to standard output
  --nonce <nonce>          A CSP nonce for every <style>, for pages with style-src 'nonce-…'
  --cdn <url>              Where the page or embed code loads the bundle from
                           (default: https://unpkg.com/essay-widgets@${VERSION}/dist/)

Options for import and export:
  -o, --output <file>      Write to a file instead of standard output

  -h, --help               Show this help
  -v, --version            Show the version

Exit status: 0 done, 1 a file is missing, unreadable or not a valid essay, 2 wrong usage.
`;

/** Wrong usage: exit status 2, with a pointer to the help. */
class UsageError extends Error {}

/** A file that cannot be used: exit status 1. */
class InputError extends Error {}

type Loaded = { ok: true; text: string } | { ok: false; message: string };

/** What reading a file failed of, in a few words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return (code && known[code]) ?? (error as Error).message;
}

/**
 * The text of a file, or of standard input for `-`; more than `maxInputBytes` is not read:
 * at most one byte past the limit, so that the message can say so.
 */
async function readText(file: string, limits: Limits): Promise<Loaded> {
  const limit = limits.maxInputBytes;
  const tooLarge = {
    ok: false,
    message: overLimit(`the input is larger than ${limit} bytes`, 'maxInputBytes'),
  } as const;
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    if (file === '-') {
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit) return tooLarge;
      }
    } else {
      const handle = await open(file, 'r');
      try {
        if ((await handle.stat()).size > limit) return tooLarge;
        chunks.push(await handle.readFile());
      } finally {
        await handle.close();
      }
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return textOverLimit(text, limits) ? tooLarge : { ok: true, text };
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : reason(error);
    return { ok: false, message: `cannot read the file: ${cause}` };
  }
}

type Format = 'md' | 'json';

/** Essay Markdown or JSON: as `--format` says, or by the name, or for `-` by the content. */
function formatOf(file: string, format: Format | undefined, text = ''): Format {
  if (format) return format;
  if (file === '-') return /^\s*\{/.test(text) ? 'json' : 'md';
  return /\.(?:md|markdown)$/i.test(file) ? 'md' : 'json';
}

/** How the files are read: their format, if given, and the limits. */
interface Reading {
  format?: Format;
  limits: Limits;
}

/**
 * An essay file read and checked: the essay as validated, and as written (JSON keeps its
 * unknown fields), or one line per problem, each starting with the file's name.
 */
type Checked = { ok: true; essay: EssayData; data: unknown } | { ok: false; problems: string[] };

async function checkEssay(file: string, reading: Reading): Promise<Checked> {
  const { limits } = reading;
  const loaded = await readText(file, limits);
  if (!loaded.ok) return { ok: false, problems: [`${file}: ${loaded.message}`] };
  if (formatOf(file, reading.format, loaded.text) === 'md') {
    const parsed = parseEssayMarkdown(loaded.text, { limits });
    if (parsed.ok) return { ok: true, essay: parsed.value, data: parsed.value };
    return { ok: false, problems: parsed.errors.map((error) => formatMarkdownIssue(file, error)) };
  }
  let data: unknown;
  try {
    data = JSON.parse(loaded.text);
  } catch (error) {
    return { ok: false, problems: [`${file}: invalid JSON: ${(error as Error).message}`] };
  }
  const result = validateEssay(data, { limits });
  if (result.ok) return { ok: true, essay: result.value, data };
  return { ok: false, problems: result.errors.map((error) => `${file}: ${describeIssue(error)}`) };
}

/** Prints "<file>: valid" or one line per problem; true when every file is valid. */
async function validate(files: string[], reading: Reading): Promise<boolean> {
  if (!files.length) throw new UsageError('validate needs at least one file');
  let allValid = true;
  for (const file of files) {
    const checked = await checkEssay(file, reading);
    if (!checked.ok) allValid = false;
    const lines = checked.ok ? [`${file}: valid`] : checked.problems;
    for (const line of lines) process.stdout.write(`${line}\n`);
  }
  return allValid;
}

/** A file that cannot be written: exit status 1. */
class OutputError extends Error {}

/** `-o` naming the input file (by any path to it) would overwrite the essay with its own output. */
function refuseOverwrite(input: string, output: string | undefined): void {
  if (!output || input === '-') return;
  let same: boolean;
  try {
    same = realpathSync(output) === realpathSync(input);
  } catch {
    // An output that does not exist yet is no input.
    return;
  }
  if (same) throw new UsageError(`-o ${output} is the input file: write the output to another file`);
}

/** Writes `text` to `output`, saying so on stderr, or to standard output. */
async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) {
    try {
      await writeFile(output, text);
    } catch (error) {
      throw new OutputError(`essay-widgets: cannot write ${output}: ${reason(error)}`);
    }
    process.stderr.write(
      `essay-widgets: wrote ${output} (${Math.ceil(Buffer.byteLength(text) / 1024)} KB)\n`,
    );
  } else {
    process.stdout.write(text);
  }
}

/** `essay-widgets import essay.md`: the validated essay as JSON. */
async function importMarkdown(files: string[], output: string | undefined, reading: Reading): Promise<void> {
  if (files.length !== 1) throw new UsageError('import takes one Essay Markdown file');
  const [file] = files;
  if (file !== '-' && formatOf(file, reading.format) !== 'md') {
    throw new UsageError(`import reads Essay Markdown (.md), not ${file}`);
  }
  refuseOverwrite(file, output);
  const checked = await checkEssay(file, { ...reading, format: 'md' });
  if (!checked.ok) throw new InputError(checked.problems.join('\n'));
  await emit(`${JSON.stringify(checked.essay, null, 2)}\n`, output);
}

/** `essay-widgets export essay.json`: a valid essay as Essay Markdown. */
async function exportMarkdown(files: string[], output: string | undefined, reading: Reading): Promise<void> {
  if (files.length !== 1) throw new UsageError("export takes one essay's JSON file");
  const [file] = files;
  if (file !== '-' && formatOf(file, reading.format) !== 'json') {
    throw new UsageError(`export reads an essay's JSON, not ${file}`);
  }
  refuseOverwrite(file, output);
  const checked = await checkEssay(file, { ...reading, format: 'json' });
  if (!checked.ok) throw new InputError(checked.problems.join('\n'));
  await emit(essayToMarkdown(checked.essay), output);
}

interface RenderArgs {
  output?: string;
  page?: boolean;
  nonce?: string;
  cdn?: string;
  readable?: boolean;
  markdown?: boolean;
  embed?: boolean;
  url?: string;
}

/** True when `output` names a folder: it ends in a slash, or is one. */
function isFolder(output: string | undefined): output is string {
  if (!output) return false;
  if (/[/\\]$/.test(output)) return true;
  try {
    return statSync(output).isDirectory();
  } catch {
    return false;
  }
}

/** The address an embed page is published at, checked: absolute http(s), a folder's or a page's. */
function pageUrl(url: string | undefined): string {
  if (url === undefined) {
    throw new UsageError(
      'render --embed -o <folder>/ needs --url: the address the page will be published at',
    );
  }
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !/(\/|\.html)$/.test(parsed.pathname)) {
    throw new UsageError(`--url is an http(s) address ending in / or .html, not "${url}"`);
  }
  return parsed.href;
}

/** Writes the embed page for iframes and oEmbed into `folder`; the iframe code to standard output. */
async function writeEmbedPage(essay: EssayData, folder: string, args: RenderArgs): Promise<void> {
  const url = pageUrl(args.url);
  const fragment = await renderEmbed('essay-article', essay);
  const { files, iframe } = await embedPageFiles(essay, fragment, { url, cdn: args.cdn });
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new OutputError(`essay-widgets: cannot write ${folder}: ${reason(error)}`);
  }
  for (const [name, text] of Object.entries(files)) await emit(text, join(folder, name));
  process.stdout.write(iframe);
}

/**
 * The readable copy alone (the one an element keeps in its light DOM), read from the essay's
 * server rendering, without the marker the browser's element looks for; with `page`, in a
 * minimal document.
 */
async function renderReadable(essay: EssayData, page: boolean | undefined): Promise<string> {
  const rendered = await renderEssay(essay, { readable: false, headingLevel: page ? 1 : undefined });
  const copy = readableHtml(rendered, { marked: false });
  if (!page) return `${copy}\n`;
  const lang = essay.lang ?? 'en';
  const title = escapeAttribute(richTextToPlain(essay.title));
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
${copy}
</body>
</html>
`;
}

async function render(files: string[], args: RenderArgs, reading: Reading): Promise<void> {
  if (files.length !== 1) throw new UsageError('render takes one essay file');
  refuseOverwrite(files[0], args.output);
  const checked = await checkEssay(files[0], reading);
  if (!checked.ok) throw new InputError(checked.problems.join('\n'));
  if (args.nonce !== undefined && !/^[A-Za-z0-9+/_=-]+$/.test(args.nonce)) {
    throw new UsageError('a nonce is written with base64 characters only');
  }
  // The essay as given, unknown fields and all: the client validates it the same way.
  const essay = checked.data as EssayData;
  if (args.embed) {
    for (const option of ['nonce', 'page', 'readable', 'markdown'] as const) {
      if (args[option] !== undefined) throw new UsageError(`render --embed does not take --${option}`);
    }
    if (isFolder(args.output)) {
      await writeEmbedPage(essay, args.output, args);
      return;
    }
    if (args.url !== undefined) {
      throw new UsageError('--url goes with -o <folder>/: the address of the embed page written there');
    }
    await emit(await embedCode(await renderEmbed('essay-article', essay), args.cdn), args.output);
    return;
  }
  if (args.url !== undefined) throw new UsageError('--url goes with render --embed -o <folder>/');
  if (args.markdown) {
    for (const option of ['nonce', 'cdn', 'page', 'readable'] as const) {
      if (args[option] !== undefined) throw new UsageError(`render --markdown does not take --${option}`);
    }
    const rendered = await renderEssay(essay, { readable: false });
    await emit(readableMarkdown(rendered), args.output);
    return;
  }
  if (args.readable) {
    for (const option of ['nonce', 'cdn'] as const) {
      if (args[option] !== undefined) throw new UsageError(`render --readable does not take --${option}`);
    }
    await emit(await renderReadable(essay, args.page), args.output);
    return;
  }
  // A page is the essay's own: its title is the page's <h1>.
  const fragment = await renderEssay(essay, { nonce: args.nonce, headingLevel: args.page ? 1 : undefined });
  const html = args.page ? await renderPage(essay, fragment, args) : `${fragment}\n`;
  await emit(html, args.output);
}

/** `--format` and each `--limit name=value`, checked. */
function readingOf(format: string | undefined, limits: string[] = []): Reading {
  if (format !== undefined && format !== 'md' && format !== 'json') {
    throw new UsageError(`--format is md or json, not "${format}"`);
  }
  const given: Partial<Limits> = {};
  for (const limit of limits) {
    const [, name, value] = /^([^=]*)=(.*)$/.exec(limit) ?? [];
    if (name === undefined || !Object.hasOwn(DEFAULT_LIMITS, name)) {
      const names = Object.keys(DEFAULT_LIMITS).join(', ');
      throw new UsageError(`--limit takes name=value, the name one of ${names}; not "${limit}"`);
    }
    if (!/^[1-9]\d*$/.test(value))
      throw new UsageError(`--limit ${name} is a whole number above 0, not "${value}"`);
    given[name as keyof Limits] = Number(value);
  }
  return { format, limits: limitsWith(given) };
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
        readable: { type: 'boolean' },
        markdown: { type: 'boolean' },
        embed: { type: 'boolean' },
        url: { type: 'string' },
        format: { type: 'string' },
        limit: { type: 'string', multiple: true },
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
  const reading = readingOf(values.format, values.limit);
  if (command === 'validate') {
    for (const option of [
      'output',
      'page',
      'nonce',
      'cdn',
      'readable',
      'markdown',
      'embed',
      'url',
    ] as const) {
      if (values[option] !== undefined) throw new UsageError(`validate does not take --${option}`);
    }
    return (await validate(files, reading)) ? 0 : 1;
  }
  if (command === 'render') {
    await render(files, values, reading);
    return 0;
  }
  if (command === 'import' || command === 'export') {
    for (const option of ['page', 'nonce', 'cdn', 'readable', 'markdown', 'embed', 'url'] as const) {
      if (values[option] !== undefined) throw new UsageError(`${command} does not take --${option}`);
    }
    if (command === 'import') await importMarkdown(files, values.output, reading);
    else await exportMarkdown(files, values.output, reading);
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
      } else if (error instanceof InputError || error instanceof OutputError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else {
        // The library's own refusals (data over a limit when rendering): their message, no trace.
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          `${message.startsWith('essay-widgets:') ? message : `essay-widgets: ${message}`}\n`,
        );
        process.exitCode = 1;
      }
    },
  );
}

if (isProgram()) {
  // A reader that stops early (`render essay.md | head`) closes the pipe: that is its choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2));
}
