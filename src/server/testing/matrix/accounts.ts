import { byRole, inside, listedBy, MATRIX_PASSWORD, readers, row } from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// The accounts module's rows of the authorization matrix: read by readers, written by county and township admins.
const admins = byRole({ county_admin: inside(200), township_admin: inside(200) });

export const accountsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/accounts': row(
    { url: (t) => `/api/v1/accounts?q=${t.username}`, listed: listedBy('username', 'username') },
    byRole(readers(inside('listed', 'hidden'))),
  ),
  'GET /api/v1/accounts/:id': row(
    { url: (t) => `/api/v1/accounts/${t.accountId}` },
    byRole(readers(inside(200))),
  ),
  'POST /api/v1/accounts': row(
    {
      method: 'POST',
      url: () => '/api/v1/accounts',
      payload: (t, n) => ({
        username: `matrix-new-${n}`,
        displayName: '矩阵新账号',
        password: MATRIX_PASSWORD,
        roles: [{ role: 'villager', scope: t.region }],
      }),
    },
    byRole({ county_admin: inside(201), township_admin: inside(201) }),
  ),
  'PATCH /api/v1/accounts/:id': row(
    {
      method: 'PATCH',
      url: (t) => `/api/v1/accounts/${t.accountId}`,
      payload: (_t, n) => ({ displayName: `改名${n}` }),
    },
    admins,
  ),
};
