// What survives a CMS: every embed form of the seed essay, through the sanitizers and Markdown
// processors CMSs run (with their defaults), the real WordPress (kses, for an Author), Hugo and
// Jekyll, then shown in Chromium in a page whose theme loads the bundle. The default embed code
// must give every reader the widget or the readable copy, never raw data and never nothing;
// the other forms are measured for docs/cms-survival.md (test/cms/table.mjs writes it from
// .tmp/cms-survival.json).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { buildForms, quote, root, seed } from '../cms/forms.mjs';
import { hugoMissingFile, pipelines } from '../cms/pipelines.mjs';
import { openReader } from '../cms/reader.mjs';
import { RESULTS, markdownTable, survives } from '../cms/table.mjs';

/** The version of the npm package `name` installed here. */
const npmVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The version of Debian's package `name`. */
const debianVersion = (name) =>
  execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).replace(/[-+~].*$/, '');

const { forms, references } = await buildForms();
const embeds = new Set(Object.keys(forms).filter((name) => forms[name].embed));
const { list, hugo, jekyll } = pipelines();
/** Pipeline → form → what a reader gets (see openReader's `measure`). */
const results = {};
/** Seconds each part took. */
const timing = {};
let reader;

const seconds = (start) => Math.round((performance.now() - start) / 100) / 10;

before(async () => {
  const start = performance.now();
  reader = await openReader();
  const reference = {
    essay: await reader.reference(references.essay),
    widget: await reader.reference(references.widget),
  };
  const pasted = Object.fromEntries(Object.entries(forms).map(([name, form]) => [name, form.html]));
  // The pipelines run side by side (WordPress, Hugo and Jekyll are other processes), then every
  // page they give is looked at, four tabs at a time.
  const outputs = await Promise.all(
    list.map(async (pipeline) => {
      const began = performance.now();
      const out = await pipeline.run(pasted, embeds);
      timing[pipeline.name] = seconds(began);
      return out;
    }),
  );
  const looked = performance.now();
  await Promise.all(
    list.map(async (pipeline, index) => {
      results[pipeline.name] = {};
      await Promise.all(
        Object.entries(outputs[index]).map(async ([name, html]) => {
          const { text, ...seen } = await reader.measure(html, reference[forms[name].subject]);
          results[pipeline.name][name] = { ...seen, visible: text.length };
        }),
      );
    }),
  );
  timing.pages = seconds(looked);
  timing.total = seconds(start);

  const measured = {
    forms: Object.fromEntries(
      Object.entries(forms).map(([name, form]) => [name, { label: form.label, embed: Boolean(form.embed) }]),
    ),
    pipelines: list.map(({ name, label, expected }) => ({ name, label, expected })),
    results,
    timing,
    versions: {
      wordpress: debianVersion('wordpress'),
      hugo: debianVersion('hugo'),
      jekyll: debianVersion('jekyll'),
      dompurify: npmVersion('dompurify'),
      'sanitize-html': npmVersion('sanitize-html'),
      'rehype-sanitize': npmVersion('rehype-sanitize'),
      'markdown-it': npmVersion('markdown-it'),
    },
  };
  await mkdir(join(root, '.tmp'), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`${markdownTable(measured)}\n\nSeconds: ${JSON.stringify(timing)}`);
});

after(() => reader?.close());

/** What a failed target reports: the pipeline, the form and every figure. */
const where = (pipeline, name) => `${pipeline} × ${name}: ${JSON.stringify(results[pipeline][name])}`;

describe('the embed code after each CMS', () => {
  for (const pipeline of list.filter(({ expected }) => expected === 'embed')) {
    it(`${pipeline.label}: the widget or the readable copy, never raw data, never nothing`, () => {
      for (const name of embeds) {
        const seen = results[pipeline.name][name];
        assert.ok(seen, `${pipeline.name} × ${name}: not measured`);
        assert.ok(survives(seen), where(pipeline.name, name));
      }
    });
  }

  it('WordPress for an Author (no unfiltered_html): the readable copy, nothing raw', () => {
    for (const name of embeds) {
      const seen = results.wordpress[name];
      assert.equal(seen.elements, 0, `kses keeps no essay element: ${where('wordpress', name)}`);
      assert.ok(seen.copy >= 0.95, where('wordpress', name));
      assert.equal(seen.raw, 0, where('wordpress', name));
    }
  });

  it('an element kept without its data-json shows its readable copy and says it has no data', () => {
    for (const name of embeds) {
      const seen = results['wordpress-no-data'][name];
      assert.equal(seen.elements, 1, where('wordpress-no-data', name));
      assert.ok(seen.copy >= 0.95, where('wordpress-no-data', name));
      assert.ok(
        seen.said.some((message) => /no data/.test(message)),
        where('wordpress-no-data', name),
      );
    }
  });

  it('renders as the widget where the essay elements and data-json are kept', () => {
    for (const pipeline of [
      'pasted',
      'dompurify-elements',
      'markdown-it-html',
      'wordpress-plugin',
      'hugo-unsafe',
      'hugo-shortcode',
      'jekyll',
      'jekyll-include',
    ]) {
      for (const name of embeds) {
        const seen = results[pipeline][name];
        assert.equal(seen.widgets, 1, where(pipeline, name));
        assert.equal(seen.errors, 0, where(pipeline, name));
      }
    }
  });
});

describe('Markdown sites that escape HTML', () => {
  it('render --markdown gives the readable copy, nothing raw: markdown-it, Hugo and remark with their defaults', () => {
    for (const pipeline of [
      'markdown-it',
      'hugo',
      'rehype-sanitize',
      'markdown-it-html',
      'hugo-unsafe',
      'jekyll',
    ]) {
      const seen = results[pipeline].markdown;
      assert.ok(seen, `${pipeline} × markdown: not measured`);
      assert.ok(seen.copy >= 0.95, where(pipeline, 'markdown'));
      assert.equal(seen.raw, 0, where(pipeline, 'markdown'));
    }
  });
});

describe('the Hugo shortcode and the Jekyll include', () => {
  const pasted = Object.fromEntries(Object.entries(forms).map(([name, form]) => [name, form.html]));

  /** The elements of a built page, and the data each carries in data-json. */
  const elementsOf = (html) =>
    parseFragment(html)
      .childNodes.filter((node) => node.tagName)
      .map((node) => ({
        tag: node.tagName,
        json: node.attrs.find((attr) => attr.name === 'data-json')?.value,
        attrs: node.attrs,
      }));

  for (const [name, site, pages] of [
    ['Hugo', hugo, 'shortcode'],
    ['Jekyll', jekyll, 'include'],
  ]) {
    it(`${name}: each page with an embed gets the bundle's script tag`, async () => {
      const built = (await site(pasted, embeds))[pages];
      assert.deepEqual(Object.keys(built).sort(), [...embeds].sort());
      for (const [form, html] of Object.entries(built)) {
        assert.equal(
          html.match(/<script type="module"/g)?.length,
          1,
          `${name} × ${form}: ${html.slice(0, 300)}`,
        );
      }
    });

    it(`${name}: the bundle's script tag once, then each element with its data unchanged`, async () => {
      const { together } = await site(pasted, embeds);
      const found = elementsOf(together);
      assert.deepEqual(
        found.map((each) => each.tag),
        ['script', 'essay-article', 'pull-quote'],
        together.slice(0, 500),
      );
      const [script] = found;
      const [pastedScript] = elementsOf(forms.embed.html);
      assert.deepEqual(script.attrs, pastedScript.attrs);
      assert.deepEqual(JSON.parse(found[1].json), seed);
      assert.deepEqual(JSON.parse(found[2].json), quote);
    });
  }

  it('Hugo: a file that does not exist stops the build with its name and place', async () => {
    const message = await hugoMissingFile();
    assert.match(message, /essay-widgets shortcode: essays\/none\.html does not exist/);
    assert.match(message, /missing\.md/);
  });
});
