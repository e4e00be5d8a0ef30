/**
 * tests/mutation/equivalent-mutants.md lists the mutants that no test can kill because they change nothing a caller
 * can observe, one table row each: | file | line | mutator | why |. A row that matches no living mutant is stale.
 */
import { readFile } from 'node:fs/promises';

export const EQUIVALENTS_FILE = 'tests/mutation/equivalent-mutants.md';

export async function readEquivalents(file = EQUIVALENTS_FILE) {
  const text = await readFile(file, 'utf8');
  const rows = [];
  for (const [index, line] of text.split('\n').entries()) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length < 4 || !/^\d+$/.test(cells[1])) continue;
    const [path, row, mutator, why] = cells;
    if (!why) throw new Error(`${file}:${index + 1}: the row for ${path}:${row} ${mutator} gives no reason.`);
    rows.push({ file: path.replace(/`/g, ''), line: Number(row), mutator: mutator.replace(/`/g, ''), why });
  }
  return rows;
}

const sameMutant = (row, mutant) => row.file === mutant.file && row.line === mutant.line && row.mutator === mutant.mutator;

/** Living mutants that the list does not explain, and rows of the list (for the files mutated) that explain nothing. */
export function compareWithEquivalents(lived, rows, files) {
  const unexplained = lived.filter((mutant) => !rows.some((row) => sameMutant(row, mutant)));
  const stale = rows.filter((row) => files.has(row.file) && !lived.some((mutant) => sameMutant(row, mutant)));
  return { unexplained, stale };
}
