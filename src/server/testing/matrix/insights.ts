import { byRole, evaluationReaders, inside, row, type MatrixEntry } from '../matrixKit.ts';

// The insights module's rows: the dashboard of a region answers its readers there and 404 elsewhere.
export const insightsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/insights/overview': row(
    { url: (t) => `/api/v1/insights/overview?region=${t.region}` },
    byRole(evaluationReaders(inside(200))),
  ),
  'GET /api/v1/insights/targets': row(
    { url: (t) => `/api/v1/insights/targets?region=${t.region}` },
    byRole(evaluationReaders(inside(200))),
  ),
  'GET /api/v1/insights/bulletin': row(
    { url: (t) => `/api/v1/insights/bulletin?region=${t.region}&period=2026-Q4` },
    byRole(evaluationReaders(inside(200))),
  ),
};
