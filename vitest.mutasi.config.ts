import { defineConfig } from 'vitest/config';

// The tests Stryker runs against mutants of src/domain (npm run mutasi): the domain tests and the legal
// cases. Left out: the web, PDF, batch and browser tests (other layers, slow), and two sweeps that would
// run for minutes per mutant (ringkas: lean = full result over 1,500 persons; kalender-tepi: every
// calendar edge through the projection); they stay in npm test.
export default defineConfig({
  test: {
    include: ['tests/domain/**/*.test.ts', 'tests/cases.test.ts'],
    exclude: ['tests/domain/ringkas.test.ts'],
    setupFiles: ['tests/helpers/mutasi.ts'],
    env: { MUTASI: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
