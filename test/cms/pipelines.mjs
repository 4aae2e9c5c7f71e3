// What CMSs do to pasted HTML, each with its defaults, as a publisher meets them: sanitizers in
// Node (DOMPurify, sanitize-html, rehype-sanitize), Markdown (markdown-it, goldmark in Hugo,
// kramdown in Jekyll), and the real WordPress (kses for an Author). Each pipeline's `run(forms)`
// takes `{ name: html }` and resolves with `{ name: html a reader's page gets }`, leaving out
// forms it does not take (the shortcode and the include take the embed code only).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sanitizeHtml from 'sanitize-html';
import { unified } from 'unified';
import { root } from './forms.mjs';
import { ESSAY_TAGS } from './reader.mjs';
import { startWordPress } from './wordpress/wordpress.mjs';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

/** `fn` over each form. */
async function each(forms, fn) {
  const out = {};
  for (const [name, html] of Object.entries(forms)) out[name] = await fn(html);
  return out;
}

/** A post written in Markdown, the pasted HTML between two paragraphs. */
const markdownPost = (html) => `The text before.\n\n${html.trim()}\n\nThe text after.\n`;

const purify = createDOMPurify(new JSDOM('').window);

/** DOMPurify with the essay elements and the attributes they read allowed. */
const PURIFY_ELEMENTS = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: new RegExp(`^(${ESSAY_TAGS.join('|')})$`),
    attributeNameCheck:
      /^(data-json|src|speaker|speaker-role|affiliation|date|cite|variant|kind|definition|lang|theme|heading-level)$/,
    allowCustomizedBuiltInElements: false,
  },
};

const remark = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(rehypeStringify);

const HUGO = '/usr/bin/hugo';
const JEKYLL = '/usr/bin/jekyll';

/** Fails with the command that installs `path` when it is missing. */
function required(path, install) {
  if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install -y ${install}`);
  return path;
}

/** The page of the shortcode and the include that holds every embed form. */
const TOGETHER = 'together';

/** Embed forms (what the shortcode and the include take): those of `forms` named in `embeds`. */
const embedsOf = (forms, embeds) =>
  Object.fromEntries(Object.entries(forms).filter(([name]) => embeds.has(name)));

/**
 * A Hugo site (test/cms/hugo and the shortcode of integrations/hugo) with a page per form
 * pasted into Markdown, and a page per embed form through the shortcode; built with Hugo's
 * defaults and with `unsafe = true`; and a page with every embed form through the shortcode.
 * Resolves with `{ default, unsafe, shortcode, together }`.
 */
async function hugoSite(forms, embeds) {
  required(HUGO, 'hugo');
  const site = await mkdtemp(join(tmpdir(), 'essay-widgets-hugo-'));
  try {
    await cp(join(here, 'hugo'), site, { recursive: true });
    await cp(join(root, 'integrations/hugo/layouts'), join(site, 'layouts'), { recursive: true });
    await mkdir(join(site, 'content/pasted'), { recursive: true });
    await mkdir(join(site, 'content/shortcode'), { recursive: true });
    await mkdir(join(site, 'essays'));
    for (const [name, html] of Object.entries(forms)) {
      await writeFile(
        join(site, 'content/pasted', `${name}.md`),
        `---\ntitle: ${name}\n---\n\n${markdownPost(html)}`,
      );
    }
    for (const [name, html] of Object.entries(embedsOf(forms, embeds))) {
      await writeFile(join(site, 'essays', `${name}.html`), html);
      const call = `{{< essay-widgets file="essays/${name}.html" >}}`;
      await writeFile(
        join(site, 'content/shortcode', `${name}.md`),
        `---\ntitle: ${name}\n---\n\n${markdownPost(call)}`,
      );
    }
    // Every embed form on one page: the bundle's script tag goes in once.
    const calls = Object.keys(embedsOf(forms, embeds)).map(
      (name) => `{{< essay-widgets file="essays/${name}.html" >}}`,
    );
    await writeFile(
      join(site, 'content/shortcode', `${TOGETHER}.md`),
      `---\ntitle: ${TOGETHER}\n---\n\n${calls.join('\n\n')}\n`,
    );
    const build = async (configs, out) => {
      const config = configs.map((file) => join(site, file)).join(',');
      await run(HUGO, ['--quiet', '--source', site, '--config', config, '--destination', join(site, out)], {
        timeout: 60_000,
      });
      return (section, names) =>
        Promise.all(
          names.map(async (name) => [
            name,
            await readFile(join(site, out, section, name, 'index.html'), 'utf8'),
          ]),
        );
    };
    const safe = await build(['hugo.toml'], 'default');
    const unsafe = await build(['hugo.toml', 'unsafe.toml'], 'unsafe');
    const names = Object.keys(forms);
    return {
      default: Object.fromEntries(await safe('pasted', names)),
      unsafe: Object.fromEntries(await unsafe('pasted', names)),
      shortcode: Object.fromEntries(await safe('shortcode', Object.keys(embedsOf(forms, embeds)))),
      together: (await safe('shortcode', [TOGETHER]))[0][1],
    };
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

/**
 * A Jekyll site (test/cms/jekyll and the include of integrations/jekyll): a page per form
 * pasted into Markdown (kramdown, Jekyll's default), and a page per embed form through the
 * include, and a page with every embed form through the include. Resolves with
 * `{ pasted, include, together }`.
 */
async function jekyllSite(forms, embeds) {
  required(JEKYLL, 'jekyll');
  const site = await mkdtemp(join(tmpdir(), 'essay-widgets-jekyll-'));
  try {
    await cp(join(here, 'jekyll'), site, { recursive: true });
    await cp(join(root, 'integrations/jekyll/_includes'), join(site, '_includes'), { recursive: true });
    await mkdir(join(site, 'pasted'));
    await mkdir(join(site, 'include'));
    await mkdir(join(site, '_includes/essays'));
    const frontMatter = '---\nlayout: post\n---\n\n';
    for (const [name, html] of Object.entries(forms)) {
      await writeFile(join(site, 'pasted', `${name}.md`), frontMatter + markdownPost(html));
    }
    for (const [name, html] of Object.entries(embedsOf(forms, embeds))) {
      await writeFile(join(site, '_includes/essays', `${name}.html`), html);
      const call = `{% include essay-widgets.html file="essays/${name}.html" %}`;
      await writeFile(join(site, 'include', `${name}.md`), frontMatter + markdownPost(call));
    }
    const includes = Object.keys(embedsOf(forms, embeds)).map(
      (name) => `{% include essay-widgets.html file="essays/${name}.html" %}`,
    );
    await writeFile(join(site, 'include', `${TOGETHER}.md`), frontMatter + includes.join('\n\n') + '\n');
    await run(JEKYLL, ['build', '--quiet', '--source', site, '--destination', join(site, '_site')], {
      timeout: 60_000,
    });
    const read = async (section, names) =>
      Object.fromEntries(
        await Promise.all(
          names.map(async (name) => [
            name,
            await readFile(join(site, '_site', section, `${name}.html`), 'utf8'),
          ]),
        ),
      );
    return {
      pasted: await read('pasted', Object.keys(forms)),
      include: await read('include', Object.keys(embedsOf(forms, embeds))),
      together: (await read('include', [TOGETHER]))[TOGETHER],
    };
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

/** A pipeline that runs each form through `fn` in this process. */
const inNode = (fn) => ({ run: (forms) => each(forms, fn) });

/**
 * The pipelines, in the order of the table: `name`, `label`, `run(forms, embeds)` (`embeds`
 * is the set of the embed forms' names), and `expected` (`embed`: the survival targets apply
 * to its embed forms; `author`: it is WordPress for an Author, whose target is the readable
 * copy with nothing raw; `none`: the embed form is not expected to survive, and another
 * pipeline is the answer there). Returned as `list`, with `hugo(forms, embeds)` and
 * `jekyll(forms, embeds)`, the site builds that the Hugo and Jekyll pipelines share (each
 * built once).
 */
export function pipelines() {
  const shared = new Map();
  // One WordPress run, one Hugo site and one Jekyll site serve the pipelines of each.
  const once = (key, start) => {
    if (!shared.has(key)) shared.set(key, start());
    return shared.get(key);
  };
  const wordpress = (forms) =>
    once('wordpress', async () => {
      const site = await startWordPress();
      try {
        return await site.filter(forms);
      } finally {
        await site.stop();
      }
    });
  const hugo = (forms, embeds) => once('hugo', () => hugoSite(forms, embeds));
  const jekyll = (forms, embeds) => once('jekyll', () => jekyllSite(forms, embeds));
  const shown = (posts) =>
    Object.fromEntries(Object.entries(posts).map(([name, post]) => [name, post.shown]));
  const list = [
    { name: 'pasted', label: 'as pasted (no filter)', expected: 'embed', ...inNode((html) => html) },
    {
      name: 'dompurify',
      label: 'DOMPurify, defaults',
      expected: 'embed',
      ...inNode((html) => purify.sanitize(html)),
    },
    {
      name: 'dompurify-elements',
      label: 'DOMPurify, essay elements allowed',
      expected: 'embed',
      ...inNode((html) => purify.sanitize(html, PURIFY_ELEMENTS)),
    },
    {
      name: 'sanitize-html',
      label: 'sanitize-html, defaults',
      expected: 'embed',
      ...inNode((html) => sanitizeHtml(html)),
    },
    {
      name: 'rehype-sanitize',
      label: 'remark + rehype-sanitize (GitHub schema)',
      expected: 'embed',
      ...inNode(async (html) => String(await remark.process(markdownPost(html)))),
    },
    {
      name: 'markdown-it-html',
      label: 'markdown-it, `html: true`',
      expected: 'embed',
      ...inNode((html) => new MarkdownIt({ html: true }).render(markdownPost(html))),
    },
    {
      name: 'markdown-it',
      label: 'markdown-it, defaults (`html: false`)',
      expected: 'none',
      ...inNode((html) => new MarkdownIt().render(markdownPost(html))),
    },
    {
      name: 'wordpress',
      label: 'WordPress 6.1, Author (`wp_kses_post`)',
      expected: 'author',
      run: async (forms) => shown((await wordpress(forms)).author),
    },
    {
      name: 'wordpress-no-data',
      label: 'WordPress 6.1, Author, elements allowed but not `data-json`',
      expected: 'embed',
      run: async (forms) => shown((await wordpress(forms))['author-elements-only']),
    },
    {
      name: 'wordpress-plugin',
      label: 'WordPress 6.1, Author, essay elements allowed',
      expected: 'embed',
      run: async (forms) => shown((await wordpress(forms))['author-plugin']),
    },
    {
      name: 'hugo',
      label: 'Hugo 0.111, defaults (goldmark)',
      expected: 'none',
      run: async (forms, embeds) => (await hugo(forms, embeds)).default,
    },
    {
      name: 'hugo-unsafe',
      label: 'Hugo 0.111, `unsafe = true`',
      expected: 'embed',
      run: async (forms, embeds) => (await hugo(forms, embeds)).unsafe,
    },
    {
      name: 'hugo-shortcode',
      label: 'Hugo 0.111, defaults, `essay-widgets` shortcode',
      expected: 'embed',
      run: async (forms, embeds) => (await hugo(forms, embeds)).shortcode,
    },
    {
      name: 'jekyll',
      label: 'Jekyll 4.3 (kramdown)',
      expected: 'embed',
      run: async (forms, embeds) => (await jekyll(forms, embeds)).pasted,
    },
    {
      name: 'jekyll-include',
      label: 'Jekyll 4.3, `essay-widgets.html` include',
      expected: 'embed',
      run: async (forms, embeds) => (await jekyll(forms, embeds)).include,
    },
  ];
  return { list, hugo, jekyll };
}

/** The error Hugo stops with when the shortcode names a file that does not exist. */
export async function hugoMissingFile() {
  required(HUGO, 'hugo');
  const site = await mkdtemp(join(tmpdir(), 'essay-widgets-hugo-'));
  try {
    await cp(join(here, 'hugo'), site, { recursive: true });
    await cp(join(root, 'integrations/hugo/layouts'), join(site, 'layouts'), { recursive: true });
    await mkdir(join(site, 'content'));
    await writeFile(
      join(site, 'content/missing.md'),
      '---\ntitle: missing\n---\n\n{{< essay-widgets file="essays/none.html" >}}\n',
    );
    const build = await run(HUGO, ['--source', site, '--destination', join(site, 'public')]).then(
      () => undefined,
      (error) => error,
    );
    if (!build) throw new Error('Hugo built a page whose shortcode names a missing file');
    return `${build.stdout}${build.stderr}`;
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}
