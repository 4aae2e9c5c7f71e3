// Writes dist/essay-widgets.schema.json from the same valibot definitions that type
// and validate the data at run time.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { EssayData, definitions } from '../dist/lib/schema/schema.js';

const schema = toJsonSchema(EssayData, { target: 'draft-2020-12', definitions, errorMode: 'ignore' });
const out = {
  $schema: schema.$schema,
  $id: 'https://unpkg.com/essay-widgets/dist/essay-widgets.schema.json',
  title: 'EssayData',
  description: 'A news-analysis essay for <essay-article>; $defs holds the data of each element.',
  ...schema,
};
await writeFile(
  new URL('../dist/essay-widgets.schema.json', import.meta.url),
  JSON.stringify(out, null, 2) + '\n',
);
console.log(`dist/essay-widgets.schema.json: ${Object.keys(out.$defs ?? {}).length} definitions`);
