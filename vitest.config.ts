import { defineConfig } from 'vitest/config';

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
          globalSetup: ['test/browser/support/global-setup.ts'],
        },
      },
    ],
  },
});
