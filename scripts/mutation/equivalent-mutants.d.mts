/** Types for equivalent-mutants.mjs. */
export interface EquivalentRow {
  file: string;
  line: number;
  mutator: string;
  why: string;
}
export interface LivingMutant {
  file: string;
  line: number;
  mutator: string;
  replacement: string;
  status: string;
}
export const EQUIVALENTS_FILE: string;
export function readEquivalents(file?: string): Promise<EquivalentRow[]>;
export function compareWithEquivalents(lived: LivingMutant[], rows: EquivalentRow[], files: Set<string>): { unexplained: LivingMutant[]; stale: EquivalentRow[] };
