import { named, scopedRecord } from '../matrixKit.ts';

// The units module's rows of the authorization matrix.
export const unitsMatrix = scopedRecord('/api/v1/units', 'unitId', named('矩阵单位'), {
  create: (t, n) => ({
    name: `矩阵新单位${n}`,
    kind: 'agency',
    regionCode: t.region,
    capabilities: ['forestry'],
  }),
  update: (_t, n) => ({ capabilities: n % 2 ? ['health'] : ['finance'] }),
});
