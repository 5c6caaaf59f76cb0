import { byRole, inside, readers, row, type MatrixEntry } from '../matrixKit.ts';

// The planning module's rows of the authorization matrix. Planners: county admins only, inside
// their county; the adopt runs once (its villages are then taken).
const plan = (url: string, payload: Parameters<typeof row>[0]['payload'], status: number) =>
  row({ method: 'POST', url: () => url, payload }, byRole({ county_admin: inside(status) }));
const read = (url: string) =>
  row({ url: (t) => `${url}?region=${t.region}` }, byRole(readers(inside(200))));

export const planningMatrix: Record<string, MatrixEntry> = {
  'POST /api/v1/planning/unions': plan(
    '/api/v1/planning/unions',
    (t) => ({ region: t.region, timeLimitSeconds: 1 }),
    202,
  ),
  'POST /api/v1/planning/unions/check': plan(
    '/api/v1/planning/unions/check',
    (t) => ({ region: t.region, unions: [] }),
    200,
  ),
  'POST /api/v1/planning/unions/adopt': plan(
    '/api/v1/planning/unions/adopt',
    (t) => ({
      region: t.region,
      rules: { minSize: 2, minPopulation: 0, maxPopulation: 100_000 },
      unions: [{ lead: '410599201201', members: ['410599201201', '410599201202'] }],
    }),
    201,
  ),
  'POST /api/v1/planning/pairings': plan(
    '/api/v1/planning/pairings',
    (t) => ({ region: t.region }),
    202,
  ),
  // A new start date each time: (unit, village, start) is the natural key.
  'POST /api/v1/planning/pairings/adopt': plan(
    '/api/v1/planning/pairings/adopt',
    (t, n) => ({
      pairs: [{ unit: t.unitId, village: t.village }],
      periodStart: `20${10 + (Math.floor(n / 336) % 10)}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    }),
    201,
  ),
  'GET /api/v1/pairings': read('/api/v1/pairings'),
  'GET /api/v1/unions': read('/api/v1/unions'),
};
