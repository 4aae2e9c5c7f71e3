// The example essays against the published JSON Schema (draft 2020-12, checked by Ajv)
// and against the runtime validator: both come from one definition and must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_ELEMENTS } from '../../dist/lib/registry.js';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EssayData } from '../../dist/lib/schema/schema.js';
import { validate } from '../../dist/lib/schema/validate.js';

const read = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const schema = await read('../../dist/essay-widgets.schema.json');
const checkSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const essays = {
  'sino-russian-relations.json': await read('../../examples/sino-russian-relations.json'),
  'ru-essay.json': await read('../../examples/ru-essay.json'),
  'ar-essay.json': await read('../../examples/ar-essay.json'),
};

for (const [name, essay] of Object.entries(essays)) {
  test(`examples/${name} is valid against dist/essay-widgets.schema.json`, () => {
    const valid = checkSchema(essay);
    assert.ok(valid, JSON.stringify(checkSchema.errors, null, 2));
  });

  test(`examples/${name} is valid for the runtime validator`, () => {
    const result = validate(EssayData, essay);
    assert.deepEqual(result.ok ? [] : result.errors, []);
  });
}

test('both validators reject the same broken essay', () => {
  const essay = structuredClone(essays['sino-russian-relations.json']);
  delete essay.title;
  essay.body[1].data.location.country = 'za';
  essay.body.push({ type: 'sidebar', text: 'Not a block type.' });
  assert.equal(checkSchema(essay), false);
  const paths = checkSchema.errors.map((error) => error.instancePath);
  assert.ok(paths.includes('/body/1/data/location/country'), paths.join(', '));
  const result = validate(EssayData, essay);
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((error) => error.path),
    ['title', 'body[1].data.location.country', `body[${essay.body.length - 1}].type`],
  );
});

test('the seed essay has every structure of the reference essay, typed', () => {
  const essay = essays['sino-russian-relations.json'];
  const types = essay.body.map((block) => block.type);
  // Every structure, and paragraphs; editor's notes are in its footer.
  for (const type of ['paragraph', ...BLOCK_ELEMENTS.filter((element) => element !== 'editor-note')])
    assert.ok(types.includes(type), `a ${type} block`);
  const block = (type) => essay.body.find((each) => each.type === type).data;
  assert.equal(block('principle-list').advocate.abbreviation, 'SCO');
  assert.equal(block('principle-list').principles.length, 6);
  assert.equal(block('key-points').points.length, 4);
  assert.equal(block('scenario-list').scenarios.length, 4);
  assert.equal(block('initiative-bridge').relation, 'conjunction');
  assert.equal(block('leader-meeting').date, '2018-07-26');
  assert.deepEqual(
    block('event-timeline').events.map((event) => event.date),
    ['2018-05-24', '2018-06-08', '2018-07-25', '2018-11'],
  );
  const terms = essay.glossary.map((entry) => entry.term);
  for (const term of ['Thucydides trap', 'Yalta Model', 'Westphalian sovereignty', 'Shanghai Spirit'])
    assert.ok(terms.includes(term), term);
  // Every glossary entry is referenced somewhere in the text, and every reference has an entry.
  const text = JSON.stringify(essay.body) + essay.dek;
  const references = new Set([...text.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1].toLowerCase()));
  assert.deepEqual([...references].sort(), terms.map((term) => term.toLowerCase()).sort());
});
