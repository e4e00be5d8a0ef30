// @ts-check
/**
 * StrykerJS for one group of tests/mutation/mutation-groups.mjs (MUTATION_GROUP); scripts/mutation.mjs runs them all.
 * Incremental: a second run tests only mutants in changed code or covered by changed tests.
 */
import { currentGroup, groupDir } from './mutation-groups.mjs';

const group = currentGroup();
const out = groupDir(group.name);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...group.mutate, '!**/*.d.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ['test-results', 'build', 'dist', 'release', 'playwright-report'],
  // Per group, so two groups can run at once without sharing a sandbox folder.
  tempDirName: `${out}/.stryker-tmp`,
  cleanTempDir: true,
  // Two cores here: one test process per core.
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: null },
};
