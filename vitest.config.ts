import { defineConfig } from 'vitest/config';

// One config for every unit and API test. Browser tests live in e2e/ and run through e2e/run.ts.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    // PGlite needs ~3.5 s to start; API test files share one database each, so keep parallelism modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // The demo data and the API tests speak of fixed months (October/November 2026): the business
    // day is pinned so that "the month is not over yet" or "this quarter" mean the same on every run.
    env: { HILFEWERK_HEUTE: '2026-11-25' },
    hookTimeout: 60_000,
  },
});
