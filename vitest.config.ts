import { defineConfig } from 'vitest/config';

// One config for every unit and API test. Browser tests live in e2e/ and run through e2e/run.ts.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    // One PostgreSQL server for the run (embedded, or DATABASE_URL), a template database with the
    // demo data, and a copy of it per test file.
    globalSetup: ['packages/server/src/test/globale-datenbank.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // The demo data and the API tests speak of fixed months (October/November 2026): the business
    // day is pinned so that "the month is not over yet" or "this quarter" mean the same on every run.
    env: { HILFEWERK_HEUTE: '2026-11-25' },
    hookTimeout: 60_000,
  },
});
