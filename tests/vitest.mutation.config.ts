/** The unit tests that answer for one mutation group (MUTATION_GROUP): what StrykerJS runs against each mutant. */
import { defineConfig } from 'vitest/config';
import { currentGroup } from './mutation/mutation-groups.mjs';
import unit from './vitest.config';

// Not mergeConfig: it would append this include list to the unit tests' one instead of replacing it.
export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: currentGroup().tests,
    // A few fuzz cases per mutant: the full 1,000 of npm test would run for every content mutant.
    env: { CONTENT_FUZZ_RUNS: '10' },
  },
});
