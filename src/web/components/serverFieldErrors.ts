import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';

/** A form field's name path, as antd takes it (`'year'`, `['holdings', 2, 'land']`). */
export type FieldPath = string | (string | number)[];

/**
 * Puts the server's 4xx issues (`details.issues`: `{ path: 'body.year', message }`) next to the
 * fields they name; `fieldOf` maps a request path to the form's field (undefined: none shown).
 * Answers whether any issue found its field — the modal's alert still shows the first one.
 */
export function showServerFieldErrors<V>(
  form: FormInstance<V>,
  error: unknown,
  fieldOf: (path: string) => FieldPath | undefined,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const issues = error.details.issues;
  if (!Array.isArray(issues)) return false;
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const issue of issues as unknown[]) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const name = fieldOf(path.replace(/^body\./, ''));
    if (name === undefined) continue;
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()] as Parameters<FormInstance<V>['setFields']>[0]);
  return byField.size > 0;
}

/** Runs a form's save; a 4xx it throws also goes under the fields it names, then on to the modal. */
export async function withFieldErrors<V, R>(
  form: FormInstance<V>,
  fieldOf: (path: string) => FieldPath | undefined,
  save: () => Promise<R>,
): Promise<R> {
  try {
    return await save();
  } catch (error) {
    showServerFieldErrors(form, error, fieldOf);
    throw error;
  }
}
