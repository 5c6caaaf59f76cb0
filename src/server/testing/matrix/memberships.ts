import { byRole, inside, listedBy, readers, row, writers, type MatrixEntry } from '../matrixKit.ts';

// The memberships module's rows of the authorization matrix.
export const membershipsMatrix: Record<string, MatrixEntry> = {
  // The organization is named in the query: one out of scope is not found.
  'GET /api/v1/memberships': row(
    { url: (t) => `/api/v1/memberships?org=${t.orgId}`, listed: listedBy('personId', 'personId') },
    byRole(readers(inside('listed'))),
  ),
  // Only the writer whose own scope holds the target gets this far, once per target.
  'POST /api/v1/memberships': row(
    {
      method: 'POST',
      url: () => '/api/v1/memberships',
      payload: (t) => ({
        personId: t.spareId,
        orgId: t.orgId,
        kind: 'probationary',
        joinDate: '2024-07-01',
      }),
    },
    byRole(writers(inside(201))),
  ),
  'PATCH /api/v1/memberships/:personId': row(
    {
      method: 'PATCH',
      url: (t) => `/api/v1/memberships/${t.personId}`,
      payload: (_t, n) => ({ kind: n % 2 ? 'formal' : 'probationary' }),
    },
    byRole(writers(inside(200))),
  ),
};
