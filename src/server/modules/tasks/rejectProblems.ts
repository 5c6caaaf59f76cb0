import type { TaskProblem } from '../../../domain/tasks/taskList.ts';
import { validationError } from '../../platform/errors.ts';

/** The domain's problems with a request body as one 400 naming the first field, or nothing. */
export function rejectProblems(problems: readonly TaskProblem[]): void {
  if (problems.length > 0)
    throw validationError(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
}
