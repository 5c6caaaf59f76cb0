import { byRole, inside, evaluationReaders, row, staffRecord } from '../matrixKit.ts';
import type { Cell, MatrixEntry } from '../matrixKit.ts';

// The 三零 module's rows: its staff record events where they work (like the 排查 sweeps), the
// evaluation readers follow the progress, the county decides a year's 评定验收.
const reading = (cell: Cell) => byRole(evaluationReaders(cell));

export const zeroMatrix: Record<string, MatrixEntry> = {
  'POST /api/v1/zero-events': row(
    {
      method: 'POST',
      url: () => '/api/v1/zero-events',
      payload: (t, n) => ({
        regionCode: t.region,
        kind: 'accident',
        occurredOn: '2026-11-01',
        description: `矩阵事件 ${n}`,
      }),
    },
    staffRecord(inside(201)),
  ),
  'GET /api/v1/zero-events': row(
    { url: (t) => `/api/v1/zero-events?region=${t.region}&year=2026` },
    reading(inside(200)),
  ),
  'GET /api/v1/zero-progress': row(
    { url: (t) => `/api/v1/zero-progress?region=${t.region}&year=2026` },
    reading(inside(200)),
  ),
  'POST /api/v1/zero-acceptances': row(
    {
      method: 'POST',
      url: () => '/api/v1/zero-acceptances',
      payload: (t) => ({
        regionCode: t.region,
        year: 2026,
        accepted: false,
        comment: '矩阵验收',
      }),
    },
    byRole({ county_admin: inside(201) }),
  ),
};
