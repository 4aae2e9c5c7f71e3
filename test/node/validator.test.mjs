// The CDN files check data with the compact runtime in src/schema/runtime.ts instead of
// valibot's. Both are built here from the same schema, and must say the same of every
// input: the same value when it is valid, the same errors (paths, messages, order) when
// it is not. Inputs are the example essays, their parts, thousands of mutations of them,
// and arbitrary values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import fc from 'fast-check';
import { plugins } from '../../rollup.config.mjs';

const root = new URL('../../', import.meta.url);
const RUNS = 400;

/** The schema and `validate()`, bundled with valibot or with the compact runtime. */
async function load(valibot) {
  const entry = '\0validator-entry';
  const source = `export { validate } from ${JSON.stringify(new URL('src/schema/validate.ts', root).pathname)};
export * from ${JSON.stringify(new URL('src/schema/schema.ts', root).pathname)};`;
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
      ...plugins({ valibot }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output[0].code;
  assert.equal(
    code.includes('~standard'),
    valibot,
    `valibot ${valibot ? 'missing from' : 'left in'} the bundle`,
  );
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const [real, compact] = await Promise.all([load(true), load(false)]);
const essays = await Promise.all(
  ['examples/sino-russian-relations.json', 'examples/ru-essay.json'].map(async (file) =>
    JSON.parse(await readFile(new URL(file, root), 'utf8')),
  ),
);

/** Valid examples of each schema, taken from the essays. */
function samples() {
  const blocks = essays.flatMap((essay) => essay.body);
  const data = (type) => blocks.filter((block) => block.type === type).map((block) => block.data);
  const meetings = data('leader-meeting');
  const bylines = essays.map((essay) => essay.byline).filter(Boolean);
  const keyPoints = data('key-points');
  return {
    EssayData: essays,
    EssayShell: essays,
    Block: blocks,
    PullQuoteData: [...data('pull-quote'), ...meetings.flatMap((m) => m.quotes ?? [])],
    PrincipleListData: data('principle-list'),
    LeaderMeetingData: meetings,
    KeyPointsData: keyPoints,
    KeyPoint: keyPoints.flatMap((k) => k.points),
    ScenarioListData: data('scenario-list'),
    InitiativeBridgeData: data('initiative-bridge'),
    Initiative: data('initiative-bridge').flatMap((b) => b.initiatives),
    EventTimelineData: data('event-timeline'),
    TimelineEvent: data('event-timeline').flatMap((t) => t.events),
    BylineData: bylines,
    Person: [...bylines.flatMap((b) => b.authors), ...meetings.flatMap((m) => m.participants)],
    Organization: [
      ...bylines.map((b) => b.publisher),
      ...data('principle-list').map((p) => p.advocate),
    ].filter(Boolean),
    Source: [
      ...[...meetings.flatMap((m) => m.sources ?? []), ...data('pull-quote').map((q) => q.source)].filter(
        Boolean,
      ),
      {
        title: 'Sino-Russian relations',
        publisher: 'Valdai Club',
        url: 'https://valdaiclub.com/',
        date: '2018-07',
      },
    ],
    EditorNoteData: [...data('editor-note'), ...essays.flatMap((essay) => essay.notes ?? [])],
    GlossaryEntry: essays.flatMap((essay) => essay.glossary ?? []),
  };
}

/** Values that sit on the edges of the schema's rules. */
const edgy = fc.constantFrom(
  undefined,
  null,
  0,
  NaN,
  true,
  '',
  ' ',
  '\n',
  'x',
  '2018',
  '2018-02-29',
  '2020-02-29',
  '2018-13',
  '2018-7-1',
  'CN',
  'cn',
  'CHN',
  'https://example.org/a',
  'mailto:a@example.org',
  ' javascript:alert(1)',
  'HTTP://EXAMPLE.ORG',
  'http:',
  'likely',
  'featured',
  'note',
  'paragraph',
  'pull-quote',
  'constructor',
  [],
  [{}],
  ['x', 'y'],
  [{ name: 'A' }, { name: 'B' }],
  {},
  { name: 'Ada' },
  { type: 'paragraph', text: 'Hi' },
  { type: 'heading' },
  { term: 'x', definition: 'y' },
);

/** Every path in `value` (the root included), as lists of keys. */
function paths(value, at = []) {
  const found = [at];
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value))
      found.push(...paths(value[key], [...at, Array.isArray(value) ? Number(key) : key]));
  }
  return found;
}

/** Applies `edits` to a copy of `sample`: set a value, delete a key or item, add a key or item. */
function mutate(sample, edits) {
  let copy = structuredClone(sample);
  for (const [pick, action, original, name] of edits) {
    // A copy each time: the same object in two places could be made to contain itself.
    const value = structuredClone(original);
    const all = paths(copy);
    const path = all[pick % all.length];
    if (!path.length) {
      copy = action === 'set' ? value : copy;
      continue;
    }
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    const key = path.at(-1);
    if (action === 'set') parent[key] = value;
    else if (action === 'delete' && Array.isArray(parent)) parent.splice(key, 1);
    else if (action === 'delete') Reflect.deleteProperty(parent, key);
    else if (Array.isArray(parent)) parent.splice(key, 0, value);
    else parent[name] = value;
  }
  return copy;
}

const edit = fc.tuple(
  fc.nat(),
  fc.constantFrom('set', 'delete', 'add'),
  fc.oneof(edgy, fc.anything({ maxDepth: 2 })),
  fc.constantFrom('extra', 'name', 'text', 'type', 'data', 'date', 'url', 'constructor'),
);

function agree(name, input) {
  const expected = real.validate(real[name], input, 'x');
  const actual = compact.validate(compact[name], input, 'x');
  assert.deepStrictEqual(actual, expected, `${name}: ${JSON.stringify(input)?.slice(0, 400)}`);
  return expected.ok;
}

test('an own "__proto__" key in parsed JSON is an unknown key to both', () => {
  for (const json of ['{"__proto__": {"name": "x"}}', '{"__proto__": {"name": "x"}, "name": "Ada"}']) {
    agree('Person', JSON.parse(json));
  }
  assert.deepEqual(Object.keys(Object.prototype), []);
});

test('data that contains itself is reported alike, not thrown', () => {
  const point = { heading: 'Mutual trust' };
  point.points = [point];
  const input = { points: [point] };
  const expected = real.validate(real.KeyPointsData, input, 'x');
  assert.equal(expected.ok, false);
  assert.deepStrictEqual(compact.validate(compact.KeyPointsData, input, 'x'), expected);
});

for (const [name, pool] of Object.entries(samples())) {
  test(`${name}: the compact runtime and valibot agree`, () => {
    assert.ok(pool.length > 0, `no sample of ${name}`);
    // Every sample is valid, and comes out the same.
    for (const sample of pool) assert.equal(agree(name, sample), true, `${name} sample is invalid`);
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        if (!agree(name, mutate(pool[which % pool.length], edits))) invalid++;
      }),
      { numRuns: RUNS, seed: 20261128 + name.length, endOnFailure: true },
    );
    fc.assert(
      fc.property(fc.oneof(edgy, fc.anything()), (input) => {
        agree(name, input);
      }),
      { numRuns: RUNS / 4, endOnFailure: true },
    );
    // The mutations reach the errors, not only valid data.
    assert.ok(invalid > RUNS / 4, `${name}: only ${invalid} of ${RUNS} mutations were invalid`);
  });
}
