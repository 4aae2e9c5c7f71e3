// What a publisher pastes into a CMS, in each form the library has had, built from the seed essay
// by the CLI and essay-widgets/ssr as a publisher gets them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { scriptJson } from '../../dist/lib/core/data/script-json.js';
import { renderEmbed } from '../../dist/lib/ssr/index.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const seedFile = 'examples/sino-russian-relations.json';
export const seed = JSON.parse(readFileSync(join(root, seedFile), 'utf8'));

/** The seed's featured pull-quote: the single widget of the forms below. */
export const quote = seed.body.find((block) => block.type === 'pull-quote' && block.data.variant).data;

/** `essay-widgets <args>` (the built CLI); its standard output, or an error with its standard error. */
export function cli(...args) {
  const run = spawnSync(process.execPath, [join(root, 'dist/lib/cli/index.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`essay-widgets ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** The inside of the outermost element of `html` (its first line is the opening tag, its last the closing one). */
function inside(html) {
  return html.trim().split('\n').slice(1, -1).join('\n');
}

/**
 * The forms, by name: `label`, the `html` pasted, `subject` (`essay` or `widget`: what it
 * carries) and `embed` (true for the default embed code, which the survival targets are about).
 * Each pasted form starts with the bundle's script tag, as the CLI and the studio give it,
 * except the readable copy, which is plain HTML. Resolves with `{ forms, references }`, where
 * `references` holds the readable copy (HTML) of each subject: what a reader should get.
 */
export async function buildForms() {
  const embed = cli('render', '--embed', seedFile);
  const [scriptTag] = embed.split('\n');
  if (!scriptTag.startsWith('<script ')) throw new Error(`render --embed: no script tag first: ${scriptTag}`);
  const readable = cli('render', '--readable', seedFile);
  const markdown = cli('render', '--markdown', seedFile);
  const rendered = cli('render', seedFile);
  const quoteEmbed = await renderEmbed('pull-quote', quote);
  // The studio's code before the embed form: the element with its data in a child script.
  const inlineJson = `<essay-article>\n<script type="application/json">\n${scriptJson(seed, 2)}\n</script>\n</essay-article>`;
  const speaker = quote.speaker;
  const lightDom = `<pull-quote speaker="${speaker.name}" affiliation="${speaker.affiliation}" date="${quote.date}">${quote.text}</pull-quote>`;
  const forms = {
    embed: { label: 'embed (essay)', html: embed, subject: 'essay', embed: true },
    'embed-widget': {
      label: 'embed (pull-quote)',
      html: `${scriptTag}\n${quoteEmbed}\n`,
      subject: 'widget',
      embed: true,
    },
    'inline-json': { label: 'inline JSON', html: `${scriptTag}\n${inlineJson}\n`, subject: 'essay' },
    render: { label: '`render`', html: `${scriptTag}\n${rendered}`, subject: 'essay' },
    readable: { label: '`render --readable`', html: readable, subject: 'essay' },
    markdown: { label: '`render --markdown`', html: markdown, subject: 'essay' },
    'light-dom': { label: 'light DOM (pull-quote)', html: `${scriptTag}\n${lightDom}\n`, subject: 'widget' },
  };
  // What a reader should be able to read of each subject: its readable copy, as HTML.
  const references = { essay: readable, widget: inside(quoteEmbed) };
  return { forms, references };
}
