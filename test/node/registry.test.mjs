// The registry (src/registry.ts) is the one list of the elements and block types: every list
// the library, the studio, the package and the tests use agrees with it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FENCE_TYPES, WIDGET_BLOCK_TYPES, WIDGET_SCHEMAS } from '../../dist/lib/markdown/index.js';
import {
  BLOCK_ELEMENTS,
  BLOCK_TYPES,
  className,
  ELEMENT_TAGS,
  PART_ELEMENTS,
  TEXT_BLOCKS,
} from '../../dist/lib/registry.js';
import { SHIPPED_LOCALES } from '../../dist/lib/core/i18n/i18n.js';
import * as schema from '../../dist/lib/schema/schema.js';
import { tags as ssrTags } from '../../dist/lib/ssr/index.js';
import { widgetData as arbitraryData } from '../helpers/essay-arbitrary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const sorted = (list) => [...list].sort();

describe('the registry', () => {
  it('lists each element and each block type once', () => {
    assert.equal(new Set(ELEMENT_TAGS).size, ELEMENT_TAGS.length);
    assert.equal(new Set(BLOCK_TYPES).size, BLOCK_TYPES.length);
    assert.deepEqual(ELEMENT_TAGS, [...BLOCK_ELEMENTS, ...PART_ELEMENTS]);
    assert.deepEqual(BLOCK_TYPES, [...TEXT_BLOCKS, ...BLOCK_ELEMENTS]);
    for (const tag of ELEMENT_TAGS) assert.match(tag, /^[a-z]+(?:-[a-z]+)+$/, 'a valid custom element name');
    assert.equal(className('initiative-bridge'), 'InitiativeBridge');
  });

  it('is what the schema checks: block types, the body variant, every element data', () => {
    assert.deepEqual(schema.BLOCK_TYPES, BLOCK_TYPES);
    assert.deepEqual(
      schema.Block.options.map((option) => option.entries.type.literal),
      BLOCK_TYPES,
    );
    assert.deepEqual(Object.keys(schema.BLOCK_DATA), BLOCK_ELEMENTS);
    assert.deepEqual(Object.keys(schema.ELEMENT_SCHEMAS), ELEMENT_TAGS);
    const jsonSchema = JSON.parse(read('dist/essay-widgets.schema.json'));
    assert.deepEqual(
      jsonSchema.$defs.Block.oneOf.map((option) => option.properties.type.const),
      BLOCK_TYPES,
    );
  });

  it('is what Essay Markdown reads: a fence per block type, YAML per element', () => {
    assert.deepEqual(sorted(FENCE_TYPES), sorted(BLOCK_TYPES));
    assert.deepEqual(WIDGET_BLOCK_TYPES, BLOCK_ELEMENTS);
    assert.deepEqual(Object.keys(WIDGET_SCHEMAS), ELEMENT_TAGS);
  });

  it('is the element map, the React components and server rendering’s tags', async () => {
    const { elements } = await import('../../dist/lib/index.js');
    assert.deepEqual(Object.keys(elements), ELEMENT_TAGS);
    for (const [tag, element] of Object.entries(elements)) {
      assert.equal(element.tag, tag);
      assert.equal(element.name, className(tag));
    }
    assert.deepEqual(
      sorted(elements['essay-article'].dependencies.map((dependency) => dependency.tag)),
      sorted(ELEMENT_TAGS.filter((tag) => tag !== 'essay-article')),
      '<essay-article> defines every element it renders',
    );
    const react = await import('../../dist/lib/react/index.js');
    const names = ELEMENT_TAGS.map(className);
    assert.deepEqual(Object.keys(react.components), names);
    for (const name of names) assert.equal(react[name], react.components[name], `react ${name}`);
    assert.deepEqual(ssrTags, ELEMENT_TAGS);
  });

  it('has an entry file per element in the sources, the build and the package', () => {
    const pkg = JSON.parse(read('package.json'));
    const entries = readdirSync(join(root, 'src')).filter(
      (file) => file.endsWith('.ts') && /^[A-Z]\w+\.define\(\);$/m.test(read(`src/${file}`)),
    );
    assert.deepEqual(sorted(entries), sorted(ELEMENT_TAGS.map((tag) => `${tag}.ts`)));
    for (const tag of ELEMENT_TAGS) {
      assert.match(read(`src/${tag}.ts`), new RegExp(`${className(tag)}\\.define\\(\\)`), `src/${tag}.ts`);
      assert.ok(existsSync(join(root, `src/elements/${tag}/${tag}.ts`)), `src/elements/${tag}/${tag}.ts`);
      assert.ok(pkg.exports[`./${tag}.js`], `package.json exports ./${tag}.js`);
      assert.ok(pkg.sideEffects.includes(`./dist/lib/${tag}.js`), `package.json sideEffects ${tag}`);
    }
    const perElement = Object.keys(pkg.exports).filter((path) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(path));
    assert.deepEqual(
      sorted(perElement.filter((path) => path !== './essay-widgets.js')),
      sorted(ELEMENT_TAGS.map((tag) => `./${tag}.js`)),
    );
  });

  it('is the elements the manifest documents and the pre-upgrade stylesheet styles', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const documented = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
    );
    assert.deepEqual(sorted(documented), sorted(ELEMENT_TAGS));
    // Every element that takes room of its own; a <glossary-term> is laid out as the text it is in.
    const css = read('src/host.css').replace(/\/\*[^]*?\*\//g, '');
    const selectors = [...css.matchAll(/([^{};]*)\{/g)]
      .map(([, prelude]) => (prelude.trim().startsWith('@') ? '' : prelude.replace(/\[[^\]]*\]/g, '')))
      .join(',');
    const styled = new Set(selectors.match(/(?<![\w:-])[a-z]+(?:-[a-z]+)+(?![\w-]|\()/g));
    for (const tag of styled)
      assert.ok(ELEMENT_TAGS.includes(tag), `src/host.css styles <${tag}>, no element`);
    assert.deepEqual(
      sorted(ELEMENT_TAGS.filter((tag) => styled.has(tag))),
      sorted(ELEMENT_TAGS.filter((tag) => tag !== 'glossary-term')),
    );
  });

  it('is what the tests generate: random data for each element but the essay', () => {
    const parts = ELEMENT_TAGS.filter((tag) => tag !== 'essay-article');
    assert.deepEqual(sorted(Object.keys(arbitraryData)), sorted(parts));
  });

  it('ships a locale for each file of src/locales, and no other', () => {
    const files = readdirSync(join(root, 'src/locales')).map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual(sorted(SHIPPED_LOCALES), sorted(files));
  });
});
