/** Types for mutation-groups.mjs, which Stryker's config (plain JS) and the mutation vitest config share. */
export interface MutationGroup {
  name: string;
  folder: string;
  target?: boolean;
  mutate: string[];
  tests: string[];
}
export const TARGET_SCORE: number;
export const MUTATION_GROUPS: MutationGroup[];
export function currentGroup(env?: NodeJS.ProcessEnv): MutationGroup;
export function groupDir(name: string): string;
