// The CMS survival table in Markdown, from the figures test/node/cms.test.mjs measures and
// writes to .tmp/cms-survival.json. Run as a script, it prints the table; with --write, it
// writes docs/cms-survival.md around it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS = join(root, '.tmp/cms-survival.json');
const DOC = join(root, 'docs/cms-survival.md');

/** One cell: what a reader gets of a form after a pipeline. */
export function cell(result) {
  if (!result) return 'n/a';
  let got = '—';
  if (result.widgets) got = '**widget**';
  else if (result.copy >= 0.95 && !result.raw) got = 'copy';
  const parts = [got];
  parts.push(`${Math.floor(result.copy * 100)}%`);
  parts.push(result.raw ? `**${result.raw} raw**` : '0 raw');
  if (result.errors) parts.push('error shown');
  if (result.blank) parts.push(`**${result.blank} blank**`);
  return parts.join(' · ');
}

/** The table: a row per pipeline, a column per form. */
export function markdownTable({ forms, pipelines, results }) {
  const names = Object.keys(forms);
  const lines = [
    `| Pipeline | ${names.map((name) => forms[name].label).join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
  ];
  for (const pipeline of pipelines) {
    const row = names.map((name) => cell(results[pipeline.name]?.[name]));
    lines.push(`| ${pipeline.label} | ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Whether the reader gets the widget or the readable copy (either way, at least 95% of the
 * text), with nothing raw and no blank element.
 */
export function survives(result) {
  return Boolean(result) && result.copy >= 0.95 && !result.raw && !result.blank;
}

/**
 * The pipelines (labels) where an embed form falls short, with what the reader gets there;
 * those that take no HTML at all aside.
 */
function shortfalls({ forms, pipelines, results }) {
  const embeds = Object.keys(forms).filter((name) => forms[name].embed);
  const answered = pipelines.filter((pipeline) => pipeline.expected !== 'none');
  return answered.flatMap((pipeline) =>
    embeds
      .filter((name) => results[pipeline.name]?.[name] && !survives(results[pipeline.name][name]))
      .map((name) => `${pipeline.label}, ${forms[name].label}: ${cell(results[pipeline.name][name])}`),
  );
}

/** docs/cms-survival.md: what the table says, the table, and how to measure it again. */
export function document(measured) {
  const short = shortfalls(measured);
  const { versions } = measured;
  return `# What survives a CMS

What a reader gets of each embed form after a CMS has filtered it: the seed essay
(\`examples/sino-russian-relations.json\`) and one widget of it (its featured pull-quote),
through each sanitizer and Markdown processor with the settings a CMS runs it with, then shown
in a page whose theme loads the bundle, in Chromium. How to paste each form:
[CMS embedding](cms-embedding.md); the Hugo shortcode and the Jekyll include:
[integrations](../integrations/README.md).

The forms, as a publisher pastes them (each after the bundle's script tag, which the page keeps
where the CMS did):

- **embed**: \`essay-widgets render --embed\`, the element with its data in \`data-json\` and
  its readable copy inside; for the pull-quote, \`renderEmbed('pull-quote', …)\` of
  essay-widgets/ssr.
- **inline JSON**: the element with its data in a child \`<script type="application/json">\`.
- **\`render\`**: server-rendered HTML (Declarative Shadow DOM, inline JSON, readable copy).
- **\`render --readable\`**: the readable copy alone, plain HTML.
- **light DOM**: \`<pull-quote speaker="…" affiliation="…" date="…">text</pull-quote>\`.

Each cell says what the reader gets:

- **widget**: an element rendered (a shadow root with content of its own, no error);
  **copy**: no widget, but at least 95% of the text on show, and nothing raw; **—**: neither.
- The share of the text on show: word 4-grams of the readable copy (\`render --readable\`)
  found in the text the page shows, shadow roots included.
- **raw**: characters of the lines on show that hold raw data: JSON (\`"key":\`, \`{"\`), a CSS
  rule, \`&quot;\`, or markup shown as text.
- **error shown**: an element kept without its data shows an error; **blank**: an element with
  nothing visible.

${markdownTable(measured)}

The pipelines, each with the settings a CMS runs it with:

- DOMPurify ${versions.dompurify} over jsdom: its defaults, and with the essay elements and their
  attributes allowed through \`CUSTOM_ELEMENT_HANDLING\`.
- sanitize-html ${versions['sanitize-html']}, its defaults.
- remark, rehype-raw and rehype-sanitize ${versions['rehype-sanitize']} (GitHub's schema), and
  markdown-it ${versions['markdown-it']}, over a Markdown page holding the HTML.
- Debian's WordPress ${versions.wordpress}: a post of an Author (no \`unfiltered_html\`) with the
  HTML in a Custom HTML block, saved with \`wp_insert_post\` (so filtered by \`wp_kses_post\`)
  and shown through \`the_content\`; as WordPress comes, with a \`wp_kses_allowed_html\` filter
  that allows the elements but not \`data-json\`, and with one that allows the elements and all
  their attributes (the WordPress plugin's, wordpress/essay-widgets/includes/kses.php).
- Debian's Hugo ${versions.hugo} (goldmark) and Jekyll ${versions.jekyll} (kramdown): the HTML
  pasted into a Markdown page, and the embed file through the shortcode and the include.

Hugo and markdown-it with their defaults take no HTML from a Markdown page: Hugo drops it,
markdown-it shows it as text. There, use the shortcode, or the setting that lets HTML through
(\`unsafe = true\`, \`html: true\`); where Markdown is all you can write, \`render --markdown\`
gives the readable copy as Markdown.

${
  short.length
    ? `Where the embed code falls short in this build:\n\n${short.map((line) => `- ${line}`).join('\n')}`
    : 'Everywhere else, the embed code gives the reader the widget or the readable copy, with nothing raw and no blank element.'
}

## Measure it again

\`\`\`sh
apt-get install -y wordpress mariadb-server php-cli hugo jekyll chromium
node --test test/node/cms.test.mjs
node test/cms/table.mjs --write
\`\`\`

The test sets up its own WordPress (a MariaDB server of its own in the system's temporary
folder, started and stopped by the test), builds a Hugo and a Jekyll site in temporary folders,
and writes its figures to \`.tmp/cms-survival.json\`; the second command writes this page from
them. It takes about ${Math.ceil(measured.timing.total / 10) * 10} seconds.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = JSON.parse(await readFile(RESULTS, 'utf8'));
  if (process.argv.includes('--write')) {
    // Laid out as the project's Markdown is (prettier), so that the page passes the format check.
    const options = { ...(await prettier.resolveConfig(DOC)), filepath: DOC };
    await writeFile(DOC, await prettier.format(document(measured), options));
    console.log(`wrote ${DOC}`);
  } else {
    console.log(markdownTable(measured));
  }
}
