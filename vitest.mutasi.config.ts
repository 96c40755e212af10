import { defineConfig } from 'vitest/config';

// The tests Stryker runs against mutants of src/domain (npm run mutasi): the domain tests and the
// legal cases. The web, PDF, batch and browser tests are left out: they are slow and test other layers.
export default defineConfig({
  test: {
    include: ['tests/domain/**/*.test.ts', 'tests/cases.test.ts', 'tests/keamanan/kalender-tepi.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
