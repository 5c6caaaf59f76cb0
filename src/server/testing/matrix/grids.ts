import { named, scopedRecord } from '../matrixKit.ts';

// The grids module's rows of the authorization matrix: grids sit in the target's village (`Target.village`).
export const gridsMatrix = scopedRecord('/api/v1/grids', 'gridId', named('矩阵网格'), {
  create: (t, n) => ({ regionCode: t.village, kind: 'grid', name: `矩阵新网格${n}` }),
  update: (_t, n) => ({ seq: 1 + (n % 50) }),
});
