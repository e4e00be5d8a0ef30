/**
 * `npm run test:mutation [-- group ...]`: StrykerJS on main/services and common, one group of
 * tests/mutation/mutation-groups.mjs at a time (all by default), then a table of scores per group in
 * test-results/mutation/summary.md. Exits 1 when a target group scores under the target or keeps a living mutant
 * that tests/mutation/equivalent-mutants.md does not explain.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { groupDir, MUTATION_GROUPS, TARGET_SCORE } from '../tests/mutation/mutation-groups.mjs';
import { compareWithEquivalents, EQUIVALENTS_FILE, readEquivalents } from './mutation/equivalent-mutants.mjs';
import { readMutationReport, scoreOf } from './mutation/mutation-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
// A name on the command line is a group or a folder (`content` runs its three groups).
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = asked.filter((name) => !MUTATION_GROUPS.some((group) => group.name === name || group.folder === name));
if (unknown.length) {
  console.error(`Unknown mutation group ${unknown.join(', ')}: choose from ${[...new Set(MUTATION_GROUPS.flatMap(({ name, folder }) => [folder, name]))].join(', ')}.`);
  process.exit(2);
}
const groups = asked.length ? MUTATION_GROUPS.filter(({ name, folder }) => asked.includes(name) || asked.includes(folder)) : MUTATION_GROUPS;
const skipRun = process.argv.includes('--report-only');

const stryker = fileURLToPath(new URL('../node_modules/.bin/stryker', import.meta.url));
const seconds = {};
for (const group of skipRun ? [] : groups) {
  console.log(`\n▶ mutation group ${group.name}: ${group.mutate.join(', ')}`);
  const started = Date.now();
  const run = spawnSync(stryker, ['run', 'tests/mutation/stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, MUTATION_GROUP: group.name } });
  seconds[group.name] = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(`✖ Stryker failed on group ${group.name} (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}

const equivalents = await readEquivalents();
const summaryFile = 'test-results/mutation/summary.json';
// Every group's latest report on disk counts, run now or before; only the run time is kept from the run before.
const earlier = JSON.parse(await readFile(summaryFile, 'utf8').catch(() => '{}'));
const rows = {};
for (const group of MUTATION_GROUPS) {
  const reportFile = `${groupDir(group.name)}/mutation.json`;
  if (!existsSync(reportFile)) continue;
  const report = await readMutationReport(reportFile);
  const { unexplained, stale } = compareWithEquivalents(report.lived, equivalents, new Set(Object.keys(report.files)));
  rows[group.name] = { folder: group.folder, target: Boolean(group.target), total: report.total, ...report.counts, unexplained, stale, seconds: seconds[group.name] ?? earlier[group.name]?.seconds ?? null };
}

const failures = [];
const lines = [
  '| folder | target | mutants | killed | timeout | survived | no coverage | score | listed equivalent | seconds |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const folder of new Set(MUTATION_GROUPS.map((group) => group.folder))) {
  const parts = MUTATION_GROUPS.filter((group) => group.folder === folder).map((group) => rows[group.name]).filter(Boolean);
  if (parts.length === 0) continue;
  const sum = (key) => parts.reduce((total, part) => total + part[key], 0);
  const counts = { Killed: sum('Killed'), Timeout: sum('Timeout'), Survived: sum('Survived'), NoCoverage: sum('NoCoverage') };
  const score = scoreOf(counts);
  const unexplained = parts.flatMap((part) => part.unexplained);
  const stale = parts.flatMap((part) => part.stale);
  const target = parts[0].target;
  const missing = MUTATION_GROUPS.filter((group) => group.folder === folder && !rows[group.name]).map(({ name }) => name);
  lines.push(`| ${folder} | ${target ? `≥ ${TARGET_SCORE} %` : ''} | ${sum('total')} | ${counts.Killed} | ${counts.Timeout} | ${counts.Survived} | ${counts.NoCoverage} | ${score.toFixed(1)} %${missing.length ? ` (not run: ${missing.join(', ')})` : ''} | ${counts.Survived + counts.NoCoverage - unexplained.length} | ${sum('seconds')} |`);
  if (!target) continue;
  if (missing.length) failures.push(`${folder}: ${missing.join(', ')} not run yet, so its score is not whole.`);
  if (score < TARGET_SCORE) failures.push(`${folder}: mutation score ${score.toFixed(1)} % is under ${TARGET_SCORE} %.`);
  for (const mutant of unexplained) failures.push(`${mutant.file}:${mutant.line} ${mutant.mutator} → ${JSON.stringify(mutant.replacement.slice(0, 80))} ${mutant.status}: kill it with a test, or list it in ${EQUIVALENTS_FILE} with why it is equivalent.`);
  for (const row of stale) failures.push(`${EQUIVALENTS_FILE}: ${row.file}:${row.line} ${row.mutator} matches no living mutant any more; remove the row.`);
}
await mkdir('test-results/mutation', { recursive: true });
await writeFile(summaryFile, `${JSON.stringify(rows, null, 2)}\n`);
await writeFile('test-results/mutation/summary.md', `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nReports: test-results/mutation/<group>/index.html`);
if (failures.length) {
  console.error(`\n✖ ${failures.length} problem(s):\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
