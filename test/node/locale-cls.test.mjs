// Layout shift while a German and an Arabic page's strings arrive (scripts/locale-cls.mjs):
// at most 0.01 at 375 and 1280 px. Marked todo while the figure is over the target (0.17–0.24
// when written, against 0.008–0.015 for the same page in English): it runs and reports, and
// fails the suite once the todo is removed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TARGET, measure } from '../../scripts/locale-cls.mjs';

test(
  'a German or Arabic page shifts by at most 0.01 while its strings arrive',
  { timeout: 20_000, todo: 'elements in a loading language shift the page (scripts/locale-cls.mjs)' },
  async () => {
    const results = await measure();
    for (const [page, cls] of Object.entries(results)) assert.ok(cls <= TARGET, `${page}: CLS ${cls}`);
  },
);
