// A node:test reporter that ends the run with one line of counts, e.g.
// "node tests: 24 passed, 0 failed, 0 skipped (6.1 s)".
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const started = Date.now();
  for await (const event of source) {
    // Suites report too; only tests count.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    else if (event.type === 'test:fail') counts.failed++;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  yield `node tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)\n`;
}
