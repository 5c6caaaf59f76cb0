import { named, scopedRecord } from '../matrixKit.ts';

// The orgs module's rows of the authorization matrix.
export const orgsMatrix = scopedRecord('/api/v1/orgs', 'orgId', named('矩阵支部'), {
  create: (t, n) => ({
    name: `矩阵新支部${n}`,
    type: 'branch',
    kind: 'rural',
    regionCode: t.region,
  }),
  update: (_t, n) => ({ type: n % 2 ? 'generalBranch' : 'branch' }),
});
