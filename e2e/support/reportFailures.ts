import { afterEach } from 'vitest';
import { describeWatchedPage } from './pageReport.ts';

// Loaded before each browser test file (vitest.config.ts setupFiles): a failed test's error gains
// what its page showed, since CI's output has no screenshot.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const report = await describeWatchedPage(task.name);
  // thrown, the report is printed with the test's own error in the summary of failed tests
  if (report) throw new Error(`the page when the test failed:\n${report}`);
});
