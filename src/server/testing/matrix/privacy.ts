import { byRole, inside, row, type MatrixEntry } from '../matrixKit.ts';

// The privacy module's rows of the authorization matrix: county and township admins reveal a field in scope.
export const privacyMatrix: Record<string, MatrixEntry> = {
  'POST /api/v1/privacy/reveal': row(
    {
      method: 'POST',
      url: () => '/api/v1/privacy/reveal',
      payload: (t) => ({
        objectType: 'account',
        objectId: t.accountId,
        field: 'phone',
        purpose: '权限矩阵测试',
      }),
    },
    byRole({ county_admin: inside(200), township_admin: inside(200) }),
  ),
};
