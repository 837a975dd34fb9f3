import { defineConfig } from 'vitest/config';

// The server side of every test runs in UTC, as production servers usually do, while the browser
// journeys run Chromium in China time (test/browser/support/browser.ts): a date or time that slips
// between the two zones fails a test instead of passing on a machine that happens to be in China.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'test/**/*.test.ts',
            'bench/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          exclude: ['test/browser/**', '**/node_modules/**'],
        },
      },
      {
        // Chromium through playwright-core against the built web app (test/browser/support).
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A real browser on a busy two-core machine: one more try before a journey counts as
          // failed. Each try starts from a fresh page; a test that fails twice still fails the run.
          retry: 1,
          globalSetup: ['test/browser/support/global-setup.ts'],
        },
      },
    ],
  },
});
