import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithEquivalents, readEquivalents } from '../../../../scripts/mutation/equivalent-mutants.mjs';
import { readMutationReport, scoreOf } from '../../../../scripts/mutation/mutation-report.mjs';
import { useTempDir } from '../../../support/temp-dir';

const dir = useTempDir('kiosk-mutation');
const HEADER = '| file | line | mutator | why it is equivalent |\n| --- | --- | --- | --- |\n';
const mutant = (file: string, line: number, mutator: string, status = 'Survived') => ({ file, line, mutator, replacement: 'x', status });

describe('the equivalent-mutants list', () => {
  it('reads each row with its reason, and skips the header and prose', async () => {
    const file = join(dir(), 'list.md');
    await writeFile(file, `# Equivalent mutants\n\nSome prose | with a bar.\n\n${HEADER}| \`main/a.ts\` | 12 | \`StringLiteral\` | never shown |\n`);
    expect(await readEquivalents(file)).toEqual([{ file: 'main/a.ts', line: 12, mutator: 'StringLiteral', why: 'never shown' }]);
  });

  it('refuses a row without a reason, naming the file and line of the row', async () => {
    const file = join(dir(), 'list.md');
    await writeFile(file, `${HEADER}| main/a.ts | 12 | StringLiteral |  |\n`);
    await expect(readEquivalents(file)).rejects.toThrow(`${file}:3: the row for main/a.ts:12 StringLiteral gives no reason.`);
  });

  it('explains only the living mutant of the same file, line and mutator; a row for a mutated file that matches nothing is stale', () => {
    const rows = [
      { file: 'main/a.ts', line: 12, mutator: 'StringLiteral', why: 'never shown' },
      { file: 'main/a.ts', line: 40, mutator: 'BlockStatement', why: 'was equivalent once' },
      { file: 'main/other.ts', line: 1, mutator: 'BlockStatement', why: 'another group' },
    ];
    const lived = [mutant('main/a.ts', 12, 'StringLiteral'), mutant('main/a.ts', 12, 'ConditionalExpression'), mutant('main/a.ts', 13, 'StringLiteral', 'NoCoverage')];
    const { unexplained, stale } = compareWithEquivalents(lived, rows, new Set(['main/a.ts']));
    expect(unexplained).toEqual([lived[1], lived[2]]);
    expect(stale).toEqual([rows[1]]);
  });
});

describe('a Stryker report', () => {
  it('counts mutants by status, scores detected over detected and undetected, and lists the living ones', async () => {
    const file = join(dir(), 'mutation.json');
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 5 } });
    await writeFile(file, JSON.stringify({
      files: {
        'main/a.ts': {
          mutants: [
            { id: '1', mutatorName: 'StringLiteral', replacement: '""', status: 'Killed', location: at(1) },
            { id: '2', mutatorName: 'StringLiteral', replacement: '""', status: 'Timeout', location: at(2) },
            { id: '3', mutatorName: 'BooleanLiteral', replacement: 'true', status: 'Survived', location: at(3) },
            { id: '4', mutatorName: 'BlockStatement', replacement: '{}', status: 'NoCoverage', location: at(4) },
            { id: '5', mutatorName: 'BlockStatement', replacement: '{}', status: 'Ignored', location: at(5) },
            { id: '6', mutatorName: 'BlockStatement', replacement: '{}', status: 'CompileError', location: at(6) },
          ],
        },
      },
    }));
    const report = await readMutationReport(file);
    expect(report.counts).toEqual({ Killed: 1, Timeout: 1, Survived: 1, NoCoverage: 1, Ignored: 1, CompileError: 1, RuntimeError: 0 });
    expect(report.total).toBe(6);
    expect(report.score).toBe(50);
    expect(report.lived).toEqual([
      { file: 'main/a.ts', line: 3, mutator: 'BooleanLiteral', replacement: 'true', status: 'Survived' },
      { file: 'main/a.ts', line: 4, mutator: 'BlockStatement', replacement: '{}', status: 'NoCoverage' },
    ]);
  });

  it('a folder with no valid mutant scores 100, and a missing report says which file and what to do', async () => {
    expect(scoreOf({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 })).toBe(100);
    const missing = join(dir(), 'none.json');
    await expect(readMutationReport(missing)).rejects.toThrow(`${missing}: no readable Stryker report (ENOENT); run the group again.`);
  });
});
