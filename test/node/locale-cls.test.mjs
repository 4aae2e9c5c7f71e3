// Layout shift while a German and an Arabic page's strings arrive (scripts/locale-cls.mjs): the
// same as the English page's at 375 and 1280 px, within 0.001. (What both share is the space
// essay-widgets.css holds for widgets whose data is inline JSON, an estimate.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TARGET, addedByStrings, measure } from '../../scripts/locale-cls.mjs';

test(
  'a German or Arabic page shifts no more than the English one while its strings arrive',
  { timeout: 60_000 },
  async () => {
    const results = await measure();
    const added = addedByStrings(results);
    assert.deepEqual(Object.keys(added).sort(), ['ar@1280', 'ar@375', 'de@1280', 'de@375']);
    for (const [page, more] of Object.entries(added))
      assert.ok(more <= TARGET, `${page}: CLS ${results[page]}, ${more} more than English`);
    for (const [page, cls] of Object.entries(results)) assert.ok(cls <= 0.02, `${page}: CLS ${cls}`);
  },
);
