import { allRoles, everywhere, MATRIX_PASSWORD, row, sameForAll } from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// The auth module's rows of the authorization matrix.
export const authMatrix: Record<string, MatrixEntry> = {
  'POST /api/v1/auth/login': row(
    {
      method: 'POST',
      url: () => '/api/v1/auth/login',
      payload: () => ({ username: 'matrix-login', password: MATRIX_PASSWORD }),
      targetless: true,
      unauthenticated: 200,
    },
    allRoles(everywhere(200)),
  ),
  'GET /api/v1/auth/me': sameForAll('GET', () => '/api/v1/auth/me', 200),
  'POST /api/v1/auth/logout': sameForAll('POST', () => '/api/v1/auth/logout', 204),
};
