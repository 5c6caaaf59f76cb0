import { allRoles, byRole, inside, row, type MatrixEntry } from '../matrixKit.ts';

// The regions module's rows of the authorization matrix: read by all in scope, written by county admins.
const childCode = (region: string, n: number): string => {
  if (region.endsWith('00000000'))
    return region.slice(0, 4) + String(50 + (n % 49)).padStart(2, '0') + '000000';
  if (region.endsWith('000000')) return region.slice(0, 6) + String(110 + (n % 89)) + '000';
  return region.slice(0, 9) + String(300 + (n % 600));
};

export const regionsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/regions': row(
    { url: (t) => `/api/v1/regions?parent=${t.region}` },
    allRoles(inside(200)),
  ),
  'GET /api/v1/regions/:code': row(
    { url: (t) => `/api/v1/regions/${t.region}` },
    allRoles(inside(200)),
  ),
  'POST /api/v1/regions': row(
    {
      method: 'POST',
      url: () => '/api/v1/regions',
      payload: (t, n) => ({ code: childCode(t.region, n), name: `矩阵${n}` }),
    },
    byRole({ county_admin: inside(201) }),
  ),
  'PATCH /api/v1/regions/:code': row(
    {
      method: 'PATCH',
      url: (t) => `/api/v1/regions/${t.region}`,
      payload: (_t, n) => ({ population: 1000 + n }),
    },
    byRole({ county_admin: inside(200) }),
  ),
};
