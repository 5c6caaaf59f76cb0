import { buildIdNumber } from '../../../domain/directory/idNumber.ts';
import {
  byRole,
  everywhere,
  inside,
  listedBy,
  NO_SUCH,
  readers,
  row,
  scopedRecord,
  writers,
} from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// The persons module's rows of the authorization matrix.
const search = (t: { personName: string }) => `q=${encodeURIComponent(t.personName)}`;

const record = scopedRecord('/api/v1/persons', 'personId', search, {
  create: (t, n) => ({
    name: '矩阵新人',
    idNumber: buildIdNumber('410599', '1990-01-01', n % 1000),
    regionCode: t.region,
  }),
  update: (_t, n) => ({ tags: n % 2 ? ['veteran'] : [] }),
});

export const personsMatrix: Record<string, MatrixEntry> = {
  ...record,
  'POST /api/v1/persons/search': row(
    {
      method: 'POST',
      url: () => '/api/v1/persons/search',
      payload: (t) => ({ q: t.personName }),
      listed: listedBy('id', 'personId'),
    },
    byRole(readers(inside('listed', 'hidden'))),
  ),
  // The township's queue of persons a village could not register (issue 16 finding 4).
  'GET /api/v1/person-referrals': row(
    { url: () => '/api/v1/person-referrals', targetless: true },
    byRole(writers(everywhere(200))),
  ),
  'POST /api/v1/person-referrals/:id/resolve': row(
    {
      method: 'POST',
      url: () => `/api/v1/person-referrals/${NO_SUCH}/resolve`,
      payload: () => ({ resolution: 'reject' }),
      targetless: true,
    },
    byRole(writers(everywhere(404))),
  ),
};
