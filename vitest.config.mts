import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // Builds out/ when it is older than the sources, for the tests of the built app.
    globalSetup: ['scripts/test-support/build-once.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Whole-briefing PDF tests take 10–40 s on a loaded 2-core machine.
    testTimeout: 120_000,
    // A beforeAll that builds a whole PDF cold can pass 10 s on a loaded 2-core machine.
    hookTimeout: 60_000
  }
});
