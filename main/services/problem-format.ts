/** One line per problem, the same wording in logs, the checker and the error screen. */
import type { Problem } from '../contract';

export function formatProblem(problem: Problem): string {
  return `${problem.file} › ${problem.field}: ${problem.reason}`;
}
