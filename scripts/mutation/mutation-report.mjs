/** Reads one group's Stryker JSON report: counts by status, the mutation score, and the mutants that lived. */
import { readFile } from 'node:fs/promises';

const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Stryker's own score: detected over detected plus undetected (ignored and erroring mutants left out). */
export function scoreOf(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? 100 : (detected / valid) * 100;
}

export async function readMutationReport(file) {
  let report;
  try {
    report = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: no readable Stryker report (${error.code ?? error.message}); run the group again.`, { cause: error });
  }
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  const lived = [];
  for (const [path, { mutants }] of Object.entries(report.files ?? {})) {
    for (const mutant of mutants) {
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
      if (UNDETECTED.has(mutant.status)) lived.push({ file: path, line: mutant.location.start.line, mutator: mutant.mutatorName, replacement: mutant.replacement ?? '', status: mutant.status });
    }
  }
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { counts, total, score: scoreOf(counts), lived, files: report.files ?? {} };
}
