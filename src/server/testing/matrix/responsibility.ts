import { byRole, inside, listedBy, readers, row, sameForAll, writers } from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// The responsibility module's rows of the authorization matrix.
const read = (url: (t: { region: string; personId: string }) => string) =>
  row({ url }, byRole(readers(inside(200))));

export const responsibilityMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/responsibility/coverage': read(
    (t) => `/api/v1/responsibility/coverage?region=${t.region}`,
  ),
  'GET /api/v1/me/households': sameForAll('GET', () => '/api/v1/me/households', 200),
  // The target person keeps at least one L4 edge throughout: the POST below adds one before the DELETE removes the fixture's.
  'GET /api/v1/responsibility/edges': row(
    {
      url: (t) => `/api/v1/responsibility/edges?responsible=${t.personId}`,
      listed: listedBy('responsibleId', 'personId'),
    },
    byRole(readers(inside('listed', 'hidden'))),
  ),
  // Only the writer whose own scope holds the target gets this far, once per target (the natural key allows one).
  'POST /api/v1/responsibility/edges': row(
    {
      method: 'POST',
      url: () => '/api/v1/responsibility/edges',
      payload: (t) => ({
        level: 4,
        responsibleId: t.personId,
        targetKind: 'household',
        targetId: t.householdId,
        regionCode: t.region,
      }),
    },
    byRole(writers(inside(201))),
  ),
  'DELETE /api/v1/responsibility/edges/:id': row(
    { method: 'DELETE', url: (t) => `/api/v1/responsibility/edges/${t.edgeId}` },
    byRole(writers(inside(204))),
  ),
  'GET /api/v1/responsibility/pairs': read(
    (t) => `/api/v1/responsibility/pairs?region=${t.region}`,
  ),
  // A writer whose scope holds the target's village reaches the pair's rules (the target person is
  // on no unit's staff: 400); the full create is pairs.test.ts's.
  'POST /api/v1/responsibility/pairs': row(
    {
      method: 'POST',
      url: () => '/api/v1/responsibility/pairs',
      payload: (t) => ({
        regionCode: t.village,
        unitId: t.unitId,
        unitMemberId: t.personId,
        ruralMemberId: t.spareId,
        householdIds: [t.spareHouseholdId],
      }),
    },
    byRole(writers(inside(400))),
  ),
  'GET /api/v1/responsibility/members/:personId/households': read(
    (t) => `/api/v1/responsibility/members/${t.personId}/households`,
  ),
};
