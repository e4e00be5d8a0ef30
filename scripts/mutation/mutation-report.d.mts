/** Types for mutation-report.mjs. */
import type { LivingMutant } from './equivalent-mutants.mjs';

export type MutantCounts = Record<'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored' | 'CompileError' | 'RuntimeError', number>;
export function scoreOf(counts: Pick<MutantCounts, 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage'>): number;
export function readMutationReport(file: string): Promise<{ counts: MutantCounts; total: number; score: number; lived: LivingMutant[]; files: Record<string, unknown> }>;
