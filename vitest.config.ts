import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three tiers (DESIGN.md §6): unit (pure domain), integration (server on PGlite and on a real
// PostgreSQL 15 that scripts/test.sh starts) and browser (real Chromium via playwright-core).
const pgUrl = process.env.TEST_PG_URL;
if (!pgUrl && !process.env.CI_ALLOW_NO_PG) {
  // npm test always provides TEST_PG_URL; running vitest by hand without it skips nothing silently.
  console.warn('[vitest] TEST_PG_URL is not set: the postgres project is left out of this run');
}

const integration = ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'];
// The integration files share each worker's loaded modules instead of importing the whole server
// anew per file: no file mocks a module or writes process.env, and each opens its own app and
// database (testing/appKit.ts). Measured on 15 PGlite files, one after the other on the same
// machine: 225 s → 164 s (module import 90.6 s → 17.2 s); the whole PGlite project passed so.
const shared = { isolate: false };

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), which runs every file in turn
    // while the PostgreSQL server, PGlite's thread or Chromium does the waiting. Two files at a time
    // keep both cores busy. One browser file (its server, Chromium and the test) uses about 0.7 of
    // the two cores, but two at a time made locators time out: the browser project runs last, one
    // file at a time (fileParallelism: false).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'src/web/**/*.test.ts', 'src/solver/**/*.test.ts'],
          testTimeout: 60_000,
          // generating the full demo county once per file takes seconds on a busy 2-core machine
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'pglite',
          include: integration,
          ...shared,
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: 'postgres',
                include: integration,
                ...shared,
                env: { TEST_DB: 'postgres', TEST_PG_URL: pgUrl },
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/globalSetup.ts'],
          // a failed test reports the page it left (address, layers, messages, last API calls)
          setupFiles: ['e2e/support/reportFailures.ts'],
          // After the other tiers, one file at a time. Beside the integration tests, the pages
          // waited for servers busy seeding and three locators timed out; two browser files at a
          // time timed out in two others (2026-12-06).
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A poll waits on the page as a locator does: the same 30 s as the harness's locators
          // (e2e/support/harness.ts), not vitest's 1 s, which a busy machine overran after a write.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
