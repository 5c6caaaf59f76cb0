import { byRole, everywhere, evaluationReaders, inside, row, writers } from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// 预警中心: evaluation readers see a region's warnings; its reviewers (county, township, village)
// acknowledge or resolve one. Every fixture village has no secretary yet: its warning is the target.
export const warningsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/warnings': row(
    { url: (t) => `/api/v1/warnings?region=${t.region}` },
    byRole(evaluationReaders(inside(200))),
  ),
  'POST /api/v1/warnings/:key/decision': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/warnings/noSecretary:${t.village}:${t.village}/decision`,
      payload: (_t, n) => ({ status: 'acknowledged', note: `矩阵知悉 ${n}` }),
    },
    byRole({ ...writers(inside(200)), group_leader: everywhere(404) }),
  ),
};
