import type { ProjectProblem } from '../../../domain/projects/checks.ts';
import { validationError } from '../../platform/errors.ts';

/** The domain's problems as one 400, else nothing. */
export function refuse(problems: readonly ProjectProblem[]): void {
  if (problems.length > 0) throw validationError([...problems]);
}
