import { byRole, everywhere, inside, NO_SUCH, row, type MatrixEntry } from '../matrixKit.ts';

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
        purpose: 'verify_identity',
      }),
    },
    byRole({ county_admin: inside(200), township_admin: inside(200) }),
  ),
  // Reveal requests past the daily threshold: only the county admin lists and decides them.
  'GET /api/v1/privacy/reveal-requests': row(
    { url: () => '/api/v1/privacy/reveal-requests', targetless: true },
    byRole({ county_admin: everywhere(200) }),
  ),
  'POST /api/v1/privacy/reveal-requests/:id/decision': row(
    {
      method: 'POST',
      url: () => `/api/v1/privacy/reveal-requests/${NO_SUCH}/decision`,
      payload: () => ({ decision: 'deny' }),
      targetless: true,
    },
    byRole({ county_admin: everywhere(404) }),
  ),
};
