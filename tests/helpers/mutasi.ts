// Setup for the mutation run only (vitest.mutasi.config.ts): each mutant reruns the property tests that
// cover it, so they draw fewer examples there; npm test draws the full number.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 20 });
