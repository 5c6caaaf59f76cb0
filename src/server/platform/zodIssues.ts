import type { z } from 'zod';
import type { ValidationIssue } from './errors.ts';

/** zod problems → `[{path: "body.roles.0.scope", message}]`, the first of which heads the message. */
export function zodIssues(
  where: 'body' | 'query' | 'params' | 'response',
  error: z.ZodError,
): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
