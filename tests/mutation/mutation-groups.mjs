/**
 * What `npm run test:mutation` mutates, one group at a time, and the tests that answer for each group: a folder's
 * code is proven by its own tests, and a mutant runs only those (not the whole suite, which on 2 cores takes hours).
 * Scores are per `folder` (a folder may take several runs); `target` folders must reach TARGET_SCORE, every
 * surviving mutant killed or listed in equivalent-mutants.md.
 */
export const TARGET_SCORE = 80;

const services = (folder) => ({ folder, mutate: [`main/services/${folder}/**/*.ts`], tests: [`tests/unit/main/services/${folder}/**/*.test.ts`] });

const contentFiles = (...names) => ({ folder: 'content', target: true, mutate: names.map((name) => `main/services/content/${name}.ts`), tests: ['tests/unit/main/services/content/**/*.test.ts'] });
const contentTests = (...names) => names.map((name) => `tests/unit/main/services/content/${name}.test.ts`);

export const MUTATION_GROUPS = [
  // The content folder in four runs, so each finishes (and is kept for the next incremental run) within the hour.
  { name: 'content-loading', ...contentFiles('content-loader', 'content-schema', 'content-references', 'content-store', 'content-watcher') },
  // The loudness check runs ffmpeg for seconds per test: only its own tests answer for it, and only it runs them.
  { name: 'content-loudness', ...contentFiles('cue-loudness'), tests: contentTests('cue-loudness', 'cue-loudness-judgement') },
  // Most media and text checks run in the loader tests' setup, which Stryker cannot tie to one test: each such
  // mutant runs every test of its group, so a group names only the tests that read its files (not the watcher's).
  { name: 'content-media', ...contentFiles('media-files', 'cue-sprites'), tests: contentTests('media-files', 'webm-structure', 'cue-sprites', 'content-loader', 'content-loader.fuzz', 'content-rules', 'video-phases') },
  { name: 'content-text', ...contentFiles('content-localizer', 'read-aloud-manifests', 'read-aloud-text', 'ui-text'), tests: contentTests('content-localizer', 'ui-text', 'read-aloud-manifests', 'read-aloud-schemas', 'read-aloud-text', 'content-rules', 'content-loader') },
  { name: 'settings', target: true, ...services('settings') },
  { name: 'staff', target: true, ...services('staff') },
  {
    name: 'serving',
    folder: 'serving',
    target: true,
    mutate: ['main/services/serving/**/*.ts'],
    // static-files answers the preview server and the kiosk's app:// protocol: their tests drive it.
    tests: ['tests/unit/main/services/serving/**/*.test.ts', 'tests/unit/main/preview/preview-server.test.ts', 'tests/unit/main/app-protocol.test.ts'],
  },
  { name: 'channels', ...services('channels') },
  { name: 'config', ...services('config') },
  { name: 'files', ...services('files') },
  { name: 'host', ...services('host') },
  { name: 'updates', ...services('updates') },
  { name: 'web-export', ...services('web-export') },
  { name: 'services', folder: 'services', mutate: ['main/services/*.ts'], tests: ['tests/unit/main/services/*.test.ts'] },
  { name: 'common', folder: 'common', mutate: ['common/**/*.ts'], tests: ['tests/unit/common/**/*.test.ts'] },
];

/** The group named by MUTATION_GROUP, for the Stryker and vitest configs that run it. */
export function currentGroup(env = process.env) {
  const group = MUTATION_GROUPS.find(({ name }) => name === env.MUTATION_GROUP);
  if (!group) throw new Error(`MUTATION_GROUP must name one of: ${MUTATION_GROUPS.map(({ name }) => name).join(', ')} (got ${JSON.stringify(env.MUTATION_GROUP)}). Run npm run test:mutation.`);
  return group;
}

export const groupDir = (name) => `test-results/mutation/${name}`;
