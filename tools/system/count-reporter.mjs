// A node:test reporter that writes the counts of leaf tests as JSON ({ passed, failed, skipped }), the way
// tools/test.mjs reads every runner's report. Suites (describe) are not counted, only their tests.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed before its tests ran (its hooks) counts as one failure.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType === 'hookFailed')
        counts.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
