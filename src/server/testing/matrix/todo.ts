import { byRole, everywhere, row, type MatrixEntry } from '../matrixKit.ts';

// 待办: every logged-in role reads its own to-do; each source applies its module's scope.
export const todoMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/me/todo': row(
    { url: () => '/api/v1/me/todo', targetless: true },
    byRole({}, everywhere(200)),
  ),
  'GET /api/v1/me/home': row(
    { url: () => '/api/v1/me/home', targetless: true },
    byRole({}, everywhere(200)),
  ),
};
